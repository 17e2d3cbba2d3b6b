"""The nominative form of a title: its head phrase inflected, the rest kept as the text wrote it.

``morphology.nominative_phrase`` does the inflection; what is added here is title-shaped: quotes around
the head phrase, an apposition after a dash, a lexicon-guided head for words pymorphy only guesses.
"""

from __future__ import annotations

from summitkit.lexicons.head_nouns import NOUNS
from summitkit.morphology import nominative_phrase, parses, restore_shape
from summitkit.titles.words import (
    DASHES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    Tok,
    cases_of,
    info,
    is_abbreviation,
    is_adjective,
    is_noun,
)

__all__ = ["dative_title", "nominative_title", "singular_head", "singular_phrase"]


def nominative_title(text: str, toks: tuple[Tok, ...], first: int, head: int, last: int, case: str | None) -> str:
    """The title with its head phrase in the nominative (``nominative_phrase``), the rest as written.

    Quotes around the head phrase itself ('"дорожную карту" по ...') are dropped; an apposition right
    after the head behind a dash is put in the nominative too ("механизм – Совещание министров").
    """
    lead = first
    while lead < head and toks[lead].text in QUOTES_OPEN + '"':
        lead += 1
    inflect_from = lead
    while inflect_from < head and info(toks[inflect_from].text).top_pos == "ADVB":
        inflect_from += 1
    prefix = text[toks[lead].start : toks[inflect_from].start]
    head_phrase = text[toks[inflect_from].start : toks[head].end]
    phrase = _guessed_modifiers(toks, inflect_from, head, case) or nominative_phrase(head_phrase, case)
    out = prefix + _capitalised_parts(_lexicon_head(phrase, toks[head].text, case), head_phrase)
    rest_from = head + 1
    if rest_from <= last and toks[rest_from].text in QUOTES_CLOSE + '"' and lead > first:
        rest_from += 1
    if rest_from <= last:
        gap_start = toks[head].end if rest_from == head + 1 else toks[rest_from - 1].end
        rest = text[gap_start : toks[last].end]
        if toks[rest_from].text in DASHES and rest_from + 1 <= last:
            # Apposition: "механизма – Совещания министров ..." -> "механизм – Совещание министров ...".
            app = rest_from + 1
            app_head = app
            while app_head < last and is_adjective(toks[app_head]) and not is_noun(toks[app_head]):
                app_head += 1
            if is_noun(toks[app_head]) and not is_abbreviation(toks[app_head]):
                lead_gap = text[gap_start : toks[app].start]
                phrase = text[toks[app].start : toks[app_head].end]
                tail = text[toks[app_head].end : toks[last].end]
                rest = lead_gap + nominative_phrase(phrase, case if case != "accs" else None) + tail
        elif case not in {None, "nomn"}:
            bracket = next((k for k in range(rest_from, last) if toks[k].text == "("), None)
            if bracket is not None:
                rest = _bracketed_nominative(text, toks, bracket, last, gap_start, case) or rest
        out += rest
    out = _balance_quotes(" ".join(out.split()))
    return out[:1].upper() + out[1:]


def _bracketed_nominative(
    text: str, toks: tuple[Tok, ...], bracket: int, last: int, gap_start: int, case: str | None
) -> str | None:
    """ "Плана действий («дорожной карты») по ...": another name of the document in brackets stands in the
    title's case, and goes to the nominative with it. None when the bracket holds no document noun phrase.
    """
    app = bracket + 1
    if app <= last and toks[app].text in QUOTES_OPEN + '"':
        app += 1
    app_head = app
    while app_head < last and is_adjective(toks[app_head]) and not is_noun(toks[app_head]):
        app_head += 1
    if app_head > last or not info(toks[app_head].text).noun_lemmas & NOUNS.documents:
        return None
    if not cases_of(toks[app_head]) & {case}:
        return None  # "Договор (Соглашение ...)": a name of its own, as written
    phrase = nominative_phrase(text[toks[app].start : toks[app_head].end], case if case != "accs" else None)
    return text[gap_start : toks[app].start] + phrase + text[toks[app_head].end : toks[last].end]


def _capitalised_parts(phrase: str, original: str) -> str:
    """Keep every capital of a hyphenated name the text wrote ("Нью-Делийскую" -> "Нью-Делийская", not
    "Нью-делийская": the inflection restores the first capital only).
    """
    written = {w.split("-")[0].lower() for w in original.split() if "-" in w and w.split("-")[1][:1].isupper()}
    if not written:
        return phrase
    words = phrase.split(" ")
    for i, word in enumerate(words):
        parts = word.split("-")
        if len(parts) > 1 and parts[0].lower() in written:
            words[i] = "-".join(part[:1].upper() + part[1:] for part in parts)
    return " ".join(words)


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
    lexicon = NOUNS.heads
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


