"""The money extractor: amounts, currencies, kinds, conversions, indicators; every sentence written for its test."""

from __future__ import annotations

from decimal import Decimal

import pytest

import summitkit
from summitkit.document import Document
from summitkit.extractors.money import MoneyExtractor
from summitkit.lexicons.currencies import head_of, resolve
from summitkit.models import MonetaryTarget, MoneyKind
from summitkit.money.amounts import find_amounts
from summitkit.money.cues import READING_REACH, scope_of

#: A line that makes a one-sentence test text summit news, for the genre gate (see the genre gate tests).
SUMMIT_LINE = "\nПереговоры прошли на высшем уровне."


def facts(text: str, summit_line: bool = True) -> list[MonetaryTarget]:
    text = text + SUMMIT_LINE if summit_line else text
    document = Document(text)
    found = list(MoneyExtractor().extract(document))
    for fact in found:
        for span in fact.evidence:
            assert text[span.start : span.end] == span.text
    return found


def one(text: str) -> MonetaryTarget:
    found = facts(text)
    assert len(found) == 1, [(f.amount, f.currency) for f in found]
    return found[0]


# -- amounts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Товарооборот двух стран за год составил 7,2 млрд долларов.", Decimal("7200000000")),
        ("Эр-Рияд инвестирует в регион $240 млрд за десять лет.", Decimal("240000000000")),
        ("Узбекистан вложит в проекты $4,8 млрд.", Decimal("4800000000")),
        ("Стороны хотят увеличить торговлю до 12$ млрд.", Decimal("12000000000")),
        ("Бюджет форума составил 2,7млн евро.", Decimal("2700000")),
        ("Фонд выделит стартапам 3 400 000 долларов.", Decimal("3400000")),
        ("Грант составит 750 тыс. долларов.", Decimal("750000")),
        ("Объем торговли ШОС приближается к 2 триллионам долларов.", Decimal("2000000000000")),
        ("Банк предоставит кредит в 15 миллиардов тенге.", Decimal("15000000000")),
        ("Товарооборот может вырасти до полутора миллиардов долларов.", Decimal("1500000000")),
        ("Сеул вложит в проект миллиард долларов.", Decimal("1000000000")),
        ("Инвестиции составили более 1,1 трлн рублей.", Decimal("1100000000000")),
        ("Грузия получит полмиллиарда евро от ЕИБ.", Decimal("500000000")),
        ("Стоимость терминала – 2 млрд 300 млн долларов.", Decimal("2300000000")),
        ("Стоимость моста – $1 млрд 400 млн.", Decimal("1400000000")),
        ("Китай выделит двадцать пять миллиардов долларов на дороги.", Decimal("25000000000")),
        ("Объем торговли в 2021 году составил 6 млрд. долларов.", Decimal("6000000000")),
        ("Холдинг вложит 2–4 млрд долларов в металлургию.", Decimal("4000000000")),
    ],
)
def test_amount_forms(text: str, amount: Decimal) -> None:
    assert one(text).amount == amount


def test_vague_quantity_is_not_an_amount() -> None:
    assert facts("Иностранные компании вложили в экономику региона сотни миллионов долларов.") == []


def test_two_amounts_share_multiplier_and_currency() -> None:
    found = facts("Страны намерены нарастить экспорт до 1,5 и 2 млрд долларов соответственно.")
    assert [(f.amount, f.currency) for f in found] == [(Decimal("1500000000"), "USD"), (Decimal("2000000000"), "USD")]


def test_elided_currency_carries_over_but_not_to_units() -> None:
    found = facts("Торговля составила 1,6 млрд долларов, стороны хотят увеличить ее до 3 млрд к 2029 году.")
    assert [(f.amount, f.currency, f.kind) for f in found] == [
        (Decimal("1600000000"), "USD", MoneyKind.ACTUAL),
        (Decimal("3000000000"), "USD", MoneyKind.TARGET),
    ]
    assert len(facts("Товарооборот достиг 2 млрд долларов. В стране живут 20 млн человек.")) == 1
    assert len(facts("Экспорт составил 2 млрд долларов, а поставки газа – 98 млрд. кубометров.")) == 1


