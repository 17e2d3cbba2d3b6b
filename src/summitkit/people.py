"""The people a text names: one Person per official, however often and however mentioned.

Shared by the leaders extractor (which reports them) and the proposals extractor (which needs to
know who proposed what). Computed once per Document through ``Document.memo``.

How it reads a text:

1. Name mentions come from natasha's NER (PER spans, trimmed where NER runs on past a line end),
   from initials glued or spaced before a surname ("К.-Ж.Токаева", "С. Жапаров"), from a capitalised
   unknown word right after a post ("президент ... банка Рено-Бассо"), and from every later case form
   of a surname already found ("Токаевым").
2. Mentions are grouped by surname; the nominative comes from the Russian surname declension
   (pymorphy does not know most Central Asian surnames and guesses "Токаева" as a feminine first name),
   constrained by the case of the post before the name and of a known first name.
3. Posts ("Президент Узбекистана", "генсек ОДКБ", "российского коллегу") before or after a name give
   the role and the country; a post with no name after it ("глава государства", "премьер") refers
   back to the last official it fits, and becomes one more mention of them.
4. Only people with an official post are officials: journalists, photo credits, quoted experts and
   people named without any post are left out.

No sentence is morph-tagged: pymorphy's cached parses of single words are enough here.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from summitkit.document import Document
from summitkit.lexicons.countries import ADJECTIVES, CountryMention, country_code, find_countries
from summitkit.lexicons.countries import lemma as country_lemma
from summitkit.lexicons.roles import (
    ACTION_VERBS,
    COMPANY_FORMS,
    COMPLEMENT_NOISE,
    HEAD_IN_COMPLEMENT,
    KEEP_COUNTRY,
    LIST_MARKERS,
    NAME_PARTICLES,
    NON_STATE_WORDS,
    ORG_ABBREVIATIONS,
    ORG_WORDS,
    PHOTO_MARKERS,
    POSTS,
    PROPOSAL_NOUNS,
    SAYING_LEADS,
    SPEECH_VERBS,
    Post,
)
from summitkit.morphology import parses

__all__ = ["Person", "people", "speaker_at"]


@dataclass(frozen=True, slots=True)
class Person:
    """An official: nominative full name, role (lower case) and ISO country, with every mention."""

    name: str
    role: str | None
    country: str | None
    mentions: tuple[tuple[int, int], ...]  #: (start, end) of every mention, in text order


# -- words and their analyses ---------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-zА-ЯЁа-яё]+(?:[-‑][A-Za-zА-ЯЁа-яё]+)*")
_INITIALS = re.compile(
    r"(?<![A-Za-zА-ЯЁа-яё])(?P<init>[А-ЯЁ]\.(?:\s?-\s?[А-ЯЁ]\.|\s?[А-ЯЁ]\.)?)\s?"
    r"(?P<sur>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
)
_ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_GAP_OK = re.compile(r"[\s«»\"“”„]*")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=65536)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(str(p.normal_form).replace("ё", "е") for p in parses(word.lower()))


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _cyrillic(word: str) -> bool:
    return bool(re.match(r"[А-ЯЁа-яё]", word))


def _is_verb(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in {"VERB", "INFN", "GRND"} and found[0].score > 0.4


def _known_common(word: str) -> bool:
    """A dictionary word that is not a name: "Сегодня", "Казгидромет" is unknown, "Путин" is a name."""
    found = parses(word.lower())
    if not found or not all(p.is_known for p in found):
        return False
    if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in found):
        return False
    return found[0].tag.POS != "NOUN" or str(found[0].normal_form) == word.lower()


def _name_like(word: str) -> bool:
    """A capitalised word pymorphy takes for a name, or does not know and reads as a noun."""
    if not _is_cap(word) or not _cyrillic(word) or _is_place(word):
        return False
    found = parses(word.lower())
    if not found:
        return True
    if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in found[:3]):
        return True
    return not any(p.is_known for p in found) and found[0].tag.POS == "NOUN"


def _is_place(word: str) -> bool:
    for part in word.split("-"):
        if country_code(part) is not None:
            return True
        if any("Geox" in p.tag and p.is_known for p in parses(part.lower())[:2]):
            return True
    return False


# -- Russian surname and first-name declension ---------------------------------------------------
# pymorphy guesses unknown names from their endings and often gets them wrong ("Олафа" as a
# feminine noun, "Токаева" as a first name); the declension of surnames is regular enough to write down.

_VOWELS_FIXED = ("о", "е", "и", "у", "ю", "э", "ы", "ё")
_HUSHING = "гкхжшщч"
_OBLIQUE_ENDINGS = ("ым", "ом", "ем", "ому", "ого", "ую", "ой")


def _a_declension(n: str) -> dict[str, frozenset[str]]:
    s = n[:-1]
    gen = s + ("и" if s[-1:] in _HUSHING else "ы")
    return {
        n: frozenset({"nomn"}),
        gen: frozenset({"gent"}),
        s + "е": frozenset({"datv", "loct"}),
        s + "у": frozenset({"accs"}),
        s + "ой": frozenset({"ablt"}),
        s + "ей": frozenset({"ablt"}),
    }


def _paradigm(n: str, gender: str) -> dict[str, frozenset[str]]:
    """Folded forms of a (folded) nominative name and the cases each can stand in."""
    if len(n) < 2:
        return {n: _ALL_CASES}
    if n.endswith(_VOWELS_FIXED) or n.endswith(("ых", "их")):
        return {n: _ALL_CASES}
    out: dict[str, frozenset[str]] = {}
    if gender == "femn":
        if n.endswith("ая"):
            s = n[:-2]
            out = {n: frozenset({"nomn"}), s + "ой": frozenset({"gent", "datv", "ablt", "loct"})}
            out[s + "ую"] = frozenset({"accs"})
        elif n.endswith(("ова", "ева", "ина", "ына")):
            s = n[:-1]
            out = {n: frozenset({"nomn"}), s + "ой": frozenset({"gent", "datv", "ablt", "loct"})}
            out[s + "у"] = frozenset({"accs"})
        elif n.endswith("а"):
            out = _a_declension(n)
        elif n.endswith("я"):
            s = n[:-1]
            out = {n: frozenset({"nomn"}), s + "и": frozenset({"gent", "datv", "loct"})}
            out.update({s + "ю": frozenset({"accs"}), s + "ей": frozenset({"ablt"})})
        else:
            return {n: _ALL_CASES}
        return out
    if n.endswith(("ий", "ый", "ой")) and len(n) > 4:
        s = n[:-2]
        return {
            n: frozenset({"nomn"}),
            s + "ого": frozenset({"gent", "accs"}),
            s + "ому": frozenset({"datv"}),
            s + "им": frozenset({"ablt"}),
            s + "ом": frozenset({"loct"}),
        }
    if n.endswith("а"):
        return _a_declension(n)
    if n.endswith("я"):
        s = n[:-1]
        return {
            n: frozenset({"nomn"}),
            s + "и": frozenset({"gent"}),
            s + "е": frozenset({"datv", "loct"}),
            s + "ю": frozenset({"accs"}),
            s + "ей": frozenset({"ablt"}),
        }
    if n.endswith(("й", "ь")):
        s = n[:-1]
        return {
            n: frozenset({"nomn"}),
            s + "я": frozenset({"gent", "accs"}),
            s + "ю": frozenset({"datv"}),
            s + "ем": frozenset({"ablt"}),
            s + "е": frozenset({"loct"}),
        }
    out = {
        n: frozenset({"nomn"}),
        n + "а": frozenset({"gent", "accs"}),
        n + "у": frozenset({"datv"}),
        n + "е": frozenset({"loct"}),
        n + "ом": frozenset({"ablt"}),
    }
    if n[-1] in "жшчщц":
        out[n + "ем"] = frozenset({"ablt"})  # "Шольцем"; after other consonants -ем means a soft stem
    if n.endswith(("ов", "ев", "ин", "ын")):
        out[n + "ым"] = frozenset({"ablt"})
    return out


#: (ending of an oblique form, what replaces it in the nominative)
_STRIP: tuple[tuple[str, str], ...] = (
    ("ым", ""), ("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", ""),
    ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"), ("я", "ь"), ("ю", "ь"), ("ем", "ь"), ("е", "ь"),
    ("ой", "а"), ("у", "а"), ("ы", "а"), ("и", "а"), ("е", "а"), ("ей", "а"),
    ("и", "я"), ("е", "я"), ("ю", "я"), ("ей", "я"),
    ("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ом", "ий"), ("ого", "ый"), ("ому", "ый"), ("им", "ый"),
    ("ой", "ая"), ("ую", "ая"),
)  # fmt: skip


def _nominatives(form: str) -> set[str]:
    """Candidate nominatives (folded) of a folded name form."""
    out = {form}
    for ending, repl in _STRIP:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            stem = form[: len(form) - len(ending)]
            if repl in {"й", "ь"} and (stem[-1] in "аеёиоуыэюя") != (repl == "й"):
                continue  # й follows a vowel (Андреем), ь a consonant (Эммануэлем)
            if repl[:1] in {"я", "ю"} and stem[-1] in "жшчщц":
                continue  # spelling: "Джорджей" is Джорджа, never Джорджя
            out.add(stem + repl)
    return out


def _display(nominative: str, original: str) -> str:
    """The folded nominative spelt like the original form: capitals and ё kept."""
    keep = 0
    while keep < min(len(nominative), len(original)) and _fold(original[keep]) == nominative[keep]:
        keep += 1
    out = original[:keep] + nominative[keep:]
    return out[:1].upper() + out[1:] if original[:1].isupper() else out


def _pymorphy_names(word: str, tag: str) -> list[tuple[str, str, str]]:
    """Known dictionary analyses of a name: (folded lemma, gender, case)."""
    out = []
    for p in parses(word.lower()):
        if p.is_known and tag in p.tag and p.tag.case:
            out.append((str(p.normal_form).replace("ё", "е"), str(p.tag.gender or ""), str(p.tag.case)))
    return out


# -- mentions, posts and people -------------------------------------------------------------------


@dataclass(slots=True)
class _PostHit:
    start: int
    end: int
    post: Post
    cases: frozenset[str]
    plural: bool
    adj_country: str | None
    bound: bool = False


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    initials: str | None
    given: list[_Word]
    particles: list[str]
    surname: _Word
    post: _PostHit | None = None
    complement: str = ""
    complement_span: tuple[int, int] = (0, 0)
    cases: frozenset[str] = _ALL_CASES
    group: int = -1


@dataclass(slots=True)
class _Candidate:
    """A role reading: (rank, role, kind, country, organisation post)."""

    rank: int
    role: str | None
    kind: str
    country: str | None
    org: bool


@dataclass(slots=True)
class _Group:
    mentions: list[_Mention]
    nominative: str = ""
    gender: str = "masc"
    name: str = ""
    role: _Candidate | None = None
    official: bool = False
    other: bool = False  #: named with a post outside any state (journalist, expert)
    extra: list[tuple[int, int]] = field(default_factory=list)
    person: Person | None = None


@dataclass(frozen=True, slots=True)
class _Actor:
    start: int
    end: int
    person: Person | None
    nominative: bool
    resolvable: bool = True


class _Analysis:
    """Everything people.py reads from one Document, computed once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text)]
        self.word_starts = [w.start for w in self.words]
        self.posts = self._find_posts()
        self.post_by_end = {p.end: p for p in self.posts}
        mentions = self._raw_mentions()
        groups = self._group(mentions)
        mentions = self._add_surname_mentions(groups, mentions)
        self.dropped: set[int] = set()
        for m in mentions:
            self._bind(m, mentions)
        mentions = [m for m in mentions if id(m) not in self.dropped]
        mentions.extend(self._names_after_posts(mentions))
        self.groups = self._group(sorted(mentions, key=lambda m: m.start))
        for g in self.groups:
            self._name_group(g)
            self._role_group(g)
        self._colleagues()
        self.refs: list[tuple[_PostHit, _Group | None]] = self._resolve_references()
        self._context_countries()
        self.persons = self._finish()
        self.actors = self._actors()
        self.quotes = self._quotes()

    # -- words ------------------------------------------------------------------------------

    def _word_index(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.word_starts, offset)

    def _gap(self, a: _Word, b: _Word) -> str:
        return self.text[a.end : b.start]

    def _sentence_bounds(self, offset: int) -> tuple[int, int]:
        if self.text and self.document.sentences:
            s = self.document.sentence_at(offset)
            return s.start, s.end
        return 0, len(self.text)

    # -- posts ------------------------------------------------------------------------------

    def _find_posts(self) -> list[_PostHit]:
        index: dict[str, list[tuple[tuple[str, ...], Post]]] = {}
        for key, post in POSTS.items():
            parts = tuple(key.split())
            index.setdefault(parts[0], []).append((parts, post))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        hits: list[_PostHit] = []
        i = 0
        words = self.words
        while i < len(words):
            found = None
            if _fold(words[i].text[:3]) not in _POST_PREFIXES:
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
                    p
                    for p in parses(words[i + k].text.lower())
                    if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in parts
                ]
                if nouns:
                    head = nouns
                    break
            cases = frozenset(str(p.tag.case) for p in head or () if p.tag.case)
            plural = bool(head) and all(p.tag.number == "plur" for p in head or ())
            plural = plural or any(
                all(p.tag.number == "plur" for p in parses(words[i + k].text.lower()) if p.tag.POS == "NOUN")
                and any(p.tag.POS == "NOUN" for p in parses(words[i + k].text.lower()))
                for k in range(n)
            )
            adj = None
            if i > 0 and not self._gap(words[i - 1], words[i]).strip():
                adj = ADJECTIVES.get(country_lemma(words[i - 1].text).lower())
            start = words[i - 1].start if adj else words[i].start
            hits.append(_PostHit(start, words[i + n - 1].end, post, cases or _ALL_CASES, plural, adj))
            i += n
        return hits

    # -- mentions ---------------------------------------------------------------------------

    def _photo_credit(self, start: int, end: int) -> bool:
        after = self.text[end : end + 3]
        if re.match(r"\s*/", after):
            return True
        line_start = self.text.rfind("\n", 0, start) + 1
        before = _fold(self.text[line_start:start]).strip(" :-–—")
        return any(before.endswith(marker) for marker in PHOTO_MARKERS)

    def _mention(self, start: int, end: int) -> _Mention | None:
        """A mention from ``text[start:end]``: initials, given names, particles, surname."""
        span = self.text[start:end]
        cut = span.find("\n")
        if cut >= 0:
            span = span[:cut]
        initials = None
        m = _INITIALS.match(span)
        if m:
            initials = re.sub(r"\s", "", m.group("init"))
            words = [_Word(start + m.start("sur"), start + m.end("sur"), m.group("sur"))]
        else:
            words = [_Word(start + w.start(), start + w.end(), w.group()) for w in _WORD.finditer(span)]
        kept: list[_Word] = []
        for w in words:
            if not _cyrillic(w.text):
                break
            if w.text in NAME_PARTICLES:
                kept.append(w)
                continue
            if not _is_cap(w.text) or (kept and _is_place(w.text)):
                break
            kept.append(w)
        while kept and kept[-1].text in NAME_PARTICLES:
            kept.pop()
        if not kept or not _is_cap(kept[-1].text):
            return None
        if len(kept) == 1 and not initials and _known_common(kept[0].text):
            return None
        if self._photo_credit(kept[0].start, kept[-1].end):
            return None
        surname = kept[-1]
        first_particle = next((i for i, w in enumerate(kept) if w.text in NAME_PARTICLES), len(kept) - 1)
        given = kept[:first_particle]
        particles = [w.text for w in kept[first_particle:-1]]
        begin = start if initials else kept[0].start
        return _Mention(begin, surname.end, initials, given, particles, surname)

    def _raw_mentions(self) -> list[_Mention]:
        found: list[_Mention] = []
        for m in _INITIALS.finditer(self.text):
            made = self._mention(m.start(), m.end())
            if made is not None:
                found.append(made)
        for entity in self.document.entities:
            if entity.type != "PER":
                continue
            for start, end in self._split_entity(entity.start, entity.end):
                made = self._mention(start, end)
                if made is None or any(made.start < f.end and f.start < made.end for f in found):
                    continue
                found.append(made)
        return sorted(found, key=lambda m: m.start)

    def _split_entity(self, start: int, end: int) -> list[tuple[int, int]]:
        """NER joins a name in an oblique case to the next one: "с ... Шавкатом Мирзиёевым Токаев
        предложил". A word that can only be oblique before a last word that cannot ends the first name."""
        words = [w for w in self.words[self._word_index(start) :] if w.end <= end]
        if len(words) < 3 or _fold(words[-1].text).endswith(_OBLIQUE_ENDINGS):
            return [(start, end)]
        for k in range(len(words) - 2, 0, -1):
            if _fold(words[k].text).endswith(_OBLIQUE_ENDINGS) and _is_cap(words[k].text):
                return [(start, words[k].end), (words[k + 1].start, end)]
        return [(start, end)]

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
            prefix = " ".join(_fold(w) for w in key_words[:-1])
            for cand in _nominatives(_fold(m.surname.text)):
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
            return _fold(m.initials[0])
        return _fold(m.given[0].text[0]) if m.given else ""

    def _split_by_initial(self, members: list[_Mention]) -> list[_Group]:
        letters = sorted({self._initial(m) for m in members} - {""})
        if len(letters) <= 1:
            return [_Group(members)]
        subs: dict[str, list[_Mention]] = {letter: [] for letter in letters}
        last = ""
        for m in members:
            letter = self._initial(m) or last
            if not letter:
                letter = next(self._initial(x) for x in members if self._initial(x))
            subs[letter].append(m)
            last = letter
        return [_Group(ms) for ms in subs.values() if ms]

    def _gender(self, g: _Group) -> str:
        """Feminine where a first name or a past-tense verb right after the name says so."""
        votes = 0
        for m in g.mentions:
            for w in m.given[:1]:
                genders = {gender for _, gender, _ in _pymorphy_names(w.text, "Name")}
                if genders == {"femn"}:
                    votes -= 1
                elif "masc" in genders:
                    votes += 1
            nxt = self._word_index(m.end)
            if nxt < len(self.words) and not self._gap_has_punct(m.end, self.words[nxt].start):
                found = parses(self.words[nxt].text.lower())
                if found and found[0].tag.POS == "VERB" and found[0].tag.tense == "past" and found[0].score > 0.5:
                    votes += {"femn": -1, "masc": 1}.get(str(found[0].tag.gender), 0)
        return "femn" if votes < 0 else "masc"

    def _gap_has_punct(self, a: int, b: int) -> bool:
        return bool(self.text[a:b].strip())

    def _nominative(self, g: _Group) -> None:
        """The group's surname in the nominative and its gender, from all its forms and contexts."""
        forms = [(_fold(m.surname.text), m) for m in g.mentions]
        prior = self._gender(g)
        known: set[str] = set()
        for m in g.mentions:
            known.update(lemma for lemma, _, _ in _pymorphy_names(m.surname.text, "Surn"))
        best: tuple[float, str, str] | None = None
        attested = {f for f, _ in forms}
        candidates = {c for f, _ in forms for c in _nominatives(f)}
        for cand in sorted(candidates):
            for gender in ("masc", "femn"):
                table = _paradigm(cand, gender)
                ok = True
                for f, m in forms:
                    cases = table.get(f)
                    if cases is None or not (cases & self._constraint(m)):
                        ok = False
                        break
                if not ok:
                    continue
                score = 0.0
                if cand in attested:
                    score += 1.5
                if cand in known:
                    score += 2.0
                if gender == prior:
                    score += 1.0
                if cand.endswith(_OBLIQUE_ENDINGS) and cand not in known:
                    score -= 2.0
                # Where the context says the name is not in the nominative, a declined reading beats
                # an indeclinable one: "президенту ... Масуду Пезешкиану" is Пезешкиан.
                score += (
                    2.0
                    * sum(1 for f, m in forms if f != cand and "nomn" not in self._constraint(m) and table.get(f))
                    / len(forms)
                )
                score -= 0.001 * len(cand)
                if best is None or score > best[0]:
                    best = (score, cand, gender)
        if best is None:
            first = g.mentions[0]
            g.nominative, g.gender = _fold(first.surname.text), prior
        else:
            g.nominative, g.gender = best[1], best[2]
        table = _paradigm(g.nominative, g.gender)
        for m in g.mentions:
            m.cases = (table.get(_fold(m.surname.text), _ALL_CASES) & self._constraint(m)) or _ALL_CASES

    def _constraint(self, m: _Mention) -> frozenset[str]:
        """Cases the context allows: the post in apposition before the name, a known first name."""
        allowed = _ALL_CASES
        if m.post is not None and m.post.end <= m.start and not m.post.plural and m.post.cases != _ALL_CASES:
            allowed = allowed & m.post.cases
        for w in m.given[:1]:
            cases = {case for _, _, case in _pymorphy_names(w.text, "Name")}
            if cases and cases & allowed:
                allowed = allowed & frozenset(cases)
        return allowed or _ALL_CASES

    def _add_surname_mentions(self, groups: list[_Group], mentions: list[_Mention]) -> list[_Mention]:
        """Every later case form of a known surname, where NER did not tag it."""
        forms: dict[str, _Group] = {}
        for g in groups:
            if g.mentions[0].particles or len(g.nominative) < 3:
                continue  # "Ван И": a one-letter surname would match every sentence-initial "И"
            for gender in {g.gender, "masc"}:
                for form in _paradigm(g.nominative, gender):
                    forms.setdefault(form, g)
        covered = [(m.start, m.end) for m in mentions]
        out = list(mentions)
        for w in self.words:
            if not _is_cap(w.text) or _fold(w.text) not in forms:
                continue
            if any(s <= w.start < e for s, e in covered) or self._photo_credit(w.start, w.end):
                continue
            given: list[_Word] = []
            k = self._word_index(w.start) - 1
            if k >= 0 and self.text[self.words[k].end : w.start] == " ":
                prev = self.words[k]
                if _is_cap(prev.text) and _pymorphy_names(prev.text, "Name"):
                    given = [prev]
            start = given[0].start if given else w.start
            out.append(_Mention(start, w.end, None, given, [], w))
        return sorted(out, key=lambda m: m.start)

    # -- posts next to names ----------------------------------------------------------------

    def _bind(self, m: _Mention, mentions: list[_Mention]) -> None:
        """The post before the name (or after it, set off by a comma), over a complement.

        Coordinated names share a post: "главы Евросовета и Еврокомиссии, Кошта и фон дер Ляйен".
        """
        group = [m]
        i = self._word_index(m.start) - 1
        steps = 0
        comma_crossed = False
        while i >= 0 and steps < 14:
            w = self.words[i]
            gap = self.text[w.end : self._next_word_start(i)]
            listed = next(
                (
                    x
                    for x in mentions
                    if x not in group
                    and x.end <= group[0].start
                    and re.fullmatch(r"\s*\([^()\n]{1,40}\)\s*(и|,)\s*", self.text[x.end : group[0].start])
                ),
                None,
            )
            if listed is not None:  # "Олжас Бектенов (Казахстан), Адылбек Касымалиев ..."
                group.insert(0, listed)
                i = self._word_index(listed.start) - 1
                continue
            other = next((x for x in mentions if x.start <= w.start < x.end and x not in group), None)
            if other is not None:
                between = self.text[other.end : group[0].start]
                if re.fullmatch(r"\s*(\([^()\n]{1,40}\))?\s*(и|,)\s*", between):
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
                if punct in {",", ":"} and len(group) > 1 and not comma_crossed:
                    comma_crossed = True
                else:
                    break
            post = self.post_by_end.get(w.end)
            if post is not None:
                post = self._outer_post(post)
                self._attach(post, group, group[0].start)
                return
            if _is_verb(w.text):
                break
            i -= 1
            steps += 1
        # Apposition after the name: "Имангали Тасмагамбетов, генеральный секретарь ОДКБ,"
        j = self._word_index(m.end)
        if j < len(self.words) and re.fullmatch(r"\s*[,(]\s*", self.text[m.end : self.words[j].start]):
            for post in self.posts:
                if post.start == self.words[j].start and post.post.kind != "colleague":
                    end = self._complement_end(post.end)
                    m.post = post
                    m.complement = self.text[post.end : end].strip(" ,")
                    m.complement_span = (post.end, end)
                    post.bound = True
                    return

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
            if outer is None or outer.post.kind in {"state", "government", "other", "colleague"}:
                return post
            post.bound = True
            post = outer

    def _next_word_start(self, i: int) -> int:
        return self.words[i + 1].start if i + 1 < len(self.words) else len(self.text)

    def _complement_end(self, start: int) -> int:
        """Where a complement after a post ends: the next punctuation mark outside quotes."""
        depth = 0
        for k in range(start, min(len(self.text), start + 200)):
            ch = self.text[k]
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth -= 1
            elif depth <= 0 and ch in ",;:()\n.!?—–":
                return k
        return min(len(self.text), start + 200)

    def _attach(self, post: _PostHit, group: list[_Mention], names_start: int) -> None:
        post.bound = True
        complement = self.text[post.end : names_start].strip(" ,:\n")
        comp_start = post.end + (
            len(self.text[post.end : names_start]) - len(self.text[post.end : names_start].lstrip(" ,:\n"))
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

    def _name_run(self, i: int, step: int) -> list[_Word]:
        """Name-like words from word ``i`` on, forwards (``step`` 1) or backwards (-1), one space apart."""
        run: list[_Word] = []
        while 0 <= i < len(self.words) and len(run) < 4:
            w = self.words[i]
            if run:
                a, b = (run[-1], w) if step > 0 else (w, run[-1])
                if self.text[a.end : b.start] != " ":
                    break
            if not (_name_like(w.text) or (run and w.text in NAME_PARTICLES)):
                break
            run.append(w)
            i += step
        while run and run[-1].text in NAME_PARTICLES:
            run.pop()
        return run if step > 0 else run[::-1]

    def _inside_guillemets(self, offset: int) -> bool:
        line_start = self.text.rfind("\n", 0, offset) + 1
        before = self.text[line_start:offset]
        return before.count("«") > before.count("»")

    def _names_after_posts(self, mentions: list[_Mention]) -> list[_Mention]:
        """Names NER missed next to a post: "президент ... банка Рено-Бассо", "Антониу Гутерриш,
        генеральный секретарь ООН," (capitalised words pymorphy takes for names or does not know)."""
        covered = [(m.start, m.end) for m in mentions]
        out: list[_Mention] = []
        for post in self.posts:
            if post.bound or post.post.kind in {"colleague", "other"}:
                continue
            made = self._name_after(post, covered) or self._name_before(post, covered)
            if made is not None:
                covered.append((made.start, made.end))
                out.append(made)
        return out

    def _name_after(self, post: _PostHit, covered: list[tuple[int, int]]) -> _Mention | None:
        i = self._word_index(post.end)
        prev_lower = True
        for _ in range(10):
            if i >= len(self.words):
                return None
            w = self.words[i]
            gap = self.text[self.words[i - 1].end : w.start] if i > 0 else ""
            if gap.strip() or any(s <= w.start < e for s, e in covered) or _is_verb(w.text):
                return None
            if prev_lower and _name_like(w.text) and not self._inside_guillemets(w.start):
                run = self._name_run(i, 1)
                made = self._mention(run[0].start, run[-1].end) if run else None
                if made is None:
                    return None
                comp_end = self.words[i - 1].end if self.words[i - 1].start >= post.end else post.end
                made.post = post
                made.complement = self.text[post.end : comp_end].strip()
                made.complement_span = (post.end, comp_end)
                post.bound = True
                return made
            prev_lower = not w.text[:1].isupper()
            i += 1
        return None

    def _name_before(self, post: _PostHit, covered: list[tuple[int, int]]) -> _Mention | None:
        i = self._word_index(post.start) - 1
        if i < 0 or not re.fullmatch(r"\s*,\s*", self.text[self.words[i].end : post.start]):
            return None
        end = self._complement_end(post.end)
        if end >= len(self.text) or self.text[end] not in ",)":
            return None  # an apposition is closed off: "X, генсек ООН, заявил"
        run = self._name_run(i, -1)
        if not run or any(s <= run[0].start < e for s, e in covered):
            return None
        k = self._word_index(run[0].start) - 1
        if k >= 0 and self.words[k].text[:1].isupper() and not self.text[self.words[k].end : run[0].start].strip():
            return None  # the run starts inside a longer capitalised phrase
        made = self._mention(run[0].start, run[-1].end)
        if made is None:
            return None
        made.post = post
        made.complement = self.text[post.end : end].strip()
        made.complement_span = (post.end, end)
        post.bound = True
        return made

    # -- names ------------------------------------------------------------------------------

    def _given(self, w: _Word, m: _Mention, gender: str, attested: dict[str, str]) -> str:
        """A first name or patronymic in the nominative, in the case its surname stands in; a
        nominative the text itself gives elsewhere wins ("Эммануэлем" -> "Эммануэль", not "Эммануэл")."""
        if m.cases & {"nomn"} and len(m.cases) == 1:
            return w.text
        folded = _fold(w.text)
        for cand in _nominatives(folded):
            cases = _paradigm(cand, gender).get(folded)
            if cand in attested and cases and cases & m.cases:
                return attested[cand]
        known = [(lemma, case) for lemma, gen, case in _pymorphy_names(w.text, "Name") if gen in {gender, "ms-f"}]
        known += [(lemma, case) for lemma, gen, case in _pymorphy_names(w.text, "Patr") if gen in {gender, "ms-f"}]
        if known:
            if any(case == "nomn" and lemma == _fold(w.text) for lemma, case in known) and "nomn" in m.cases:
                return w.text
            for lemma, case in known:
                if case in m.cases:
                    return _display(lemma, w.text)
        if "nomn" in m.cases:
            return w.text
        for cand in sorted(_nominatives(folded), key=len):
            cases = _paradigm(cand, gender).get(folded)
            if cand != folded and cases and cases & m.cases:
                return _display(cand, w.text)
        return w.text

    def _name_group(self, g: _Group) -> None:
        best: tuple[tuple[int, int, int, int], str] | None = None
        attested = {_fold(w.text): w.text for m in g.mentions if "nomn" in m.cases for w in m.given}
        for m in g.mentions:
            surname = _display(g.nominative, m.surname.text)
            given = [self._given(w, m, g.gender, attested) for w in m.given]
            words = [*given, *m.particles, surname]
            if m.initials and not given:
                words = [m.initials, *m.particles, surname]
            name = " ".join(words)
            rank = (int(bool(given)), len(given), int(bool(m.initials)), int("nomn" in m.cases))
            if best is None or rank > best[0]:
                best = (rank, name)
        assert best is not None
        g.name = best[1]

    # -- roles and countries ----------------------------------------------------------------

    def _complement_country(self, start: int, end: int) -> tuple[str | None, bool, str]:
        """(country, organisation?, complement without the country) of ``text[start:end]``."""
        comp = self.text[start:end]
        if not comp.strip():
            return None, False, ""
        words = list(_WORD.finditer(comp))
        countries = list(find_countries(self.text, start, end))
        org_at = None
        for w in words:
            text = w.group()
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
            return _Candidate(-1, None, "other", None, False)
        if kind == "colleague":
            return _Candidate(0, None, "colleague", post.adj_country, False)
        start, end = m.complement_span
        words = _WORD.findall(self.text[start:end])
        if any(w in COMPANY_FORMS or _lemmas(w) & NON_STATE_WORDS for w in words):
            return _Candidate(-1, None, "other", None, False)  # "глава компании", "лидер партии"
        country, org, rest = self._complement_country(start, end)
        country = country or post.adj_country or self._parenthesised_country(m)
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

    def _parenthesised_country(self, m: _Mention) -> str | None:
        """ "Олжас Бектенов (Казахстан)": the state in brackets right after the name."""
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
            return "", None, None
        if kind in {"state", "government"}:
            return kind, country, org
        return post.post.role, country, org

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
        elif not mine.startswith(cls):
            return False
        if country and g.role.country and country != g.role.country:
            return False
        return not (org and org not in (g.role.role or ""))

    def _resolve_references(self) -> list[tuple[_PostHit, _Group | None]]:
        out: list[tuple[_PostHit, _Group | None]] = []
        inside = [m.complement_span for g in self.groups for m in g.mentions]
        events: list[tuple[int, _Group]] = [(m.start, g) for g in self.groups for m in g.mentions]
        for post in self.posts:
            if post.bound or post.plural or post.post.kind in {"colleague", "other"}:
                continue
            if any(s <= post.start < e for s, e in inside):
                continue
            outer = self._outer_post(post)
            if outer is not post:
                if outer.bound or any(outer is p for p, _ in out):
                    continue
                post.bound = False
                post = outer
            cls, country, org = self._ref_info(post)
            if not cls:
                continue
            before = sorted((e for e in events if e[0] < post.start), key=lambda e: -e[0])
            # A post naming a state goes to that state's official first, to one of no known state after.
            target = next(
                (
                    g
                    for _, g in before
                    if country and g.role and g.role.country == country and self._compatible(g, cls, country, org)
                ),
                None,
            ) or next((g for _, g in before if self._compatible(g, cls, country, org)), None)
            if target is None and not any(self._compatible(g, cls, country, org) for g in self.groups):
                target = self._roleless_near(post, before)
                if target is not None:
                    role = POSTS_BY_CLASS.get(cls, post.post.role)
                    target.role = _Candidate(2, role, post.post.kind, country, False)
                    target.official = True
            if target is not None:
                target.extra.append((post.start, post.end))
                events.append((post.start, target))
                c = target.role
                if c is not None and c.rank < 2 and post.post.kind in {"state", "government", "official"}:
                    target.role = _Candidate(2, post.post.role, post.post.kind, c.country or country, False)
                elif c is not None and c.country is None and country and not c.org:
                    target.role = _Candidate(c.rank, c.role, c.kind, country, c.org)
            out.append((post, target))
        return out

    def _roleless_near(self, post: _PostHit, before: list[tuple[int, _Group]]) -> _Group | None:
        """A person named without a post, just before a post that fits no official: "..., — отметил
        Бектенов. Премьер-министр также сообщил..."."""
        if post.post.kind not in {"state", "government", "official"}:
            return None
        here = self.document.sentence_at(post.start).index
        for start, g in before:
            if here - self.document.sentence_at(start).index > 2:
                return None
            if g.official or g.other:
                continue  # an official of another kind, or a journalist: not the one meant
            return g
        return None

    def _context_countries(self) -> None:
        """A state official the text gives no country for: the one state the text names that no
        other official represents, if there is exactly one."""
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
            if not c.adjective
        ]
        free = {c.code for c in mentions} - taken
        if len(missing) == 2 and len(free) == 2:
            self._parallel_countries(missing, [c for c in mentions if c.code in free])
            return
        if len(free) == 1 and len(missing) == 1:
            g = missing[0]
            assert g.role is not None
            g.role = _Candidate(g.role.rank, g.role.role, g.role.kind, free.pop(), g.role.org)

    def _parallel_countries(self, missing: list[_Group], mentions: list[CountryMention]) -> None:
        """ "Президент A и Президент B подписали ... между X и Y": two sides named in one sentence
        each, in the same order (the convention of bilateral texts)."""
        a, b = missing
        pair = [(ma, mb) for ma in a.mentions for mb in b.mentions]
        pair = [(x, y) for x, y in pair if self._sentence_bounds(x.start) == self._sentence_bounds(y.start)]
        if not pair:
            return
        first, second = (a, b) if pair[0][0].start < pair[0][1].start else (b, a)
        gap = _fold(self.text[min(pair[0][0].end, pair[0][1].end) : max(pair[0][0].start, pair[0][1].start)])
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

    # -- who speaks -------------------------------------------------------------------------

    def _actors(self) -> list[_Actor]:
        actors: list[_Actor] = []
        for g in self.groups:
            for m in g.mentions:
                start = m.post.start if m.post is not None and m.post.end <= m.start else m.start
                actors.append(_Actor(start, m.end, g.person, "nomn" in m.cases))
        for post, target in self.refs:
            actors.append(
                _Actor(
                    post.start, post.end, target.person if target else None, "nomn" in post.cases, target is not None
                )
            )
        actors.sort(key=lambda a: a.start)
        for w in self.words:
            if _fold(w.text) in {"он", "она"}:
                # the last person named; an expert or an unnamed official tells no speaker
                last = next((a for a in reversed(actors) if a.end <= w.start), None)
                actors.append(_Actor(w.start, w.end, last.person if last else None, True))
        actors.sort(key=lambda a: a.start)
        return actors

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
                    begin = max(k, 0)
                else:
                    straight = [i for i, ch in enumerate(line[:q]) if ch in '"“”']
                    begin = straight[0] if len(straight) % 2 == 1 else 0
                out.append((base + begin, base + q, base + m.start("verb")))
            dash = re.match(r"\s*[-–—]\s", line)
            if dash:
                for m in re.finditer(r",\s*[-–—]\s*(?P<verb>[А-Яа-яЁё]+)", line):
                    if _lemmas(m.group("verb")) & SPEECH_VERBS:
                        out.append((base + dash.end(), base + m.start(), base + m.start("verb")))
                        break
        return out

    def actor_after(self, offset: int) -> _Actor | None:
        _, end = self._sentence_bounds(offset)
        return next((a for a in self.actors if offset <= a.start < end), None)

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
        headline = next((a for a in self.actors if line_start <= a.start < start), None)
        if (
            headline is not None
            and not self.text[line_start : headline.start].strip()
            and re.match(r"\s*:", self.text[headline.end : headline.end + 3])
        ):
            return headline.person  # "Токаев: Казахстан предлагает создать ..."
        before = [a for a in self.actors if max(s_start, line_start) <= a.start < start]
        clause = self.text[max(s_start, line_start) : start]
        for noun in PROPOSAL_NOUNS:
            for m in re.finditer(noun + r"\w*\s+", _fold(clause)):
                at = max(s_start, line_start) + m.end()
                actor = next((a for a in before if a.start == at), None)
                if actor is not None:
                    return actor.person
        for lead_words in SAYING_LEADS:
            k = _fold(clause).find(lead_words)
            if k >= 0:
                at = max(s_start, line_start) + k + len(lead_words)
                actor = next((a for a in self.actors if at <= a.start <= at + 2), None)
                if actor is not None:
                    return actor.person
        if re.search(r"\bпо (его|ее) (словам|мнению|оценке)", _fold(clause)):
            last = next((a for a in reversed(self.actors) if a.end <= max(s_start, line_start)), None)
            return last.person if last else None
        if line.lstrip().startswith(LIST_MARKERS) or re.match(r"\s*\d+[.)]\s", line):
            people_before = [a for a in before if a.person is not None]
            if people_before:
                return people_before[0].person
            return self._lead_in_speaker(line_start, depth)
        if before:
            nominative = [a for a in before if a.nominative]
            return (nominative or before)[0].person
        if self._elided_subject(max(s_start, line_start), start) and s_start > 0:
            return self.speaker(s_start - 1, s_start - 1, depth + 1)
        return self._speaker_after(end)

    def _speaker_after(self, end: int) -> Person | None:
        """ "Создать центр предложил президент ...": a speech verb and its subject after the proposal."""
        _, s_end = self._sentence_bounds(end)
        actor = next((a for a in self.actors if end <= a.start < s_end), None)
        if actor is None or not actor.nominative:
            return None
        verbs = [w.group() for w in _WORD.finditer(self.text, end, actor.start)]
        if any(_lemmas(v) & (SPEECH_VERBS | _PROPOSING) for v in verbs):
            return actor.person
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
                actors = [a for a in self.actors if para_start <= a.start < k]
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


#: First three letters of every post's first word: a word not starting so is never parsed for a post.
_POST_PREFIXES: frozenset[str] = frozenset(key[:3] for key in POSTS) | frozenset({"пос"})

#: Verbs of putting forward, besides the speech verbs: "идею выдвинул президент".
_PROPOSING: frozenset[str] = frozenset({"выдвинуть", "инициировать", "внести", "озвучить"})

#: Canonical roles by the class of a post standing alone.
POSTS_BY_CLASS: dict[str, str] = {"state": "президент", "government": "премьер-министр"}


def _analysis(document: Document) -> _Analysis:
    return document.memo("summitkit.people", _Analysis)


def people(document: Document) -> list[Person]:
    """Every official named in the document, in order of first mention."""
    return list(_analysis(document).persons)


def speaker_at(document: Document, start: int, end: int) -> Person | None:
    """Who says or proposes what stands in ``text[start:end]``: the sentence's subject, the person a
    quotation is attributed to ("..., — сказал Токаев", "По словам Токаева"), or the official a
    title like "глава государства" refers back to. None where the text does not tell.
    """
    if not document.text.strip():
        return None
    return _analysis(document).speaker(start, end)
