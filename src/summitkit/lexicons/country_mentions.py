"""Finding the countries a text names: by name, abbreviation, state adjective or compound adjective.

A linear scan over the words of a text against the gazetteer of `summitkit.lexicons.country_names`:
at each word the longest name it starts is taken, and what a word form can start is worked out once
per form (`_Facts`), so long texts cost a dictionary lookup per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from summitkit.lexicons.country_names import ADJECTIVES, COMBINING_FORMS, NAME_WORD, lemma, name_index
from summitkit.nlp import WORD_FORMS

__all__ = ["CountryMention", "find_countries", "names_unrecognised"]


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in the text: by name, abbreviation or adjective."""

    start: int
    end: int
    code: str
    adjective: bool


_MAXNAME_WORDS = 4


@cache
def _heads() -> frozenset[str]:
    """The first words of every name in the index: a word not among them starts no name."""
    return frozenset(key[0] for key in name_index())


def _compound_parts(word: re.Match[str]) -> list[CountryMention]:
    """The states of a compound adjective, one mention per half ("узбекско-таджикских" -> UZ, TJ);
    nothing unless every half names a state ("социально-экономический", "англо-саксонский")."""
    parts = word.group().split("-")
    if len(parts) < 2:
        return []
    found: list[CountryMention] = []
    start = word.start()
    for i, part in enumerate(parts):
        low = part.lower()
        if i < len(parts) - 1:
            code = COMBINING_FORMS.get(low) or (ADJECTIVES.get(low[:-1] + "ий") if low.endswith("о") else None)
        else:
            code = ADJECTIVES.get(lemma(low).lower())
        if code is None:
            return []
        found.append(CountryMention(start, start + len(part), code, adjective=True))
        start += len(part) + 1
    return found


def find_countries(text: str, start: int = 0, end: int | None = None) -> Iterator[CountryMention]:
    """Country names and state adjectives in ``text[start:end]``, longest match first, in order; each half
    of a compound adjective ("узбекско-таджикский") is a mention of its own."""
    return (m for m in _matches(text, start, end) if m.code)


def names_unrecognised(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` names a state with no ISO code ("Турецкой Республики Северного Кипра")."""
    return any(not m.code for m in _matches(text, start, end))


def _matches(text: str, start: int, end: int | None) -> Iterator[CountryMention]:
    """Every state ``text[start:end]`` names, those with no ISO code with the code ""."""
    words = list(NAME_WORD.finditer(text, start, len(text) if end is None else end))
    facts = [_facts(w.group()) for w in words]
    index = name_index()
    i = 0
    while i < len(words):
        fact = facts[i]
        if fact.passes:
            i += 1
            continue
        code = None
        if fact.capital and (fact.head or fact.upper):
            for n in range(min(_MAXNAME_WORDS, len(words) - i), 0, -1):
                if n == 1 and fact.upper:
                    code = fact.abbreviation
                elif fact.head:
                    code = fact.name if n == 1 else index.get(tuple(f.lemma for f in facts[i : i + n]))
                if code is not None:
                    yield CountryMention(words[i].start(), words[i + n - 1].end(), code, adjective=False)
                    i += n
                    break
            if code is not None:
                continue
        if fact.adjective is not None:
            yield CountryMention(words[i].start(), words[i].end(), fact.adjective, adjective=True)
        elif fact.hyphen:
            yield from _compound_parts(words[i])
        i += 1


@dataclass(frozen=True, slots=True)
class _Facts:
    """What ``_matches`` asks of a word form, answered once per form."""

    lemma: str
    capital: bool  #: it starts with a capital, so it may start a name
    upper: bool  #: it is all capitals: an abbreviation is looked up as written
    head: bool  #: its lemma starts some name
    abbreviation: str | None  #: the code of the word as an abbreviation ("РФ")
    name: str | None  #: the code of the word as a one-word name ("Узбекистана")
    adjective: str | None  #: the code of its lemma as a state adjective ("узбекский")
    hyphen: bool  #: it may be a compound adjective ("узбекско-таджикских")
    passes: bool  #: none of the above: nothing is read from it


@lru_cache(maxsize=WORD_FORMS)
def _facts(word: str) -> _Facts:
    found = lemma(word)
    capital = word[:1].isupper()
    upper = word.isupper()
    head = found in _heads()
    adjective = ADJECTIVES.get(found.lower())
    hyphen = "-" in word
    return _Facts(
        lemma=found,
        capital=capital,
        upper=upper,
        head=head,
        abbreviation=name_index().get((word.lower(),)) if upper else None,
        name=name_index().get((found,)) if head else None,
        adjective=adjective,
        hyphen=hyphen,
        passes=not capital and adjective is None and not hyphen,
    )
