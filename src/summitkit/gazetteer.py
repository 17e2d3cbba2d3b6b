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

``organisations``
    ``{"short": "ОЧЭС", "pattern": "ОЧЭС|[Оо]рганизаци\\w+ черноморского экономического сотрудничества",
    "members": ["TR", "RU"], "title": null}``: an organisation or summit format, as in
    ``summitkit.lexicons.formats``: the short form the event is named by, a regular expression for
    its names in every case form, the states that always take part (ISO codes, optional) and its
    full name where an event is called after it (optional). The event of a text names it.

Document nouns are not open to plugins yet: they are constants of the titles grammar
(``lexicons.documents``); a kind for them goes here, with a function in that module that adds to the
lookup the rules read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from summitkit.lexicons.currencies import add_currency
from summitkit.lexicons.formats import Format, add_organisation
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


def _organisation(entry: Mapping[str, Any]) -> Format:
    """The entry as a Format; a missing or unknown key, a bad pattern or a bad member is a ValueError."""
    keys = set(entry)
    if not {"short", "pattern"} <= keys <= {"short", "pattern", "members", "title"}:
        raise ValueError(f"organisation entry {dict(entry)!r} needs 'short' and 'pattern', may have 'members', 'title'")
    short, pattern, title = entry["short"], entry["pattern"], entry.get("title")
    members = entry.get("members") or []
    if not isinstance(short, str) or not short.strip() or not isinstance(pattern, str) or not pattern:
        raise ValueError(f"organisation 'short' and 'pattern' must be non-empty strings: {dict(entry)!r}")
    if title is not None and not isinstance(title, str):
        raise ValueError(f"organisation 'title' must be a string or null, not {title!r}")
    if not isinstance(members, list) or not all(isinstance(m, str) and re.fullmatch(r"[A-Z]{2}", m) for m in members):
        raise ValueError(f"organisation 'members' must be a list of two-letter country codes, not {members!r}")
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"organisation pattern {pattern!r} is not a regular expression: {error}") from None
    return Format(short.strip(), pattern, tuple(members), title)


#: Each kind: a check of one entry (raises ValueError) and how to add it.
KINDS: Mapping[str, tuple[Callable[[Mapping[str, Any]], object], Callable[[Mapping[str, Any]], None]]] = {
    "officeholders": (OfficeHolder.from_mapping, lambda entry: add_officeholders([entry])),
    "currencies": (_check_currency, _add_currency),
    "organisations": (_organisation, lambda entry: add_organisation(_organisation(entry))),
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
