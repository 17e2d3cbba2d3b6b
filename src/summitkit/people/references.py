"""Posts that refer back to a person ("глава государства", "премьер"), and countries from context.

A post with no name after it refers to the last official it fits, and becomes one more mention of
them; a person whose post names no state takes the one the sentence or the text makes plain.
"""

from __future__ import annotations

import bisect
import itertools
import re

from summitkit.lexicons.cities import city_of
from summitkit.lexicons.countries import CountryMention, find_countries, region_country
from summitkit.lexicons.currencies import head_of
from summitkit.lexicons.parliaments import HOME_CHAMBERS
from summitkit.lexicons.roles import (
    COMPLEMENT_NOISE,
    HOME_AGENCIES,
    HOME_SITES,
    HOME_WORDS,
    LOCAL_POSTS,
    ORG_ABBREVIATIONS,
)
from summitkit.morphology import parses
from summitkit.people.posts import _Posts
from summitkit.people.records import (
    Person,
    _Candidate,
    _Group,
    _Mention,
    _PostHit,
)
from summitkit.people.spans import Spans
from summitkit.people.words import (
    _WORD,
    _lemmas,
)
from summitkit.text import fold

#: How far into a text a dateline is looked for.
_HEAD_CHARS = 400
#: A dateline: a city at the start of a line, then a comma or a full stop and a date or an agency.
_DATELINE = re.compile(r"^(?P<city>[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)[,.]\s+(?=[\dА-ЯЁA-Z/])", re.M)


#: How many mentions back a post standing alone looks for the person it refers to.
_REFERENCE_REACH = 200
#: Canonical roles by the class of a post standing alone.
POSTS_BY_CLASS: dict[str, str] = {"state": "президент", "government": "премьер-министр"}


class _References(_Posts):
    """Posts standing for a person named earlier; countries the context gives."""

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

    @staticmethod
    def _class(c: _Candidate) -> str:
        if c.kind in {"state", "government"}:
            return c.kind
        return c.role or ""

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
