"""Titles of documents and institutions: the lexicons and the small grammar that finds where a title stops.

Shared by the signed-documents and the proposed-conventions extractors. A title is a noun phrase
around a head noun from a lexicon ("соглашение", "центр"): agreeing adjectives before it, and after
it a chain of genitive phrases, prepositional phrases ("о ...", "по ...", "между ...", "в области
..."), quoted names and coordinated words in the same case. The grammar runs over razdel's tokens
and reads cases from pymorphy (cheap, cached); it stops at the first token that cannot continue the
phrase (a verb, a clause comma, a new document noun, a bracket, the end of a line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from summitkit.document import Document
from summitkit.morphology import nominative_phrase, parses, restore_shape

__all__ = [
    "CREATION_NOUNS",
    "CREATION_VERBS",
    "DOCUMENT_NOUNS",
    "GENERIC_DOCUMENT_NOUNS",
    "INSTITUTION_NOUNS",
    "PROPOSAL_CUES",
    "STATUS_VERBS",
    "Title",
    "Tok",
    "dice",
    "headline_end",
    "info",
    "list_items",
    "nominative_title",
    "overlap",
    "read_title",
    "tokens",
]

# -- lexicons ---------------------------------------------------------------------------------------

#: Head nouns of documents that are signed, adopted or approved (pymorphy lemmas).
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "соглашение", "договор", "декларация", "заявление", "меморандум", "протокол", "концепция",
        "программа", "стратегия", "план", "карта", "решение", "обращение", "каталог", "конвенция",
        "хартия", "устав", "кодекс", "контракт", "постановление", "коммюнике", "пакт", "резолюция",
        "доктрина", "перечень", "указ", "распоряжение", "акт", "положение", "регламент", "комплекс",
        "правило", "договорённость-меморандум", "манифест", "план-график",
    }
)  # fmt: skip

#: Words that name documents without naming one: never a title on their own.
GENERIC_DOCUMENT_NOUNS: frozenset[str] = frozenset({"документ", "документация", "бумага", "договорённость"})

#: Head nouns of institutions, systems and mechanisms a participant may propose to create.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "центр", "банк", "фонд", "механизм", "система", "консорциум", "комитет", "группа", "палата",
        "союз", "орган", "площадка", "платформа", "совет", "совещание", "организация", "агентство",
        "секретариат", "альянс", "корпорация", "комиссия", "институт", "хаб", "реестр", "академия",
        "ассоциация", "клуб", "форум", "сеть", "пул", "офис", "коалиция", "партнёрство", "инструмент",
        "формат", "диалог", "биржа", "лаборатория", "университет", "кластер", "зона", "база",
    }
)  # fmt: skip

#: Lexicon heads that are not proposals on their own ("принятие решений", "формирование повестки").
NOT_PROPOSABLE: frozenset[str] = frozenset({"решение", "постановление", "указ", "распоряжение", "акт", "положение"})

#: Verbs by lemma, and the status they give a document.
STATUS_VERBS: dict[str, str] = {
    "подписать": "signed",
    "заключить": "signed",
    "скрепить": "signed",
    "подписывать": "signed",
    "принять": "adopted",
    "принимать": "adopted",
    "одобрить": "approved",
    "утвердить": "approved",
}

#: Infinitives of creating something new (the proposal's verb: "предложил создать ...").
CREATION_VERBS: frozenset[str] = frozenset(
    {
        "создать", "учредить", "разработать", "внедрить", "принять", "сформировать", "основать",
        "подготовить", "составить", "запустить", "открыть", "организовать", "образовать", "создавать",
        "учреждать", "разрабатывать", "формировать", "заключить", "подписать",
    }
)  # fmt: skip

#: Verbal nouns of creating something new ("создание Банка", "о принятии Конвенции").
CREATION_NOUNS: frozenset[str] = frozenset(
    {
        "создание", "учреждение", "разработка", "внедрение", "принятие", "формирование", "основание",
        "подготовка", "составление", "запуск", "открытие", "образование", "заключение", "подписание",
    }
)  # fmt: skip

#: Words that make a clause a proposal, a call or an offer (lemmas).
PROPOSAL_CUES: frozenset[str] = frozenset(
    {
        "предложить", "предлагать", "предложение", "призвать", "призывать", "инициатива", "инициировать",
        "выдвинуть", "выдвигать", "целесообразный", "целесообразно", "намерить", "намерен", "намеренный",
        "решить", "поручить", "необходимо", "нужно", "важно", "следовать", "выступить", "выступать",
        "мочь", "можно", "подумать", "стоить", "хотеть", "рассмотреть", "надо", "предусмотреть",
        "предлагаться", "правильно", "полезно", "целесообразность", "инициатор", "идея", "необходимый",
        "важный", "нужный",
    }
)  # fmt: skip

#: Determiners that point back to a document named earlier ("соответствующий меморандум").
ANAPHORIC: frozenset[str] = frozenset(
    {"соответствующий", "данный", "этот", "такой", "указанный", "следующий", "весь", "каждый", "тот", "один",
     "другой", "свой", "наш", "ваш", "их", "его", "её", "который", "ряд", "целый", "настоящий", "вышеуказанный"}
)  # fmt: skip

#: Prepositions that continue a title ("Соглашение о ...", "Программа по ...", "Договор между ...").
TITLE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "о",
        "об",
        "обо",
        "по",
        "между",
        "в",
        "во",
        "на",
        "для",
        "с",
        "со",
        "до",
        "к",
        "ко",
        "при",
        "против",
        "среди",
        "через",
    }
)

#: Prepositions of purpose: they end an institution's name unless the name is a bare noun.
PURPOSE_PREPOSITIONS: frozenset[str] = frozenset({"для"})
PURPOSE_NOUNS: frozenset[str] = frozenset({"цель"})

#: Nouns of the event or the setting: "в ходе саммита", "по итогам встречи" end an inline title.
SETTING_NOUNS: frozenset[str] = frozenset(
    {"саммит", "встреча", "заседание", "переговоры", "визит", "церемония", "ход", "итог", "присутствие",
     "время", "день", "неделя", "месяц", "год", "сайт", "полях", "поле", "сторона"}
)  # fmt: skip

#: Nouns of action without the -ние ending that also take objects ("обмен опытом", "контроль за ...").
ACTION_NOUNS: frozenset[str] = frozenset(
    {"обмен", "контроль", "надзор", "руководство", "торговля", "помощь", "содействие"}
)

_MONTHS: frozenset[str] = frozenset(
    {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
)

#: Abbreviations that keep their dot inside a title ("на 2026-2028 гг.").
DOTTED_ABBREVIATIONS: frozenset[str] = frozenset({"гг", "г", "вв", "в", "тыс", "млн", "млрд", "трлн", "руб", "долл"})

_ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_QUOTES_OPEN = "«“„"
_QUOTES_CLOSE = "»”"
_DASHES = frozenset({"-", "–", "—", "―", "−"})
_NOMINAL_POS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})
_ADJ_POS = frozenset({"ADJF", "PRTF"})
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})
_ROMAN = re.compile(r"^[IVXLC]+$")
_CODE = re.compile(r"^[A-ZА-ЯЁ]{1,5}\d{1,3}$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?(?:[-–]\d+)?$")
_WORDLIKE = re.compile(r"^[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё\-]*$")


# -- tokens and word analysis -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tok:
    """A razdel token of the whole text, with its position and whether a line break precedes it."""

    index: int
    start: int
    end: int
    text: str
    newline_before: bool


def tokens(document: Document) -> tuple[Tok, ...]:
    """Every token of the text in order (razdel's, through the Document), computed once per Document."""
    return document.memo("summitkit.titles.tokens", _tokens)


def _tokens(document: Document) -> tuple[Tok, ...]:
    text = document.text
    out: list[Tok] = []
    previous_end = 0
    for sentence in document.sentences:
        for token in sentence.tokens:
            gap = text[previous_end : token.start]
            out.append(Tok(len(out), token.start, token.end, token.text, "\n" in gap or not out))
            previous_end = token.end
    return tuple(out)


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What pymorphy says about a word form, reduced to what the title grammar asks."""

    lemmas: frozenset[str]
    noun_lemmas: frozenset[str]
    pos: frozenset[str]  #: parts of speech of the plausible analyses
    top_pos: str | None
    noun_cases: frozenset[str]
    adj_cases: frozenset[str]
    numbers: frozenset[str]  #: grammatical numbers of the noun analyses
    tags: frozenset[str]  #: other grammemes of the plausible analyses (Geox, Name, Abbr, futr, ...)


@lru_cache(maxsize=65536)
def info(word: str) -> WordInfo:
    """Plausible analyses of a word (score >= 0.05, and always the first one)."""
    analyses = parses(word.lower())
    plausible = [p for i, p in enumerate(analyses) if i == 0 or p.score >= 0.05]
    noun_cases = {p.tag.case for p in plausible if p.tag.POS == "NOUN" and p.tag.case}
    adj_cases = {p.tag.case for p in plausible if p.tag.POS in _ADJ_POS | {"NUMR"} and p.tag.case}
    tags: set[str] = set()
    for p in plausible:
        tags.update(str(g) for g in p.tag.grammemes)
    return WordInfo(
        lemmas=frozenset(p.normal_form for p in plausible),
        noun_lemmas=frozenset(p.normal_form for p in plausible if p.tag.POS == "NOUN"),
        pos=frozenset(str(p.tag.POS) for p in plausible),
        top_pos=str(plausible[0].tag.POS) if plausible else None,
        noun_cases=frozenset(noun_cases),
        adj_cases=frozenset(adj_cases),
        numbers=frozenset(p.tag.number for p in plausible if p.tag.POS == "NOUN" and p.tag.number),
        tags=frozenset(tags),
    )


def is_word(tok: Tok) -> bool:
    return bool(_WORDLIKE.match(tok.text))


def is_abbreviation(tok: Tok) -> bool:
    """ШОС, ЕАЭС, РФ, РУз, АО: indeclinable names written in capitals."""
    text = tok.text
    if _CODE.match(text):
        return True  # "G20", "C5"
    return len(text) >= 2 and is_word(tok) and sum(c.isupper() for c in text) >= 2 and not _ROMAN.match(text)


def is_number(tok: Tok) -> bool:
    return bool(_NUMBER.match(tok.text)) or bool(_ROMAN.match(tok.text))


def is_verb(tok: Tok) -> bool:
    """A verb form by its likeliest analysis (finite, infinitive, short participle, gerund)."""
    return is_word(tok) and not is_abbreviation(tok) and info(tok.text).top_pos in _VERB_POS


def is_adjective(tok: Tok) -> bool:
    if not is_word(tok) or is_abbreviation(tok):
        return False
    i = info(tok.text)
    return bool(i.adj_cases) and "Apro" not in i.tags and not i.lemmas & ANAPHORIC


def is_noun(tok: Tok) -> bool:
    if not is_word(tok):
        return False
    if is_abbreviation(tok):
        return True
    i = info(tok.text)
    if i.noun_cases and tok.text[:1].isupper() and i.top_pos in _VERB_POS:
        return True  # "в Устав", not the gerund of "устать"
    return bool(i.noun_cases) and i.top_pos not in _VERB_POS | {"PREP", "CONJ", "PRCL", "ADVB", "NPRO"}


def lemma_in(tok: Tok, lexicon: Iterable[str]) -> bool:
    return is_word(tok) and bool(info(tok.text).lemmas & frozenset(lexicon))


def head_lemma(tok: Tok, lexicon: frozenset[str]) -> str | None:
    """The lexicon lemma of a noun token, or None."""
    if not is_word(tok) or is_abbreviation(tok):
        return None
    found = info(tok.text).noun_lemmas & lexicon
    return min(found) if found else None


def _cases(tok: Tok) -> frozenset[str]:
    """Cases a nominal token can stand in (every case for an indeclinable abbreviation)."""
    if is_abbreviation(tok):
        return _ALL_CASES
    i = info(tok.text)
    return i.noun_cases | i.adj_cases


def opens_quote(toks: tuple[Tok, ...], i: int) -> int | None:
    """Where a quoted name that opens at ``i`` closes (its closing quote's index), or None.

    « » are unambiguous; a straight quote opens a name only before a capital letter or a digit.
    """
    if i >= len(toks):
        return None
    text = toks[i].text
    opens_name = i + 1 < len(toks) and (toks[i + 1].text[:1].isupper() or toks[i + 1].text[:1].isdigit())
    if text in _QUOTES_OPEN or (text == '"' and opens_name):
        closing = _QUOTES_CLOSE + '"' if text == '"' else _QUOTES_CLOSE + '"“'
        depth = 0
        for j in range(i + 1, min(len(toks), i + 30)):
            if toks[j].newline_before:
                return None
            if toks[j].text in _QUOTES_OPEN and text != '"' and toks[j].text != "“":
                depth += 1
            elif toks[j].text in closing:
                if depth == 0:
                    return j
                depth -= 1
        return None
    return None


# -- the title grammar ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Title:
    """A title found in the text: its tokens, its head, and its nominative form."""

    first: int  #: index of the first token (an opening quote or the first adjective)
    head: int  #: index of the head noun
    last: int  #: index of the last token, inclusive
    start: int  #: character offsets in the text
    end: int
    lemma: str  #: the head's lemma
    cases: frozenset[str]  #: cases the head can stand in
    text: str  #: the nominative title
    bare: bool  #: nothing but the head noun (and anaphoric words): not a title on its own
    anaphoric: bool  #: introduced by "соответствующий", "данный", "этот"...
    plural: bool
    complements: tuple[tuple[int, int], ...] = field(default=())  #: token ranges of the complements after the head


def title_start(toks: tuple[Tok, ...], head: int) -> tuple[int, bool]:
    """Extend left from the head over agreeing adjectives; also say whether an anaphoric word precedes."""
    head_cases = _cases(toks[head])
    i = head
    while i > 0 and not toks[i].newline_before:
        prev = toks[i - 1]
        if is_adjective(prev) and (info(prev.text).adj_cases & head_cases) and not lemma_in(prev, STATUS_VERBS):
            i -= 1
            continue
        if (
            info(prev.text).top_pos == "ADVB"
            and i < head
            and is_adjective(toks[i])
            and "PRTF" in info(toks[i].text).pos
        ):
            i -= 1  # "постоянно действующий механизм"
            continue
        break
    anaphoric = i > 0 and is_word(toks[i - 1]) and bool(info(toks[i - 1].text).lemmas & ANAPHORIC)
    return i, anaphoric


def _np(toks: tuple[Tok, ...], i: int, *, after_preposition: bool) -> tuple[int, frozenset[str]] | None:
    """A noun phrase core at ``i``: adjectives or numbers, then a noun (or a quoted name).

    Returns the index after it and the cases its noun can stand in.
    """
    n = len(toks)
    j = i
    while j < n and not (j > i and toks[j].newline_before):
        t = toks[j]
        if (
            (is_adjective(t) and not is_noun(t))
            or (is_number(t) and (after_preposition or j > i))
            or (info(t.text).top_pos == "ADVB" and j + 1 < n and is_adjective(toks[j + 1]) and is_word(t))
        ):
            j += 1
        else:
            break
        if j < n and toks[j].newline_before:
            return None
    if j >= n or (toks[j].newline_before and j > i):
        return None
    t = toks[j]
    closing = opens_quote(toks, j)
    if closing is not None:
        return closing + 1, frozenset({"gent", "nomn", "accs", "datv", "ablt", "loct"})
    if is_noun(t) and not lemma_in(t, _MONTHS) and not (is_number(toks[i]) and not after_preposition):
        end = j + 1
        if (
            t.text.lower() in DOTTED_ABBREVIATIONS
            and end < n
            and toks[end].text == "."
            and not toks[end].newline_before
        ):
            end += 1
        return end, _cases(t)
    if j > i and is_number(toks[j - 1]):
        return j, frozenset({"nomn", "gent", "accs", "datv", "ablt", "loct"})
    return None


def _is_new_head(toks: tuple[Tok, ...], i: int, lexicon: frozenset[str]) -> bool:
    """Does a phrase at ``i`` begin with (adjectives and) a lexicon head noun: a new title, not a continuation."""
    j = i
    while j < len(toks) and j < i + 5:
        t = toks[j]
        if t.text in _QUOTES_OPEN or t.text == '"':
            j += 1
            continue
        if head_lemma(t, lexicon | GENERIC_DOCUMENT_NOUNS | CREATION_NOUNS) is not None:
            return True
        if is_adjective(t) and not is_noun(t):
            j += 1
            continue
        return False
    return False


def read_tail(
    toks: tuple[Tok, ...],
    head: int,
    *,
    lexicon: frozenset[str],
    proposal: bool = False,
    distributive: bool = False,
) -> tuple[int, list[tuple[int, int]]]:
    """Read the complements after a head noun; return the last token index of the title and the
    token ranges of its complements (the comma-separated ones of a distributive plural head).
    """
    n = len(toks)
    last = head
    j = head + 1
    if j < n and toks[head].text.lower() in DOTTED_ABBREVIATIONS and toks[j].text == ".":
        last, j = j, j + 1
    last_cases = chain = _cases(toks[head])
    complements: list[tuple[int, int]] = []
    comp_start = j
    while j < n:
        t = toks[j]
        if t.newline_before:
            break
        word = t.text.lower()
        closing = opens_quote(toks, j)
        if closing is not None:
            last, j = closing, closing + 1
            continue
        if word in TITLE_PREPOSITIONS and is_word(t):
            if proposal and (word in PURPOSE_PREPOSITIONS or _purpose(toks, j)):
                break
            if _setting(toks, j):
                break
            np = _np(toks, j + 1, after_preposition=True)
            if np is None:
                break
            last, j = np[0] - 1, np[0]
            last_cases = chain = np[1]
            continue
        if t.text in _DASHES and j + 1 < n and t.start > toks[j - 1].end:
            np = _np(toks, j + 1, after_preposition=False)
            if np is not None and np[1] & last_cases and not is_verb(toks[j + 1]):
                last, j = np[0] - 1, np[0]
                last_cases = np[1]
                chain = chain | np[1]
                continue
            break
        if t.text == "," or word in {"и", "а"}:
            k = j + 1
            if word == "а" or (t.text == "," and k < n and toks[k].text.lower() == "а"):
                break  # "..., а также X": a new item or a new clause
            if t.text == "," and k < n and toks[k].text.lower() == "и":
                break
            splits = t.text == "," or (k < n and toks[k].text.lower() in TITLE_PREPOSITIONS)
            if distributive and splits:
                complements.append((comp_start, last))
                comp_start = k
                j = k
                continue
            if k >= n or toks[k].newline_before or _is_new_head(toks, k, lexicon):
                break
            names = (
                "gent" in last_cases
                or opens_quote(toks, k + 1) is not None
                or toks[j - 1].text in _QUOTES_CLOSE + '"'
                or is_abbreviation(toks[j - 1])
            )
            if is_abbreviation(toks[k]) and not (k + 1 < n and is_verb(toks[k + 1])) and names:
                last, j = k, k + 1
                continue
            if (
                toks[k].text.lower() in TITLE_PREPOSITIONS
                and word == "и"
                and toks[k].text.lower() == toks[comp_start].text.lower()
            ):
                j = k  # "о X и о Y"
                continue
            np = _np(toks, k, after_preposition=False)
            if np is None or is_verb(toks[k]) or not (np[1] & chain) or lemma_in(toks[np[0] - 1], CREATION_NOUNS):
                break
            subject = t.text == "," or "nomn" in np[1]
            if subject and np[0] < n and is_verb(toks[np[0]]) and not is_adjective(toks[np[0]]):
                break  # ", Токаев отметил": the subject of a new clause
            last, j = np[0] - 1, np[0]
            last_cases = np[1] & chain
            continue
        # A genitive phrase, an abbreviation, or a name after a capitalised noun.
        if (
            len(t.text) == 1
            and t.text.isupper()
            and j + 1 < n
            and toks[j + 1].start == t.end
            and is_number(toks[j + 1])
        ):
            last, j = j + 1, j + 2  # "G7", which razdel splits in two
            continue
        if is_abbreviation(t) and not (j + 1 < n and is_verb(toks[j + 1]) and not is_abbreviation(toks[j + 1])):
            last, j = j, j + 1
            last_cases = frozenset({"gent"})
            chain = chain | last_cases
            continue
        if is_number(t) and _ROMAN.match(t.text) is None:
            break
        np = _np(toks, j, after_preposition=False)
        if np is not None and not is_verb(t):
            noun = toks[np[0] - 1]
            if "gent" in np[1] and not lemma_in(noun, _MONTHS):
                last, j = np[0] - 1, np[0]
                last_cases = frozenset({"gent"})
                chain = chain | last_cases
                continue
            if np[1] & {"datv", "ablt"} and _verbal_noun(toks[last]) and head_lemma(noun, CREATION_NOUNS) is None:
                # "противодействие вызовам", "использование ИИ государствами": a verbal noun's objects.
                last, j = np[0] - 1, np[0]
                last_cases = np[1] & {"datv", "ablt"}
                chain = chain | last_cases
                continue
            prev = toks[j - 1]
            if prev.text[:1].isupper() and t.text[:1].isupper() and np[0] == j + 1 and _proper(t):
                last, j = j, j + 1  # "Республикой Узбекистан"
                continue
        break
    if distributive:
        complements.append((comp_start, last))
    return last, complements


def _verbal_noun(tok: Tok) -> bool:
    """ "противодействие", "использование", "оказание": nouns of action that take objects."""
    lemmas = info(tok.text).noun_lemmas if is_word(tok) else frozenset()
    return bool(lemmas & ACTION_NOUNS) or any(lemma.endswith(("ние", "тие", "вие")) for lemma in lemmas)


def _proper(tok: Tok) -> bool:
    i = info(tok.text)
    return bool(i.tags & {"Geox", "Name", "Surn", "Orgn"}) or "UNKN" in i.pos


def _purpose(toks: tuple[Tok, ...], i: int) -> bool:
    """ "в целях ...", "с целью ...": a purpose, not part of an institution's name."""
    return i + 1 < len(toks) and is_word(toks[i + 1]) and bool(info(toks[i + 1].text).noun_lemmas & PURPOSE_NOUNS)


def _setting(toks: tuple[Tok, ...], i: int) -> bool:
    """ "в ходе саммита", "на встрече", "в Астане", "в 2024 году": where and when, not what."""
    j = i + 1
    if j >= len(toks):
        return True
    t = toks[j]
    if is_word(t) and info(t.text).noun_lemmas & SETTING_NOUNS and not is_abbreviation(t):
        return True
    prep = toks[i].text.lower()
    if prep in {"в", "во", "на"} and is_word(t) and t.text[:1].isupper() and "Geox" in info(t.text).tags:
        after = toks[j + 1] if j + 1 < len(toks) else None
        return after is None or not (is_noun(after) and not is_abbreviation(after))
    return bool(prep in {"в", "во"} and is_number(t) and j + 1 < len(toks) and lemma_in(toks[j + 1], {"год"}))


def read_title(
    document: Document,
    head: int,
    *,
    lexicon: frozenset[str],
    case: str | None = None,
    proposal: bool = False,
) -> Title:
    """The title whose head noun is token ``head``: its extent and its nominative form."""
    toks = tokens(document)
    first, anaphoric = title_start(toks, head)
    quoted_head = False
    if first > 0 and toks[first - 1].text in _QUOTES_OPEN + '"':
        close = head + 1
        if close < len(toks) and toks[close].text in _QUOTES_CLOSE + '"':
            quoted_head = True
            first -= 1
            anaphoric = first > 0 and is_word(toks[first - 1]) and bool(info(toks[first - 1].text).lemmas & ANAPHORIC)
    tail_from = head + 1 if quoted_head else head
    last, _ = read_tail(toks, tail_from, lexicon=lexicon, proposal=proposal)
    if proposal and last == tail_from and first == head:
        # A bare institution takes its purpose: "Консорциум для реализации проектов".
        last, _ = read_tail(toks, tail_from, lexicon=lexicon, proposal=False)
    last = _trim(toks, head, last)
    text = document.text
    if case is None or case not in _cases(toks[head]):
        case = phrase_case(toks, first, head)
    nominative = nominative_title(text, toks, first, head, last, case)
    i = info(toks[head].text)
    return Title(
        first=first,
        head=head,
        last=last,
        start=toks[first].start,
        end=toks[last].end,
        lemma=head_lemma(toks[head], lexicon) or next(iter(i.lemmas), toks[head].text.lower()),
        cases=_agreed_cases(toks, first, head),
        text=nominative,
        bare=last == tail_from and first == head,
        anaphoric=anaphoric,
        plural=i.numbers == frozenset({"plur"}) or _plural_in_case(toks[head], case),
    )


def _agreed_cases(toks: tuple[Tok, ...], first: int, head: int) -> frozenset[str]:
    """Cases the head phrase can stand in: the head's, narrowed by its adjectives ("совместным коммюнике")."""
    cases = _cases(toks[head])
    for k in range(first, head):
        if is_adjective(toks[k]) and info(toks[k].text).adj_cases & cases:
            cases &= info(toks[k].text).adj_cases
    return cases


def phrase_case(toks: tuple[Tok, ...], first: int, head: int) -> str | None:
    """The case a head phrase stands in, where no governor says: the one its adjectives share with the
    head, a singular reading first ("совместной декларации" is genitive singular, not nominative plural).
    """
    shared = set(_cases(toks[head]))
    for k in range(first, head):
        if is_adjective(toks[k]):
            shared &= info(toks[k].text).adj_cases
    singular = {p.tag.case for p in parses(toks[head].text.lower()) if p.tag.POS == "NOUN" and p.tag.number == "sing"}
    for pool in (shared & singular, shared):
        for c in ("nomn", "accs", "gent", "loct", "datv", "ablt"):
            if c in pool:
                return c
    return None


def _plural_in_case(tok: Tok, case: str | None) -> bool:
    if case is None:
        return False
    numbers = {p.tag.number for p in parses(tok.text.lower()) if p.tag.POS == "NOUN" and p.tag.case == case}
    return numbers == {"plur"}


def _trim(toks: tuple[Tok, ...], head: int, last: int) -> int:
    """Drop a dangling preposition or conjunction at the end (a text cut off mid-title)."""
    while last > head and (
        toks[last].text.lower() in TITLE_PREPOSITIONS | {"и", "а", ","} or toks[last].text in _DASHES
    ):
        last -= 1
    return last


def nominative_title(text: str, toks: tuple[Tok, ...], first: int, head: int, last: int, case: str | None) -> str:
    """The title with its head phrase in the nominative (``nominative_phrase``), the rest as written.

    Quotes around the head phrase itself ('"дорожную карту" по ...') are dropped; an apposition right
    after the head behind a dash is put in the nominative too ("механизм – Совещание министров").
    """
    lead = first
    while lead < head and toks[lead].text in _QUOTES_OPEN + '"':
        lead += 1
    inflect_from = lead
    while inflect_from < head and info(toks[inflect_from].text).top_pos == "ADVB":
        inflect_from += 1
    prefix = text[toks[lead].start : toks[inflect_from].start]
    head_phrase = text[toks[inflect_from].start : toks[head].end]
    out = prefix + _lexicon_head(_nominative(head_phrase, case), toks[head].text, case)
    rest_from = head + 1
    if rest_from <= last and toks[rest_from].text in _QUOTES_CLOSE + '"' and lead > first:
        rest_from += 1
    if rest_from <= last:
        gap_start = toks[head].end if rest_from == head + 1 else toks[rest_from - 1].end
        rest = text[gap_start : toks[last].end]
        if toks[rest_from].text in _DASHES and rest_from + 1 <= last:
            # Apposition: "механизма – Совещания министров ..." -> "механизм – Совещание министров ...".
            app = rest_from + 1
            app_head = app
            while app_head < last and is_adjective(toks[app_head]) and not is_noun(toks[app_head]):
                app_head += 1
            if is_noun(toks[app_head]) and not is_abbreviation(toks[app_head]):
                lead_gap = text[gap_start : toks[app].start]
                phrase = text[toks[app].start : toks[app_head].end]
                tail = text[toks[app_head].end : toks[last].end]
                rest = lead_gap + _nominative(phrase, case if case != "accs" else None) + tail
        out += rest
    out = _balance_quotes(" ".join(out.split()))
    return out[:1].upper() + out[1:]


def _balance_quotes(title: str) -> str:
    """Drop a closing « » quote left without its opening one (the opening went with the head)."""
    if title.count("»") > title.count("«") and title.endswith("»"):
        title = title[:-1].rstrip()
    return title


def _lexicon_head(phrase: str, head: str, case: str | None) -> str:
    """Make sure the head noun itself reached the nominative of its lexicon lemma.

    For a word pymorphy only guesses ("хаба"), ``nominative_phrase`` may keep the oblique form; the
    lexicon says which lemma is meant, so the analysis with that lemma is inflected instead.
    """
    lexicon = DOCUMENT_NOUNS | INSTITUTION_NOUNS
    words = phrase.rsplit(" ", 1)
    last = words[-1]
    if info(last).noun_lemmas & lexicon and any(
        p.normal_form in lexicon and p.tag.case == "nomn" for p in parses(last.lower())
    ):
        return phrase
    for p in parses(head.lower()):
        if p.tag.POS == "NOUN" and p.normal_form in lexicon and (case is None or p.tag.case == case):
            form = p.inflect({"nomn", p.tag.number or "sing"})
            if form is not None:
                words[-1] = restore_shape(form.word, last)
                return " ".join(words)
    return phrase


def _nominative(phrase: str, case: str | None) -> str:
    """``nominative_phrase``, keeping the text's е where pymorphy writes ё."""
    new = nominative_phrase(phrase, case)
    if "ё" in new.lower() and "ё" not in phrase.lower():
        new = new.replace("ё", "е").replace("Ё", "Е")
    return new


def singular_head(word: str) -> str:
    """The nominative singular of a plural head noun ("соглашения" -> "Соглашение")."""
    for p in parses(word.lower()):
        if p.tag.POS == "NOUN":
            form = p.inflect({"nomn", "sing"})
            if form is not None:
                return restore_shape(form.word, word.capitalize())
    return word.capitalize()


# -- lines, headlines, similarity -------------------------------------------------------------------


def headline_end(text: str) -> int:
    """Where the headline zone ends: lines before the first body line (four words or more, ending in
    a sentence's or a list intro's punctuation). Headlines restate the body loosely, so their facts yield to the body's.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and stripped[-1] in ".!?…:;" and len(stripped.split()) >= 4:
            return offset
        offset += len(line)
    return 0


def stems(title: str) -> frozenset[str]:
    """Five-letter stems of a title's words: how two titles are compared."""
    words = re.findall(r"[0-9a-zа-я]+", title.lower().replace("ё", "е"))
    return frozenset(w[:5] for w in words if len(w) >= 3 or w.isdigit())


def dice(a: str, b: str) -> float:
    """Overlap of two titles' stems (1.0: the same words)."""
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


_BULLET = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-–—―•*])[ \t]*")


