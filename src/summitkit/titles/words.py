"""Tokens and what pymorphy says about them, reduced to the questions the title grammar asks.

The grammar walks razdel's tokens of the whole text (computed once per Document) and asks of each:
a noun, an adjective, a verb, an abbreviation, a number, in which cases? pymorphy's analyses are cached
per word form, so these questions are cheap; no sentence is morph-tagged here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from summitkit.document import Document
from summitkit.lexicons.documents import ANAPHORIC
from summitkit.lexicons.head_nouns import NOUNS, on_change
from summitkit.morphology import parses
from summitkit.nlp import WORD_FORMS

__all__ = [
    "ALL_CASES", "DASHES", "QUOTES_CLOSE", "QUOTES_OPEN", "ROMAN", "Tok", "WordInfo", "agreed_cases", "cases_of",
    "compound_head", "head_lemma",
    "info", "is_abbreviation", "is_adjective", "is_noun", "is_number", "is_verb", "is_word", "lemma_in",
    "modifies_next", "opens_quote", "tokens",
]  # fmt: skip

ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
QUOTES_OPEN = "«“„"
QUOTES_CLOSE = "»”"
DASHES = frozenset({"-", "–", "—", "―", "−"})
_ADJ_POS = frozenset({"ADJF", "PRTF"})
_VERB_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})

#: Head nouns of titles, for the ones pymorphy does not know (rebound when a plugin adds one, see the end).
HEAD_NOUNS = NOUNS.heads
ROMAN = re.compile(r"^[IVXLC]+$")
_CODE = re.compile(r"^[A-ZА-ЯЁ]{1,5}\d{1,3}$")
#: "ГЭС-1", "CASA-1000", "Су-35": a name with a number after a hyphen, indeclinable like an acronym.
_NUMBERED_NAME = re.compile(r"^[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*-\d+[A-Za-zА-Яа-яЁё]?$")
#: "Китай–Кыргызстан–Узбекистан": capitalised names joined by dashes into one token, an indeclinable name.
_DASHED_NAME = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]+(?:[-–—][A-ZА-ЯЁ][a-zа-яё]+)*[–—][A-ZА-ЯЁ][a-zа-яё]+$")
#: "Нью-Делийская", "Улан-Баторский": a hyphenated word of capitalised parts is a name's adjective, not an acronym.
_CAPITALISED_PARTS = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)+$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?(?:[-–—]\d+)?$")
_WORDLIKE = re.compile(r"^(?:\d+-)?[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё\-]*$")  # "80-летие" too

# -- tokens and word analysis -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tok:
    """A razdel token of the whole text, with its position and whether a line break precedes it.

    ``word`` and ``abbreviation`` answer ``is_word`` and ``is_abbreviation``, which the grammar asks of
    every token again and again: once per token, where the tokens are made.
    """

    index: int
    start: int
    end: int
    text: str
    newline_before: bool
    word: bool
    abbreviation: bool


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
            word = token.text
            out.append(
                Tok(
                    len(out),
                    token.start,
                    token.end,
                    word,
                    "\n" in gap or not out,
                    _is_word_text(word),
                    _is_abbreviation_text(word),
                )
            )
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


#: The grammatical sets of word forms (cases, parts of speech, grammemes) take few distinct values: each
#: is kept once and shared by every WordInfo, instead of one copy per cached word form.
_GRAMMAR_SETS: dict[frozenset[str], frozenset[str]] = {}


def _shared(values: Iterable[str]) -> frozenset[str]:
    found = frozenset(values)
    return _GRAMMAR_SETS.setdefault(found, found)


@lru_cache(maxsize=WORD_FORMS)
def info(word: str) -> WordInfo:
    """Plausible analyses of a word (score >= 0.05, and always the first one)."""
    analyses = parses(word.lower())
    if word.lower() in HEAD_NOUNS and all(p.tag.POS is None for p in analyses):
        return _lexicon_noun(word.lower())
    # A head noun keeps its whole paradigm: "резолюции" is a nominative plural too, however rare pymorphy finds it.
    surnames = {p.normal_form for p in analyses[:1] if "Surn" in p.tag}
    plausible = [
        p
        for i, p in enumerate(analyses)
        if i == 0
        or p.score >= 0.05
        or (p.tag.POS == "NOUN" and p.normal_form in HEAD_NOUNS)
        or (p.tag.POS == "ADJF" and p.normal_form in surnames)  # "Астанинской": guessed a surname first
    ]
    noun_cases = {p.tag.case for p in plausible if p.tag.POS == "NOUN" and p.tag.case}
    adj_cases = {p.tag.case for p in plausible if p.tag.POS in _ADJ_POS | {"NUMR"} and p.tag.case}
    tags: set[str] = set()
    for p in plausible:
        tags.update(str(g) for g in p.tag.grammemes)
    found = WordInfo(
        lemmas=frozenset(p.normal_form for p in plausible),
        noun_lemmas=frozenset(p.normal_form for p in plausible if p.tag.POS == "NOUN"),
        pos=_shared(str(p.tag.POS) for p in plausible),
        top_pos=str(plausible[0].tag.POS) if plausible else None,
        noun_cases=_shared(noun_cases),
        adj_cases=_shared(adj_cases),
        numbers=_shared(p.tag.number for p in plausible if p.tag.POS == "NOUN" and p.tag.number),
        tags=_shared(tags),
    )
    return _with_compound_head(word.lower(), found)


def _stem(lemma: str) -> str:
    return lemma[:-1] if lemma[-1] in "аяоеьйи" else lemma


def _compound_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        r"^(?:[^\W\d_]{2,}[оа]|[^\W_]+-)(?P<head>(?:"
        + "|".join(sorted({_stem(n) for n in heads if n.isalpha() and len(_stem(n)) >= 3}, key=len, reverse=True))
        + r")[а-яё]{0,3})$"
    )


#: A compound whose last part is a head noun in any form: "агрохаба", "энергохаб", "IT-хабом". The first part
#: is a combining form ending in -о or -а ("агро", "энерго", "медиа") or any word before a hyphen.
_COMPOUND = _compound_pattern(HEAD_NOUNS)


def _with_compound_head(word: str, found: WordInfo) -> WordInfo:
    """A compound pymorphy only guesses ("агрохаб" as an animate name, "энергохаб" not at all) stands in the
    cases its head noun does: the head's analyses are added to the guess."""
    match = _COMPOUND.match(word)
    if match is None or word.startswith(_NAME_FORMS):
        return found
    head = info(match["head"])
    if not head.noun_lemmas & HEAD_NOUNS:
        return found
    return replace(
        found,
        lemmas=found.lemmas or frozenset({word}),
        noun_lemmas=found.noun_lemmas or frozenset({word}),
        pos=(found.pos - {"None"}) | {"NOUN"},
        top_pos=found.top_pos if found.top_pos not in {None, "None"} else "NOUN",
        noun_cases=found.noun_cases | head.noun_cases,
        numbers=found.numbers | head.numbers,
    )


