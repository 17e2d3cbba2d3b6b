"""Finding amounts of money in a text: the number, its multiplier and its currency, with offsets.

natasha's MoneyExtractor knows only RUB, USD and EUR and misreads "$135 млрд" and "5,3млн" (see
DESIGN.md), so amounts are found by one compiled regex (a number or a multiplier word, a currency
sign or code around it), and the currency word after it is read by ``summitkit.money.amount_currency``
through the CLDR lexicon in ``summitkit.lexicons.currencies``. Only those candidates pay for
morphology (pymorphy, cached). Here: the grammar, and the steps that join, range and carry amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Context, Decimal, Inexact, InvalidOperation, getcontext
from functools import cache

from summitkit.document import Document
from summitkit.lexicons.currencies import SYMBOLS, iso_codes
from summitkit.lexicons.money import ANAPHORA, MULTIPLIERS, NUMBER_WORDS, VAGUE_QUANTIFIERS
from summitkit.money.amount_currency import (
    CURRENCY_SIGN,
    TAIL_TOKEN,
    currency_after,
    document_countries,
    main_country,
    sentence_countries,
)
from summitkit.money.lists import CURRENCY_IN_BRACKETS, blocks, cells, lead_of, same_list, unit_scopes
from summitkit.morphology import parses
from summitkit.text import fold

__all__ = ["WORD", "Mention", "find_amounts", "fold", "is_conversion"]

#: How far back (in characters) an elided currency may be found: "..., а к 2030 году – до 5 млрд".
ELLIPSIS_REACH = 300

#: Words that may stand between "(" and a converted amount: "(около $19 млрд)".
CONVERSION_GAP = re.compile(r"\s*\(\s*(?:[а-яё]+\s+){0,3}", re.IGNORECASE)

#: The same, written inline: "2 млрд юаней, или около $280 млн", "..., что эквивалентно $5 млн".
INLINE_CONVERSION_GAP = re.compile(
    r"\s*,?\s*(?:или|что\s+(?:эквивалентно|соответствует|составляет)|в\s+эквиваленте)\s+"
    r"(?:(?:около|примерно|более|свыше|почти|порядка|чуть|менее|меньше|больше)\s+){0,2}",
    re.IGNORECASE,
)

#: Joins two amounts that share one multiplier or currency: "1,5 и 2 млрд долларов".
COORDINATION_GAP = re.compile(
    r"\s*(?:и|или|либо|,|до|[-–—])\s*(?:(?:около|более|свыше|почти|примерно|порядка)\s+)?", re.IGNORECASE
)

#: A word: Cyrillic or Latin letters, hyphenated parts kept together.
WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:[-+][А-Яа-яЁёA-Za-z]+)*")

_NUMBER = r"\d{1,3}(?:,\d{3}){2,}(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)?"
_MULT = r"(?i:(?:трлн|млрд|млн|тыс)\.?(?![а-яё])|(?:трил+ион|миллиард|миллион|тысяч)[а-яё]*)"
_BARE = r"(?i:(?:пол)?(?:трил+ион|миллиард|миллион)[а-яё]*)"
_MULT_DOT = re.compile(r"(?i:трлн|млрд|млн|тыс)\.$")

#: A minus right before an amount: "минус 5 млрд", "−5 млрд" (U+2212), "-5 млрд" (a hyphen glued to the
#: number after a space or a bracket; "Казахстана - $1 млрд" and a dash "– 2 млрд" are not signs).
MINUS = re.compile(r"(?:(?<![\w-])минус\s+|(?<=[ \t(:;=/])-|−\s?)$", re.IGNORECASE)


#: Every amount starts with a sign, an ISO code, a digit or a multiplier word ("полмиллиона", "триллион"):
#: a lookahead for these lets the scan of a text skip at once every position no amount starts at.
_AMOUNT_START = r"(?=[\dA-Z$€₽£¥₸₹₩₺₼₴]|(?i:[птм]))"


@cache
def _amount_pattern() -> re.Pattern[str]:
    """The trigger: a number or multiplier word with a currency sign or code around it, one regex."""
    iso = "|".join(sorted(iso_codes()))
    return re.compile(
        rf"{_AMOUNT_START}(?<![\w.,])(?:(?P<pre>{CURRENCY_SIGN}|\b(?:{iso})(?![A-Za-z]))\s?)?"
        rf"(?:(?P<num>{_NUMBER})(?:\s?[-–—]\s?(?P<num2>{_NUMBER}))?\s?(?P<mid>{CURRENCY_SIGN})?\s?(?P<mult>{_MULT})?"
        rf"|(?P<bare>{_BARE}))"
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """An amount in the text: where it is, its value, its currency (None until resolved).

    While amounts are being read, ``amount`` is the number before its ``multiplier``; the mentions
    ``find_amounts`` returns carry the full value in ``amount``.
    """

    start: int
    end: int
    amount: Decimal | None
    multiplier: Decimal | None
    currency: str | None
    #: A minus before the amount ("минус 5 млрд"): the value is negative.
    negative: bool = False


def _number(raw: str) -> Decimal:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", digits):
        return Decimal(digits.replace(",", ""))
    return Decimal(digits.replace(",", "."))


def _multiplier(word: str) -> Decimal:
    folded = fold(word)
    return next(value for prefix, value in MULTIPLIERS.items() if folded.startswith(prefix))


def _number_words_before(text: str, start: int) -> tuple[Decimal, int] | None:
    """Number words right before ``start`` ("полтора", "двух"): their value (1 if none) and where they
    begin; None where a vague quantifier stands there ("сотни миллионов")."""
    total = Decimal(0)
    pos = start
    for m in reversed(list(WORD.finditer(text, max(0, start - 40), start))):
        if text[m.end() : pos].strip():
            break
        found = parses(fold(m.group()))
        if not found:
            break
        if total == 0 and any(str(p.normal_form) in VAGUE_QUANTIFIERS for p in found[:2]):
            return None
        # any parse may be the numeral: pymorphy reads "сто" first as the abbreviation СТО
        number = next((p for p in found if p.tag.POS in {"NUMR", "ADJF"} and str(p.normal_form) in NUMBER_WORDS), None)
        if number is None:
            break
        total += NUMBER_WORDS[str(number.normal_form)]
        pos = m.start()
    return (total or Decimal(1)), pos


# -- reading every amount -------------------------------------------------------------------------------


def _read(document: Document, m: re.Match[str]) -> Mention | None:
    """The mention one match of the trigger makes, its currency read where it is written."""
    text = document.text
    if m.group("bare"):
        bare = m.group("bare").lower()
        found_parse = parses(bare)
        words = _number_words_before(text, m.start())
        if words is None or (words[1] == m.start() and found_parse and found_parse[0].tag.number == "plur"):
            return None  # "сотни миллионов", "миллионы долларов": no amount
        amount, start = words
        if bare.startswith("пол"):
            amount, start = Decimal("0.5"), m.start()
        multiplier: Decimal | None = _multiplier(bare.removeprefix("пол"))
    else:
        start = m.start()
        amount = _number(m.group("num2") or m.group("num"))
        multiplier = _multiplier(m.group("mult")) if m.group("mult") else None
    symbol = (m.group("pre") or m.group("mid") or "").strip()
    end = m.start() + len(m.group().rstrip())
    if symbol:
        currency: str | None = SYMBOLS.get(symbol, symbol if symbol.isalpha() else "USD")
    else:

        def scopes() -> list[list[str]]:
            lead = lead_of(document, m.start())
            if lead is not None:  # "Беларусь – 80 млн рублей" under a lead: the item names a party, not a currency
                return [sentence_countries(document, *lead), document_countries(document)]
            sentence = document.sentence_at(m.start())
            return [sentence_countries(document, sentence.start, sentence.end), main_country(document)]

        currency, end = currency_after(text, end, scopes)
    sign = MINUS.search(text, max(0, m.start() - 8), m.start()) if start == m.start() else None
    return Mention(sign.start() if sign else start, end, amount, multiplier, currency, sign is not None)


def _join_parts(text: str, found: list[Mention]) -> None:
    """ "1 млрд 200 млн долларов": one amount written in two parts."""
    for i in range(len(found) - 2, -1, -1):
        here, after = found[i], found[i + 1]
        if (
            (here.currency is None or after.currency in (None, here.currency))
            and here.multiplier is not None
            and after.multiplier is not None
            and here.multiplier > after.multiplier
            and here.amount is not None
            and after.amount is not None
            and not text[here.end : after.start].strip()
        ):
            total = (here.amount * here.multiplier + after.amount * after.multiplier) / after.multiplier
            found[i : i + 2] = [
                replace(
                    after,
                    start=here.start,
                    amount=total,
                    currency=after.currency or here.currency,
                    negative=here.negative,
                )
            ]


#: "от" right before the first bound of a range: "от 5 до 7 млрд долларов".
RANGE_FROM = re.compile(r"(?<![\w-])от\s+$", re.IGNORECASE)

#: The gap between the bounds of a range: "от 5 до 7", "от 5 млрд до 7 млрд".
RANGE_GAP = re.compile(r"\s+до\s+", re.IGNORECASE)


def _join_ranges(text: str, found: list[Mention]) -> None:
    """ "от 5 до 7 млрд долларов" is one figure, read as its upper bound the way "5-7 млрд долларов" is;
    "вырос с 5 до 7 млрд" stays two figures, the one left and the one reached."""
    for i in range(len(found) - 2, -1, -1):
        here, after = found[i], found[i + 1]
        if (
            here.currency in (None, after.currency)
            and (here.multiplier is None or here.multiplier == after.multiplier)
            and RANGE_GAP.fullmatch(text, here.end, after.start) is not None
            and RANGE_FROM.search(text, max(0, here.start - 8), here.start) is not None
        ):
            found[i : i + 2] = [replace(after, start=here.start, negative=here.negative)]


def _share_coordinated(text: str, found: list[Mention]) -> None:
    """ "1,5 и 2 млрд долларов": the first amount borrows the second's multiplier and currency."""
    for i in range(len(found) - 2, -1, -1):
        here, after = found[i], found[i + 1]
        if here.currency is None and after.currency is not None:
            gap = COORDINATION_GAP.fullmatch(text, here.end, after.start)
            if gap is not None:
                found[i] = replace(here, currency=after.currency, multiplier=here.multiplier or after.multiplier)


