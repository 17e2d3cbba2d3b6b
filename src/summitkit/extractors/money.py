"""Built-in extractor: money figures ("11,5 млрд долларов", "$135 млрд", "3 трлн йен") as monetary targets.

natasha's MoneyExtractor knows only RUB, USD and EUR and misreads "$135 млрд" and "5,3млн" (see
DESIGN.md), so amounts are found here by one compiled regex (a number or a multiplier word, a
currency sign or code around it) and the currency word after it is read through the CLDR lexicon
in ``summitkit.lexicons.currencies``. Only those candidates pay for morphology (pymorphy, cached).

``kind`` comes from the cue nearest the amount in its clause: a verb of promising or giving
(выделит, вложит, грант) makes a pledge; a verb of measure (составил, достиг, вырос до) is actual
in the past or present and a target in the future or infinitive; verbs of intent (довести,
планируют) and time phrases (к 2030 году, в прошлом году) settle the rest. An amount in brackets
right after another one is its conversion and shares its kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from summitkit.document import Document, Layer
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.lexicons.countries import find_countries
from summitkit.lexicons.currencies import SYMBOLS, by_qualifier, head_of, iso_codes, resolve
from summitkit.models import MonetaryTarget, MoneyKind
from summitkit.morphology import nominative_phrase, parses

__all__ = ["MoneyExtractor", "register_extractors"]

# -- lexicons ---------------------------------------------------------------------------------------

#: Multiplier words by the start of their folded form.
MULTIPLIERS: dict[str, Decimal] = {
    "трлн": Decimal(10) ** 12, "трил": Decimal(10) ** 12, "млрд": Decimal(10) ** 9, "миллиард": Decimal(10) ** 9,
    "млн": Decimal(10) ** 6, "миллион": Decimal(10) ** 6, "тыс": Decimal(1000),
}  # fmt: skip

#: Number words that may stand before a multiplier word ("полтора миллиарда", "двух триллионов").
NUMBER_WORDS: dict[str, Decimal] = {
    "один": Decimal(1), "два": Decimal(2), "три": Decimal(3), "четыре": Decimal(4), "пять": Decimal(5),
    "шесть": Decimal(6), "семь": Decimal(7), "восемь": Decimal(8), "девять": Decimal(9), "десять": Decimal(10),
    "одиннадцать": Decimal(11), "двенадцать": Decimal(12), "тринадцать": Decimal(13), "четырнадцать": Decimal(14),
    "пятнадцать": Decimal(15), "шестнадцать": Decimal(16), "семнадцать": Decimal(17), "восемнадцать": Decimal(18),
    "девятнадцать": Decimal(19),
    "полтора": Decimal("1.5"), "двадцать": Decimal(20), "тридцать": Decimal(30), "сорок": Decimal(40),
    "пятьдесят": Decimal(50), "шестьдесят": Decimal(60), "семьдесят": Decimal(70), "восемьдесят": Decimal(80),
    "девяносто": Decimal(90), "сто": Decimal(100), "двести": Decimal(200), "триста": Decimal(300),
    "четыреста": Decimal(400), "пятьсот": Decimal(500), "шестьсот": Decimal(600), "семьсот": Decimal(700),
    "восемьсот": Decimal(800), "девятьсот": Decimal(900),
}  # fmt: skip

#: Words that make "сотни миллионов долларов" a vague quantity, not an amount.
VAGUE_QUANTIFIERS = frozenset({"несколько", "сотня", "десяток", "много", "ряд", "пара", "множество"})

#: Lemmas of verbs (and participles) of giving or promising money: the amount is a pledge.
PLEDGE_VERBS = frozenset({
    "выделить", "выделять", "вложить", "вкладывать", "инвестировать", "предоставить", "предоставлять",
    "профинансировать", "финансировать", "пообещать", "обещать", "направить", "направлять", "пожертвовать",
    "получить", "получать", "выдать", "выдавать", "ассигновать", "подписать", "заключить", "одобрить",
    "обязаться", "предусмотреть", "зарезервировать", "внести", "вносить", "мобилизовать", "перечислить",
})  # fmt: skip

#: Lemmas of nouns (and their adjectives) that name promised or given money.
PLEDGE_NOUNS = frozenset({
    "грант", "кредит", "заём", "заем", "займ", "транш", "помощь", "субсидия", "взнос", "пожертвование",
    "финансирование", "кредитный", "льготный", "безвозмездный", "выделение", "инвестирование",
    "софинансирование", "пакет",
})  # fmt: skip

#: Nouns of deals: "соглашение ... на 50 млрд долларов" is money a party commits.
DEAL_NOUNS = frozenset({
    "соглашение", "контракт", "сделка", "меморандум", "договор", "договорённость", "договоренность",
    "документ", "проект", "программа", "пакет", "инициатива", "заказ",
})  # fmt: skip

#: Lemmas of words of intent and goal: the amount is a target, whatever the tense.
TARGET_WORDS = frozenset({
    "довести", "доводить", "доведение", "нарастить", "наращивать", "наращивание", "планировать",
    "планироваться", "намереваться", "намерить", "намеренный", "намерен", "рассчитывать", "стремиться",
    "ожидаться", "прогнозироваться", "цель", "задача", "ориентир", "целевой", "увеличение", "нацелить",
    "наметить", "намечать", "запланировать", "ожидать", "прогнозировать", "прогноз",
})  # fmt: skip

#: Verbs of measure: actual in the past or present ("составил"), a target ahead ("составит", "достичь").
MEASURE_VERBS = frozenset({
    "составить", "составлять", "достигнуть", "достичь", "достигать", "превысить", "превышать", "вырасти",
    "расти", "увеличиться", "увеличиваться", "увеличить", "увеличивать", "приблизиться", "приближаться",
    "оцениваться", "насчитывать", "превзойти", "сократиться", "снизиться", "привлечь", "привлекать",
    "выйти", "выходить",
})  # fmt: skip

#: Measure verbs that count only with "на" after them ("выйти на 50 млрд").
VERBS_WITH_NA = frozenset({"выйти", "выходить"})

#: Time phrases: a weaker cue than a verb, read when the clause has none.
TARGET_PHRASES = re.compile(
    r"\bк\s+(?:(?:19|20)\d\d|концу)|\bдо\s+(?:(?:19|20)\d\d\s+г|конца\s)|в\s+(?:средне|долго)?срочной\s+перспективе"
    r"|\bв\s+перспективе|\bв\s+ближайш|\bв\s+течение\s+(?:следующ|ближайш|предстоящ)|\bв\s+будущем"
    r"|\bв\s+предстоящ|\bв\s+следующ\w+\s+(?:год|пятилет|десятилет)",
    re.IGNORECASE,
)
ACTUAL_PHRASES = re.compile(
    r"\bв\s+(?:прошлом|минувшем|прошедшем|истекшем|истёкшем)\s+году|\bпо\s+итогам\s+(?:(?:19|20)\d\d\s+|прошлого\s+"
    r"|минувшего\s+|истекшего\s+)?года|\bза\s+(?:(?:19|20)\d\d\s+год|прошлый|минувший|январь|первое\s+полугодие)"
    r"|\bв\s+январе|\bуже\b|\bна\s+сегодня|\bв\s+настоящее\s+время|\bсейчас\b|\bстоимост|\bрекорд",
    re.IGNORECASE,
)

#: "на сумму", "на общую сумму": money a deal or a programme commits.
PLEDGE_PHRASES = re.compile(r"\bна\s+(?:общую\s+)?сумму\b", re.IGNORECASE)

#: "на" right before the amount, through words of approximation: "на общую сумму более".
DEAL_PREPOSITION = re.compile(
    r"\bна\s+(?:(?:более|менее|около|свыше|почти|порядка|примерно|не|чем)\s+){0,3}$", re.IGNORECASE
)

#: Words of change: "вырос на 1 млрд долларов" names a difference, not a deal.
CHANGE_WORDS = MEASURE_VERBS | {"рост", "увеличение", "снижение", "сокращение", "прирост", "уменьшиться"}

#: Where a clause ends inside a sentence.
CLAUSE_BREAKS = re.compile(
    r";|\n|,\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как|при\s+этом|чтобы|хотя)\b", re.IGNORECASE
)

#: razdel reads "млрд." as an abbreviation and runs on into the next sentence: "... $70 млрд. «Мы ..."
ABBREVIATION_SENTENCE_END = re.compile(
    r"(?:(?<=млрд)|(?<=млн)|(?<=трлн)|(?<=тыс)|(?<=долл)|(?<=руб))\.\s+(?=[«\"“„(]?[А-ЯЁA-Z])"
)

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

#: An exchange rate right before an amount ("курс доллара вырос до 480 тенге") is a price, not money
#: stated about the summit.
EXCHANGE_RATE = re.compile(
    r"\bкурс\w*\s+(?:[а-яё]+\s+){0,2}(?:доллар|евро|рубл|юан|тенге|валют|сум|сом)\w*[^.;]*$", re.IGNORECASE
)

#: Below this an amount is a price (a ticket, a rate), not money stated about a summit's subject.
MIN_AMOUNT = Decimal(10_000)

#: How far back (in characters) an elided currency may be found: "..., а к 2030 году – до 5 млрд".
ELLIPSIS_REACH = 300

#: Verbs of investing: in the past they report a reached figure ("инвестировал"), not a promise.
INVESTING_VERBS = frozenset({"инвестировать", "вложить", "вкладывать"})

#: A clause that opens on a part of the amount before it shares that amount's kind: "Из них 10 млрд ...".
PART_REACH = 40
PART_OF_PREVIOUS = re.compile(r"\s*(?:из\s+них|из\s+которых|в\s+том\s+числе|включая)\b", re.IGNORECASE)

#: Lemmas of nouns that say what an amount measures.
INDICATOR_NOUNS = frozenset({
    "товарооборот", "оборот", "объём", "объем", "торговля", "инвестиция", "бюджет", "грант", "кредит", "заём",
    "заем", "займ", "помощь", "финансирование", "стоимость", "экспорт", "импорт", "ввп", "капитал", "фонд",
    "капитализация", "соглашение", "контракт", "сделка", "программа", "пакет", "средство", "выручка", "доход",
    "транш", "взнос", "субсидия", "портфель", "капиталовложение", "вложение", "документ", "товарообмен",
})  # fmt: skip

#: What a pledge verb gives when no noun names the money.
VERB_INDICATORS: dict[str, str] = {"вложить": "инвестиции", "вкладывать": "инвестиции", "инвестировать": "инвестиции"}

#: Nouns that point back to a figure named before ("довести этот показатель до ...").
ANAPHORA = frozenset({"показатель", "цифра", "уровень", "он", "она", "они"})

_SYMBOL = r"US\$|[$€₽£¥₸₹₩₺₼₴]"
_NUMBER = r"\d{1,3}(?:,\d{3}){2,}(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)?"
_MULT = r"(?i:(?:трлн|млрд|млн|тыс)\.?(?![а-яё])|(?:трил+ион|миллиард|миллион|тысяч)[а-яё]*)"
_BARE = r"(?i:(?:пол)?(?:трил+ион|миллиард|миллион)[а-яё]*)"
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:[-+][А-Яа-яЁёA-Za-z]+)*")
_TAIL_TOKEN = re.compile(rf"\s*(?:(?P<sym>{_SYMBOL})|(?P<word>[А-Яа-яЁёA-Za-z]+(?:\.(?=[\s,;)]|$))?))")
_YEAR = re.compile(r"\b(?:к|до|в|на|за)\s+((?:19|20)\d\d)(?:-?[а-я]{1,2})?\s*(?:год|г\.)", re.IGNORECASE)


@cache
def _amount_pattern() -> re.Pattern[str]:
    """The trigger: a number or multiplier word with a currency sign or code around it, one regex."""
    iso = "|".join(sorted(iso_codes()))
    return re.compile(
        rf"(?<![\w.,])(?:(?P<pre>{_SYMBOL}|\b(?:{iso})(?![A-Za-z]))\s?)?"
        rf"(?:(?P<num>{_NUMBER})(?:\s?[-–—]\s?(?P<num2>{_NUMBER}))?\s?(?P<mid>{_SYMBOL})?\s?(?P<mult>{_MULT})?"
        rf"|(?P<bare>{_BARE}))"
    )


@cache
def _iso_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s*\b(?P<iso>{'|'.join(sorted(iso_codes()))})\b")


# -- finding amounts --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mention:
    """An amount in the text: where it is, its value, its currency (None until resolved)."""

    start: int
    end: int
    amount: Decimal | None
    multiplier: Decimal | None
    currency: str | None


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _number(raw: str) -> Decimal:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", digits):
        return Decimal(digits.replace(",", ""))
    return Decimal(digits.replace(",", "."))


def _multiplier(word: str) -> Decimal:
    folded = _fold(word)
    return next(value for prefix, value in MULTIPLIERS.items() if folded.startswith(prefix))


def _number_words_before(text: str, start: int) -> tuple[Decimal, int] | None:
    """Number words right before ``start`` ("полтора", "двух"): their value (1 if none) and where they
    begin; None where a vague quantifier stands there ("сотни миллионов")."""
    total = Decimal(0)
    pos = start
    for m in reversed(list(_WORD.finditer(text, max(0, start - 40), start))):
        if text[m.end() : pos].strip():
            break
        found = parses(_fold(m.group()))
        if not found:
            break
        if total == 0 and any(str(p.normal_form) in VAGUE_QUANTIFIERS for p in found[:2]):
            return None
        value = NUMBER_WORDS.get(str(found[0].normal_form))
        if value is None or found[0].tag.POS not in {"NUMR", "ADJF"}:
            break
        total += value
        pos = m.start()
    return (total or Decimal(1)), pos


def _head_at(text: str, pos: int) -> tuple[str, re.Match[str], int] | None:
    """The currency head noun of the word at ``pos`` ("долларов", "долл."), its token and where it ends."""
    token = _TAIL_TOKEN.match(text, pos)
    if token is None or not token.group("word"):
        return None
    word = token.group("word")
    for form in (word, word.rstrip(".")):
        head = head_of(form)
        if head is not None:
            return head, token, token.start("word") + len(form)
    return None


def _currency_after(text: str, pos: int, countries: Callable[[], list[list[str]]]) -> tuple[str | None, int]:
    """The currency written right after ``pos`` and where it ends: "долларов США", "российских рублей"."""
    iso = _iso_pattern().match(text, pos)
    if iso:
        return iso.group("iso"), iso.end()
    first = _TAIL_TOKEN.match(text, pos)
    if first is None:
        return None, pos
    if first.group("sym"):
        return SYMBOLS[first.group("sym")], first.end()
    qualifiers: list[str] = []
    found = _head_at(text, pos)
    if found is None and _is_adjective(first.group("word")):
        # "российских рублей": a qualifier before the head.
        found = _head_at(text, first.end())
        qualifiers.append(first.group("word"))
    if found is None:
        return None, pos
    head, _, end = found
    after = _TAIL_TOKEN.match(text, end)
    if after is not None and after.group("word"):
        # "долларов США", "фунтов стерлингов": a qualifier after the head.
        word = after.group("word").rstrip(".")
        code = by_qualifier(head, word) if _may_qualify(word) else None
        if code is not None:
            return code, after.start("word") + len(word)
    return resolve(head, qualifiers, countries()), end


def _is_adjective(word: str) -> bool:
    return any(p.tag.POS in {"ADJF", "PRTF"} for p in parses(word.lower())[:2])


def _may_qualify(word: str) -> bool:
    """A word after the head that may name whose currency it is: "США", "стерлингов", "Гонконга"."""
    if word.isupper():
        return True
    return any(p.tag.case == "gent" for p in parses(word.lower()))


def _mentions(document: Document) -> list[_Mention]:
    """Every amount of money in the text, currencies resolved, bare numbers dropped."""
    text = document.text
    found: list[_Mention] = []

    def countries_for(offset: int) -> Callable[[], list[list[str]]]:
        def scopes() -> list[list[str]]:
            sentence = document.sentence_at(offset)
            near = [c.code for c in find_countries(text, sentence.start, sentence.end)]
            return [near, _document_countries(document)]

        return scopes

    for m in _amount_pattern().finditer(text):
        if m.group("bare"):
            found_parse = parses(m.group("bare").lower())
            words = _number_words_before(text, m.start())
            if words is None or (words[1] == m.start() and found_parse and found_parse[0].tag.number == "plur"):
                continue
            amount: Decimal | None = words[0]
            start = words[1]
            multiplier: Decimal | None = _multiplier(m.group("bare").lower().removeprefix("пол"))
            if m.group("bare").lower().startswith("пол"):
                amount, start = Decimal("0.5"), m.start()
        else:
            start = m.start()
            amount = _number(m.group("num2") or m.group("num"))
            multiplier = _multiplier(m.group("mult")) if m.group("mult") else None
        symbol = m.group("pre") or m.group("mid")
        end = m.start() + len(m.group().rstrip())
        currency: str | None = None
        if symbol:
            currency = SYMBOLS.get(symbol.strip(), symbol.strip() if symbol.strip().isalpha() else "USD")
        else:
            currency, end = _currency_after(text, end, countries_for(m.start()))
        found.append(_Mention(start, end, amount, multiplier, currency))
    # "1 млрд 200 млн долларов": one amount written in two parts.
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
                replace(after, start=here.start, amount=total, currency=after.currency or here.currency)
            ]
    # "1,5 и 2 млрд долларов": the first amount borrows the second's multiplier and currency.
    for i in range(len(found) - 2, -1, -1):
        here, after = found[i], found[i + 1]
        if here.currency is None and after.currency is not None:
            gap = COORDINATION_GAP.fullmatch(text, here.end, after.start)
            if gap is not None:
                found[i] = replace(here, currency=after.currency, multiplier=here.multiplier or after.multiplier)
    _carry_currency(text, found)
    out = []
    for mention in found:
        if mention.currency is None or mention.amount is None:
            continue
        if EXCHANGE_RATE.search(text, max(0, mention.start - 60), mention.start):
            continue
        value = mention.amount * (mention.multiplier or 1)
        if value < MIN_AMOUNT:
            continue
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        # "до 30 млрд." at the end of a sentence: the dot is the sentence's, not the evidence's.
        end = mention.end - 1 if text[mention.end - 1] == "." and mention.multiplier else mention.end
        out.append(replace(mention, amount=value, end=end))
    return out


def _carry_currency(text: str, found: list[_Mention]) -> None:
    """ "составил 3 млрд долларов, ... довести его до 5 млрд": an amount with a multiplier and no unit
    after it takes the currency of the amount named just before, on the same line."""
    last: _Mention | None = None
    for i, mention in enumerate(found):
        if mention.currency is not None:
            last = mention
            continue
        if mention.multiplier is None or last is None:
            continue
        if mention.start - last.end > ELLIPSIS_REACH or "\n" in text[last.end : mention.start]:
            continue
        after = _TAIL_TOKEN.match(text, mention.end)
        if after is not None and after.group("word"):
            first = parses(_fold(after.group("word")))
            if not first or first[0].tag.POS not in {"PREP", "CONJ", "PRCL", "ADVB"}:
                continue  # "5 млн человек", "98 млрд кубометров": a unit, not elided money
        found[i] = replace(mention, currency=last.currency)


def _document_countries(document: Document) -> list[str]:
    return document.memo("summitkit.money.countries", lambda d: [c.code for c in find_countries(d.text)])


# -- reading the context ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cue:
    """A word or phrase near an amount that says which kind it is; ``strong`` for verbs and nouns, weak for
    time phrases."""

    start: int
    end: int
    kind: MoneyKind
    strong: bool
    lemma: str = ""
    #: A past verb of investing ("инвестировал"): a reached figure, not a promise.
    invested: bool = False


def _scope(document: Document, mention: _Mention) -> tuple[int, int, int, int]:
    """The sentence (cut at line breaks) and the clause holding the mention."""
    text = document.text
    sentence = document.sentence_at(mention.start)
    s_start = max(sentence.start, text.rfind("\n", 0, mention.start) + 1)
    line_end = text.find("\n", mention.end)
    s_end = max(mention.end, min(sentence.end, line_end if line_end >= 0 else len(text)))
    for stop in ABBREVIATION_SENTENCE_END.finditer(text, s_start, s_end):
        if stop.end() <= mention.start:
            s_start = stop.end()
        elif stop.start() >= mention.end:
            s_end = stop.start()
            break
    c_start, c_end = s_start, s_end
    for brk in CLAUSE_BREAKS.finditer(text, s_start, s_end):
        if brk.end() <= mention.start:
            c_start = brk.end()
        elif brk.start() >= mention.end:
            c_end = brk.start()
            break
    return s_start, s_end, c_start, c_end


def _word_cue(text: str, word: re.Match[str]) -> _Cue | None:
    """The cue a word gives through its lemma, and for verbs of measure through its tense."""
    for p in parses(_fold(word.group())):
        lemma = str(p.normal_form).replace("ё", "е")
        pos = p.tag.POS
        if lemma in PLEDGE_VERBS or lemma in PLEDGE_NOUNS:
            invested = lemma in INVESTING_VERBS and p.tag.tense == "past"
            return _Cue(word.start(), word.end(), MoneyKind.PLEDGE, True, lemma, invested)
        if lemma in TARGET_WORDS:
            return _Cue(word.start(), word.end(), MoneyKind.TARGET, True, lemma)
        if lemma in MEASURE_VERBS and pos in {"VERB", "INFN", "PRTF", "PRTS", "GRND"}:
            if lemma in VERBS_WITH_NA and not re.match(r"\s+на\b", text[word.end() :]):
                return None
            ahead = pos == "INFN" or p.tag.tense == "futr"
            return _Cue(word.start(), word.end(), MoneyKind.TARGET if ahead else MoneyKind.ACTUAL, True, lemma)
    return None


def _cues(document: Document, start: int, end: int, mentions: list[_Mention]) -> list[_Cue]:
    """Cues in ``text[start:end]``, words inside other amounts left out."""
    text = document.text
    out: list[_Cue] = []
    for word in _WORD.finditer(text, start, end):
        if any(m.start <= word.start() < m.end for m in mentions):
            continue
        cue = _word_cue(text, word)
        if cue is not None:
            out.append(cue)
    for pattern, kind in ((TARGET_PHRASES, MoneyKind.TARGET), (ACTUAL_PHRASES, MoneyKind.ACTUAL)):
        out.extend(_Cue(m.start(), m.end(), kind, False) for m in pattern.finditer(text, start, end))
    out.extend(_Cue(m.start(), m.end(), MoneyKind.PLEDGE, True) for m in PLEDGE_PHRASES.finditer(text, start, end))
    return out


def _deal_cue(document: Document, mention: _Mention, c_start: int) -> _Cue | None:
    """ "соглашение ... на 50 млрд долларов": a deal noun in the clause and "на" right before the amount.

    Not after a verb or noun of change: "вырос на 1 млрд долларов" is a difference, not a deal.
    """
    before = document.text[c_start : mention.start]
    na = DEAL_PREPOSITION.search(before)
    if na is None:
        return None
    words = list(_WORD.finditer(before, 0, na.start()))
    if words and any(str(p.normal_form) in CHANGE_WORDS for p in parses(_fold(words[-1].group()))[:2]):
        return None
    for word in words:
        if any(str(p.normal_form) in DEAL_NOUNS for p in parses(_fold(word.group()))[:2] if p.tag.POS == "NOUN"):
            return _Cue(c_start + na.start(), c_start + na.end(), MoneyKind.PLEDGE, True)
    return None


def _distance(cue: _Cue, mention: _Mention) -> int:
    """Characters between cue and amount; a cue after the amount counts double (verbs come first)."""
    if cue.end <= mention.start:
        return mention.start - cue.end
    return 2 * max(0, cue.start - mention.end) + 1


def _nearest(cues: list[_Cue], mention: _Mention) -> _Cue | None:
    return min(cues, key=lambda c: _distance(c, mention), default=None)


def _kind(
    text: str, sentence_cues: list[_Cue], clause: tuple[int, int], mention: _Mention
) -> tuple[MoneyKind, _Cue | None, int]:
    """The cue that decides: strong in the clause, a pledge in the sentence, weak in the clause, then the rest.

    The last number says how sure the choice is (5 for a strong cue in the clause, 0 for none).

    A cue after the amount counts only up to the next comma ("100 млн долларов выделит Китай"):
    past it, the verb belongs to the next clause ("..., его капитал планируется увеличить").
    """
    usable = [c for c in sentence_cues if c.end <= mention.start or "," not in text[mention.end : c.start]]
    in_clause = [c for c in usable if clause[0] <= c.start and c.end <= clause[1]]
    steps = (
        [c for c in in_clause if c.strong],
        [c for c in usable if c.strong and c.kind is MoneyKind.PLEDGE],
        [c for c in in_clause if not c.strong],
        [c for c in usable if c.strong],
        usable,
    )
    for step, cues in enumerate(steps):
        cue = _nearest(cues, mention)
        if cue is not None:
            return MoneyKind.ACTUAL if cue.invested else cue.kind, cue, len(steps) - step
    return MoneyKind.ACTUAL, None, 0


def _year(text: str, clause: tuple[int, int], mention: _Mention, mentions: list[_Mention]) -> int | None:
    """The year phrase of the clause ("к 2030 году") nearest this amount and no nearer another amount."""

    def gap(year: re.Match[str], other: _Mention) -> int:
        return other.start - year.end() if year.end() <= other.start else year.start() - other.end

    years = [
        y
        for y in _YEAR.finditer(text, *clause)
        if all(
            gap(y, mention) <= gap(y, other)
            for other in mentions
            if other is not mention and clause[0] <= other.start < clause[1]
        )
    ]
    best = min(years, key=lambda y: abs(gap(y, mention)), default=None)
    return int(best.group(1)) if best else None


# -- what the amount measures -------------------------------------------------------------------------


def _noun_lemma(word: str) -> str | None:
    for p in parses(_fold(word)):
        if p.tag.POS == "NOUN":
            lemma = str(p.normal_form).replace("ё", "е")
            if lemma in INDICATOR_NOUNS or (lemma == "средство" and p.tag.number == "plur"):
                return lemma
    return None


def _is_modifier(word: str) -> bool:
    found = parses(_fold(word))
    return bool(found) and found[0].tag.POS in {"ADJF", "PRTF"} and "Apro" not in found[0].tag


def _genitive(word: str) -> bool:
    """A word that may continue a noun phrase as its genitive: "торговли", "РФ"."""
    if word.isupper() and len(word) > 1:
        return True
    found = parses(_fold(word))
    if len(word) < 3 or not found or found[0].tag.POS in {"PREP", "CONJ", "PRCL"}:
        return False
    return any(p.tag.case == "gent" and p.tag.POS in {"NOUN", "ADJF", "PRTF"} for p in found[:3])


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return not text[left.end() : right.start()].strip()


def _indicator_at(text: str, words: list[re.Match[str]], index: int) -> str:
    """The noun phrase around ``words[index]``: modifiers before it, a genitive chain after it.

    A measure noun right before takes the found noun as its genitive: "объемом инвестиций".
    """
    while True:
        first = index
        while first > 0 and _is_modifier(words[first - 1].group()) and _adjacent(text, words[first - 1], words[first]):
            first -= 1
        left = words[first - 1] if first > 0 else None
        if left is not None and _adjacent(text, left, words[first]) and _noun_lemma(left.group()) is not None:
            index = first - 1
            continue
        break
    last = index
    i = index + 1
    while i < len(words) and i - index <= 5 and _adjacent(text, words[i - 1], words[i]):
        word = words[i].group()
        if word == "и" and i + 1 < len(words) and _adjacent(text, words[i], words[i + 1]):
            if not _genitive(words[i + 1].group()):
                break
            last, i = i + 1, i + 2
            continue
        if not _genitive(word):
            break
        last, i = i, i + 1
    phrase = text[words[first].start() : words[index].end()]
    normal = nominative_phrase(phrase) + text[words[index].end() : words[last].end()]
    head = normal.split()[0] if normal.split() else normal
    if not (head.isupper() and len(head) > 1):
        normal = normal[:1].lower() + normal[1:]
    return normal


def _indicator(text: str, clause: tuple[int, int], mention: _Mention, cue: _Cue | None) -> str | None:
    words = [w for w in _WORD.finditer(text, clause[0], clause[1]) if not mention.start <= w.start() < mention.end]
    before = [i for i, w in enumerate(words) if w.end() <= mention.start]
    after = [i for i, w in enumerate(words) if w.start() >= mention.end][:6]
    for index in [*reversed(before), *after]:
        if _noun_lemma(words[index].group()) is not None:
            return _indicator_at(text, words, index)
    if cue is not None and cue.lemma in VERB_INDICATORS:
        return VERB_INDICATORS[cue.lemma]
    return None


def _points_back(text: str, clause: tuple[int, int]) -> bool:
    return any(
        str(p.normal_form) in ANAPHORA
        for w in _WORD.finditer(text, clause[0], clause[1])
        for p in parses(_fold(w.group()))[:1]
    )


def _is_conversion(text: str, host: _Mention, mention: _Mention) -> bool:
    """Is ``mention`` the amount right before it in another currency: "3 трлн йен (около $19 млрд)"?"""
    if CONVERSION_GAP.fullmatch(text, host.end, mention.start) is not None:
        return True
    return (
        host.currency != mention.currency and INLINE_CONVERSION_GAP.fullmatch(text, host.end, mention.start) is not None
    )


# -- the extractor ----------------------------------------------------------------------------------


class MoneyExtractor:
    """Money figures with currency, kind, indicator and year, each with its evidence span."""

    name = "money"
    fills: tuple[str, ...] = ("monetary_targets",)
    requires: frozenset[Layer] = frozenset({"sentences"})

    def extract(self, document: Document) -> Iterator[MonetaryTarget]:
        """Facts in text order, except that of two mentions of one amount the surer comes first.

        The report keeps the kind of the first mention it meets; a headline ("Китай: 26 млрд юаней")
        often has no cue where the body has one.
        """
        made = list(self._facts(document))
        best: dict[object, tuple[MonetaryTarget, int]] = {}
        for fact, sureness in made:
            key = fact.merge_key()
            if key not in best or sureness > best[key][1]:
                best[key] = (fact, sureness)
        sent: set[object] = set()
        for fact, _ in made:
            key = fact.merge_key()
            if key not in sent:
                sent.add(key)
                yield best[key][0]
            if fact is not best[key][0]:
                yield fact

    def _facts(self, document: Document) -> Iterator[tuple[MonetaryTarget, int]]:
        """Each mention's fact and how sure its kind is."""
        text = document.text
        mentions = _mentions(document)
        previous: tuple[_Mention, MonetaryTarget, int] | None = None
        cue_cache: dict[tuple[int, int], list[_Cue]] = {}
        for mention in mentions:
            evidence = [document.span(mention.start, mention.end)]
            amount, currency = mention.amount or Decimal(0), mention.currency or "USD"
            if previous is not None and _is_conversion(text, previous[0], mention):
                fact = previous[1].model_copy(update={"amount": amount, "currency": currency, "evidence": evidence})
                sureness = previous[2]
            else:
                s_start, s_end, c_start, c_end = _scope(document, mention)
                if (s_start, s_end) not in cue_cache:
                    cue_cache[(s_start, s_end)] = _cues(document, s_start, s_end, mentions)
                cues = list(cue_cache[(s_start, s_end)])
                deal = _deal_cue(document, mention, c_start)
                if deal is not None:
                    cues.append(deal)
                kind, cue, sureness = _kind(text, cues, (c_start, c_end), mention)
                indicator = _indicator(text, (c_start, c_end), mention, cue)
                part = PART_OF_PREVIOUS.match(text, c_start)
                if previous is not None and part is not None and mention.start - part.end() < PART_REACH:
                    kind, sureness = previous[1].kind, previous[2]  # "Из них 10 млрд евро ...": a part of the amount
                if indicator is None and previous is not None and _points_back(text, (c_start, c_end)):
                    indicator = previous[1].indicator
                fact = MonetaryTarget(
                    amount=amount,
                    currency=currency,
                    kind=kind,
                    indicator=indicator,
                    year=_year(text, (c_start, c_end), mention, mentions),
                    evidence=evidence,
                )
            previous = (mention, fact, sureness)
            yield fact, sureness


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the built-in money extractor."""
    register(MoneyExtractor())