def _lexicon_noun(lemma: str) -> WordInfo:
    """A lexicon head pymorphy does not know ("хаб"): the nominative or accusative singular of itself."""
    return WordInfo(
        lemmas=frozenset({lemma}),
        noun_lemmas=frozenset({lemma}),
        pos=frozenset({"NOUN"}),
        top_pos="NOUN",
        noun_cases=frozenset({"nomn", "accs"}),
        adj_cases=frozenset(),
        numbers=frozenset({"sing"}),
        tags=frozenset({"NOUN", "inan", "sing"}),
    )


def is_word(tok: Tok) -> bool:
    """A word of letters (and hyphens), not punctuation or a number."""
    return tok.word


@lru_cache(maxsize=WORD_FORMS)
def _is_word_text(text: str) -> bool:
    return bool(_WORDLIKE.match(text))


def is_abbreviation(tok: Tok) -> bool:
    """ШОС, ЕАЭС, РФ, РУз, АО: indeclinable names written in capitals."""
    return tok.abbreviation


@lru_cache(maxsize=WORD_FORMS)
def _is_abbreviation_text(text: str) -> bool:
    """The grammar asks this of every token again and again: answered once per word form."""
    if _CODE.match(text) or _NUMBERED_NAME.match(text) or _DASHED_NAME.match(text):
        return True  # "G20", "C5", "ГЭС-1", "Китай–Кыргызстан–Узбекистан"
    return (
        len(text) >= 2
        and _is_word_text(text)
        and sum(c.isupper() for c in text) >= 2
        and not ROMAN.match(text)
        and not _CAPITALISED_PARTS.match(text)
    )


def is_number(tok: Tok) -> bool:
    """A number, a range of numbers or a Roman numeral."""
    return bool(_NUMBER.match(tok.text)) or bool(ROMAN.match(tok.text))


def is_verb(tok: Tok) -> bool:
    """A verb form by its likeliest analysis (finite, infinitive, short participle, gerund)."""
    return is_word(tok) and not is_abbreviation(tok) and info(tok.text).top_pos in _VERB_POS


def is_adjective(tok: Tok) -> bool:
    """An adjective or a participle that can agree with a noun (not a pronoun or an anaphoric word)."""
    if not is_word(tok) or is_abbreviation(tok):
        return False
    i = info(tok.text)
    return bool(i.adj_cases) and "Apro" not in i.tags and not i.lemmas & ANAPHORIC


def is_noun(tok: Tok) -> bool:
    """A noun (or an abbreviated name) by its plausible analyses."""
    if is_abbreviation(tok):
        return True  # before is_word: "ГЭС-1" has a digit
    if not is_word(tok):
        return False
    i = info(tok.text)
    if i.noun_cases and tok.text[:1].isupper() and i.top_pos in _VERB_POS:
        return True  # "в Устав", not the gerund of "устать"
    return bool(i.noun_cases) and i.top_pos not in _VERB_POS | {"PREP", "CONJ", "PRCL", "ADVB", "NPRO"}