def list_items(text: str, colon: int) -> list[tuple[int, int]]:
    """Character ranges of the items after an intro's colon (same line, bullets, or a ;-line)."""
    line_end = text.find("\n", colon)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[colon + 1 : line_end]
    if rest.strip():
        # Items on the intro's own line are a list only when semicolons part them.
        return _split_items(text, colon + 1, line_end) if ";" in rest else []
    items: list[tuple[int, int]] = []
    pos = line_end + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            pos = end + 1
            continue
        bullet = _BULLET.match(line)
        if bullet and not re.match(r"^\s*\d{1,2}[.)]\d", line):
            items.extend(_split_items(text, pos + bullet.end(), end)[:1])
        elif not items:
            return _split_items(text, pos, end)
        else:
            break
        pos = end + 1
    return items


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of one line, separated by semicolons."""
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"[^;]+", text[start:end])]


def overlap(a: str, b: str) -> float:
    """Share of the shorter title's stems found in the other (1.0: one restates the other)."""
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


# -- sentences --------------------------------------------------------------------------------------


def clause_bounds(toks: tuple[Tok, ...], i: int) -> tuple[int, int]:
    """The sentence around token ``i`` as token indices [start, end): split at . ! ? and line breaks."""
    start = i
    while start > 0 and not toks[start].newline_before and toks[start - 1].text not in {".", "!", "?", "…"}:
        start -= 1
    end = i + 1
    while end < len(toks) and not toks[end].newline_before and toks[end - 1].text not in {".", "!", "?", "…"}:
        end += 1
    return start, end
