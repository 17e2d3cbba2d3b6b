"""The role and the country a post gives the person it is bound to ("Президент Узбекистана").

Once posts are bound to names (``summitkit.people.posts``), each person is read with one role: the
post's own, its complement's country or organisation ("... Кабинета министров Киргизии", "генсек
ОДКБ"), else the state a sentence says the person represents or a bracket after the name gives.
"""

from __future__ import annotations

import re

from summitkit.lexicons.cities import city_of
from summitkit.lexicons.countries import ADJECTIVES, country_code, find_countries, names_unrecognised, region_country
from summitkit.lexicons.countries import lemma as country_lemma
from summitkit.lexicons.roles import (
    COMPANY_FORMS,
    COMPLEMENT_NOISE,
    HEAD_IN_COMPLEMENT,
    KEEP_COUNTRY,
    NATIONAL_BODIES,
    NON_STATE_WORDS,
    ORG_ABBREVIATIONS,
    ORG_WORDS,
)
from summitkit.morphology import parses
from summitkit.people.posts import _Posts
from summitkit.people.records import (
    _Candidate,
    _Group,
    _Mention,
)
from summitkit.people.words import (
    _WORD,
    _lemmas,
)

#: Verbs of representing a state: "Армению представлял вице-премьер ..." (lemmas).
REPRESENTING: frozenset[str] = frozenset({"представлять", "представить"})

#: A preposition right before a word: "в Грузию" is where, not whom a person represents.
_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:в|во|на|за|про|через|под)\s+$", re.IGNORECASE)

#: How far from a name its sentence is looked at, either way (characters).
_SENTENCE_REACH = 200