def modifies_next(toks: tuple[Tok, ...], j: int) -> bool:
    """ "к мировому сообществу", "Астанинской декларации": an adjective by its likeliest reading, or one
    pymorphy guesses a surname first, before a noun in its case modifies that noun.
    """
    here = info(toks[j].text)
    if j + 1 >= len(toks) or toks[j + 1].newline_before or not (here.top_pos in _ADJ_POS or "Surn" in here.tags):
        return False
    nxt = toks[j + 1]
    return is_noun(nxt) and info(nxt.text).top_pos == "NOUN" and bool(here.adj_cases & cases_of(nxt))


def lemma_in(tok: Tok, lexicon: Iterable[str]) -> bool:
    """Is one of the word's plausible lemmas in ``lexicon``."""
    return is_word(tok) and bool(info(tok.text).lemmas & frozenset(lexicon))


def head_lemma(tok: Tok, lexicon: frozenset[str]) -> str | None:
    """The lexicon lemma of a noun token, or None."""
    if not tok.word or tok.abbreviation:
        return None
    return _head_lemma_text(tok.text, lexicon)


@lru_cache(maxsize=WORD_FORMS)
def _head_lemma_text(text: str, lexicon: frozenset[str]) -> str | None:
    """``head_lemma`` of a word (neither an abbreviation nor other than a word), once per word form and lexicon."""
    found = info(text).noun_lemmas & lexicon
    if found:
        return min(found)
    return compound_head(text.lower(), lexicon)


#: Combining forms that make a fused word a name of its own rather than a kind of its last part
#: ("Еврокомиссия" is one body, not a new commission).
_NAME_FORMS = ("евро",)


@lru_cache(maxsize=WORD_FORMS)
def compound_head(word: str, lexicon: frozenset[str]) -> str | None:
    """The lexicon noun a compound ends in: "медиахолдинг" (медиа-холдинг), "агрокластера", "IT-хаб".

    A hyphen, or a combining form of three letters or more ending in -о or -а ("агро", "техно", "медиа",
    "энерго"), joins a first part to a lexicon noun, which heads the compound and gives its meaning.
    """
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        found = info(last).noun_lemmas & lexicon if last else frozenset()
        return min(found) if found else None
    for lemma in sorted(info(word).noun_lemmas):
        for k in range(3, len(lemma) - 2):
            if lemma[k - 1] in "оа" and lemma[k:] in lexicon and not lemma.startswith(_NAME_FORMS):
                return lemma[k:]
    return None


def cases_of(tok: Tok) -> frozenset[str]:
    """Cases a nominal token can stand in (every case for an indeclinable abbreviation)."""
    if is_abbreviation(tok):
        return ALL_CASES
    i = info(tok.text)
    return i.noun_cases | i.adj_cases


@lru_cache(maxsize=WORD_FORMS)
def agreed_cases(adjective: str, noun: str) -> frozenset[str]:
    """Cases in which an adjective and a noun agree in case, number and gender ("цифровой трансформации":
    genitive, dative, locative singular, not the nominative plural that "трансформации" alone allows).
    """
    nouns = {(p.tag.case, p.tag.number, p.tag.gender) for p in parses(noun.lower()) if p.tag.POS == "NOUN"}
    found = set()
    for p in parses(adjective.lower()):
        if p.tag.POS not in _ADJ_POS or p.tag.case is None:
            continue
        for case, number, gender in nouns:
            if case == p.tag.case and number == p.tag.number and (number == "plur" or p.tag.gender in {gender, None}):
                found.add(case)
    return frozenset(found)


def opens_quote(toks: tuple[Tok, ...], i: int) -> int | None:
    """Where a quoted name that opens at ``i`` closes (its closing quote's index), or None.

    « » are unambiguous; a straight quote opens a name only before a capital letter or a digit.
    """
    if i >= len(toks):
        return None
    text = toks[i].text
    opens_name = i + 1 < len(toks) and (toks[i + 1].text[:1].isupper() or toks[i + 1].text[:1].isdigit())
    if text in QUOTES_OPEN or (text == '"' and opens_name):
        closing = QUOTES_CLOSE + '"' if text == '"' else QUOTES_CLOSE + '"“'
        depth = 0
        for j in range(i + 1, min(len(toks), i + 30)):
            if toks[j].newline_before:
                return None
            if toks[j].text in QUOTES_OPEN and text != '"' and toks[j].text != "“":
                depth += 1
            elif toks[j].text in closing:
                if depth == 0:
                    return j
                depth -= 1
        return None
    return None


@on_change
def _heads_changed() -> None:
    """A plugin added a head noun: what was derived from the heads is derived again, and the per-word answers
    that depend on them are forgotten."""
    global HEAD_NOUNS, _COMPOUND
    HEAD_NOUNS = NOUNS.heads
    _COMPOUND = _compound_pattern(HEAD_NOUNS)
    info.cache_clear()
    compound_head.cache_clear()
    _head_lemma_text.cache_clear()
