"""Countries from context: the state of an official whose post names none.

A person whose post names no state takes the one the sentence or the text makes plain: the one state
named that no other official stands for, the two sides of a bilateral text in order, the state of the
provinces a local official works in, or the state a national outlet reports from (its agency, its
dateline).
"""

from __future__ import annotations

import itertools
import re

from summitkit.lexicons.cities import city_of
from summitkit.lexicons.countries import CountryMention, find_countries, region_country
from summitkit.lexicons.currencies import head_of
from summitkit.lexicons.parliaments import HOME_CHAMBERS
from summitkit.lexicons.roles import (
    HOME_AGENCIES,
    HOME_SITES,
    LOCAL_POSTS,
    ORG_ABBREVIATIONS,
)
from summitkit.people.post_roles import _PostRoles
from summitkit.people.records import (
    _Candidate,
    _Group,
    _Mention,
)
from summitkit.people.words import _WORD
from summitkit.text import fold

#: How far into a text a dateline is looked for.
_HEAD_CHARS = 400
#: A dateline: a city at the start of a line, then a comma or a full stop and a date or an agency.
_DATELINE = re.compile(r"^(?P<city>[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)[,.]\s+(?=[\dА-ЯЁA-Z/])", re.M)


class _ContextCountries(_PostRoles):
    """Countries the context gives to officials whose posts name none."""

    @staticmethod
    def _class(c: _Candidate) -> str:
        if c.kind in {"state", "government"}:
            return c.kind
        return c.role or ""

    def _context_countries(self) -> None:
        """A state official the text gives no country for: the one state the text names that no
        other official represents, if there is exactly one."""
        self._home_chambers()
        self._local_countries()
        missing = [
            g for g in self.groups if g.official and g.role is not None and g.role.country is None and not g.role.org
        ]
        missing = [g for g in missing if g.role is not None and g.role.kind in {"state", "government", "official"}]
        missing = [g for g in missing if g.role is not None and not self._org_role(g.role.role)]
        if not missing:
            return
        classes = {self._class(g.role) for g in missing if g.role is not None}
        if len(classes) != 1:
            return
        # A state any official already stands for is not free: "принял министра Китая" does not make
        # the host Chinese.
        taken = {g.role.country for g in self.groups if g.official and g.role is not None and g.role.country}
        # States the text names: NER's places, read by the gazetteer (cheaper than every word of the text).
        mentions = [
            c
            for e in self.document.entities
            if e.type == "LOC"
            for c in find_countries(self.text, e.start, e.end)
            if not c.adjective and not self._names_currency(c.start)
        ]
        free = {c.code for c in mentions} - taken
        if len(missing) == 2 and len(free) == 2:
            self._parallel_countries(missing, [c for c in mentions if c.code in free])
            return
        if len(missing) != 1:
            return
        g = missing[0]
        # a national outlet's "глава государства" is its own; of a lesser official the text does not tell
        assert g.role is not None
        cls = self._class(g.role)
        single = len(free) == 1
        code = free.pop() if single else self._home_country() if cls in {"state", "government"} else None
        if code is not None and not single:
            # the outlet's own head of state: only another head of its state makes its state taken, not
            # its speaker of parliament or its minister
            taken = {
                o.role.country
                for o in self.groups
                if o.official and o.role is not None and o.role.country and self._class(o.role) == cls
            }
        if code is None and not free:
            # the other side's state is taken by its own officials: the counterpart needs no free state
            code = self._counterpart_country(g, mentions)
            taken = set()
        if code is not None and code not in taken:
            g.role = _Candidate(g.role.rank, g.role.role, g.role.kind, code, g.role.org)

    def _counterpart_country(self, g: _Group, mentions: list[CountryMention]) -> str | None:
        """ "Комиссию возглавили первый вице-премьер A и вице-премьер Таджикистана B": in a text about
        two states, an official named beside the other side's one (joined by "и") is of the first state.
        None where the text names other states, or the sentence more than one other side."""
        states = {c.code for c in mentions}
        if len(states) != 2:
            return None
        first = g.mentions[0]
        _, end = self._sentence_bounds(first.start)
        sides = set()
        for o in self.groups:
            if o is g or not o.official or o.role is None or o.role.country is None or o.role.org:
                continue
            if (o.role.kind == "state") != (g.role is not None and g.role.kind == "state"):
                continue  # "Президент Казахстана A и министр B": not counterparts
            # the home official first, its state left out, then the guest with his: "A и вице-премьер Таджикистана
            # B"; in "министр Казахстана A и министр торговли B" the state carries over to B instead
            beside = [m for m in o.mentions if first.end <= m.start < end]
            for m in beside:
                gap = self.text[first.end : m.start]
                if re.search(r"(^|\s)и\s", gap) and not re.search(r"[.;:!?]", gap):
                    sides.add(o.role.country)
        if len(sides) != 1 or not sides <= states:
            return None
        return (states - sides).pop()

    def _names_currency(self, start: int) -> bool:
        """A country named as a currency's qualifier ("долларов США", "долл. США") is not a state
        the text is about."""
        i = self._word_index(start) - 1
        if i < 0:
            return False
        word = self.words[i]
        gap = self.text[word.end : start]
        return gap.strip() in {"", "."} and head_of(word.text + gap.strip()) is not None

    def _local_countries(self) -> None:
        """A governor, a mayor or an akim with no state named: the state of the provinces and cities the
        text names, where they are all of one; else that of the other local officials; else the state
        the text reports from, or the one state whose post it is ("аким": Kazakhstan)."""
        local: list[tuple[_Group, str]] = []
        for g in self.groups:
            c = g.role
            if not g.official or c is None or c.country is not None or c.org or not c.role:
                continue
            posts = [p for p in LOCAL_POSTS if c.role.startswith(p)]
            if posts:
                local.append((g, max(posts, key=len)))
        if not local:
            return
        places: set[str] = set()
        for e in self.document.entities:
            if e.type != "LOC":
                continue
            for w in _WORD.findall(self.text, e.start, e.end):
                city = city_of(w)
                code = region_country(w) or (city[1] if city is not None else None)
                if code is not None:
                    places.add(code)
        home = self._home_country()
        # local officials whose state the post named ("мэр Сочи"): the others are of that state too
        neighbours = {
            g.role.country for g in self.groups if g.role is not None and g.role.country and g.role.role
            and any(g.role.role.startswith(p) for p in LOCAL_POSTS)
        }  # fmt: skip
        for g, post in local:
            c = g.role
            assert c is not None
            if len(places) == 1:
                state: str | None = next(iter(places))
            elif len(neighbours) == 1:
                state = next(iter(neighbours))
            else:
                state = home or LOCAL_POSTS[post]
            if state is not None:
                g.role = _Candidate(c.rank, c.role, c.kind, state, c.org)

    def _home_chambers(self) -> None:
        """ "Председатель Сената" with no state, in a national outlet's copy: its own state's chamber."""
        home = self._home_country()
        pattern = HOME_CHAMBERS.get(home or "")
        if home is None or pattern is None:
            return
        for g in self.groups:
            c = g.role
            if not (g.official and c is not None and c.country is None and not c.org and c.role):
                continue
            if re.search(r"(?<!\w)(?:" + pattern + ")", fold(c.role)) and not self._org_role(c.role):
                g.role = _Candidate(c.rank, c.role, c.kind, home, c.org)

    def _home_country(self) -> str | None:
        """The state a text reports from: its national agency, else its dateline city
        ("АСТАНА. КАЗИНФОРМ –", "БИШКЕК, 8 окт — Кабар."). Read only in the first lines."""
        head = self.text[:_HEAD_CHARS]
        for w in _WORD.findall(head):
            if fold(w) in HOME_AGENCIES:
                return HOME_AGENCIES[fold(w)]
        folded = head.lower()
        for site, code in HOME_SITES.items():
            if re.search(r"(?<![\w.])" + re.escape(site) + r"\b", folded):
                return code
        for m in _DATELINE.finditer(head):
            city = city_of(m.group("city"))
            if city is not None:
                return city[1]
        return None

    def _parallel_countries(self, missing: list[_Group], mentions: list[CountryMention]) -> None:
        """ "Президент A и Президент B подписали ... между X и Y": two sides named in one sentence
        each, in the same order (the convention of bilateral texts)."""
        a, b = missing
        # the first mention of A that shares a sentence with one of B, and B's first there
        b_by_sentence: dict[tuple[int, int], _Mention] = {}
        for mb in b.mentions:
            b_by_sentence.setdefault(self._sentence_bounds(mb.start), mb)
        pair = [(ma, b_by_sentence[s]) for ma in a.mentions if (s := self._sentence_bounds(ma.start)) in b_by_sentence]
        if not pair:
            return
        first, second = (a, b) if pair[0][0].start < pair[0][1].start else (b, a)
        gap = fold(self.text[min(pair[0][0].end, pair[0][1].end) : max(pair[0][0].start, pair[0][1].start)])
        if not re.search(r"(^|\s)и(\s|$)", gap):
            return
        for x, y in itertools.pairwise(mentions):
            if x.code == y.code or self._sentence_bounds(x.start) != self._sentence_bounds(y.start):
                continue
            if not re.fullmatch(r"\s+и\s+", self.text[x.end : y.start]):
                continue
            for g, code in ((first, x.code), (second, y.code)):
                assert g.role is not None
                g.role = _Candidate(g.role.rank, g.role.role, g.role.kind, code, g.role.org)
            return

    @staticmethod
    def _org_role(role: str | None) -> bool:
        return bool(role) and any(w in ORG_ABBREVIATIONS or w.isupper() for w in _WORD.findall(role or ""))
