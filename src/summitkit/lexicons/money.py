"""Lexicons for money figures: number words, and the words and phrases that tell an amount's kind.

Keys are pymorphy lemmas with ё folded to е, so every form of a word matches ("выделит", "выделено",
"выделение" through its own lemma). Phrase cues are regular expressions over the text. The logic that
reads them lives in ``summitkit.money``; currencies have their own lexicon in
``summitkit.lexicons.currencies``.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = [
    "ACTUAL_PHRASES",
    "AGREED_ON",
    "ANAPHORA",
    "APPROVAL_VERBS",
    "BUDGET_NOUNS",
    "BUDGET_PERIOD",
    "CHANGE_WORDS",
    "CURRENT_YEAR",
    "DEAL_NOUNS",
    "EXCHANGE_RATE",
    "EXPECTATION_WORDS",
    "FOUNDING_WORDS",
    "FUND_NOUNS",
    "GENRE_OFFICIAL",
    "GENRE_STRONG",
    "GENRE_WEAK",
    "HISTORY_PHRASES",
    "INDICATOR_NOUNS",
    "INVESTING_VERBS",
    "MEASURE_FRAMES",
    "MEASURE_VERBS",
    "MULTIPLIERS",
    "NOT_PURPOSE",
    "NOT_SUMMIT_CLAUSE",
    "NOT_SUMMIT_MONEY",
    "NOT_SUMMIT_SUBJECT",
    "NUMBER_WORDS",
    "OBLIGED_BEFORE",
    "PART_OF_PREVIOUS",
    "PER_MEMBER",
    "PER_UNIT",
    "PLEDGE_NOUNS",
    "PLEDGE_PHRASES",
    "PLEDGE_VERBS",
    "PURPOSE_AFTER",
    "PURPOSE_BEFORE_GOAL",
    "REACHING_VERBS",
    "SPENDING_VERBS",
    "TARGET_PHRASES",
    "TARGET_WORDS",
    "TRADE_VERBS",
    "UNITS_PER_USD",
    "VAGUE_QUANTIFIERS",
    "VERBS_WITH_NA",
    "VERB_INDICATORS",
]

# -- amounts ----------------------------------------------------------------------------------------

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

#: Rough units of a currency per US dollar, to tell a price from summit money whatever the currency
#: ("15 тыс. тенге" is a ticket). Orders of magnitude matter here, not the day's rate; a currency not
#: listed counts at par with the dollar.
UNITS_PER_USD: dict[str, Decimal] = {
    "USD": Decimal(1), "EUR": Decimal("0.9"), "GBP": Decimal("0.8"), "CHF": Decimal("0.9"), "RUB": Decimal(90),
    "BYN": Decimal(3), "KZT": Decimal(500), "UZS": Decimal(12500), "KGS": Decimal(87), "TJS": Decimal(11),
    "TMT": Decimal("3.5"), "AZN": Decimal("1.7"), "AMD": Decimal(390), "GEL": Decimal("2.7"), "MNT": Decimal(3400),
    "UAH": Decimal(41), "CNY": Decimal("7.2"), "JPY": Decimal(150), "KRW": Decimal(1400), "INR": Decimal(85),
    "PKR": Decimal(280), "AFN": Decimal(70), "IRR": Decimal(42000), "TRY": Decimal(35), "AED": Decimal("3.7"),
    "SAR": Decimal("3.75"), "QAR": Decimal("3.6"), "KWD": Decimal("0.3"), "VND": Decimal(25000),
    "IDR": Decimal(16000), "MYR": Decimal("4.5"), "HUF": Decimal(360), "PLN": Decimal(4), "ILS": Decimal("3.7"),
}  # fmt: skip

#: Words right after an amount that make it a rate per unit ("13 тыс. долларов на душу населения",
#: "90 долларов за баррель"): a price, not money stated about a summit.
PER_UNIT = re.compile(
    r"\s*(?:на\s+(?:душу|человека|одного\s+жителя|каждого\s+жителя)|в\s+расчете\s+на"
    r"|за\s+(?:1\s+|один\s+|одну\s+|каждую\s+|каждый\s+)?(?:тонн|баррел|кубометр|тысячу\s+кубометров|кв|квадратн"
    r"|киловатт|квт|литр|килограмм|кг|штук|единиц|унци|ночь|сутки|билет|час|человек|мегаватт))",
    re.IGNORECASE,
)

#: Stems that make a text summit news on their own: summits, visits, talks, bilateral trade.
GENRE_STRONG = re.compile(
    r"саммит|визит|переговор|межгосударствен|межправ|двусторонн|многосторонн|товарооборот|товарообмен|делегаци"
    r"|глав\w*\s+(?:государств|правительств)|на\s+высшем\s+уровне|внешнеторгов|взаимн\w*\s+торгов"
    r"|госсовет|союзн\w*\s+государств|\b(?:ШОС|СНГ|ЕАЭС|БРИКС|ОДКБ|АСЕАН|ОТГ|ОИС|АТЭС|G20)\b|\bС5\+",
    re.IGNORECASE,
)

#: Stems of which two different ones make a text summit news: cooperation, investment, officials, deals.
GENRE_WEAK = re.compile(
    r"инвестиц|инвестир|сотрудничеств|торговл|соглашени|меморандум|декларац|форум|президент|премьер|министр|кредит"
    r"|грант|экспорт|импорт|партн[её]р|посол|дипломат|гуманитарн|встреч|заседани|правительств|финансир",
    re.IGNORECASE,
)

#: Of the weak stems, those of states and their dealings: business news has investment, credit, export and
#: import, but no minister, agreement or meeting; one of these must be among the two.
GENRE_OFFICIAL = re.compile(
    r"сотрудничеств|соглашени|меморандум|декларац|форум|президент|премьер|министр|посол|дипломат|гуманитарн"
    r"|встреч|заседани|правительств",
    re.IGNORECASE,
)

#: An exchange rate right before an amount ("курс доллара вырос до 480 тенге") is a price, not money
#: stated about the summit.
EXCHANGE_RATE = re.compile(
    r"\bкурс\w*\s+(?:[а-яё]+\s+){0,2}(?:доллар|евро|рубл|юан|тенге|валют|сум|сом)\w*[^.;]*$", re.IGNORECASE
)

#: What an amount measures that is no summit's money: a prize, a wage, a fine, a company's own takings
#: or market value ("призовой фонд турнира", "выручка компании", "капитализация на бирже").
NOT_SUMMIT_MONEY = re.compile(
    r"призов|зарплат|заработн|гонорар|штраф|(?:выручк|прибыл|капитализаци)\w*\s+(?:(?:гос)?компани|(?:гос)?корпораци"
    r"|холдинг|концерн|завод|фирм|предприяти|групп)|\bбирж",
    re.IGNORECASE,
)

#: What the clause of an amount says that makes it no summit's money: the size of a market ("объем рынка
#: зерна", "рынок электромобилей оценивается в ...") or a firm's spending on its own plant ("в модернизацию
#: своего завода"), a fortune or box-office takings. "откроет рынок" names no market's size.
NOT_SUMMIT_CLAUSE = re.compile(
    r"\bрынок\s+(?:[а-яё]+\s+){0,3}(?:оценива|составля|составил|достиг|превыша|превысил|вырос)"
    r"|(?:объ[её]м|[её]мкост|размер|стоимост|оборот)\w*\s+(?:[а-яё]+\s+){0,2}рынка\b"
    r"|\b(?:собственн|сво)\w*\s+(?:[а-яё]+\s+)?(?:завод|фабрик|предприяти|производств|цех|комбинат|мощност)"
    r"|\bсостояни\w*\s+(?:[а-яё]+\s+)?(?:бизнесмен|миллиардер|предпринимател|олигарх|основател|владельц)"
    r"|\bв\s+прокате\b|\bкассов\w*\s+сбор|\bна\s+(?:[а-яё]+\s+)?бирж"
    # a person's fortune named by the person: "состояние Илона Маска оценивается в ..."
    r"|\bсостояни[еяю]\s+(?-i:[А-ЯЁ][а-яё]+)",
    re.IGNORECASE,
)

#: What the words before an amount name that is no summit's money: damage, a fine, pensions, housing,
#: tickets, a firm's profit ("Ущерб от паводка оценивается в ...", "прибыль банка составит ..."). Read only
#: before the amount: "выделит 1 млрд на ремонт жилья" names the purpose, not the money.
NOT_SUMMIT_SUBJECT = re.compile(
    r"\bущерб|\bштраф|\bпенси[ияйю]|\bстипенди|\bквартир|\bжиль[её]|\bбилет"
    # crimes: "обвиняемого в хищении 5 млн долларов", "взятки в размере ..."
    r"|\bхищени|\bвзятк|\bрастрат|\bмошенничеств|\bотмыв"
    r"|\bприбыл\w*\s+(?:банк|компани|корпораци|холдинг|групп)",
    re.IGNORECASE,
)

# -- kinds ------------------------------------------------------------------------------------------

#: Lemmas of verbs (and participles) of giving or promising money: the amount is a pledge.
PLEDGE_VERBS = frozenset({
    "выделить", "выделять", "вложить", "вкладывать", "инвестировать", "предоставить", "предоставлять",
    "профинансировать", "финансировать", "пообещать", "обещать", "направить", "направлять", "пожертвовать",
    "получить", "получать", "выдать", "выдавать", "ассигновать", "подписать", "заключить", "одобрить",
    "обязаться", "предусмотреть", "зарезервировать", "внести", "вносить", "мобилизовать", "перечислить",
    "списать", "списывать", "простить", "капитализировать", "докапитализировать", "перечислять", "жертвовать",
    # the reflexive passive of news ("ежегодно выделяется", "направляются средства")
    "выделяться", "направляться", "предоставляться", "финансироваться", "вкладываться", "инвестироваться",
    "выдаваться", "перечисляться",
})  # fmt: skip

#: Lemmas of nouns (and their adjectives) that name promised or given money.
PLEDGE_NOUNS = frozenset({
    "грант", "кредит", "заём", "заем", "займ", "транш", "помощь", "субсидия", "взнос", "пожертвование",
    "финансирование", "кредитный", "льготный", "безвозмездный", "выделение", "инвестирование",
    "софинансирование", "пакет", "доля",
})  # fmt: skip

#: Nouns of deals: "соглашение ... на 50 млрд долларов" is money a party commits.
DEAL_NOUNS = frozenset({
    "соглашение", "контракт", "сделка", "меморандум", "договор", "договорённость", "договоренность",
    "документ", "проект", "программа", "пакет", "инициатива", "заказ",
})  # fmt: skip

#: Lemmas of words of intent and goal: the amount is a target, whatever the tense.
TARGET_WORDS = frozenset({
    "довести", "доводить", "доведение", "вывести", "выводить", "нарастить", "наращивать", "наращивание", "планировать",
    "планироваться", "намереваться", "намерить", "намеренный", "намерен", "рассчитывать", "стремиться",
    "ожидаться", "прогнозироваться", "цель", "задача", "ориентир", "целевой", "увеличение", "нацелить",
    "наметить", "намечать", "запланировать", "ожидать", "прогнозировать", "прогноз", "потенциал",
    "поручить", "поручать", "поручение",
})  # fmt: skip

#: Verbs of bringing a figure to a level: a goal ahead ("довести до"), a level reached in the past
#: ("за десять лет нарастили торговлю до ...", "товарооборот доведен до ...").
REACHING_VERBS = frozenset({"довести", "доводить", "вывести", "выводить", "нарастить", "наращивать"})

#: What makes a past participle of reaching a goal: "должен быть доведен до", "будет доведена до".
OBLIGED_BEFORE = re.compile(r"(?:\bдолж(?:ен|на|но|ны)\s+(?:быть\s+)?|\bбуд(?:ет|ут)\s+)$", re.IGNORECASE)

#: Verbs of measure: actual in the past or present ("составил"), a target ahead ("составит", "достичь").
MEASURE_VERBS = frozenset({
    "составить", "составлять", "достигнуть", "достичь", "достигать", "превысить", "превышать", "вырасти",
    "расти", "увеличиться", "увеличиваться", "увеличить", "увеличивать", "приблизиться", "приближаться",
    "оцениваться", "насчитывать", "превзойти", "сократиться", "снизиться", "привлечь", "привлекать",
    "выйти", "выходить", "удвоить", "удваивать", "утроить", "утраивать", "удвоиться", "утроиться",
})  # fmt: skip

#: Verbs of spending: money spent is actual; money to be spent ("потратят", "израсходовать") is committed.
SPENDING_VERBS = frozenset({
    "потратить", "тратить", "израсходовать", "расходовать", "затратить", "затрачивать", "освоить", "осваивать",
    "истратить",
})  # fmt: skip

#: Verbs of trade: past exports are a reached figure even "на сумму" ("экспортировал газа на сумму ...").
TRADE_VERBS = frozenset({
    "экспортировать", "импортировать", "поставить", "поставлять", "закупить", "закупать", "продать", "продавать",
    "вывезти", "ввезти",
})  # fmt: skip

#: Measure verbs that count only with "на" after them ("выйти на 50 млрд").
VERBS_WITH_NA = frozenset({"выйти", "выходить"})

#: Words of founding a body: "создадут фонд с капиталом 100 млн долларов" is capital the parties commit.
FOUNDING_WORDS = frozenset({
    "создать", "создавать", "создаваться", "учредить", "учреждать", "учреждаться", "создание", "учреждение",
    "основать",
})  # fmt: skip

#: Nouns of a body's money that founding commits: "с уставным капиталом", "фонд в размере 10 млрд
#: долларов создается".
FUND_NOUNS = frozenset({"фонд", "капитал", "капитализация"})

#: Verbs of approving: an approved budget is a stated figure, not money a party promises.
APPROVAL_VERBS = frozenset({
    "одобрить", "одобрять", "утвердить", "утверждать", "принять", "принимать", "подписать", "подписывать",
})  # fmt: skip

#: Nouns of a budget: what an organisation has to spend; for a period ahead, money allocated.
BUDGET_NOUNS = frozenset({"бюджет", "смета"})

#: The period ahead a budget is set for: "бюджет на 2027 год", "на будущий год", "на 2026-2028 годы".
BUDGET_PERIOD = re.compile(
    r"\bна\s+(?:(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s+(?:год|гг)|(?:будущий|следующий|предстоящий"
    r"|очередной|новый|плановый)\s+(?:год|период|трехлетн|пятилетн)|(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)

#: Lemmas of expecting and forecasting: for the current year the figure is a reached one ("по итогам
#: года товарооборот ожидается в размере ..."), for a year ahead a target.
EXPECTATION_WORDS = frozenset({
    "ожидать", "ожидаться", "ожидаемый", "прогнозировать", "прогнозироваться", "прогноз", "прогнозный",
})  # fmt: skip

#: The current year: a forecast or a measure ahead for it is a figure being reached, not a goal.
CURRENT_YEAR = re.compile(
    r"\b(?:по\s+итогам\s+(?:этого\s+|текущего\s+|нынешнего\s+|уходящего\s+)?года|по\s+итогам\s+\d{4}\s+года"
    r"|в\s+(?:этом|текущем|нынешнем|уходящем)\s+году|(?:этого|текущего|нынешнего|уходящего)\s+года|до\s+конца\s+года)",
    re.IGNORECASE,
)

#: Time phrases of history: a past investment with one of them is a reached figure ("за последние десять
#: лет вложили"); without one it is what a party put in at the event, a pledge.
HISTORY_PHRASES = re.compile(
    r"\bза\s+(?:последн|прошедш|минувш|истекш|эти\s|годы|период|\d+\s+(?:лет|год))|\bв\s+(?:прошлом|минувшем"
    r"|прошедшем|истекшем)\s+году|\bс\s+(?:19|20)\d\d\s+г|\bв\s+(?:19|20)\d\d[-–—]\d+|\bранее\b|\bуже\b"
    r"|\bнакоплен|\bс\s+момента|\bв\s+общей\s+сложности|\bв\s+(?:прошлые|предыдущие|последние)\s+годы",
    re.IGNORECASE,
)

#: Verbs of investing: in the past, with a time phrase of history, they report a reached figure.
INVESTING_VERBS = frozenset({
    "инвестировать", "вложить", "вкладывать", "финансировать", "профинансировать", "софинансировать",
    "инвестироваться", "вкладываться",
})  # fmt: skip

#: Words of change: "вырос на 1 млрд долларов" names a difference, not a deal.
CHANGE_WORDS = MEASURE_VERBS | {"рост", "увеличение", "снижение", "сокращение", "прирост", "уменьшиться"}

#: Time phrases of a goal: a weaker cue than a verb, read when the clause has none.
TARGET_PHRASES = re.compile(
    r"\bк\s+(?:(?:19|20)\d\d|концу)|\bдо\s+(?:(?:19|20)\d\d\s+г|конца\s)|в\s+(?:средне|долго)?срочной\s+перспективе"
    r"|\bв\s+перспективе|\bв\s+ближайш|\bв\s+течение\s+(?:следующ|ближайш|предстоящ)|\bв\s+будущем"
    r"|\bв\s+предстоящ|\bв\s+следующ\w+\s+(?:год|пятилет|десятилет)",
    re.IGNORECASE,
)

#: Time phrases and words of a reached figure.
ACTUAL_PHRASES = re.compile(
    r"\bв\s+(?:прошлом|минувшем|прошедшем|истекшем|истёкшем)\s+году|\bпо\s+итогам\s+(?:(?:19|20)\d\d\s+|прошлого\s+"
    r"|минувшего\s+|истекшего\s+)?года|\bза\s+(?:(?:19|20)\d\d\s+год|прошлый|минувший|январь|первое\s+полугодие)"
    r"|\bв\s+январе|\bуже\b|\bна\s+сегодня|\bв\s+настоящее\s+время|\bсейчас\b|\bстоимост|\bрекорд"
    # a year as the label of a figure in brackets: "(в 2025 году — 2,7 млрд)", "(2024 г.: 1,9 млрд)", "(2025)"
    r"|\(\s*(?:(?:в|за)\s+)?(?:19|20)\d\d(?:\s*(?:г\.|год[уа]?))?\s*[-–—:)]",
    re.IGNORECASE,
)

#: Words before "цели" that make it a purpose ("на эти цели", "в целях"), not a goal.
PURPOSE_BEFORE_GOAL = re.compile(r"\b(?:на|в|для)\s+(?:[а-яё]+\s+){0,2}$", re.IGNORECASE)

#: "договорились о взаимных инвестициях в размере ...": money the parties agreed on, a weak pledge cue (a
#: verb of measure or goal nearer the amount decides: "договорились довести до ..." is a target).
AGREED_ON = re.compile(r"\b(?:договорил|условил|договор[её]нност)\w*\s+(?:об?|на)\b", re.IGNORECASE)

#: "на сумму", "на общую сумму": money a deal or a programme commits.
PLEDGE_PHRASES = re.compile(r"\bна\s+(?:общую\s+)?сумму\b", re.IGNORECASE)

#: "$3 млрд на климатические проекты": money for a purpose, a weak pledge cue after the amount. The noun
#: after "на" must be in the accusative and not one of ``NOT_PURPOSE`` ("на 2026 год", "на конец года").
PURPOSE_AFTER = re.compile(r"(?:\s*[-–—]\s*|\s+)на\s+(?=[а-яё])", re.IGNORECASE)

#: Nouns after "на" that name a time, a rate or a sum, not what the money is for.
NOT_PURPOSE = frozenset({
    "год", "период", "срок", "конец", "начало", "этап", "месяц", "день", "неделя", "дата", "душа", "сумма",
    "процент", "порядок", "треть", "половина", "четверть", "уровень", "рынок",
})  # fmt: skip

#: A share from or for each member around an amount: "по 5 млн долларов от каждой страны", "по 2 млн
#: евро на каждого участника". Text before the amount, then after it.
PER_MEMBER = (
    re.compile(r"\bпо\s+(?:(?:около|более|свыше|почти|примерно|порядка)\s+)?$", re.IGNORECASE),
    re.compile(r"\s*(?:от|с|со|для|на|из)\s+(?:кажд|всех\s+(?:\w+\s+)?(?:стран|участник|член))", re.IGNORECASE),
)

#: A clause that opens on a part of the amount before it shares that amount's kind: "Из них 10 млрд ...".
PART_OF_PREVIOUS = re.compile(r"\s*(?:из\s+них|из\s+которых|в\s+том\s+числе|включая)\b", re.IGNORECASE)

# -- indicators -------------------------------------------------------------------------------------

#: Lemmas of nouns that say what an amount measures.
INDICATOR_NOUNS = frozenset({
    "товарооборот", "оборот", "объём", "объем", "торговля", "инвестиция", "бюджет", "грант", "кредит", "заём",
    "заем", "займ", "помощь", "финансирование", "стоимость", "экспорт", "импорт", "ввп", "капитал", "фонд",
    "капитализация", "соглашение", "контракт", "сделка", "программа", "пакет", "средство", "выручка", "доход",
    "транш", "взнос", "субсидия", "портфель", "капиталовложение", "вложение", "документ", "товарообмен",
    "кредитование", "долг", "задолженность", "линия", "смета",
})  # fmt: skip

#: Indicator nouns that after "в" only frame the amount ("кредит в объеме 1 млрд долларов").
MEASURE_FRAMES = frozenset({"объем", "объём"})

#: What a pledge verb gives when no noun names the money.
VERB_INDICATORS: dict[str, str] = {"вложить": "инвестиции", "вкладывать": "инвестиции", "инвестировать": "инвестиции"}

#: Nouns that point back to a figure named before ("довести этот показатель до ...").
ANAPHORA = frozenset({"показатель", "цифра", "уровень", "отметка", "рубеж", "планка", "он", "она", "они"})
