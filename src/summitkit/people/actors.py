"""Who can be a speaker: the actors of a text by position, and states that speak through their leaders.

An actor is a named official, a post that stands for one ("глава государства", also one named only a few
sentences later), or a pronoun ("он") for the subject of the sentence before. A state speaks where its
name is a subject ("Казахстан предлагает") or its adjective comes before a noun of voice ("кыргызская
сторона"); it stands for its head of state named in the text. Actors are found by bisection, not scans.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from summitkit.lexicons.countries import CountryMention, find_countries
from summitkit.lexicons.proposals import LEADER_ROLES, STATE_VOICES
from summitkit.morphology import parses
from summitkit.people.records import Person, _Actor, _Group, _PostHit
from summitkit.people.references import _References
from summitkit.people.words import _WORD, _lemmas
from summitkit.text import fold

#: How far after a post (in characters) the official it stands for may first be named.
_FORWARD_REACH = 400


class _Actors(_References):
    """The actors of a text and the states that speak, looked up by position."""

    def _actors(self) -> list[_Actor]:
        actors: list[_Actor] = []
        for g in self.groups:
            for m in g.mentions:
                start = m.post.start if m.post is not None and m.post.end <= m.start else m.start
                actors.append(_Actor(start, m.end, g.person, "nomn" in m.cases))
        ahead = sorted(
            ((m.start, g) for g in self.groups for m in g.mentions if g.person is not None), key=lambda e: e[0]
        )
        for post, target in self.refs:
            person = target.person if target else self._holder_named_later(post, ahead)
            actors.append(_Actor(post.start, post.end, person, "nomn" in post.cases, person is not None))
        actors.sort(key=lambda a: a.start)
        starts = [a.start for a in actors]
        for w in self.words:
            if fold(w.text) in {"он", "она"}:
                # the last person named; an expert or an unnamed official tells no speaker
                last = next((a for a in reversed(actors) if a.end <= w.start), None)
                subject = self._previous_subject(w.start, actors, starts)
                actors.append(_Actor(w.start, w.end, subject or (last.person if last else None), True))
        actors.sort(key=lambda a: a.start)
        return actors

    def _previous_subject(self, offset: int, actors: list[_Actor], starts: list[int]) -> Person | None:
        """ "Путин провел переговоры с Лукашенко. Он также предложил ...": a pronoun opening a sentence
        stands for the subject of the sentence before (its first named actor in the nominative), not for
        whoever was named last. None where the pronoun is inside a sentence or the one before has none."""
        s_start, _ = self._sentence_bounds(offset)
        if self.text[s_start:offset].strip() or s_start == 0:
            return None
        p_start, _ = self._sentence_bounds(s_start - 1)
        before = actors[bisect.bisect_left(starts, p_start) : bisect.bisect_left(starts, s_start)]
        return next((a.person for a in before if a.nominative and a.person is not None), None)

    def _holder_named_later(self, post: _PostHit, ahead: list[tuple[int, _Group]]) -> Person | None:
        """A post no one named before holds: "Президент Казахстана предложил ... Об этом Касым-Жомарт Токаев
        заявил", a headline's "Глава государства предложил ..." over a lead that names him. The first official
        named after the post whom it fits, within a few sentences (``ahead``: mentions by start)."""
        kind = post.post.kind
        cls: str = "state" if kind == "generic" else kind if kind in {"state", "government"} else post.post.role or ""
        k = bisect.bisect_left(self._country_starts, post.start)
        inner = self._country_starts[k] if k < len(self._country_starts) else -1
        country = post.adj_country or (self.countries_by_start[inner].code if post.start <= inner < post.end else None)
        if (
            post.post.kind == "generic"
            and country is None
            and "государств" not in fold(self.text[post.end : post.end + 14])
        ):
            return None  # "лидер" alone: of what, the text does not say
        reach = post.end + _FORWARD_REACH
        for start, g in ahead[bisect.bisect_left(ahead, (post.end,), key=lambda e: (e[0],)) :]:
            if start > reach:
                return None
            if self._compatible(g, cls, country, None):
                return g.person
        return None

    def actor_after(self, offset: int) -> _Actor | None:
        _, end = self._sentence_bounds(offset)
        return next(iter(self._actors_in(offset, end)), None)

    @cached_property
    def _actor_starts(self) -> list[int]:
        return [a.start for a in self.actors]

    def _actors_in(self, lo: int, hi: int) -> list[_Actor]:
        """The actors starting in ``[lo, hi)``, in order: looked up by position, not scanned."""
        return self.actors[bisect.bisect_left(self._actor_starts, lo) : bisect.bisect_left(self._actor_starts, hi)]

    def _last_actor_before(self, offset: int) -> _Actor | None:
        """The last actor that ends by ``offset``."""
        k = bisect.bisect_left(self._actor_starts, offset) - 1
        while k >= 0 and self.actors[k].end > offset:
            k -= 1
        return self.actors[k] if k >= 0 else None

    @cached_property
    def countries_by_start(self) -> dict[int, CountryMention]:
        """Every country name or state adjective of the text, by its start offset."""
        return {c.start: c for c in find_countries(self.text)}

    @cached_property
    def _country_starts(self) -> list[int]:
        return sorted(self.countries_by_start)

    def leader_of(self, code: str, before: int | None = None) -> Person | None:
        """The leader a state's voice stands for: of the text's officials of that state, the one whose role
        comes first in ``LEADER_ROLES`` (its head of state), or None. With ``before``, only officials the
        text has named by then: a president named only in a later aside did not speak for the side."""
        officials = [
            p
            for p in self.persons
            if p.country == code and p.role is not None and (before is None or p.mentions[0][0] < before)
        ]
        for role in LEADER_ROLES:
            found = next((p for p in officials if p.role is not None and p.role.startswith(role)), None)
            if found is not None:
                return found
        return None

    def _state_voice(self, start: int, end: int) -> Person | None:
        """A state speaking in ``text[start:end]``, the clause before a proposal: "Казахстан предлагает",
        "Кыргызская сторона выступила с инициативой". It stands for its leader named in the text."""
        k = bisect.bisect_left(self._country_starts, start)
        while k < len(self._country_starts) and self._country_starts[k] < end:
            country = self.countries_by_start[self._country_starts[k]]
            k += 1
            if country.adjective:
                if not self._voice_after(country):
                    continue
            elif not any(p.tag.case == "nomn" for p in parses(self.text[country.start : country.end].split()[-1])):
                continue
            return self.leader_of(country.code, country.start)
        return None

    def _voice_after(self, country: CountryMention) -> bool:
        """A state adjective before a noun a state speaks through: "кыргызская сторона", "делегации"."""
        voice = _WORD.match(self.text, country.end + 1)
        return voice is not None and bool(_lemmas(voice.group()) & STATE_VOICES)