# -- currencies ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("10 млн долларов", "USD"),
        ("10 млн долл.", "USD"),
        ("$10 млн", "USD"),
        ("USD 10 млн", "USD"),
        ("USD10 млн", "USD"),
        ("10 млн евро", "EUR"),
        ("€10 млн", "EUR"),
        ("10 млн рублей", "RUB"),
        ("10 млн руб.", "RUB"),
        ("10 млн юаней", "CNY"),
        ("10 млн тенге", "KZT"),
        ("10 млрд сумов", "UZS"),
        ("10 млн сомов", "KGS"),
        ("10 млн иен", "JPY"),
        ("10 млн йен", "JPY"),
        ("10 млн сомони", "TJS"),
        ("10 млн манатов", "TMT"),
        ("10 млн рупий", "INR"),
        ("10 млн фунтов стерлингов", "GBP"),
        ("10 млн франков", "CHF"),
        ("10 млн лир", "TRY"),
        ("10 млрд вон", "KRW"),
        ("10 млн дирхамов", "AED"),
        ("10 млн риялов", "SAR"),
        ("10 млн лари", "GEL"),
        ("10 млн канадских долларов", "CAD"),
        ("10 млн белорусских рублей", "BYN"),
        ("10 млн US$", "USD"),
        ("10 млрд тг", "KZT"),
        ("10 млрд теңге", "KZT"),
        ("10 млрд сўм", "UZS"),
    ],
)
def test_currency_codes(phrase: str, code: str) -> None:
    assert one(f"Правительство выделит на программу {phrase} в следующем году.").currency == code


def _currencies(text: str) -> list[str | None]:
    return [m.currency for m in find_amounts(Document(text))]


def test_a_bare_rouble_in_a_text_naming_belarus_among_equals_is_russian() -> None:
    text = (
        "Саммит ЕАЭС собрал лидеров Беларуси, Казахстана, Армении и Киргизии в Москве.\n\n"
        "Совет утвердил смету комиссии на будущий год в размере 12,4 млрд рублей."
    )
    assert _currencies(text) == ["RUB"]


def test_a_bare_rouble_in_a_text_about_belarus_is_belarusian() -> None:
    text = (
        "Правительство Беларуси обсудило с делегацией Казахстана планы. Премьер-министр Беларуси "
        "отметил рост экспорта.\n\nКабмин направит на модернизацию заводов 300 млн рублей."
    )
    assert _currencies(text) == ["BYN"]


def test_a_rouble_with_its_adjective_ignores_the_text_it_stands_in() -> None:
    text = (
        "Правительство Беларуси обсудило с делегацией Казахстана планы. Премьер-министр Беларуси "
        "отметил рост экспорта.\n\nНа проекты направят 300 млн российских рублей."
    )
    assert _currencies(text) == ["RUB"]


def test_qualifier_after_the_head_is_part_of_the_evidence() -> None:
    fact = one("Ташкент и Вашингтон подписали контракты на 3 млрд долларов США.")
    assert fact.currency == "USD"
    assert fact.evidence[0].text == "3 млрд долларов США"


def test_qualifier_before_the_head() -> None:
    fact = one("Бюджет Союзного государства на будущий год составит 9 млрд российских рублей.")
    assert (fact.currency, fact.evidence[0].text) == ("RUB", "9 млрд российских рублей")


def test_a_conjunction_after_the_head_is_no_qualifier() -> None:
    found = facts("Торговля выросла на 3 млрд долларов и достигла 90 млрд долларов.")
    assert [f.currency for f in found] == ["USD", "USD"]
    assert resolve("доллар", ["и"]) == "USD"


def test_manat_of_azerbaijan_when_the_sentence_names_it() -> None:
    assert one("Азербайджан направит на восстановление дорог 40 млн манатов.").currency == "AZN"


def test_rial_takes_the_country_named_nearby() -> None:
    assert one("Катар предоставит Таджикистану 200 млн риалов на строительство школ.").currency == "QAR"


def test_pound_alone_is_a_weight() -> None:
    assert facts("Для теста возьмите 2 фунта муки и щепотку соли.") == []


def test_lexicon_comes_from_cldr() -> None:
    assert head_of("юаней") == "юань"
    assert resolve("доллар", ["гонконгских"]) == "HKD"
    assert resolve("манат", [], [["AZ"]]) == "AZN"
    assert resolve("фунт") is None


