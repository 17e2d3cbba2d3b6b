"""The public API is exactly what ``__all__`` says, sorted."""

from __future__ import annotations

import types

import summitkit


def test_all_is_sorted_and_names_every_public_object() -> None:
    assert summitkit.__all__ == sorted(summitkit.__all__)
    public = {
        name
        for name, value in vars(summitkit).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(summitkit.__all__) - {"__version__"}
