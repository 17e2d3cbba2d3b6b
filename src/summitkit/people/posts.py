"""Posts next to names: where the text names a post, and which names each post is bound to.

A post binds to the names right after or before it ("Президент Узбекистана Имя Фамилия", "Имя
Фамилия, генсек ОДКБ,"), a plural post to a list of names. The role and the country a bound post
gives are read in ``summitkit.people.post_roles``. Only people with a post are officials.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summitkit.lexicons.countries import ADJECTIVES, country_code, find_countries
from summitkit.lexicons.countries import lemma as country_lemma
from summitkit.lexicons.roles import (
    POSTS,
    SPOUSES,
    Post,
)
from summitkit.morphology import parses
from summitkit.nlp import WORD_FORMS
from summitkit.people.post_names import _PostNames
from summitkit.people.records import (
    _Mention,
    _PostHit,
)
from summitkit.people.spans import PositionIndex
from summitkit.people.words import (
    _ALL_CASES,
    _is_verb,
    _lemmas,
)
from summitkit.text import fold

#: What may stand between a post and the list of names it heads: "президенты Казахстана и Киргизии – A и B".
_LIST_LEADS = frozenset({",", ":", "–", "—", "-"})
#: Dashes, which set a name off its post even when it is alone: "Президент Республики Казахстан – Касым-Жомарт Токаев".
_DASHES = frozenset({"–", "—", "-"})
#: A state in the genitive and a dash before a name, after a list separator: ", Кыргызстана – ".
_STATE_DASH = re.compile(r"(?:[,;:]|\sи)\s*(?P<state>[А-ЯЁ][а-яё]+(?:\s[А-ЯЁ][а-яё]+)?)\s*[–—-]\s*$")
#: What stands between two names of a list, the first with its state in brackets: " (Казахстан), ".
_BRACKETED_LIST = re.compile(r"\s*\([^()\n]{1,40}\)\s*(и|,)\s*")
#: What stands between two names of a list: ", ", " и ", " (Казахстан) и ".
_LISTED = re.compile(r"\s*(\([^()\n]{1,40}\))?\s*(и|,)\s*")
#: A complement naming several bodies or states, whose post is shared out: "главы Еврокомиссии и Евросовета".
_COORDINATION = re.compile(r"\sи\s|,")
#: How far before a name a state and a dash under a plural post are looked for.
_STATE_DASH_REACH = 120
#: Punctuation trimmed off a complement between a post and its names.
_COMPLEMENT_EDGES = " ,:–—-\n"


#: First three letters of every post's first word: a word not starting so is never parsed for a post.
_POST_PREFIXES: frozenset[str] = frozenset(key[:3] for key in POSTS) | frozenset({"пос"})


@cache
def _post_index() -> dict[str, list[tuple[tuple[str, ...], Post]]]:
    """The posts by the lemma of their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Post]]] = {}
    for key, post in POSTS.items():
        parts = tuple(key.split())
        index.setdefault(parts[0], []).append((parts, post))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@lru_cache(maxsize=WORD_FORMS)
def _may_start_post(word: str) -> bool:
    """Does the word start as some post's first word does (``_POST_PREFIXES``), asked once per word form."""
    return fold(word[:3]) in _POST_PREFIXES


