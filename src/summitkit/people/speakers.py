"""Who says what: the subject of a sentence, quotations and "по словам", and states that speak.

The proposals extractor asks who put a proposal forward; the answer is the person a quotation is
attributed to, the subject of the saying verb (of the reported clause in "X сообщил, что Y предложил"),
the official a title or a pronoun refers back to, the agent of "выдвинутая Казахстаном инициатива", or
the head of state of a state that speaks ("Кыргызская сторона предлагает", "инициатива Казахстана"), named
before it. The subject is that of the proposal's own clause (", а президент B предложил ..."); a first-person
speech under a transcript label ("В.Путин: ...") is the labelled speaker's.
Actors are looked up by position (bisect over their starts), never scanned per question.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from summitkit.lexicons.countries import CountryMention, find_countries
from summitkit.lexicons.proposals import (
    AGENT_PARTICIPLES,
    CONTINUATIONS,
    LEADER_ROLES,
    ORDINAL_MARKERS,
    PROPOSING_GOVERNORS,
    STATE_VOICES,
    SUPPORTING,
)
from summitkit.lexicons.roles import (
    ACTION_VERBS,
    LIST_MARKERS,
    PROPOSAL_NOUNS,
    SAYING_LEADS,
    SPEECH_VERBS,
)
from summitkit.morphology import parses
from summitkit.people.records import (
    Person,
    _Actor,
    _Group,
    _PostHit,
)
from summitkit.people.references import _References
from summitkit.people.words import (
    _WORD,
    _lemmas,
)
from summitkit.text import fold

#: A sentence that says who said the one before it: "Об этом заявил ...", "Об этом сообщил ...".
_ABOUT_THIS = re.compile(r"\s*Об этом(?P<words>(?:\s+\w+){1,3})")


#: How far after a post (in characters) the official it stands for may first be named.
_FORWARD_REACH = 400

#: An item number inside running text: "2) учредить ...", "б) создать ...".
_INLINE_NUMBER = re.compile(r"(?:\d{1,2}|[а-я])\)\s")

#: How far back (in characters) a quotation closed on a later line may have opened.
_QUOTE_REACH = 600

#: Where a reported clause begins: "..., что ...", "..., чтобы ...".
_REPORTED = re.compile(r",\s*(?:что|чтобы)\s+", re.IGNORECASE)


#: Where a clause with a subject of its own begins inside a sentence: ", а ...", ", но ...", "; ...".
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:а|но|тогда как|в то время как)|;)\s+", re.IGNORECASE)

#: A transcript's speaker label at the start of a paragraph: "В.Путин:", "К.-Ж. Токаев:", "Лукашенко:".
_LABEL = re.compile(r"\s*(?:[А-ЯЁ]\.(?:\s?-?[А-ЯЁ]\.)?\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*:")

#: How many paragraphs back a transcript's speech is followed to its speaker's label.
_TRANSCRIPT_PARAGRAPHS = 8

#: Verbs of putting forward, besides the speech verbs: "идею выдвинул президент".
_PROPOSING: frozenset[str] = frozenset({"выдвинуть", "инициировать", "внести", "озвучить"})


class _Speakers(_References):
    """Who says or proposes what a span of text holds."""

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

    def _quotes(self) -> list[tuple[int, int, int]]:
        """Quotations with a speaker named after them: (start, end, where the attribution is)."""
        out: list[tuple[int, int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            base = pos
            pos += len(line) + 1
            for m in re.finditer(r"([»\"“”])\s*[,.!?…]?\s*[-–—]\s*(?P<verb>[А-Яа-яЁё]+)", line):
                if not _lemmas(m.group("verb")) & SPEECH_VERBS:
                    continue
                q = m.start(1)
                if m.group(1) == "»":
                    depth, k = 0, q
                    while k >= 0:
                        if line[k] == "»":
                            depth += 1
                        elif line[k] == "«":
                            depth -= 1
                            if depth == 0:
                                break
                        k -= 1
                    begin = base + k if k >= 0 else self._opened_above(base)
                else:
                    straight = [i for i, ch in enumerate(line[:q]) if ch in '"“”']
                    begin = base + (straight[0] if len(straight) % 2 == 1 else 0)
                out.append((begin, base + q, base + m.start("verb")))
            dash = re.match(r"\s*[-–—]\s", line)
            if dash:
                for m in re.finditer(r",\s*[-–—]\s*(?P<verb>[А-Яа-яЁё]+)", line):
                    if _lemmas(m.group("verb")) & SPEECH_VERBS:
                        out.append((base + dash.end(), base + m.start(), base + m.start("verb")))
                        break
        return out

    def _opened_above(self, line_start: int) -> int:
        """Where a quotation closed on the line at ``line_start`` opened on a line above ("«Предлагаем ...
        \nТакой фонд ...», — отметил ..."), within a few hundred characters; else the line's start."""
        lo = max(0, line_start - _QUOTE_REACH)
        opener = self.text.rfind("«", lo, line_start)
        return opener if opener > self.text.rfind("»", lo, line_start) else line_start

    def actor_after(self, offset: int) -> _Actor | None:
        _, end = self._sentence_bounds(offset)
        return next(iter(self._actors_in(offset, end)), None)

    def speaker(self, start: int, end: int, depth: int = 0) -> Person | None:
        """Quotation first, then the sentence: a proposal's owner, "по словам", a list's lead-in,
        the subject, an elided subject (the sentence before), a subject after the proposal."""
        if depth > 3:
            return None
        for q_start, q_end, attribution in self.quotes:
            if q_start <= start < q_end + 1:
                actor = self.actor_after(attribution)
                return actor.person if actor else None
        lead = self._quote_lead(start)
        if lead is not None:
            return self.speaker(lead, lead, depth + 1)
        s_start, _ = self._sentence_bounds(start)
        line_start = self.text.rfind("\n", 0, start) + 1
        line = self.text[line_start : self.text.find("\n", start) if "\n" in self.text[start:] else len(self.text)]
        headline = next(iter(self._actors_in(line_start, start)), None)
        if (
            headline is not None
            and not self.text[line_start : headline.start].strip()
            and re.match(r"\s*:", self.text[headline.end : headline.end + 3])
        ):
            return headline.person  # "Токаев: Казахстан предлагает создать ..."
        before = self._actors_in(max(s_start, line_start), start)
        clause = self.text[max(s_start, line_start) : start]
        for noun in (*PROPOSAL_NOUNS, *AGENT_PARTICIPLES):
            for m in re.finditer(r"\b" + noun + r"\w*\s+", fold(clause)):
                at = max(s_start, line_start) + m.end()
                actor = next((a for a in before if a.start == at), None)
                if actor is not None:
                    return actor.person
                country = self.countries_by_start.get(at)
                if country is not None and (not country.adjective or self._voice_after(country)):
                    return self.leader_of(country.code, at)  # "инициатива Казахстана", "по предложению ... стороны"
        for lead_words in SAYING_LEADS:
            k = fold(clause).find(lead_words)
            if k >= 0:
                at = max(s_start, line_start) + k + len(lead_words)
                actor = next(iter(self._actors_in(at, at + 3)), None)
                if actor is not None:
                    return actor.person
        if re.search(r"\bпо (его|ее) (словам|мнению|оценке)", fold(clause)):
            last = self._last_actor_before(max(s_start, line_start))
            return last.person if last else None
        if line.lstrip().startswith(LIST_MARKERS) or re.match(r"\s*\d+[.)]\s", line):
            people_before = [a for a in before if a.person is not None]
            if people_before:
                return people_before[0].person
            return self._lead_in_speaker(line_start, depth)
        if before:
            before = self._own_clause(before, start)
            nominative = [a for a in before if a.nominative]
            reported = self._reported_subject(max(s_start, line_start), start, nominative)
            # "Как сообщает пресс-служба Акорды, Токаев предложил ...": a named subject before an unnamed one
            subject = next((a for a in nominative if a.person is not None), None) or (nominative or before)[0]
            if reported is None and self._only_supports(subject.end, start):
                return None  # "Путин поддержал идею создания ...": who backs it did not put it forward
            return reported or subject.person
        voice = self._state_voice(max(s_start, line_start), start)
        if voice is not None:
            # "Таджикская сторона призвала ... — с этой инициативой выступил Y": the one named wins
            return self._speaker_after(end) or voice
        if self._elided_subject(max(s_start, line_start), start) and s_start > 0:
            return self.speaker(self._back(s_start), self._back(s_start), depth + 1)
        after = self._speaker_after(end) or self._about_this(end)
        if after is None and self._ordinal(s_start):
            return self._before_ordinals(s_start, depth)
        if after is None and s_start > 0 and self._unowned_proposal(max(s_start, line_start), start):
            # not across a blank line: a new paragraph's "идея создать ..." is not the last speech's
            return self.speaker(s_start - 1, s_start - 1, depth + 1)
        if after is None and self._first_person(max(s_start, line_start), start):
            return self._labelled_speaker(line_start)
        return after

    def _back(self, offset: int) -> int:
        """The last non-space character before ``offset``: the sentence before, across a blank line."""
        k = offset - 1
        while k > 0 and self.text[k].isspace():
            k -= 1
        return max(k, 0)

    def _own_clause(self, before: list[_Actor], start: int) -> list[_Actor]:
        """ "Президент A выступил с инициативой создать X, а Президент B предложил ...": the actors of the
        clause the proposal stands in, where a named subject opens a clause joined by "а", "но", ";"."""
        s_start = before[0].start
        cut = None
        for m in _NEW_CLAUSE.finditer(self.text, s_start, start):
            cut = m.end()
        if cut is None:
            return before
        own = [a for a in before if a.start >= cut]
        return own if any(a.nominative and a.person is not None for a in own) else before

    def _first_person(self, start: int, end: int) -> bool:
        """A clause spoken in the first person: "предлагаем создать", "считаю целесообразным"."""
        for m in _WORD.finditer(self.text, start, end):
            found = parses(m.group().lower())
            if found and found[0].tag.POS == "VERB" and found[0].tag.person == "1per":
                return True
        return False

    def _labelled_speaker(self, line_start: int) -> Person | None:
        """A transcript: "В.Путин: Уважаемые коллеги! ..." opens a speech that runs over the paragraphs
        after it, up to the next label or a separator line ("* * *"). The speaker of the nearest label above."""
        k = line_start
        for _ in range(_TRANSCRIPT_PARAGRAPHS):
            if k <= 0:
                return None
            prev_start = self.text.rfind("\n", 0, k - 1) + 1
            line = self.text[prev_start : k - 1]
            k = prev_start
            if not line.strip():
                continue
            if not re.search(r"[А-Яа-яЁё]", line):
                return None  # "* * *": the speech ends above
            label = _LABEL.match(line)
            if label is not None:
                actor = next(iter(self._actors_in(prev_start, prev_start + label.end())), None)
                return actor.person if actor is not None else None
        return None

    def _unowned_proposal(self, start: int, end: int) -> bool:
        """ "... выступил на саммите. Одним из его предложений стало создание ...": a proposal noun with no
        owner named in its sentence belongs to whoever spoke in the sentence before."""
        return any(fold(m.group()).startswith(PROPOSAL_NOUNS) for m in _WORD.finditer(self.text, start, end))

    def _only_supports(self, start: int, end: int) -> bool:
        """Does the subject only back the proposal in ``text[start:end]`` ("поддержал идею создания ..."),
        with no verb of proposing of its own after the backing ("поддержал ... и предложил создать ...")?"""
        backs = False
        for m in _WORD.finditer(self.text, start, end):
            lemmas = _lemmas(m.group())
            if lemmas & SUPPORTING:
                backs = True
            elif lemmas & (_PROPOSING | PROPOSING_GOVERNORS.keys()):
                backs = False
        return backs

    def _ordinal(self, s_start: int) -> bool:
        """Does the sentence at ``s_start`` open as an item of the one before: an ordinal marker ("Во-вторых,
        ...") or a continuation ("В частности, ...", "Одно из них — ...")?"""
        at = s_start + len(self.text[s_start : s_start + 40]) - len(self.text[s_start : s_start + 40].lstrip())
        first = _WORD.match(self.text, at)
        if first is not None and fold(first.group()) in ORDINAL_MARKERS:
            return True
        if _INLINE_NUMBER.match(self.text, at):
            return True  # "...: 1) создать ...; 2) учредить ...": the second item is a sentence of its own
        if s_start > 0:
            prev_start, prev_end = self._sentence_bounds(self._back(s_start))
            if prev_start < s_start and fold(self.text[prev_start:prev_end].strip(" \n.:")) in ORDINAL_MARKERS:
                return True  # "Первое. Учредить ...": the ordinal is a sentence of its own
        words = " ".join(fold(w.group()) for w in _WORD.finditer(self.text, at, at + 30))
        return any(f"{words} ".startswith(f"{c.replace(' ,', '')} ") for c in CONTINUATIONS)

    def _before_ordinals(self, s_start: int, depth: int) -> Person | None:
        """ "Президент выдвинул ряд предложений. Во-первых, ... Во-вторых, ...": the items say nothing of
        who speaks; the sentence before the first of them does."""
        k = s_start
        while k > 0:
            prev_start, _ = self._sentence_bounds(self._back(k))
            if prev_start >= k or not self._ordinal(prev_start):
                return self.speaker(self._back(k), self._back(k), depth + 1)
            k = prev_start
        return None

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

    def _reported_subject(self, start: int, end: int, nominative: list[_Actor]) -> Person | None:
        """ "Путин сообщил, что Токаев предложил ...": the subject of the reported clause, not the reporter."""
        that = None
        for m in _REPORTED.finditer(self.text, start, end):
            that = m.end()
        if that is None:
            return None
        inside = [a for a in nominative if a.start >= that and a.person is not None]
        return inside[0].person if inside else None

    def _voice_after(self, country: CountryMention) -> bool:
        """A state adjective before a noun a state speaks through: "кыргызская сторона", "делегации"."""
        voice = _WORD.match(self.text, country.end + 1)
        return voice is not None and bool(_lemmas(voice.group()) & STATE_VOICES)

    def _about_this(self, end: int) -> Person | None:
        """ "... создать платежную систему. Об этом заявил российский лидер.": the next sentence names
        who said it."""
        _, s_end = self._sentence_bounds(end)
        m = _ABOUT_THIS.match(self.text, s_end)
        if m is None or not any(_lemmas(w) & SPEECH_VERBS for w in m.group("words").split()):
            return None
        actor = self.actor_after(m.start("words"))
        return actor.person if actor is not None and actor.nominative else None

    def _speaker_after(self, end: int) -> Person | None:
        """ "Создать центр предложил президент ...": a speech verb and its subject after the proposal."""
        _, s_end = self._sentence_bounds(end)
        actor = next(iter(self._actors_in(end, s_end)), None)
        if actor is None or not actor.nominative:
            return None
        verbs = [w.group() for w in _WORD.finditer(self.text, end, actor.start)]
        if any(_lemmas(v) & (SPEECH_VERBS | _PROPOSING) for v in verbs):
            return actor.person
        if any(fold(v).startswith(PROPOSAL_NOUNS) for v in verbs) and any(_lemmas(v) & {"выступить"} for v in verbs):
            return actor.person  # "— с этой инициативой выступил ..."
        return None

    def _quote_lead(self, start: int) -> int | None:
        """A «quotation» introduced by "X заявил:": the offset of the lead-in."""
        line_start = self.text.rfind("\n", 0, start) + 1
        open_at = self.text.rfind("«", line_start, start + 1)
        if open_at < 0 or self.text.find("»", open_at, start) >= 0:
            straight = [k for k in range(line_start, start) if self.text[k] in '"“„']
            if len(straight) % 2 == 0:
                return None
            open_at = straight[-1]  # an unclosed straight quotation: "X заявил: "Предлагаем ...""
        lead = self.text[line_start:open_at].rstrip()
        if not lead.strip() and line_start > 1:
            # the quotation opens its own paragraph: the lead-in ends the one before
            prev_end = len(self.text[: line_start - 1].rstrip())
            return prev_end - 1 if self.text[:prev_end].endswith(":") else None
        if lead.endswith(":"):
            return line_start + len(lead) - 1
        if lead.endswith((".", "!", "?")):
            return line_start + len(lead) - 1  # no attribution: "Моди выступил с речью. «Предлагаю ...»"
        return None

    def _lead_in_speaker(self, line_start: int, depth: int) -> Person | None:
        """The line a list hangs from ("... выдвинул ряд предложений ...:") and who speaks there."""
        k = line_start - 1
        while k > 0:
            prev_start = self.text.rfind("\n", 0, k) + 1
            line = self.text[prev_start:k]
            if line.strip() and not (line.lstrip().startswith(LIST_MARKERS) or re.match(r"\s*\d+[.)]\s", line)):
                if not line.rstrip().endswith(":"):
                    return None
                para_start = prev_start
                actors = self._actors_in(para_start, k)
                people_in = [a for a in actors if a.person is not None]
                if people_in:
                    s_last = self.document.sentence_at(people_in[-1].start)
                    in_last = [a for a in people_in if a.start >= s_last.start]
                    nominative = [a for a in in_last if a.nominative]
                    return (nominative or in_last)[0].person
                return None
            k = prev_start - 1
        return None

    def _elided_subject(self, start: int, end: int) -> bool:
        """A sentence whose verb has no subject before it: "Также предложил создать ..."."""
        for m in _WORD.finditer(self.text, start, end):
            found = parses(m.group().lower())
            if not found:
                continue
            top = found[0]
            if top.tag.POS == "VERB" and top.tag.tense == "past" and top.tag.number == "sing":
                return _lemmas(m.group()) & (SPEECH_VERBS | ACTION_VERBS) != frozenset()
            if any(p.tag.POS in {"NOUN", "NPRO"} and p.tag.case == "nomn" for p in found if p.score > 0.1):
                return False
        return False