class _PostRoles(_Posts):
    """The role each person is read with, from the posts bound to their mentions."""

    def _complement_country(self, start: int, end: int) -> tuple[str | None, bool, str]:
        """(country, organisation?, complement without the country) of ``text[start:end]``."""
        comp = self.text[start:end]
        if not comp.strip():
            return None, False, ""
        if names_unrecognised(self.text, start, end):
            return None, True, comp.strip()  # a state with no ISO code stands for none, as an organisation does
        words = list(_WORD.finditer(comp))
        countries = list(find_countries(self.text, start, end))
        org_at = None
        for w in words:
            text = w.group()
            if text in NATIONAL_BODIES:
                continue  # "МИД России": a state's ministry, not an international organisation
            if text in ORG_ABBREVIATIONS or (text.isupper() and len(text) > 1 and country_code(text) is None):
                org_at = start + w.start()
                break
            if _lemmas(text) & ORG_WORDS:
                org_at = start + w.start()
                break
        country = None
        rest = comp.strip()
        nouns = [c for c in countries if not c.adjective]
        if nouns and (org_at is None or nouns[0].start < org_at):
            country = nouns[0].code
            last = nouns[-1]
            if self.text[last.end : end].strip() == "":
                rest = self.text[start : nouns[0].start].strip()
        elif org_at is None and countries:
            country = countries[0].code
        first = _WORD.match(rest)
        if first is not None and ADJECTIVES.get(country_lemma(first.group()).lower()):
            rest = rest[first.end() :].strip()  # "пресс-секретарь российского лидера"
        rest_words = _WORD.findall(rest)
        if rest_words and all(_lemmas(w) & COMPLEMENT_NOISE for w in rest_words):
            rest = ""
        return country, org_at is not None, rest

    def _candidate(self, m: _Mention) -> _Candidate | None:
        post = m.post
        if post is None:
            return None
        kind = post.post.kind
        if kind == "other":
            if post.plural:
                return None  # "В интервью журналистам Имя Фамилия сказал": the people he speaks to
            return _Candidate(-1, None, "other", None, False)
        if kind == "colleague":
            return _Candidate(0, None, "colleague", post.adj_country, False)
        start, end = m.complement_span
        words = _WORD.findall(self.text[start:end])
        if any(w in COMPANY_FORMS or _lemmas(w) & NON_STATE_WORDS for w in words):
            return _Candidate(-1, None, "other", None, False)  # "глава компании", "лидер партии"
        country, org, rest = self._complement_country(start, end)
        country = country or post.adj_country or self._parenthesised_country(m) or self._represented_country(m)
        if country is None and not org:
            country = self._place_country(start, end)  # "мэр Бишкека", "аким Туркестанской области"
        chamber = next((c for c in self.chamber_index.within(start, end) if c.end <= end), None)
        if country is None and chamber is not None and not self._org_besides(start, end, chamber.start, chamber.end):
            # "Председатель Мажилиса", "спикер Жогорку Кенеша", "председатель ВСНП": the chamber tells the state
            country, org = chamber.code, False
        role = post.post.role
        if post.post.role in KEEP_COUNTRY and not org and rest == "" and m.complement:
            rest = m.complement.strip()
            kind = "state"  # "председатель КНР" heads a state
        if rest:
            first = _WORD.match(rest)
            heads = sorted(_lemmas(first.group()) & set(HEAD_IN_COMPLEMENT)) if first else []
            if heads and first is not None and rest[first.end() :].strip() == "":
                rest = HEAD_IN_COMPLEMENT[heads[0]]
        if kind == "generic":
            if rest:
                return _Candidate(3, f"{role} {rest}", "official", None if org else country, org)
            return _Candidate(1, "глава государства", "state", country, False)
        if post.post.role == "глава государства":
            return _Candidate(1, post.post.role, kind, country, False)
        full = f"{role} {rest}" if rest else role
        if org:
            country, kind = None, "official"
        return _Candidate(3, full, kind, country, org)

    def _org_besides(self, start: int, end: int, skip_start: int, skip_end: int) -> bool:
        """An organisation named in ``text[start:end]`` outside ``[skip_start, skip_end)``."""
        return self._complement_country(start, skip_start)[1] or self._complement_country(skip_end, end)[1]

    def _place_country(self, start: int, end: int) -> str | None:
        """The state of the first province or city named in ``text[start:end]``."""
        for w in _WORD.finditer(self.text, start, end):
            code = region_country(w.group())
            if code is None and w.group()[:1].isupper():
                city = city_of(w.group())
                code = city[1] if city is not None else None
            if code is not None:
                return code
        return None

    def _represented_country(self, m: _Mention) -> str | None:
        """ "Армению на встрече представлял вице-премьер ...", "... министр, представлявший Грузию": the one
        state in the accusative near a verb of representing in the sentence of the name."""
        lo = max(self.text.rfind(".", 0, m.start), self.text.rfind("\n", 0, m.start), m.start - _SENTENCE_REACH) + 1
        ends = [e for e in (self.text.find(".", m.end), self.text.find("\n", m.end)) if e >= 0]
        hi = min([*ends, m.end + _SENTENCE_REACH])
        words = list(_WORD.finditer(self.text, lo, hi))
        verbs = [i for i, w in enumerate(words) if _lemmas(w.group()) & REPRESENTING]
        if not verbs:
            return None
        near = {words[j].start() for i in verbs for j in range(max(0, i - 3), min(len(words), i + 3))}
        states = {
            c.code
            for c in find_countries(self.text, lo, hi)
            if c.start in near
            and not c.adjective
            and any(p.tag.case == "accs" for p in parses(self.text[c.start : c.end].split()[0].lower()))
            and not _AFTER_PREPOSITION.search(self.text, max(0, c.start - 6), c.start)  # "визит в Грузию"
        }
        return states.pop() if len(states) == 1 else None

    def _parenthesised_country(self, m: _Mention) -> str | None:
        """ "Арман Сейтов (Казахстан)": the state in brackets right after the name."""
        found = re.match(r"\s*\(([^()\n]{1,40})\)", self.text[m.end : m.end + 45])
        return country_code(found.group(1)) if found else None

    def _role_group(self, g: _Group) -> None:
        cands = [(c, m) for m in g.mentions if (c := self._candidate(m)) is not None]
        officials = [c for c, _ in cands if c.kind != "other"]
        g.official = bool(officials)
        g.other = not officials and bool(cands)
        if not officials:
            return
        best = max(officials, key=lambda c: c.rank)
        if best.country is None and not best.org:
            for c in officials:
                if c.country and not c.org:
                    best = _Candidate(best.rank, best.role, best.kind, c.country, best.org)
                    break
        g.role = best