# -- not money -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот вырос на 14% за первое полугодие.",
        "Поставки газа к 2030 году составят 60 млрд кубометров и 5 млн тонн СПГ.",
        "Ночью температура опустится до 8 градусов мороза.",
        "Лидеры подписали 12 документов и приняли 3 заявления.",
        "В столице проживают 2,5 млн человек.",
        "Курс доллара на торгах вырос до 510 тенге.",
        "Билет на концерт в честь саммита стоит 3 тыс. тенге.",
        "ВВП страны достиг 14 тыс. долларов на душу населения.",
        "Цена газа для партнеров составит 120 тыс. рублей за тысячу кубометров.",
    ],
)
def test_not_money(text: str) -> None:
    assert facts(text) == []


def test_a_price_in_any_currency_is_not_summit_money() -> None:
    assert facts("Билеты на гала-концерт в честь саммита стоили от 5 тыс. до 25 тыс. тенге.") == []
    assert facts("Участники форума собрали на благотворительность 40 тыс. долларов.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Призовой фонд турнира по боксу составил 300 млн тенге, билеты раскуплены.",
        "Новый фильм собрал в прокате 2 млрд рублей, бюджет картины – 700 млн рублей.",
        "Президент клуба сообщил, что бюджет команды превысит 5 млрд тенге.",
        "Инвестиции холдинга в новый цех составили 12 млрд рублей: часть дал банковский кредит.",
        "Завод нарастит экспорт проката, вложив 3 млрд рублей и заменив импорт станков.",
    ],
)
def test_genre_gate_drops_money_of_texts_about_other_things(text: str) -> None:
    assert facts(text, summit_line=False) == []


@pytest.mark.parametrize(
    "text",
    [
        "В ходе визита стороны подписали контракты на 2 млрд долларов.",
        "Премьер-министр заявил, что инвестиции в промышленность достигли 4 млрд долларов.",
        "Объем двусторонней торговли в прошлом году достиг 900 млн долларов.",
        "Министр экономики сообщил, что инвестиции в новый цех составили 12 млрд рублей.",
    ],
)
def test_genre_gate_keeps_summit_news(text: str) -> None:
    assert len(facts(text, summit_line=False)) == 1


def test_currency_abbreviation_keeps_its_dot_in_the_evidence() -> None:
    assert one("Банк одобрил проекты на общую сумму 35 млрд долл.").evidence[0].text == "35 млрд долл."
    found = facts("Экспорт составил 20 млрд долларов, а вырастет до 30 млрд.")
    assert [f.evidence[0].text for f in found] == ["20 млрд долларов", "30 млрд"]


# -- kinds ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Президенты договорились довести товарооборот до 8 млрд долларов.",
        "Мы намерены увеличить взаимную торговлю до 6 млрд долларов.",
        "Страны планируют нарастить инвестиции на 3 млрд долларов.",
        "Партнеры рассчитывают выйти на 9 млрд долларов товарооборота.",
        "Товарооборот к 2030 году – 25 млрд долларов.",
        "В перспективе взаимная торговля составит 4 млрд долларов.",
        "Наша цель – 10 млрд долларов торговли.",
        "Лидеры одобрили дорожную карту по увеличению торговли до 3 млрд долларов.",
        "Партнеры нацелены на товарооборот в 4 млрд долларов.",
        "По прогнозу, экспорт превысит 2 млрд долларов.",
        "Торговля может достичь 7 млрд долларов.",
    ],
)
def test_target(text: str) -> None:
    assert one(text).kind is MoneyKind.TARGET


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот в прошлом году достиг 3,3 млрд долларов.",
        "Объем торговли за январь-август составил 2,1 млрд долларов.",
        "Взаимные инвестиции превысили 5 млрд долларов.",
        "Экспорт вырос до 900 млн долларов.",
        "Торговля между странами приближается к 50 млрд долларов.",
        "Стоимость запасов месторождения свыше 20 млрд долларов.",
        "По итогам года товарооборот — 1,9 млрд долларов.",
    ],
)
def test_actual(text: str) -> None:
    assert one(text).kind is MoneyKind.ACTUAL


