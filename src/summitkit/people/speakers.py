"""Who says what: the subject of a sentence, quotations and "по словам", and states that speak.

The proposals extractor asks who put a proposal forward; the answer is the person a quotation is
attributed to, the subject of the saying verb (of the reported clause in "X сообщил, что Y предложил"),
the official a title or a pronoun refers back to, the agent of "выдвинутая Казахстаном инициатива", or
the head of state of a state that speaks ("Кыргызская сторона предлагает", "инициатива Казахстана"), named
before it. The subject is that of the proposal's own clause (", а президент B предложил ..."); a first-person
speech under a transcript label ("В.Путин: ...") is the labelled speaker's.
Actors are looked up by position (bisect over their starts), never scanned per question; they and the
quotations are read in the layers below (``actors``, ``quotations``).
"""

from __future__ import annotations

import re

from summitkit.lexicons.proposals import (
    AGENT_PARTICIPLES,
    CONTINUATIONS,
    ORDINAL_MARKERS,
    PROPOSING_GOVERNORS,
    SUPPORTING,
)
from summitkit.lexicons.roles import ACTION_VERBS, LIST_MARKERS, PROPOSAL_NOUNS, SAYING_LEADS, SPEECH_VERBS
from summitkit.morphology import parses
from summitkit.people.quotations import _Quotations
from summitkit.people.records import Person, _Actor
from summitkit.people.words import _WORD, _lemmas
from summitkit.text import fold

#: A sentence that says who said the one before it: "Об этом заявил ...", "Об этом сообщил ...".
_ABOUT_THIS = re.compile(r"\s*Об этом(?P<words>(?:\s+\w+){1,3})")

#: An item number inside running text: "2) учредить ...", "б) создать ...".
_INLINE_NUMBER = re.compile(r"(?:\d{1,2}|[а-я])\)\s")

#: Where a reported clause begins: "..., что ...", "..., чтобы ...".
_REPORTED = re.compile(r",\s*(?:что|чтобы)\s+", re.IGNORECASE)

#: Where a clause with a subject of its own begins inside a sentence: ", а ...", ", но ...", "; ...".
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:а|но|тогда как|в то время как)|;)\s+", re.IGNORECASE)

#: Verbs of putting forward, besides the speech verbs: "идею выдвинул президент".
_PROPOSING: frozenset[str] = frozenset({"выдвинуть", "инициировать", "внести", "озвучить"})


class _Speakers(_Quotations):
    """Who says or proposes what a span of text holds."""

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

    def _reported_subject(self, start: int, end: int, nominative: list[_Actor]) -> Person | None:
        """ "Путин сообщил, что Токаев предложил ...": the subject of the reported clause, not the reporter."""
        that = None
        for m in _REPORTED.finditer(self.text, start, end):
            that = m.end()
        if that is None:
            return None
        inside = [a for a in nominative if a.start >= that and a.person is not None]
        return inside[0].person if inside else None

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
