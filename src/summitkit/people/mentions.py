"""Where the text names a person: NER spans, initials, and the names NER ran together or missed.

natasha's NER finds most names but runs past line ends, misses glued initials ("К.-Ж.Токаева") and
names the office-holders data knows; this stage makes one mention per name and repairs those. The
next stages group the mentions by person (``grouping``) and find names beside posts (``post_names``).
"""

from __future__ import annotations

import re

from summitkit.lexicons.countries import country_code
from summitkit.lexicons.officeholders import officeholders
from summitkit.lexicons.roles import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMED_AFTER,
    PHOTO_MARKERS,
)
from summitkit.people.names import _OBLIQUE_ENDINGS, _Names, _nominatives
from summitkit.people.records import (
    _Mention,
)
from summitkit.people.spans import Spans
from summitkit.people.words import (
    _INITIALS,
    _WORD,
    _common_genitive,
    _cyrillic,
    _is_cap,
    _is_patronymic,
    _is_place,
    _known_common,
    _Word,
)
from summitkit.text import fold

#: A surname NER missed is taken alone only from this length: "Ли", "Хан" name too many people.
_BARE_SURNAME_MIN = 5

#: How far before a name a photo credit's marker ("Фото: ") is looked for.
_CREDIT_REACH = 60
#: Initials after the surname, the order of official lists and Uzbek state media: "Мирзиёев Ш.М.".
_TRAILING_INITIALS = re.compile(
    r"(?P<sur>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(?P<init>[А-ЯЁ]\.(?:\s?-\s?[А-ЯЁ]\.?|\s?[А-ЯЁ]\.?)?)"
)
#: A lower-case word right after a surname, one space apart: "уулу" in "Нурбек Асанбек уулу".
_SUFFIX = re.compile(r" (?P<suffix>[а-яё]+)(?![\w-])")