@pytest.mark.parametrize(
    "text",
    [
        "Китай выделит странам региона 500 млн юаней.",
        "Инвесторы из Эмиратов вложат в энергетику $6 млрд.",
        "Корея инвестирует в Узбекистан 2 млрд долларов.",
        "ЕБРР предоставит Киргизии 80 млн евро.",
        "Банк профинансирует строительство ГЭС на 1,2 млрд долларов.",
        "Япония передаст Таджикистану грант в 300 млн иен.",
        "ЕАБР одобрил кредит в 100 млн долларов.",
        "Стороны обсудили заем в 70 млн долларов.",
        "Подписаны документы на общую сумму 4 млрд долларов.",
        "Министр напомнил о соглашении с итальянским концерном на 900 млн евро.",
        "Евросоюз объявил о выделении 8 млрд евро на транспорт.",
        "В республиканском бюджете предусмотрено 120 млрд тенге на эти цели.",
        "Участникам представили инвестиционный пакет в 6 млрд евро.",
        "Баку внесет в капитал банка 60 млн долларов.",
        "Евросоюз мобилизует 9 млрд евро для транспортных проектов региона.",
    ],
)
def test_pledge(text: str) -> None:
    assert one(text).kind is MoneyKind.PLEDGE


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры одобрили бюджет Союзного государства на 2026 год в размере 9 млрд рублей.",
        "Подписан протокол об утверждении бюджета ОДКБ в размере 800 млн рублей.",
        "Совет утвердил бюджет Союза на будущий год в размере 15,8 млрд рублей.",
        "Бюджет организации на 2027 год составит 21 млн долларов.",
    ],
)
def test_a_budget_approved_or_set_for_a_period_ahead_is_allocated_money(text: str) -> None:
    assert one(text).kind is MoneyKind.PLEDGE


def test_a_budget_only_measured_keeps_the_kind_of_its_verb() -> None:
    assert one("Сейчас бюджет организации составляет 21 млн долларов.").kind is MoneyKind.ACTUAL


def test_money_a_party_puts_into_a_budget_is_a_pledge() -> None:
    assert one("Россия внесет в бюджет организации 5 млн долларов.").kind is MoneyKind.PLEDGE


def test_doubling_ahead_is_a_target_and_behind_is_actual() -> None:
    assert one("Стороны договорились удвоить товарооборот до 3 млрд долларов.").kind is MoneyKind.TARGET
    assert one("За пять лет товарооборот удвоился до 2 млрд долларов.").kind is MoneyKind.ACTUAL


def test_a_written_off_debt_is_a_pledge() -> None:
    fact = one("Москва списала долг Бишкека в размере 240 млн долларов.")
    assert (fact.kind, fact.indicator) == (MoneyKind.PLEDGE, "долг Бишкека")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Стороны создадут совместный инвестиционный фонд с капиталом 100 млн долларов.", MoneyKind.PLEDGE),
        ("Лидеры договорились о создании банка развития с уставным капиталом 2 млрд долларов.", MoneyKind.PLEDGE),
        ("Созданный в 2019 году фонд располагает капиталом в 400 млн долларов.", MoneyKind.ACTUAL),
    ],
)
def test_the_capital_of_a_body_founded_now_is_a_pledge(text: str, kind: MoneyKind) -> None:
    assert one(text).kind is kind


def test_purpose_is_not_a_goal() -> None:
    assert one("Китай готов выделить на эти цели 2 млрд долларов.").kind is MoneyKind.PLEDGE


@pytest.mark.parametrize(
    "text",
    [
        "Общий объем заключенных соглашений превысил $10 млрд.",
        "Общая стоимость подписанных документов составила 4,2 млрд долларов.",
    ],
)
def test_the_measured_total_of_signed_deals_is_a_pledge(text: str) -> None:
    assert one(text).kind is MoneyKind.PLEDGE


def test_signed_deals_after_their_noun_are_a_pledge_too() -> None:
    assert one("Сумма сделок, заключенных на форуме, превышает 30 млрд рублей.").kind is MoneyKind.PLEDGE


def test_past_trade_on_a_sum_is_actual() -> None:
    assert one("Туркменистан в прошлом году экспортировал газа на сумму 8 млрд долларов.").kind is MoneyKind.ACTUAL
    assert one("Подписаны документы на общую сумму 4 млрд долларов.").kind is MoneyKind.PLEDGE


def test_a_measured_total_of_invested_money_stays_actual() -> None:
    assert one("Объем вложенных инвестиций превысил 5 млрд долларов.").kind is MoneyKind.ACTUAL


