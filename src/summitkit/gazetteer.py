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

``documents``
    ``{"noun": "конкордат"}``: the head noun of a document that is signed, adopted or approved, as in
    ``summitkit.lexicons.head_nouns.DOCUMENT_NOUNS``: one lower-case Cyrillic word (hyphens allowed), its
    lemma as pymorphy writes it, ё included ("партнёрство"). Optional flags, false unless given:
    ``one_in_plural`` (its plural names one document, as "Правила процедуры ..." does), ``adopted`` (a list
    of outcomes that gives no verb adopts it rather than signs it, as it does a declaration); and
    ``proposable``, true unless given (a call to create or adopt it is a proposed convention). A title
    headed by it is a signed document or a proposal like any built-in one.
``institutions``
    ``{"noun": "хранилище"}``: the head noun of a body, system or mechanism a summit proposes to create,
    as in ``summitkit.lexicons.head_nouns.INSTITUTION_NOUNS`` (same form as a document noun). "Предложил
    создать региональное хранилище ..." is then a proposed convention.

Nouns go to ``lexicons.head_nouns.NOUNS``, the registry the rules read; code that keeps something derived
from the nouns rebuilds it in a callback given to ``lexicons.head_nouns.on_change``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from summitkit.lexicons.currencies import add_currency
from summitkit.lexicons.formats import Format, add_organisation
from summitkit.lexicons.head_nouns import add_document, add_institution
from summitkit.lexicons.officeholders import OfficeHolder, add_officeholders
from summitkit.nlp import morph_analyzer

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


_FLAGS: Mapping[str, set[str]] = {"documents": {"one_in_plural", "adopted", "proposable"}, "institutions": set()}


def _check_noun(kind: str, entry: Mapping[str, Any]) -> str:
    """The noun of a ``documents`` or ``institutions`` entry: one lower-case Cyrillic word, a noun's lemma."""
    flags = _FLAGS[kind]
    if "noun" not in entry or not set(entry) <= {"noun"} | flags:
        allowed = f", may have {', '.join(repr(f) for f in sorted(flags))}" if flags else " and nothing else"
        raise ValueError(f"{kind} entry {dict(entry)!r} needs 'noun'{allowed}")
    noun = entry["noun"]
    if not isinstance(noun, str) or not re.fullmatch(r"[а-яё]+(?:-[а-яё]+)*", noun):
        raise ValueError(f"{kind} noun must be one lower-case Cyrillic word, not {noun!r}")
    for flag in flags & set(entry):
        if not isinstance(entry[flag], bool):
            raise ValueError(f"{kind} flag {flag!r} of {noun!r} must be true or false, not {entry[flag]!r}")
    analyzer = morph_analyzer()
    if analyzer.word_is_known(noun):  # a word pymorphy does not know ("хаб") is taken as written
        lemmas = {p.normal_form for p in analyzer.parse(noun) if p.tag.POS == "NOUN"}
        if noun not in lemmas:
            known = f"pymorphy reads it as {', '.join(sorted(lemmas))}" if lemmas else "pymorphy knows no noun"
            raise ValueError(f"{kind} noun {noun!r} is not a noun's lemma: {known}")
    return noun


def _add_document(entry: Mapping[str, Any]) -> None:
    add_document(
        _check_noun("documents", entry),
        one_in_plural=bool(entry.get("one_in_plural", False)),
        adopted=bool(entry.get("adopted", False)),
        proposable=bool(entry.get("proposable", True)),
    )


def _add_institution(entry: Mapping[str, Any]) -> None:
    add_institution(_check_noun("institutions", entry))


#: Each kind: a check of one entry (raises ValueError) and how to add it.
KINDS: Mapping[str, tuple[Callable[[Mapping[str, Any]], object], Callable[[Mapping[str, Any]], None]]] = {
    "officeholders": (OfficeHolder.from_mapping, lambda entry: add_officeholders([entry])),
    "currencies": (_check_currency, _add_currency),
    "organisations": (_organisation, lambda entry: add_organisation(_organisation(entry))),
    "documents": (lambda entry: _check_noun("documents", entry), _add_document),
    "institutions": (lambda entry: _check_noun("institutions", entry), _add_institution),
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
