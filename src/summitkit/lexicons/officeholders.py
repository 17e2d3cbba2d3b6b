"""Office-holders: who held which post in which state, and when, for people a text names bare.

News name the best-known leaders without a post ("переговоры Владимира Путина и Си Цзиньпина") or
with a post but no state ("Президент Садыр Жапаров"). The bundled data file says what they held.

The data file (``data/officeholders.json``, UTF-8) is an object with an ``entries`` list. Each entry
is one term of office::

    {"name": "Шавкат Мирзиёев", "post": "президент", "country": "UZ", "from": 2016, "to": null}

- ``name``: the full name in the nominative, as Russian news write it;
- ``post``: the post, nominative, lower case ("председатель КНР", "генеральный секретарь ООН");
- ``country``: ISO 3166-1 alpha-2 code, or null for an official of an international organisation;
- ``from``, ``to``: the years of the term, both inclusive; ``to`` is null while in office;
- ``surname`` (optional): the word the person is named by alone where it is not the last word of the
  name ("Лула" in "Луис Инасиу Лула да Силва", "Си" in "Си Цзиньпин").

Lookup rules (``OfficeHolders.find``), each tested:

1. by surname, in the nominative, case and ё folded: the ``surname`` field, the last word of the name,
   and the part of a hyphenated "ас-Сабах" after its article;
2. a first name narrows to entries whose first name starts with the same three letters, an initial
   ("Ш.") to those whose first name starts with that letter;
3. a year keeps the terms that cover it;
4. what remains is one person (``lookup``) where all the terms left are one person's (the latest term
   wins), or where all are of one state (the latest term wins); otherwise nobody.

The registry is loaded once, lazily, on first use; ``add_officeholders`` extends it at run time (a
plugin hook feeds it), and a test builds its own ``OfficeHolders``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from summitkit.text import fold

__all__ = ["OfficeHolder", "OfficeHolders", "add_officeholders", "officeholders"]

#: An ISO 3166-1 alpha-2 code.
_ISO = re.compile(r"[A-Z]{2}")
#: Arabic articles before a hyphenated surname: "ас-Сабах" is also named "Сабах".
_ARTICLE = re.compile(r"^(?:аль|ал|эль|ас|ад|ан|ат|аш|аз|ар)-")
#: Letters of a first name that must agree: "Эммануэль" and "Эммануэл" are one name.
_GIVEN_PREFIX = 3


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """One term of office: who, which post, which state (None for an organisation), which years."""

    name: str
    post: str
    country: str | None
    start: int  #: first year in office
    end: int | None  #: last year in office; None while in office
    surname: str = ""  #: the word the person is named by alone, where not the last word of ``name``

    @classmethod
    def from_mapping(cls, entry: Mapping[str, Any]) -> OfficeHolder:
        """An entry of the data file's form, checked: a clear ValueError names what is wrong."""
        try:
            name, post, country, start, end = (entry[k] for k in ("name", "post", "country", "from", "to"))
        except KeyError as missing:
            raise ValueError(f"office-holder entry {dict(entry)!r} lacks {missing}") from None
        if not isinstance(name, str) or not name.strip() or not isinstance(post, str) or not post.strip():
            raise ValueError(f"office-holder entry {dict(entry)!r}: name and post must be non-empty strings")
        if country is not None and not (isinstance(country, str) and _ISO.fullmatch(country)):
            raise ValueError(f"office-holder {name!r}: country must be an ISO alpha-2 code or null, not {country!r}")
        if not isinstance(start, int) or not (end is None or (isinstance(end, int) and end >= start)):
            raise ValueError(f"office-holder {name!r}: years must be integers with from <= to, not {start!r}-{end!r}")
        surname = entry.get("surname", "")
        if not isinstance(surname, str):
            raise ValueError(f"office-holder {name!r}: surname must be a string")
        return cls(name.strip(), post.strip(), country, start, end, surname.strip())

    @property
    def first_name(self) -> str:
        """The first word of the name, folded: what a first name or an initial is compared with."""
        return fold(self.name.split()[0])

    def lookup_keys(self) -> set[str]:
        """Every folded form the person may be named by alone."""
        last = fold(self.name.split()[-1])
        out = {last, _ARTICLE.sub("", last)}
        if self.surname:
            out.add(fold(self.surname))
        return out

    def covers(self, year: int) -> bool:
        return self.start <= year <= (self.end if self.end is not None else 9999)


class OfficeHolders:
    """A registry of terms of office, looked up by surname, first name and year."""

    def __init__(self, entries: Iterable[OfficeHolder] = ()) -> None:
        self._by_key: dict[str, list[OfficeHolder]] = {}
        self._size = 0
        self.add(entries)

    def __len__(self) -> int:
        return self._size

    def add(self, entries: Iterable[OfficeHolder | Mapping[str, Any]]) -> None:
        """Add terms of office (records or mappings in the data file's form)."""
        for entry in entries:
            holder = entry if isinstance(entry, OfficeHolder) else OfficeHolder.from_mapping(entry)
            for key in holder.lookup_keys():
                self._by_key.setdefault(key, []).append(holder)
            self._size += 1

    def __iter__(self) -> Iterator[OfficeHolder]:
        seen: set[int] = set()
        for holders in self._by_key.values():
            for h in holders:
                if id(h) not in seen:
                    seen.add(id(h))
                    yield h

    def find(self, surname: str, given: str | None = None, year: int | None = None) -> list[OfficeHolder]:
        """Every term that fits: the surname (nominative), a first name or an initial, a year."""
        found = list(self._by_key.get(fold(surname), ()))
        if given:
            g = fold(given).rstrip(".")
            if len(g) == 1:
                found = [h for h in found if h.first_name.startswith(g)]
            else:
                found = [h for h in found if h.first_name[:_GIVEN_PREFIX] == g[:_GIVEN_PREFIX]]
        if year is not None:
            found = [h for h in found if h.covers(year)]
        return found

    def lookup(self, surname: str, given: str | None = None, year: int | None = None) -> OfficeHolder | None:
        """The one term that fits, or None where the text's clues leave more than one person and state."""
        found = self.find(surname, given, year)
        if not found:
            return None
        latest = max(found, key=lambda h: (h.end is None, h.end or 0, h.start))
        if len({h.name for h in found}) == 1 or len({h.country for h in found}) == 1:
            return latest
        return None


@cache
def _bundled() -> OfficeHolders:
    text = resources.files("summitkit.lexicons").joinpath("data/officeholders.json").read_text("utf-8")
    return OfficeHolders(OfficeHolder.from_mapping(e) for e in json.loads(text)["entries"])


def officeholders() -> OfficeHolders:
    """The process-wide registry: the bundled data file, loaded on first use, plus what was added."""
    return _bundled()


def add_officeholders(entries: Iterable[OfficeHolder | Mapping[str, Any]]) -> None:
    """Extend the process-wide registry at run time: a plugin's own office-holders."""
    _bundled().add(entries)