def test_a_difference_after_a_deal_noun_is_not_a_deal() -> None:
    assert one("Согласно протоколу, товарооборот вырос на 2 млрд долларов.").kind is MoneyKind.ACTUAL


def test_tense_of_a_measure_verb_decides() -> None:
    assert one("Товарооборот в 2030 году составит 5 млрд долларов.").kind is MoneyKind.TARGET
    assert one("Товарооборот в текущем году составил 5 млрд долларов.").kind is MoneyKind.ACTUAL


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот в текущем году составит 5 млрд долларов.",
        "Министр ожидает, что по итогам года экспорт превысит 3 млрд долларов.",
        "По итогам нынешнего года инвестиции ожидаются на уровне 2 млрд евро.",
    ],
)
def test_a_forecast_for_the_current_year_is_actual(text: str) -> None:
    assert one(text).kind is MoneyKind.ACTUAL


def test_a_forecast_with_a_goal_year_stays_a_target() -> None:
    assert one("В этом году стороны ожидают, что к 2030 году торговля превысит 9 млрд долларов.").kind is (
        MoneyKind.TARGET
    )


@pytest.mark.parametrize(
    "text",
    [
        "Взнос Армении в общий фонд составит 40 млн долларов.",
        "Взносы составят по 5 млн долларов от каждой страны.",
        "Объем финансирования новой программы составит 300 млн евро.",
    ],
)
def test_a_measure_ahead_of_money_given_is_a_pledge(text: str) -> None:
    assert one(text).kind is MoneyKind.PLEDGE


def test_money_given_measured_against_a_goal_year_stays_a_target() -> None:
    assert one("Кредитный портфель банка вырастет до 5 млрд долларов к 2030 году.").kind is MoneyKind.TARGET


@pytest.mark.parametrize(
    "text",
    [
        "Стабилизационный фонд в размере 3 млрд долларов создается для помощи странам союза.",
        "Участники учредят фонд, равный 500 млн долларов.",
    ],
)
def test_the_size_of_a_fund_being_founded_is_a_pledge(text: str) -> None:
    assert one(text).kind is MoneyKind.PLEDGE


def test_a_fund_founded_in_the_past_is_not_a_pledge() -> None:
    assert one("Созданный в 2015 году фонд располагает 3 млрд долларов.").kind is MoneyKind.ACTUAL


def test_nearest_cue_in_the_clause_wins() -> None:
    found = facts(
        "В прошлом году объем торговли составил $2 млрд, а к 2028 году стороны рассчитывают довести его до $4 млрд."
    )
    assert [f.kind for f in found] == [MoneyKind.ACTUAL, MoneyKind.TARGET]


def test_elliptic_clause_keeps_the_pledge_verb() -> None:
    found = facts("Эмираты вложат $5 млрд в ближайшие два года, а в течение следующих пяти лет – еще $12 млрд.")
    assert [f.kind for f in found] == [MoneyKind.PLEDGE, MoneyKind.PLEDGE]


def test_a_verb_after_a_comma_belongs_to_the_next_clause() -> None:
    found = facts(
        "Фонд располагает капиталом в 400 млн долларов, его капитал планируется увеличить до 1 млрд долларов."
    )
    assert [f.kind for f in found] == [MoneyKind.ACTUAL, MoneyKind.TARGET]


def test_invested_in_the_past_is_actual_only_as_history() -> None:
    text = "За последние десять лет японские компании инвестировали в республику 6 млрд долларов."
    assert one(text).kind is MoneyKind.ACTUAL
    assert one("В прошлом году фонд вложил в стартапы 40 млн долларов.").kind is MoneyKind.ACTUAL
    assert one("Японские компании инвестируют в республику 6 млрд долларов.").kind is MoneyKind.PLEDGE
    assert one("На встрече лидеров катарский фонд вложил в проекты 2 млрд долларов.").kind is MoneyKind.PLEDGE


def test_an_elided_currency_before_a_comparative_is_carried() -> None:
    found = facts("Расходы составили 60 млн сомов, что на 15 млн больше плана.")
    assert [(f.amount, f.currency) for f in found] == [(Decimal(60000000), "KGS"), (Decimal(15000000), "KGS")]


