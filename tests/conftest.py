"""Shared fixtures: a pipeline built once per session (natasha's models load once anyway)."""

from __future__ import annotations

import pytest

import summitkit


@pytest.fixture(scope="session")
def pipeline() -> summitkit.Pipeline:
    """Built-in extractors only: tests must not depend on what else is installed."""
    return summitkit.Pipeline(entry_points=False)
