"""Names plugins teach the built-in extractors, through the ``register_gazetteer`` hook.

A plugin calls ``add(kind, entries)``; each kind below says what an entry holds. Entries are checked
when the plugin registers (a bad one leaves the plugin out, like any registration error) and then
added to the process-wide lexicons, once: building a second pipeline does not add them again.

Kinds:

``officeholders``
    One term of office: ``{"name": "Сердар Бердымухамедов", "post": "президент", "country": "TM",
    "from": 2022, "to": null}`` (optional ``surname``), as in ``summitkit.lexicons.officeholders``.
    A leader named without a post gets it from here.
``currencies``
    ``{"word": "манат", "code": "TMT"}``: a head noun in the nominative and the code a bare mention
    means; its case forms come from pymorphy.

Organisations and document nouns are not open to plugins yet: their lexicons are constants of the
extractors' rules (``lexicons.formats``, ``lexicons.documents``); a kind for them goes here, with a
function in its lexicon module that adds to the lookup the rules read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from summitkit.lexicons.currencies import add_currency
from summitkit.lexicons.officeholders import OfficeHolder, add_officeholders

__all__ = ["KINDS", "add", "check"]


def _add_currency(entry: Mapping[str, Any]) -> None:
    add_currency(str(entry["word"]), str(entry["code"]))


def _check_currency(entry: Mapping[str, Any]) -> None:
    if set(entry) != {"word", "code"} or not all(isinstance(entry[k], str) for k in entry):
        raise ValueError(f"currency entry {dict(entry)!r} must be {{'word': str, 'code': str}}")
    if not re.fullmatch(r"[A-Z]{3}", entry["code"]):
        raise ValueError(f"currency code must be three capital letters, not {entry['code']!r}")
    if not re.fullmatch(r"\w+(?:-\w+)*", entry["word"].strip()):
        raise ValueError(f"currency word must be one word, not {entry['word']!r}")


#: Each kind: a check of one entry (raises ValueError) and how to add it.
KINDS: Mapping[str, tuple[Callable[[Mapping[str, Any]], object], Callable[[Mapping[str, Any]], None]]] = {
    "officeholders": (OfficeHolder.from_mapping, lambda entry: add_officeholders([entry])),
    "currencies": (_check_currency, _add_currency),
}

#: The entries already added in this process, so a second pipeline does not add them twice.
_ADDED: set[tuple[str, str]] = set()


def check(kind: str, entries: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The entries, checked: an unknown kind or a malformed entry is a ValueError naming it."""
    if kind not in KINDS:
        raise ValueError(f"unknown gazetteer kind {kind!r}; known: {', '.join(KINDS)}")
    out = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise ValueError(f"a {kind} entry must be a mapping, not {entry!r}")
        KINDS[kind][0](entry)
        out.append(entry)
    return out


def add(kind: str, entries: Iterable[Mapping[str, Any]]) -> None:
    """Add checked entries to the process-wide lexicons, each once."""
    for entry in check(kind, entries):
        key = (kind, json.dumps(dict(entry), sort_keys=True, ensure_ascii=False))
        if key not in _ADDED:
            KINDS[kind][1](entry)
            _ADDED.add(key)