def test_a_part_of_the_amount_before_shares_its_kind() -> None:
    found = facts("Япония выделит региону 5 млрд долларов. Из них 2 млрд долларов пойдут на дороги.")
    assert [f.kind for f in found] == [MoneyKind.PLEDGE, MoneyKind.PLEDGE]


def test_no_cue_is_actual() -> None:
    assert one("Министр осмотрел технопарк с объемом инвестиций в 30 млрд тенге.").kind is MoneyKind.ACTUAL


# -- conversions -----------------------------------------------------------------------------------------


def test_conversion_in_brackets_is_its_own_item_with_the_same_kind() -> None:
    found = facts("Токио выделит на программу 2 трлн иен (около $13 млрд) в течение пяти лет.")
    assert [(f.amount, f.currency, f.kind) for f in found] == [
        (Decimal("2000000000000"), "JPY", MoneyKind.PLEDGE),
        (Decimal("13000000000"), "USD", MoneyKind.PLEDGE),
    ]


def test_inline_conversion_after_a_comma() -> None:
    found = facts("Пекин направит 4 млрд юаней, или около $560 млн, на школы и больницы.")
    assert [(f.currency, f.kind) for f in found] == [("CNY", MoneyKind.PLEDGE), ("USD", MoneyKind.PLEDGE)]


def test_conversion_shares_an_actual_kind_too() -> None:
    found = facts("Товарооборот составил 1,2 трлн сумов (примерно 95 млн долларов).")
    assert [(f.currency, f.kind) for f in found] == [("UZS", MoneyKind.ACTUAL), ("USD", MoneyKind.ACTUAL)]


# -- indicator and year ----------------------------------------------------------------------------------


def test_indicator_is_a_nominative_phrase() -> None:
    assert one("Объем взаимной торговли в 2024 году достиг 4,1 млрд долларов.").indicator == "объем взаимной торговли"
    assert one("Власти выделят 50 млн долларов в качестве гуманитарной помощи.").indicator == "гуманитарная помощь"
    assert one("Правительство рассчитывает привлечь 20 млрд долларов прямых иностранных инвестиций.").indicator == (
        "прямые иностранные инвестиции"
    )


def test_indicator_after_the_amount_is_its_genitive() -> None:
    assert one("Наша цель – 10 млрд долларов торговли.").indicator == "торговля"


def test_indicator_stops_at_a_relative_pronoun() -> None:
    assert one("Фонд, капитал которого уже достиг 600 млн долларов, расширит работу.").indicator == "капитал"


def test_indicator_of_a_mark_comes_from_the_figure_before() -> None:
    text = "Торговля в прошлом году достигла 9 млрд долларов. К 2030 году мы выйдем на отметку в 15 млрд долларов."
    assert [f.indicator for f in facts(text)] == ["торговля", "торговля"]


def test_indicator_of_a_credit_line() -> None:
    assert one("Банк откроет для Узбекистана кредитную линию в 500 млн долларов.").indicator == "кредитная линия"


def test_elided_indicator_comes_from_the_amount_before_in_the_sentence() -> None:
    found = facts("Товарооборот по итогам года достиг $2,1 млрд, а в будущем году планируется $3 млрд.")
    assert [f.indicator for f in found] == ["товарооборот", "товарооборот"]


def test_a_volume_frame_is_not_the_indicator() -> None:
    assert one("Индия выделит линию кредита в объеме 1 млрд долларов США.").indicator == "линия кредита"
    assert one("Объем торговли достиг 2 млрд долларов.").indicator == "объем торговли"


def test_indicator_of_lending() -> None:
    assert one("Банки выделят на кредитование малого бизнеса 2 трлн сумов.").indicator == (
        "кредитование малого бизнеса"
    )


def test_indicator_modifiers_agree_in_number() -> None:
    assert one("Банк предложил механизм торгового финансирования объемом 1 млрд долларов.").indicator == (
        "торговое финансирование"
    )


def test_indicator_of_an_investing_verb() -> None:
    assert one("Индия вложит в проекты региона около $2 млрд.").indicator == "инвестиции"


def test_the_subject_of_an_investing_verb_is_not_the_indicator() -> None:
    assert one("Фонд вложил в экономику Узбекистана более 1 млрд долларов.").indicator == "инвестиции"


