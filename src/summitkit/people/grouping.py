"""Grouping name mentions into people, and finding the later case forms of each person's surname.

"Токаев", "Токаева", "К.-Ж. Токаев" are one person; two namesakes with different initials are two.
The people stage groups the mentions NER and the repairs of ``summitkit.people.mentions`` found,
then looks for every declined form of each surname NER did not tag.
"""

from __future__ import annotations

from summitkit.people.mentions import _Mentions
from summitkit.people.names import _nominatives, _paradigm, _pymorphy_names
from summitkit.people.records import (
    _Group,
    _Mention,
)
from summitkit.people.spans import Spans
from summitkit.people.words import (
    _is_cap,
    _Word,
)
from summitkit.text import fold


class _Grouping(_Mentions):
    """Mentions grouped by person, and the surname forms NER missed."""

    def _group(self, mentions: list[_Mention]) -> list[_Group]:
        """Mentions with a common nominative surname, split where first initials differ."""
        parent = list(range(len(mentions)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        by_candidate: dict[str, int] = {}
        for i, m in enumerate(mentions):
            key_words = [*m.particles, m.surname.text]
            prefix = " ".join(fold(w) for w in key_words[:-1])
            for cand in _nominatives(fold(m.surname.text)):
                key = f"{prefix} {cand}".strip()
                if key in by_candidate:
                    parent[root(i)] = root(by_candidate[key])
                else:
                    by_candidate[key] = i
        clusters: dict[int, list[_Mention]] = {}
        for i, m in enumerate(mentions):
            clusters.setdefault(root(i), []).append(m)
        groups: list[_Group] = []
        for members in clusters.values():
            groups.extend(self._split_by_initial(members))
        groups.sort(key=lambda g: g.mentions[0].start)
        for n, g in enumerate(groups):
            for m in g.mentions:
                m.group = n
            self._nominative(g)
        return groups

    @staticmethod
    def _initial(m: _Mention) -> str:
        if m.initials:
            return fold(m.initials[0])
        return fold(m.given[0].text[0]) if m.given else ""

    def _split_by_initial(self, members: list[_Mention]) -> list[_Group]:
        letters = sorted({self._initial(m) for m in members} - {""})
        if len(letters) <= 1:
            return [_Group(members)]
        subs: dict[str, list[_Mention]] = {letter: [] for letter in letters}
        first = next(self._initial(x) for x in members if self._initial(x))
        last = ""
        for m in members:
            letter = self._initial(m) or last or first  # a bare surname is the namesake named last
            subs[letter].append(m)
            last = letter
        return [_Group(ms) for ms in subs.values() if ms]

    def _add_surname_mentions(self, groups: list[_Group], mentions: list[_Mention]) -> list[_Mention]:
        """Every later case form of a known surname, where NER did not tag it."""
        forms: dict[str, _Group] = {}
        for g in groups:
            if g.mentions[0].particles or len(g.nominative) < 3:
                continue  # "Ван И": a one-letter surname would match every sentence-initial "И"
            for gender in {g.gender, "masc"}:
                for form in _paradigm(g.nominative, gender):
                    forms.setdefault(form, g)
        covered = Spans((m.start, m.end) for m in mentions)
        out = list(mentions)
        for w in self.words:
            if not _is_cap(w.text) or fold(w.text) not in forms:
                continue
            if covered.covers(w.start) or self._photo_credit(w.start, w.end):
                continue
            given: list[_Word] = []
            k = self._word_index(w.start) - 1
            if k >= 0 and self.text[self.words[k].end : w.start] == " ":
                prev = self.words[k]
                if _is_cap(prev.text) and _pymorphy_names(prev.text, "Name"):
                    given = [prev]
            start = given[0].start if given else w.start
            out.append(self._with_suffix(_Mention(start, w.end, None, given, [], w)))
        return sorted(out, key=lambda m: m.start)