def singular_head(word: str) -> str:
    """The nominative singular of a plural head noun ("соглашения" -> "Соглашение")."""
    for p in parses(word.lower()):
        if p.tag.POS == "NOUN":
            form = p.inflect({"nomn", "sing"})
            if form is not None:
                return restore_shape(form.word, word.capitalize())
    return word.capitalize()


def singular_phrase(toks: tuple[Tok, ...], first: int, head: int) -> str:
    """The nominative singular of a plural head phrase, its adjectives agreeing ("межправительственных
    соглашений" -> "Межправительственное соглашение"): what each document of a coordinated plural title is
    called. A count before the head is dropped ("двух соглашений"); anything else keeps the bare head.
    """
    words = [toks[k].text for k in range(first, head) if not _numeral(toks[k].text)]
    nouns = [p for p in parses(toks[head].text.lower()) if p.tag.POS == "NOUN"]
    plural = [(p, p.tag.case) for p in nouns if p.tag.number == "plur"]
    counted = [(p, None) for p in nouns if p.tag.number == "sing" and p.tag.case == "gent"]  # "2 новых меморандума"
    for noun, case in plural + counted:
        one = noun.inflect({"nomn", "sing"})
        if one is None:
            continue
        grams = {"nomn", "sing", one.tag.gender or "masc"}
        forms = [_agreeing(word, case, grams) for word in words]
        if all(form is not None for form in forms):
            out = " ".join([*(f for f in forms if f is not None), restore_shape(one.word, toks[head].text)])
            return out[:1].upper() + out[1:]
    return singular_head(toks[head].text)


def _guessed_modifiers(toks: tuple[Tok, ...], first: int, head: int, case: str | None) -> str | None:
    """ "Астанинской декларации" -> "Астанинская декларация": where pymorphy also guesses a modifier a
    surname (so ``nominative_phrase`` may take it for the head), the head noun is inflected and the
    modifiers agree with it. None when no modifier is such a guess.
    """
    if head == first or not any("Surn" in p.tag for k in range(first, head) for p in parses(toks[k].text.lower())):
        return None
    for noun in parses(toks[head].text.lower()):
        if noun.tag.POS != "NOUN" or (case is not None and noun.tag.case != case):
            continue
        number = noun.tag.number or "sing"
        one = noun.inflect({"nomn", number})
        if one is None:
            continue
        grams = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", one.tag.gender or "masc"}
        forms = [_agreeing(toks[k].text, noun.tag.case, grams, number) for k in range(first, head)]
        if all(form is not None for form in forms):
            return " ".join([*(f for f in forms if f is not None), restore_shape(one.word, toks[head].text)])
    return None


def _numeral(word: str) -> bool:
    return word.isdigit() or any(p.tag.POS == "NUMR" for p in parses(word.lower())[:1])


def _agreeing(word: str, case: str | None, grams: set[str], number: str = "plur") -> str | None:
    """An adjective of ``case`` (any, if None) and ``number`` put in ``grams`` (the nominative the head takes)."""
    for p in parses(word.lower()):
        if p.tag.POS in {"ADJF", "PRTF"} and p.tag.number == number and case in {p.tag.case, None}:
            form = p.inflect(grams)
            if form is not None:
                spelled = form.word if "ё" in word.lower() else form.word.replace("ё", "е")
                return restore_shape(spelled, word)
    return None


def dative_title(title: str) -> str:
    """A nominative title's head phrase in the dative ("Соглашение о ..." -> "Соглашению о ...", "Совместное
    заявление" -> "Совместному заявлению"), for "Протокол к нему"; the rest as written.
    """
    words = title.split(" ")
    for i, word in enumerate(words):
        nouns = [p for p in parses(word.lower()) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        if not nouns:
            continue
        noun = nouns[0]
        form = noun.inflect({"datv", noun.tag.number or "sing"})
        if form is None:
            return title
        grams = {"datv", "plur"} if noun.tag.number == "plur" else {"datv", "sing", noun.tag.gender or "masc"}
        modifiers = [_agreeing(w, "nomn", grams, noun.tag.number or "sing") for w in words[:i]]
        if any(m is None for m in modifiers):
            return title
        head = [m for m in modifiers if m is not None] + [restore_shape(form.word, word)]
        return " ".join(head + words[i + 1 :])
    return title