def _carry_currency(document: Document, found: list[Mention]) -> None:
    """ "составил 3 млрд долларов, ... довести его до 5 млрд": an amount with a multiplier and no unit
    after it takes the currency of the amount named just before, on the same line or in the same list."""
    text = document.text
    last: Mention | None = None
    for i, mention in enumerate(found):
        if mention.currency is not None:
            last = mention
            continue
        if mention.multiplier is None or last is None:
            continue
        if mention.start - last.end > ELLIPSIS_REACH:
            continue
        if (
            "\n" in text[last.end : mention.start]
            and not same_list(document, last.start, mention.start)
            and not _points_back_on_line(text, mention)
        ):
            continue
        after = TAIL_TOKEN.match(text, mention.end)
        if after is not None and after.group("word") and not _ends_sentence(text, mention, after):
            first = parses(fold(after.group("word")))
            if not first or first[0].tag.POS not in {"PREP", "CONJ", "PRCL", "ADVB", "COMP", "VERB"}:
                continue  # "5 млн человек", "98 млрд кубометров": a unit, not elided money ("по 5 млн внесут" is)
        found[i] = replace(mention, currency=last.currency)


def _points_back_on_line(text: str, mention: Mention) -> bool:
    """Does a word before the amount on its line point back to a figure named before ("довести этот
    показатель до 10 миллиардов")? Then the amount is that figure's, in its currency, though a new
    paragraph (a quote, the next step of the story) stands between them."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return any(
        str(p.normal_form) in ANAPHORA
        for w in WORD.finditer(text, max(line_start, mention.start - ELLIPSIS_REACH), mention.start)
        for p in parses(fold(w.group()))[:1]
    )


def _lead_currency(document: Document, found: list[Mention]) -> None:
    """ "Объем инвестиций (в долларах США):" over items "- Казахстан – 5 млрд;": an amount with a multiplier
    and no currency in an item takes the currency its lead names in brackets."""
    text = document.text
    currencies: dict[tuple[int, int], str | None] = {}
    for block in blocks(document):
        bracket = CURRENCY_IN_BRACKETS.search(text, *block.lead)
        if bracket is not None:
            currencies[block.lead] = currency_after(text, bracket.end(), lambda: [document_countries(document)])[0]
    if not any(currencies.values()):
        return
    for i, mention in enumerate(found):
        if mention.currency is None and mention.multiplier is not None:
            lead = lead_of(document, mention.start)
            currency = currencies.get(lead) if lead is not None else None
            if currency is not None:
                found[i] = replace(mention, currency=currency)


def _table_units(document: Document, found: list[Mention]) -> None:
    """ "Товарооборот (млн долларов):" over rows "Казахстан | 1 200 | 1 450": a bare number alone in its cell
    under a unit stated once is an amount in that unit."""
    text = document.text
    index = {mention.start: i for i, mention in enumerate(found)}
    for header in unit_scopes(text):
        currency, _ = currency_after(text, header.end, lambda: [document_countries(document)])
        if currency is None:
            continue
        multiplier = _multiplier(header.multiplier)
        for start in cells(text, header.end, header.reach):
            i = index.get(start)
            if i is not None and found[i].currency is None and found[i].multiplier is None:
                found[i] = replace(found[i], multiplier=multiplier, currency=currency)


def _ends_sentence(text: str, mention: Mention, after: re.Match[str]) -> bool:
    """Does the word after the amount open a new line or sentence ("до 5 млрд. Президент ...")?"""
    return "\n" in after.group() or (text[mention.end - 1] == "." and after.group("word")[:1].isupper())


def _exact_value(mention: Mention) -> Decimal | None:
    """The full value (number times multiplier, signed), or None where it has more digits than a Decimal
    holds exactly (28 significant digits): such an amount would be rounded or raise."""
    exact = Context(prec=getcontext().prec, traps=[Inexact, InvalidOperation])
    try:
        value = exact.multiply(mention.amount or Decimal(0), mention.multiplier or Decimal(1))
        # Whole amounts lose their exponent ("1.5E9"), fractional ones their trailing zeros.
        value = exact.quantize(value, Decimal(1)) if value == value.to_integral_value() else value.normalize(exact)
    except (Inexact, InvalidOperation):
        return None
    return -value if mention.negative else value


def find_amounts(document: Document) -> list[Mention]:
    """Every amount of money in the text with its full value and currency; bare numbers dropped.

    An amount too long to hold exactly is set aside with a diagnostic; the others are kept.
    """
    text = document.text
    found = [mention for m in _amount_pattern().finditer(text) if (mention := _read(document, m)) is not None]
    _join_parts(text, found)
    _join_ranges(text, found)
    _share_coordinated(text, found)
    _carry_currency(document, found)
    _table_units(document, found)
    _lead_currency(document, found)
    out = []
    for mention in found:
        if mention.currency is None or mention.amount is None:
            continue
        value = _exact_value(mention)
        if value is None:
            document.diagnose(
                "money.amount-too-long",
                f"amount set aside: more than {getcontext().prec} significant digits cannot be kept exactly",
                start=mention.start,
                end=mention.end,
            )
            continue
        # "до 30 млрд." at the end of a sentence: the dot is the sentence's; "35 млрд долл." keeps its own.
        end = mention.end - 1 if _MULT_DOT.search(text, mention.start, mention.end) else mention.end
        out.append(replace(mention, amount=value, end=end))
    return out


def is_conversion(text: str, host: Mention, mention: Mention) -> bool:
    """Is ``mention`` the amount right before it in another currency: "5 трлн вон (около $4 млрд)"?"""
    if CONVERSION_GAP.fullmatch(text, host.end, mention.start) is not None:
        return True
    return (
        host.currency != mention.currency and INLINE_CONVERSION_GAP.fullmatch(text, host.end, mention.start) is not None
    )