class _Mentions(_Names):
    """Name mentions and their grouping into people."""

    def _photo_credit(self, start: int, end: int) -> bool:
        after = self.text[end : end + 3]
        if re.match(r"\s*/", after):
            return True
        line_start = self.text.rfind("\n", max(0, start - _CREDIT_REACH), start) + 1
        line_start = max(line_start, start - _CREDIT_REACH)
        before = fold(self.text[line_start:start]).strip(" :-–—")
        return any(before.endswith(marker) for marker in PHOTO_MARKERS)

    def _named_after(self, start: int) -> bool:
        """The name follows "имени": a street, a school or a prize is named after the person."""
        k = self._word_index(start) - 1
        return (
            k >= 0 and fold(self.words[k].text) in NAMED_AFTER and not self.text[self.words[k].end : start].strip(" .")
        )

    def _mention(self, start: int, end: int) -> _Mention | None:
        """A mention from ``text[start:end]``: initials, given names, particles, surname."""
        span = self.text[start:end]
        cut = span.find("\n")
        if cut >= 0:
            span = span[:cut]
        initials = None
        m = _INITIALS.match(span) or _TRAILING_INITIALS.fullmatch(span.rstrip())
        if m:
            initials = re.sub(r"\s", "", m.group("init"))
            initials += "" if initials.endswith(".") else "."
            words = [_Word(start + m.start("sur"), start + m.end("sur"), m.group("sur"))]
        else:
            words = [_Word(start + w.start(), start + w.end(), w.group()) for w in _WORD.finditer(span)]
            words = self._after_chamber(words)
        kept: list[_Word] = []
        for k, w in enumerate(words):
            if not _cyrillic(w.text):
                break
            if w.text in NAME_PARTICLES:
                kept.append(w)
                continue
            # a place word inside a name, followed by more of it, is a syllable of an East Asian name: "Ким Чен Ын"
            inner = k + 1 < len(words) and _is_cap(words[k + 1].text) and country_code(w.text) is None
            if not _is_cap(w.text) or (kept and _is_place(w.text) and not inner):
                break
            kept.append(w)
        while kept and kept[-1].text in NAME_PARTICLES:
            kept.pop()
        post = self.post_by_start.get(kept[0].start) if kept else None
        if post is not None and post.end < kept[-1].start:
            kept = [w for w in kept if w.start >= post.end]  # NER took the post in: "Аким Имя Фамилия"
        while len(kept) > 2 and _common_genitive(kept[0].text):
            kept.pop(0)  # NER took the body a post heads for a first name: "Спикер Мажилиса Ерлан Кошанов"
        if not kept or not _is_cap(kept[-1].text):
            return None
        if len(kept) == 1 and not initials and _known_common(kept[0].text) and not self._known_surname(kept[0].text):
            return None
        if self._photo_credit(kept[0].start, kept[-1].end) or self._named_after(kept[0].start):
            return None
        surname = kept[-1]
        first_particle = next((i for i, w in enumerate(kept) if w.text in NAME_PARTICLES), len(kept) - 1)
        given = kept[:first_particle]
        particles = [w.text for w in kept[first_particle:-1]]
        begin = start if initials else kept[0].start
        return self._with_suffix(_Mention(begin, surname.end, initials, given, particles, surname))

    @staticmethod
    def _known_surname(word: str) -> bool:
        """A word the office-holders data names someone by alone, though pymorphy knows it as a common
        word: "Си" (NER tags it a person; "си" is a musical note)."""
        return bool(officeholders().find(word))

    def _with_suffix(self, m: _Mention) -> _Mention:
        """A mention extended over "уулу", "кызы" right after its surname."""
        after = _SUFFIX.match(self.text, m.surname.end)
        if after is not None and after.group("suffix") in NAME_SUFFIXES:
            m.suffix = after.group("suffix")
            m.end = after.end()
        return m

    def _after_chamber(self, words: list[_Word]) -> list[_Word]:
        """The words after a chamber's name NER ran into the name: "Председатель Халк Маслахаты Имя Фамилия";
        none where the span is the chamber alone."""
        if not words:
            return words
        chamber = self.chamber_index.containing(words[0].start)
        if chamber is None:
            return words
        cut = chamber.end
        return [w for w in words if w.start >= cut]

    def _raw_mentions(self) -> list[_Mention]:
        found: list[_Mention] = []
        for m in _INITIALS.finditer(self.text):
            made = self._mention(m.start(), m.end())
            if made is not None:
                found.append(made)
        taken = Spans((f.start, f.end) for f in found)
        for entity in self.document.entities:
            if entity.type != "PER":
                continue
            for start, end in self._split_entity(entity.start, self._through_surname(entity.start, entity.end)):
                made = self._mention(start, end)
                if made is None or taken.overlaps(made.start, made.end):
                    continue
                made = self._with_first_name_before(made, taken)
                found.append(made)
                taken.add(made.start, made.end)
        found.extend(self._known_mentions(taken))
        return sorted(found, key=lambda m: m.start)

    def _with_first_name_before(self, m: _Mention, taken: Spans) -> _Mention:
        """A name NER began one word late, the first name run into a place before it ("Президентом Турецкой
        Республики Реджепом | Тайипом Эрдоганом"): the word right before is taken in where the office-holders
        data gives the person that first name."""
        if m.initials or not m.given:
            return m
        k = self._word_index(m.start) - 1
        if k < 0 or self.text[self.words[k].end : m.start] != " " or taken.covers(self.words[k].start):
            return m
        before = self.words[k]
        if not (_is_cap(before.text) and _cyrillic(before.text)):
            return m
        firsts = {
            h.first_name[:3]
            for c in _nominatives(fold(m.surname.text))
            for h in officeholders().find(c)
            if len(h.name.split()) > len(m.given) + 1
        }
        if fold(before.text)[:3] not in firsts:
            return m
        return self._mention(before.start, m.end) or m

    def _known_mentions(self, taken: Spans) -> list[_Mention]:
        """Names NER missed that the office-holders data knows, with their first name before the
        surname: "Си Цзиньпин прибыл ...", "с Реджепом Тайипом Эрдоганом"."""
        registry = officeholders()
        out: list[_Mention] = []
        other_entities = Spans((e.start, e.end) for e in self.document.entities if e.type != "PER")
        for i, w in enumerate(self.words):
            if not _is_cap(w.text) or not _cyrillic(w.text) or taken.covers(w.start):
                continue
            firsts = {h.first_name[:3] for c in _nominatives(fold(w.text)) for h in registry.find(c)}
            if not firsts:
                continue
            run = self._capitalised_before(i)
            lead = next((k for k, r in enumerate(run) if fold(r.text)[:3] in firsts), None)
            alone = not run and self._beside_a_person(i, taken)
            if lead is None and alone and self._bare_known_surname(w, other_entities):
                made = self._mention(w.start, w.end)  # "Мирзиёев и Жапаров обсудили ...": NER saw only one
                if made is not None:
                    out.append(made)
                    taken.add(made.start, made.end)
                continue
            if lead is None or taken.overlaps(run[lead].start, w.end):
                continue
            made = self._mention(run[lead].start, w.end)
            if made is not None:
                out.append(made)
                taken.add(made.start, made.end)
        return out

    def _through_surname(self, start: int, end: int) -> int:
        """Where a name ends when NER stops at a patronymic: "Александром Григорьевичем | Лукашенко"
        (NER cuts before a surname it cannot decline). The first name, the patronymic and the surname
        are one name; the surname is the next capitalised word, one space away."""
        i = self._word_index(start)
        k = self._word_index(end) - 1
        if k - i != 1 or k + 1 >= len(self.words) or self.words[k].end != end:
            return end
        surname = self.words[k + 1]
        if self.text[end : surname.start] != " " or not _is_patronymic(self.words[k].text):
            return end
        if not _is_cap(surname.text) or not _cyrillic(surname.text) or _is_place(surname.text):
            return end
        if surname.start in self.post_by_start:
            return end
        return surname.end

    def _beside_a_person(self, i: int, taken: Spans) -> bool:
        """Does word ``i`` stand beside a person NER named, joined by "и" or a comma ("Мирзиёев и Жапаров
        обсудили")? A lone surname before a verb is left out: it is as often a recollection of a former
        holder as a leader at the event."""
        if i + 1 >= len(self.words):
            return False
        w, nxt = self.words[i], self.words[i + 1]
        gap = self.text[w.end : nxt.start]
        if gap == " " and nxt.text == "и" and i + 2 < len(self.words):
            return taken.covers(self.words[i + 2].start)
        return gap in {", ", ","} and taken.covers(nxt.start)

    def _bare_known_surname(self, w: _Word, other_entities: Spans) -> bool:
        """A surname alone that the office-holders data names one person by: long enough, no dictionary word,
        no part of a place or a body NER found ("Назарбаев Университет"), not after "имени"."""
        if len(w.text) < _BARE_SURNAME_MIN or _known_common(w.text) or other_entities.covers(w.start):
            return False
        if self._named_after(w.start):
            return False
        return any(officeholders().lookup(c) is not None for c in _nominatives(fold(w.text)))

    def _split_entity(self, start: int, end: int) -> list[tuple[int, int]]:
        """NER joins a name in an oblique case to the next one: "с ... Шавкатом Мирзиёевым Токаев
        предложил". A word that can only be oblique before a last word that cannot ends the first name."""
        words = [w for w in self.words[self._word_index(start) : self._word_index(end)] if w.end <= end]
        if len(words) < 3 or fold(words[-1].text).endswith(_OBLIQUE_ENDINGS):
            return [(start, end)]
        for k in range(len(words) - 2, 0, -1):
            if _is_patronymic(words[k].text):
                continue  # a patronymic is followed by its own surname
            if fold(words[k].text).endswith(_OBLIQUE_ENDINGS) and _is_cap(words[k].text):
                return [(start, words[k].end), (words[k + 1].start, end)]
        return [(start, end)]

    def _capitalised_before(self, i: int) -> list[_Word]:
        """Up to three capitalised words right before word ``i``, one space apart, in text order."""
        run: list[_Word] = []
        k = i - 1
        while k >= 0 and len(run) < 3 and self.text[self.words[k].end : self.words[k + 1].start] == " ":
            if not (_is_cap(self.words[k].text) and _cyrillic(self.words[k].text)):
                break
            run.append(self.words[k])
            k -= 1
        return run[::-1]
