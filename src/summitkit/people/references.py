"""Posts that refer back to a person ("глава государства", "премьер").

A post with no name after it refers to the last official it fits, and becomes one more mention of
them. The countries the context gives are read after, in ``summitkit.people.context_countries``;
the state a national outlet reports from (``_home_country``) is read from there too.
"""

from __future__ import annotations

import bisect

from summitkit.lexicons.countries import find_countries
from summitkit.lexicons.roles import (
    COMPLEMENT_NOISE,
    HOME_WORDS,
    ORG_ABBREVIATIONS,
)
from summitkit.morphology import parses
from summitkit.people.context_countries import _ContextCountries
from summitkit.people.records import (
    Person,
    _Candidate,
    _Group,
    _PostHit,
)
from summitkit.people.spans import Spans
from summitkit.people.words import (
    _WORD,
    _lemmas,
)

#: How many mentions back a post standing alone looks for the person it refers to.
_REFERENCE_REACH = 200
#: Canonical roles by the class of a post standing alone.
POSTS_BY_CLASS: dict[str, str] = {"state": "президент", "government": "премьер-министр"}


class _References(_ContextCountries):
    """Posts standing for a person named earlier."""

    def _colleagues(self) -> None:
        """In "российского коллегу Владимира Путина" he holds the post of the person he is a colleague of."""
        for g in self.groups:
            if g.role is None or g.role.kind != "colleague":
                continue
            m = next(m for m in g.mentions if m.post is not None and m.post.post.kind == "colleague")
            s, e = self._sentence_bounds(m.start)
            for other in self.groups:
                if other is g or other.role is None or other.role.role is None:
                    continue
                if any(s <= x.start < e for x in other.mentions):
                    c = other.role
                    g.role = _Candidate(2, c.role, c.kind, g.role.country, c.org)
                    break

    def _ref_info(self, post: _PostHit) -> tuple[str, str | None, str | None]:
        """(class, country, organisation) of a post standing without a name."""
        country = post.adj_country
        org = None
        i = self._word_index(post.end)
        if i < len(self.words) and not self.text[post.end : self.words[i].start].strip():
            nxt = self.words[i].text
            top = parses(nxt.lower())[:1]
            if (
                nxt.islower()
                and top
                and top[0].tag.POS == "NOUN"
                and top[0].tag.case == "gent"
                and not _lemmas(nxt) & ({"государство", "правительство"} | COMPLEMENT_NOISE)
            ):
                return "", None, None  # "президент компании", "президентом мира": another post
            found = next(iter(find_countries(self.text, self.words[i].start, self._complement_end(post.end))), None)
            if found is not None and found.start == self.words[i].start and not found.adjective:
                country = found.code
                post.end = found.end  # the evidence is "Лидер КНР", not "Лидер"
            elif nxt in ORG_ABBREVIATIONS:
                org = nxt
                post.end = self.words[i].end
        kind = post.post.kind
        if kind == "generic":
            if country or (i < len(self.words) and "государство" in _lemmas(self.words[i].text)):
                return "state", country, None
            state = self._adjective_state(post, i)
            if state is not None:
                return "state", state, None  # "Глава белорусского государства"
            return "", None, None
        if kind in {"state", "government"}:
            return kind, country, org
        return post.post.role, country, org

    def _adjective_state(self, post: _PostHit, i: int) -> str | None:
        """ "Глава белорусского государства", "лидер казахстанского государства": a state's adjective and
        "государство" / "страна" right after a generic post; the evidence then spans them.
        """
        if i + 1 >= len(self.words) or self.text[post.end : self.words[i].start].strip():
            return None
        adjective, noun = self.words[i], self.words[i + 1]
        if self.text[adjective.end : noun.start].strip() or not _lemmas(noun.text) & {"государство", "страна"}:
            return None
        found = next(iter(find_countries(self.text, adjective.start, adjective.end)), None)
        if found is None or not found.adjective or found.start != adjective.start:
            return None
        post.end = noun.end
        return found.code

    def _compatible(self, g: _Group, cls: str, country: str | None, org: str | None) -> bool:
        if not g.official or g.role is None:
            return False
        mine = self._class(g.role)
        if cls in {"state", "government"}:
            if mine != cls:
                return False
        elif not (mine.startswith(cls) or (g.role.role or "").startswith(cls)):
            return False  # "Председатель КНР" refers back to a head of state whose role is "председатель"
        if country and g.role.country and country != g.role.country:
            return False
        return not (org and org not in (g.role.role or ""))

    def _resolve_references(self) -> list[tuple[_PostHit, _Group | None]]:
        out: list[tuple[_PostHit, _Group | None]] = []
        inside = Spans(m.complement_span for g in self.groups for m in g.mentions)
        events = sorted(((m.start, g) for g in self.groups for m in g.mentions), key=lambda e: e[0])
        event_starts = [start for start, _ in events]
        home = self._home_country()
        referred: set[int] = set()
        fits_anyone: dict[tuple[str, str | None, str | None], bool] = {}
        for post in self.posts:
            if post.bound or post.plural or post.post.kind in {"colleague", "other"}:
                continue
            if inside.covers(post.start):
                continue
            outer = self._outer_post(post)
            if outer is not post:
                if outer.bound or id(outer) in referred:
                    continue
                post.bound = False
                post = outer
            cls, country, org = self._ref_info(post)
            if not cls:
                continue
            if cls == "state" and country is None and self._ours(post):
                country = home  # "Глава нашего государства" in UzA's copy is Uzbekistan's
            # A national outlet's head of state with no state named is its own where the text names them.
            preferred = country or (home if cls == "state" and not org else None)
            # the people named before the post, nearest first, as far back as a reference reaches
            k = bisect.bisect_left(event_starts, post.start)
            before = events[max(0, k - _REFERENCE_REACH) : k][::-1]
            # A post naming a state goes to that state's official first, to one of no known state after.
            target = next(
                (
                    g
                    for _, g in before
                    if preferred and g.role and g.role.country == preferred and self._compatible(g, cls, country, org)
                ),
                None,
            )
            if target is None and preferred and not country:
                # a national outlet names its own head of state without the state: "Президент Касым-Жомарт Токаев"
                target = next(
                    (g for _, g in before if g.role and g.role.country is None and self._compatible(g, cls, None, org)),
                    None,
                )
            target = target or next((g for _, g in before if self._compatible(g, cls, country, org)), None)
            key = (cls, country, org)
            if key not in fits_anyone:  # asked once per kind of post, not once per post
                fits_anyone[key] = any(self._compatible(g, cls, country, org) for g in self.groups)
            before_role = target.role if target is not None else None
            if target is None and not fits_anyone[key]:
                target = self._roleless_near(post, before)
                if target is not None:
                    role = POSTS_BY_CLASS.get(cls, post.post.role)
                    target.role = _Candidate(2, role, post.post.kind, country, False)
                    target.official = True
            if target is not None:
                if target.role is not before_role:
                    fits_anyone.clear()  # a role changed: which posts fit someone may change too
                target.extra.append((post.start, post.end))
                k = bisect.bisect_right(event_starts, post.start)
                event_starts.insert(k, post.start)
                events.insert(k, (post.start, target))
                c = target.role
                if c is not None and c.rank < 2 and post.post.kind in {"state", "government", "official"}:
                    target.role = _Candidate(2, post.post.role, post.post.kind, c.country or country, False)
                elif c is not None and c.country is None and country and not c.org:
                    target.role = _Candidate(c.rank, c.role, c.kind, country, c.org)
                if target.role is not before_role:
                    fits_anyone.clear()
            out.append((post, target))
            referred.add(id(post))
        return out

    def _ours(self, post: _PostHit) -> bool:
        """ "наш президент", "Глава нашего государства": a post the outlet calls its own."""
        inside = _WORD.findall(self.text, post.start, post.end)
        k = self._word_index(post.start) - 1
        if k >= 0 and not self.text[self.words[k].end : post.start].strip():
            inside.append(self.words[k].text)
        return any(_lemmas(w) & HOME_WORDS for w in inside)

    def _roleless_near(self, post: _PostHit, before: list[tuple[int, _Group]]) -> _Group | None:
        """A person named without a post, just before a post that fits no official: "..., — подчеркнул
        Жумабаев. Премьер-министр также добавил..."."""
        if post.post.kind not in {"state", "government", "official"}:
            return None
        here = self.document.sentence_at(post.start).index
        reach = self.document.sentences[max(0, here - 2)].start  # two sentences back at most
        for start, g in before:
            if start < reach:
                return None
            if g.official or g.other:
                continue  # an official of another kind, or a journalist: not the one meant
            return g
        return None

    def _finish(self) -> list[Person]:
        out = []
        for g in self.groups:
            if not g.official:
                continue
            spans = sorted({(m.start, m.end) for m in g.mentions} | set(g.extra))
            role = g.role.role if g.role is not None else None
            if role == "глава государства":
                role = "президент"  # the post most heads of state in the genre hold; a king is named so
            country = g.role.country if g.role is not None else None
            g.person = Person(g.name, role, country, tuple(spans))
            out.append(g.person)
        return out
