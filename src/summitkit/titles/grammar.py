"""The title grammar: where a title of a document or an institution stops, after its head noun.

A title is a noun phrase around a head noun from a lexicon ("соглашение", "центр"): agreeing adjectives
before it, and after it a chain of genitive phrases, prepositional phrases ("о ...", "по ...", "между
...", "в области ..."), quoted names and coordinated words in the same case. It stops at the first token
that cannot continue the phrase (a verb, a clause comma, a new document noun, a bracket, a line end),
and before the setting ("в ходе саммита", "в Ташкенте", "в 2024 году"). Hand-written because yargy
cannot say where such open-ended titles stop without a grammar as large as this one, and runs slower.
"""

from __future__ import annotations

from summitkit.lexicons.documents import (
    CREATION_NOUNS,
    DOTTED_ABBREVIATIONS,
    GENERIC_DOCUMENT_NOUNS,
    INCLUSIONS,
    MEASURE_NOUNS,
    MONTHS,
    OUTCOME_STATEMENTS,
    PURPOSE_PREPOSITIONS,
    QUANTIFIERS,
    STATUS_NOUNS,
    STATUS_VERBS,
    SUBJECT_NOUNS,
    TITLE_PREPOSITIONS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.morphology import parses
from summitkit.titles.noun_phrase import noun_phrase
from summitkit.titles.quantities import declared_year, is_verbal_noun, quantity_end, year_after_verbal_noun
from summitkit.titles.settings import dated_reference, ends_in_period, is_purpose, is_setting, reported_period
from summitkit.titles.words import (
    DASHES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    ROMAN,
    Tok,
    cases_of,
    head_lemma,
    info,
    is_abbreviation,
    is_adjective,
    is_noun,
    is_number,
    is_verb,
    is_word,
    lemma_in,
    opens_quote,
)

__all__ = ["read_tail"]


def _amendments(toks: tuple[Tok, ...], head: int, k: int) -> bool:
    """ "изменения и дополнения", "изменений и дополнений": two nouns of amending joined by "и" are one
    document's name, not two documents.
    """
    return k < len(toks) and all(
        info(toks[m].text).noun_lemmas & NOUNS.plural_documents - {"направление", "правило"} for m in (head, k)
    )


def _is_new_head(toks: tuple[Tok, ...], i: int, lexicon: frozenset[str]) -> bool:
    """Does a phrase at ``i`` begin with (adjectives and) a lexicon head noun: a new title, not a continuation."""
    j = i
    while j < len(toks) and j < i + 5:
        t = toks[j]
        if t.text in QUOTES_OPEN or t.text == '"':
            j += 1
            continue
        lemma = head_lemma(t, lexicon | GENERIC_DOCUMENT_NOUNS | CREATION_NOUNS)
        if lemma is not None:
            # not "изменений и дополнений в ...": in an oblique case those name no document of their own
            return lemma not in NOUNS.plural_documents or bool(cases_of(t) & {"nomn", "accs"})
        if is_adjective(t) and (not is_noun(t) or t.text[:1].isupper()):
            j += 1  # "и Алматинскую хартию": a capitalised adjective pymorphy also guesses as a noun
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
    last_cases = chain = cases_of(toks[head])
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
        if word == "за" and reported_period(toks, j + 1):
            last = j + 2 + (toks[j + 3].text == "." if j + 3 < n and toks[j + 2].text in {"г", "гг"} else 0)
            j = last + 1  # "отчёт об исполнении бюджета за 2024 год"
            continue
        if t.text == "(" and (last > head or _named_in_brackets(toks, j, lexicon)):
            close = _bracketed_name(toks, j, lexicon)
            if close is None:
                break
            last, j = close, close + 1  # "план действий («дорожная карта») по ..."
            continue
        if word in TITLE_PREPOSITIONS and is_word(t):
            if proposal and (word in PURPOSE_PREPOSITIONS or is_purpose(toks, j)):
                break
            if _inclusion_at(toks, j):
                break  # "ряд решений, в частности, о ...": what picks some of them, not a complement
            dated = dated_reference(toks, j)
            if dated is not None:
                last, j = dated, dated + 1  # "в Соглашение от 10 октября 2014 года о ...": a date inside
                continue
            if is_setting(toks, j) and not _outcome_of(toks, head, j):
                break
            if (
                word in {"к", "на"}
                and j + 1 < n
                and is_word(toks[j + 1])
                and info(toks[j + 1].text).noun_lemmas & STATUS_NOUNS.keys()
            ):
                break  # "подготовить Программу ... к подписанию", "вынести на утверждение": what is done with it
            np = noun_phrase(toks, j + 1, after_preposition=True)
            if np is None:
                break
            last, j = np[0] - 1, np[0]
            last_cases = chain = np[1]
            continue
        if t.text in DASHES and j + 1 < n and t.start > toks[j - 1].end:
            np = noun_phrase(toks, j + 1, after_preposition=False)
            if np is not None and np[1] & last_cases and not is_verb(toks[j + 1]):
                last, j = np[0] - 1, np[0]
                last_cases = np[1]
                chain = chain | np[1]
                continue
            break
        joins_noun = word == "и" and j + 1 < n and toks[j + 1].text.lower() not in TITLE_PREPOSITIONS
        if (t.text == "," or joins_noun) and ends_in_period(toks, last):
            break  # "бюджет на 2027 год, отчёт ...", "... на 2026 год и отчёт ...": a title ends with its period
        if t.text == "," and not distributive and last > head:
            end = _participle_phrase(toks, j + 1, last_cases)
            if end is not None:
                last, j = end, end + 1  # "... легализации доходов, полученных преступным путем"
                continue
        if t.text == "," or word in {"и", "а"}:
            k = j + 1
            if word == "а" or (t.text == "," and k < n and toks[k].text.lower() == "а"):
                break  # "..., а также X": a new item or a new clause
            if t.text == "," and k < n and toks[k].text.lower() == "и":
                break
            splits = t.text == "," or (k < n and toks[k].text.lower() in TITLE_PREPOSITIONS)
            splits = splits or (distributive and opens_quote(toks, k) is not None)  # '"Об X" и "О Y"'
            if distributive and splits:
                complements.append((comp_start, last))
                comp_start = k
                j = k
                continue
            amends = word == "и" and j == head + 1 and _amendments(toks, head, k)  # "изменения и дополнения в ..."
            if k >= n or toks[k].newline_before:
                break
            if _is_new_head(toks, k, lexicon) and not _education(toks[k], last_cases) and not amends:
                break
            if lemma_in(toks[k], QUANTIFIERS) and _is_new_head(toks, k + 1, lexicon):
                break  # "Совместное заявление и ряд межправительственных соглашений": a count of others
            names = (
                "gent" in last_cases
                or opens_quote(toks, k + 1) is not None
                or toks[j - 1].text in QUOTES_CLOSE + '"'
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
            np = noun_phrase(toks, k, after_preposition=False)
            if np is None or is_verb(toks[k]) or not (np[1] & chain) or _creation(toks[np[0] - 1], last_cases):
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
        if t.text in {"№", "N"} and j + 1 < n and is_number(toks[j + 1]) and not toks[j + 1].newline_before:
            last, j = j + 1, j + 2  # "Протокол № 2 к Соглашению ..."
            continue
        year = declared_year(toks, j, last)
        if year is not None:
            last, j = year, year + 1  # "об объявлении 2027 года Годом экологии"
            continue
        end = quantity_end(toks, j) if is_noun(toks[j - 1]) else None
        if end is not None:
            last, j = end, end + 1  # "поставку 20 локомотивов", "мощностью 2,4 ГВт"
            continue
        if is_number(t) and ROMAN.match(t.text) is None:
            break
        if ROMAN.match(t.text) and j + 1 < n and not toks[j + 1].newline_before:
            np = noun_phrase(toks, j + 1, after_preposition=False)
            if np is not None and "gent" in np[1]:
                last, j = np[0] - 1, np[0]  # "Протокол XXV заседания": an ordinal in Roman numerals
                last_cases = frozenset({"gent"})
                chain = chain | last_cases
                continue
        if lemma_in(t, MEASURE_NOUNS) and "ablt" in info(t.text).noun_cases:
            end = quantity_end(toks, j + 1)
            if end is not None:
                last, j = end, end + 1  # "АЭС мощностью 2,4 ГВт"
                continue
        pair = _place_pair(toks, j)
        if pair is not None:
            last, j = pair, pair + 1  # "Центр сотрудничества Китай – Центральная Азия по ...": a pair's name
            continue
        np = noun_phrase(toks, j, after_preposition=False, possessive=True)
        if np is not None and not is_verb(t):
            noun = toks[np[0] - 1]
            if lemma_in(noun, SUBJECT_NOUNS) and np[0] < n and is_verb(toks[np[0]]) and not is_adjective(toks[np[0]]):
                break  # "в декларации стороны осудили ...": the subject of the clause, not a genitive
            if "gent" in np[1] and not lemma_in(noun, MONTHS):
                last, j = np[0] - 1, np[0]
                last_cases = frozenset({"gent"})
                chain = chain | last_cases
                continue
            acts = is_verbal_noun(toks[last]) or year_after_verbal_noun(toks, last)
            if np[1] & {"datv", "ablt"} and acts and head_lemma(noun, CREATION_NOUNS) is None:
                # "противодействие вызовам", "использование ИИ государствами": a verbal noun's objects.
                last, j = np[0] - 1, np[0]
                last_cases = np[1] & {"datv", "ablt"}
                chain = chain | last_cases
                continue
            prev = toks[j - 1]
            named = all(toks[m].text[:1].isupper() for m in range(j, np[0])) and np[0] <= j + 2
            if prev.text[:1].isupper() and named and _proper(toks[np[0] - 1]):
                last, j = np[0] - 1, np[0]  # "Республикой Узбекистан", "Королевством Саудовская Аравия"
                continue
        break
    if distributive:
        complements.append((comp_start, last))
    return last, complements


def _bracketed_name(toks: tuple[Tok, ...], i: int, lexicon: frozenset[str]) -> int | None:
    """The closing bracket of another name of the title at ``i``: a quoted name, a document noun phrase or
    an abbreviation ("(«дорожная карта»)", "(ЕАЭС)"), or a period the title goes on after; not a remark
    ("(до 2030 года)", "(подписан в 2019 г.)").
    """
    inside: list[Tok] = []
    for j in range(i + 1, min(len(toks), i + 10)):
        t = toks[j]
        if t.newline_before or t.text == "(":
            return None
        if t.text == ")":
            break
        inside.append(t)
    else:
        return None
    if not inside or any(is_verb(t) for t in inside):
        return None
    quoted = opens_quote(toks, i + 1) == i + len(inside)
    named = head_lemma(inside[-1], lexicon) is not None and all(is_adjective(t) for t in inside[:-1])
    if quoted or named or all(is_abbreviation(t) for t in inside):
        return i + len(inside) + 1
    close = i + len(inside) + 1
    goes_on = close + 1 < len(toks) and toks[close + 1].text.lower() in TITLE_PREPOSITIONS
    if goes_on and ends_in_period(toks, close - 1) and is_number(inside[0]) and not toks[close + 1].newline_before:
        return close  # "План действий (2026–2028 гг.) по реализации ...": the period inside, the title goes on
    return None


def _named_in_brackets(toks: tuple[Tok, ...], i: int, lexicon: frozenset[str]) -> bool:
    """ "Дорожная карта («План действий») на ...": right after the head, a bracket holds another name of the
    title only when it opens with a quote or a document noun, not an abbreviation ("Договор (ОДКБ)").
    """
    return i + 1 < len(toks) and (opens_quote(toks, i + 1) is not None or head_lemma(toks[i + 1], lexicon) is not None)


def _participle_phrase(toks: tuple[Tok, ...], k: int, cases: frozenset[str]) -> int | None:
    """A participle phrase after a comma that describes the title's last noun ("доходов, полученных
    преступным путем"): a full participle in that noun's case, not a status verb's ("подписанное ..."),
    then a few words up to the clause's end. Returns its last token, or None.
    """
    n = len(toks)
    if k >= n or not is_word(toks[k]) or toks[k].newline_before or lemma_in(toks[k], STATUS_VERBS):
        return None
    parts = [p for p in parses(toks[k].text.lower()) if p.tag.POS == "PRTF" and p.tag.case in cases]
    if not parts or info(toks[k].text).top_pos != "PRTF" or cases <= {"nomn", "accs"}:
        return None
    j = k + 1
    while j < n and j <= k + 6 and not toks[j].newline_before and (is_word(toks[j]) or is_number(toks[j])):
        if is_verb(toks[j]) and not is_adjective(toks[j]):
            return None
        j += 1
    end_ok = j >= n or toks[j].text in {".", ";", ",", "»", ")", "!", "?"} or toks[j].newline_before
    return j - 1 if end_ok and j > k + 1 else None


def _outcome_of(toks: tuple[Tok, ...], head: int, j: int) -> bool:
    """ "заявление по итогам встречи ...": a statement is named after the meeting it sums up."""
    return (
        toks[j].text.lower() == "по"
        and j + 1 < len(toks)
        and lemma_in(toks[j + 1], {"итог"})
        and head_lemma(toks[head], OUTCOME_STATEMENTS) is not None
    )


def _creation(tok: Tok, joined_cases: frozenset[str]) -> bool:
    """A noun of creating after "и" starts a new proposal ("и создание ...")."""
    return lemma_in(tok, CREATION_NOUNS) and not _education(tok, joined_cases)


def _education(tok: Tok, joined_cases: frozenset[str]) -> bool:
    """ "в сфере здравоохранения и образования": "образования" joined to a genitive is education, not forming."""
    return "gent" in joined_cases and "gent" in cases_of(tok) and bool(info(tok.text).noun_lemmas & {"образование"})


def _inclusion_at(toks: tuple[Tok, ...], j: int) -> bool:
    """ "в частности", "в том числе", "в их числе" at ``j``."""
    words = [t.text.lower() for t in toks[j : j + 3]]
    return any(" ".join(words[:n]) in INCLUSIONS for n in (2, 3))


def _place(toks: tuple[Tok, ...], j: int) -> int | None:
    """A capitalised place name at ``j`` ("Китай", "Центральная Азия"): its last token, or None."""
    for k in (j, j + 1):
        if k >= len(toks) or not is_word(toks[k]) or not toks[k].text[:1].isupper() or toks[k].newline_before:
            return None
        if "Geox" in info(toks[k].text).tags and "nomn" in info(toks[k].text).noun_cases:
            return k
    return None


def _place_pair(toks: tuple[Tok, ...], j: int) -> int | None:
    """ "Китай – Центральная Азия" unquoted after a noun: two places in the nominative joined by a spaced dash
    name the format ("Центр сотрудничества Китай – Центральная Азия"). Returns the pair's last token."""
    first = _place(toks, j)
    dash = first + 1 if first is not None else len(toks)
    if dash + 1 >= len(toks) or toks[dash].text not in DASHES or toks[dash].start == toks[dash - 1].end:
        return None
    return _place(toks, dash + 1)


def _proper(tok: Tok) -> bool:
    i = info(tok.text)
    return bool(i.tags & {"Geox", "Name", "Surn", "Orgn"}) or "UNKN" in i.pos