class _Posts(_PostNames):
    """Posts and their binding to name mentions."""

    def _find_posts(self) -> list[_PostHit]:
        index = _post_index()
        hits: list[_PostHit] = []
        i = 0
        words = self.words
        while i < len(words):
            found = None
            if not _may_start_post(words[i].text):
                i += 1  # cheap trigger: no post starts so, no need to parse the word
                continue
            lem = _lemmas(words[i].text)
            for first in lem:
                for parts, post in index.get(first, ()):
                    n = len(parts)
                    if i + n > len(words):
                        continue
                    if (found is None or n > len(found[0])) and all(
                        parts[k] in _lemmas(words[i + k].text) and not self._gap(words[i + k - 1], words[i + k]).strip()
                        for k in range(1, n)
                    ):
                        found = (parts, post)
            if found is None:
                i += 1
                continue
            parts, post = found
            n = len(parts)
            head = None
            for k in range(n):
                nouns = [
                    p for p in parses(words[i + k].text.lower()) if p.tag.POS == "NOUN" and fold(p.normal_form) in parts
                ]
                if nouns:
                    head = nouns
                    break
            cases = frozenset(str(p.tag.case) for p in head or () if p.tag.case)
            plural = bool(head) and all(p.tag.number == "plur" for p in head or ())
            # "главы государств" is plural by its complement; "Кабинета Министров" further on is a name
            plural = plural or any(
                all(p.tag.number == "plur" for p in parses(words[i + k].text.lower()) if p.tag.POS == "NOUN")
                and any(p.tag.POS == "NOUN" for p in parses(words[i + k].text.lower()))
                for k in range(min(n, 2))
            )
            adj = None
            if i > 0 and not self._gap(words[i - 1], words[i]).strip():
                adj = ADJECTIVES.get(country_lemma(words[i - 1].text).lower())
            start = words[i - 1].start if adj else words[i].start
            hits.append(_PostHit(start, words[i + n - 1].end, post, cases or _ALL_CASES, plural, adj))
            i += n
        return hits

    def _bind(self, m: _Mention, mentions: PositionIndex[_Mention]) -> None:
        """The post before the name (or after it, set off by a comma), over a complement.

        Coordinated names share a post: "министры иностранных дел Армении и Грузии, Арсен Погосян и Леван Гелашвили".
        """
        if self._state_dash_name(m):
            return
        group = [m]
        i = self._word_index(m.start) - 1
        steps = 0
        comma_crossed = False
        while i >= 0 and steps < 14:
            w = self.words[i]
            gap = self.text[w.end : self._next_word_start(i)]
            listed = mentions.ending_by(group[0].start)
            if (
                listed is not None
                and all(listed is not g for g in group)
                and _BRACKETED_LIST.fullmatch(self.text, listed.end, group[0].start)
            ):  # "Арман Сейтов (Казахстан), Бакыт Осмонов ..."
                group.insert(0, listed)
                i = self._word_index(listed.start) - 1
                continue
            other = mentions.containing(w.start)
            if other is not None and any(other is g for g in group):
                other = None
            if other is not None:
                if _LISTED.fullmatch(self.text, other.end, group[0].start):
                    group.insert(0, other)
                    i = self._word_index(other.start) - 1
                    continue
                if self._only_country(other.end, group[0].start):
                    # "Председатель Халк Маслахаты Туркменистана Гурбангулы ...": NER took a body for a name
                    self.dropped.add(id(other))
                    i = self._word_index(other.start) - 1
                    continue
                break
            if "\n" in gap:
                break
            punct = re.sub(r"[\s«»\"“”„]", "", gap)
            if punct:
                if punct in _LIST_LEADS and (len(group) > 1 or punct in _DASHES) and not comma_crossed:
                    comma_crossed = True
                elif punct == "," and comma_crossed and self._country_pair(i):
                    pass  # "президенты Казахстана, Кыргызстана и Узбекистана – A, B и C"
                elif punct == "," and self._enumerated_complement(i):
                    pass  # "министр водных ресурсов, сельского хозяйства и ... Имя Фамилия"
                else:
                    break
            post = self.post_by_end.get(w.end)
            if post is not None:
                post = self._outer_post(post)
                coordinated = _COORDINATION.search(self.text, post.end, group[0].start)
                if not post.plural and not coordinated and len(group) > 1 and group[-1] is m:
                    group = [g for g in group if g is not m]  # "Президент Турции A и B": B holds no post of A's
                    if m.post is post:
                        m.post = None
                self._attach(post, group, group[0].start)
                return
            if _is_verb(w.text) and self.chamber_index.containing(w.start) is None:
                break  # "Маджлиси" of a chamber's name reads as a verb to pymorphy
            i -= 1
            steps += 1
        # Apposition after the name: "Имангали Тасмагамбетов, генеральный секретарь ОДКБ,"
        j = self._word_index(m.end)
        if j < len(self.words) and re.fullmatch(r"\s*[,(]\s*", self.text[m.end : self.words[j].start]):
            post_here = self.post_by_start.get(self.words[j].start)
            for post in [post_here] if post_here is not None else []:
                if post.post.kind != "colleague":
                    end = self._complement_end(post.end)
                    m.post = post
                    m.complement = self.text[post.end : end].strip(" ,")
                    m.complement_span = (post.end, end)
                    post.bound = True
                    return

    def _state_dash_name(self, m: _Mention) -> bool:
        """ "главы государств: Казахстана – Касым-Жомарт Токаев, Кыргызстана – Садыр Жапаров": a state
        and a dash before the name, under a plural post earlier in the sentence."""
        s_start, _ = self._sentence_bounds(m.start)
        pair = _STATE_DASH.search(self.text, max(s_start, m.start - _STATE_DASH_REACH), m.start)
        if pair is None or pair.end() != m.start or country_code(pair.group("state")) is None:
            return False
        post = next(
            (p for p in reversed(self.posts) if p.plural and s_start <= p.start and p.end <= pair.start()), None
        )
        if post is None:
            return False
        m.post = post
        m.complement = pair.group("state")
        m.complement_span = (pair.start("state"), pair.end("state"))
        post.bound = True
        return True

    def _enumerated_complement(self, i: int) -> bool:
        """A comma between words ``i`` and ``i + 1`` that lists the branches of a ministry: both lower
        case, neither a post nor a verb ("ресурсов, сельского хозяйства")."""
        if i + 1 >= len(self.words):
            return False
        a, b = self.words[i], self.words[i + 1]
        return (
            a.text.islower()
            and b.text.islower()
            and self.post_by_end.get(a.end) is None
            and self.post_by_start.get(b.start) is None
            and not _is_verb(b.text)
        )

    def _country_pair(self, i: int) -> bool:
        """Words ``i`` and ``i + 1`` both name states."""
        return i + 1 < len(self.words) and all(country_code(self.words[k].text) is not None for k in (i, i + 1))

    def _only_country(self, start: int, end: int) -> bool:
        found = list(find_countries(self.text, start, end))
        return (
            len(found) == 1
            and not found[0].adjective
            and not (self.text[start : found[0].start].strip() or self.text[found[0].end : end].strip())
        )

    def _outer_post(self, post: _PostHit) -> _PostHit:
        """In "пресс-секретарь главы РФ" the post governing another post is the one held."""
        while True:
            k = self._word_index(post.start) - 1
            if k < 0 or self.text[self.words[k].end : post.start].strip():
                return post
            outer = self.post_by_end.get(self.words[k].end)
            if outer is None or (
                outer.post.kind in {"state", "government", "other", "colleague"} and outer.post.role not in SPOUSES
            ):
                return post  # "супруга президента" is the spouse's, not the president's
            post.bound = True
            post = outer

    def _attach(self, post: _PostHit, group: list[_Mention], names_start: int) -> None:
        post.bound = True
        complement = self.text[post.end : names_start].strip(_COMPLEMENT_EDGES)
        comp_start = post.end + (
            len(self.text[post.end : names_start]) - len(self.text[post.end : names_start].lstrip(_COMPLEMENT_EDGES))
        )
        parts = [complement]
        if len(group) > 1 and complement:
            split = re.split(r"\s+и\s+|,\s*", complement)
            if len(split) == len(group):
                parts = split
        for k, member in enumerate(group):
            member.post = post
            member.complement = parts[k] if len(parts) == len(group) else complement
            if len(parts) == len(group) and len(parts) > 1:
                offset = self.text.find(parts[k], comp_start)
                member.complement_span = (offset, offset + len(parts[k]))
            else:
                member.complement_span = (comp_start, comp_start + len(complement))