def test_indicator_of_an_anaphora_comes_from_the_figure_before() -> None:
    text = "Товарооборот с Турцией достиг 3 млрд долларов. Мы хотим довести этот показатель до 5 млрд долларов."
    assert [f.indicator for f in facts(text)] == ["товарооборот", "товарооборот"]


def test_year_of_a_deadline() -> None:
    assert one("Стороны намерены довести товарооборот до $15 млрд к 2032 году.").year == 2032


def test_abbreviation_dot_ends_the_sentence() -> None:
    found = facts("Экспорт в прошлом году — $40 млрд. Планируется к 2030 году довести его до $60 млрд.")
    assert [(f.kind, f.year) for f in found] == [(MoneyKind.ACTUAL, None), (MoneyKind.TARGET, 2030)]


def test_abbreviation_dot_before_a_quote_ends_the_sentence() -> None:
    found = facts("Экспорт в прошлом году — $40 млрд. «Мы хотим довести его до $60 млрд к 2030 году», — сказал он.")
    assert [f.kind for f in found] == [MoneyKind.ACTUAL, MoneyKind.TARGET]


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт в прошлом году — 350 тыс. долл. «К 2031 году нарастим его до 900 тыс. долларов», — сказал министр.",
        "Поставки в прошлом году — 80 млрд руб. «Планируем к 2031 году довести их до 120 млрд рублей», — отметил он.",
    ],
)
def test_sentence_ends_after_rub_and_dollar_abbreviations_before_a_quote(text: str) -> None:
    found = facts(text)
    assert [(f.kind, f.year) for f in found] == [(MoneyKind.ACTUAL, None), (MoneyKind.TARGET, 2031)]


def test_year_belongs_to_the_nearer_amount() -> None:
    found = facts("Экспорт составил 2 млрд долларов, его планируется нарастить до 4 млрд долларов к 2031 году.")
    assert [f.year for f in found] == [None, 2031]


# -- the pipeline ----------------------------------------------------------------------------------------


def test_the_extractor_is_registered_and_repeated_amounts_merge(pipeline: summitkit.Pipeline) -> None:
    assert "money" in [r.name for r in pipeline.extractors]
    text = "Китай выделит 800 млн юаней на гранты. Эти 800 млн юаней пойдут на школы и больницы."
    report = pipeline(text + SUMMIT_LINE)
    assert len(report.monetary_targets) == 1
    fact = report.monetary_targets[0]
    assert (fact.amount, fact.currency, fact.kind) == (Decimal("800000000"), "CNY", MoneyKind.PLEDGE)
    assert [span.text for span in fact.evidence] == ["800 млн юаней", "800 млн юаней"]


def test_the_surer_mention_of_an_amount_decides_its_kind(pipeline: summitkit.Pipeline) -> None:
    text = "Токио и Центральная Азия: 500 млрд иен\n\nЯпония выделит странам региона 500 млрд иен на проекты."
    (fact,) = pipeline(text + SUMMIT_LINE).monetary_targets
    assert fact.kind is MoneyKind.PLEDGE
    assert len(fact.evidence) == 2


def test_of_two_as_sure_mentions_the_one_with_an_indicator_comes_first(pipeline: summitkit.Pipeline) -> None:
    text = "Сеул выделит $3 млрд\n\nКорея выделит региону кредиты на 3 млрд долларов."
    (fact,) = pipeline(text + SUMMIT_LINE).monetary_targets
    assert fact.indicator == "кредиты"


def test_extractor_declares_what_it_fills_and_reads() -> None:
    extractor = MoneyExtractor()
    assert extractor.fills == ("monetary_targets",)
    assert extractor.requires == frozenset({"sentences"})


def test_money_spent_is_actual_and_money_to_spend_a_pledge() -> None:
    assert one("На подготовку встречи потрачено 35 млн сомов.").kind is MoneyKind.ACTUAL
    assert one("На ремонт дорог страны потратят 2 млрд долларов.").kind is MoneyKind.PLEDGE


def test_a_never_ending_sentence_is_read_in_a_window_per_amount() -> None:
    text = "товарооборот вырос " * 200 + "и составил 5 млрд долларов " + "и вырос " * 200
    document = Document(text)
    (mention,) = find_amounts(document)
    scope = scope_of(document, mention)
    assert scope.clause[1] - scope.clause[0] <= 2 * READING_REACH + (mention.end - mention.start)
    assert one(text).kind is MoneyKind.ACTUAL
