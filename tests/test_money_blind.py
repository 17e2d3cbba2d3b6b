"""Money phrasings from a blind sprint: sentences written for these tests in the styles of many outlets.

None is taken from an article; each stands for a general structure (a range, a verb of bringing to a
level, a figure named again in the next paragraph).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from money_text import kinds

BILLION = 10**9


@pytest.mark.parametrize(
    "text",
    [
        "Эксперты ждут, что к 2030 году взаимная торговля вырастет от 5 до 7 млрд долларов.",
        "Стороны рассчитывают к 2030 году привлечь от 5 млрд до 7 млрд долларов инвестиций.",
        "Стороны рассчитывают к 2030 году привлечь инвестиции в 5-7 млрд долларов.",
    ],
)
def test_a_range_is_one_figure_read_as_its_upper_bound(text: str) -> None:
    assert kinds(text) == [(Decimal(7 * BILLION), "USD", "target")]


def test_growth_from_one_figure_to_another_keeps_both() -> None:
    found = kinds("В прошлом году товарооборот вырос с 5 до 7 млрд долларов.")
    assert [amount for amount, _, _ in found] == [Decimal(5 * BILLION), Decimal(7 * BILLION)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Стороны подтвердили намерение вывести товарооборот на уровень не менее $3 млрд в год.", "target"),
        ("Лидеры поручили выводить взаимную торговлю на 3 млрд долларов ежегодно.", "target"),
        ("За пять лет страны вывели товарооборот на уровень 3 млрд долларов.", "actual"),
    ],
)
def test_bringing_a_figure_to_a_level(text: str, kind: str) -> None:
    assert kinds(text) == [(Decimal(3 * BILLION), "USD", kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры ОТГ решили, что Тюркский инвестиционный фонд будет капитализирован в объеме 500 млн долларов.",
        "Участники договорились докапитализировать Евразийский банк развития на 500 млн долларов.",
    ],
)
def test_capitalising_a_fund_is_money_put_in(text: str) -> None:
    assert kinds(text) == [(Decimal(500 * 10**6), "USD", "pledge")]


def test_a_figure_named_again_in_the_next_paragraph_keeps_its_currency() -> None:
    text = (
        "По словам президента, в прошлом году взаимный товарооборот достиг 4,8 млрд долларов.\n\n"
        "«Мы намерены за пять лет довести этот показатель до 10 миллиардов», – сказал он."
    )
    assert kinds(text) == [(Decimal("4.8") * BILLION, "USD", "actual"), (Decimal(10 * BILLION), "USD", "target")]


def test_a_bare_figure_in_the_next_paragraph_is_no_money() -> None:
    text = (
        "По словам президента, в прошлом году взаимный товарооборот достиг 4,8 млрд долларов.\n\n"
        "Население двух стран превышает 40 миллионов."
    )
    assert [amount for amount, _, _ in kinds(text)] == [Decimal("4.8") * BILLION]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Минск, 20 ноября 2026 года. Ожидается, что в 2026 году товарооборот превысит 50 млрд долларов.", "actual"),
        ("Минск, 20 ноября 2026 года. По итогам 2026 года товарооборот составит 50 млрд долларов.", "actual"),
        ("Минск, 20 ноября 2026 года. Ожидается, что в 2027 году товарооборот превысит 50 млрд долларов.", "target"),
        ("Ожидается, что в 2026 году товарооборот превысит 50 млрд долларов.", "target"),  # undated: unknown
    ],
)
def test_a_forecast_for_the_year_of_the_dateline_is_a_figure_being_reached(text: str, kind: str) -> None:
    assert kinds(text) == [(Decimal(50 * BILLION), "USD", kind)]


def test_table_figures_take_the_kind_of_their_unit_header() -> None:
    text = "| Участник | Взнос, млн долларов |\n| Китай | 40 |\n| Россия | 30 |\nВзносы согласованы на саммите."
    assert kinds(text) == [(Decimal(40 * 10**6), "USD", "pledge"), (Decimal(30 * 10**6), "USD", "pledge")]


def test_table_figures_under_a_header_with_no_cue_stay_actual() -> None:
    text = "| Страна | Товарооборот, млн долларов |\n| Китай | 40 |\n| Россия | 30 |"
    assert [kind for _, _, kind in kinds(text)] == ["actual", "actual"]


def test_a_year_of_history_sets_only_the_amounts_up_to_the_next_one() -> None:
    text = (
        "Москва, 4 марта 2026 года. Президент напомнил, что в 2005 году товарооборот составлял всего 1 млрд "
        "долларов, сейчас же он достиг 10 млрд долларов."
    )
    assert kinds(text) == [(Decimal(10 * BILLION), "USD", "actual")]


@pytest.mark.parametrize(
    "text",
    [
        "На полях саммита выступил глава госкорпорации. Выручка госкорпорации за год составила 2 трлн рублей.",
        "Накануне визита арестован бывший министр, которого обвиняют в хищении 5 млн долларов.",
        "В дни саммита задержан чиновник, получивший взятку в размере 50 тыс. долларов.",
        "Капитализация горнорудной компании на лондонской бирже после визита выросла до 10 млрд долларов.",
        "Состояние Илона Маска, встретившегося с президентом, оценивается в 400 млрд долларов.",
    ],
)
def test_money_of_firms_crimes_and_fortunes_is_no_summit_money(text: str) -> None:
    assert kinds(text) == []


def test_capital_of_a_development_bank_stays_summit_money() -> None:
    text = "Лидеры договорились, что капитализация Евразийского банка развития составит 7 млрд долларов."
    assert kinds(text) == [(Decimal(7 * BILLION), "USD", "pledge")]


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры поставили задачу удвоить товарооборот с нынешних 5 млрд долларов до 10 млрд долларов к 2030 году.",
        "Президенты договорились нарастить торговлю с 5 до 10 млрд долларов.",
    ],
)
def test_the_level_a_goal_starts_from_is_a_reached_figure(text: str) -> None:
    assert kinds(text) == [(Decimal(5 * BILLION), "USD", "actual"), (Decimal(10 * BILLION), "USD", "target")]


@pytest.mark.parametrize(
    "text",
    [
        "Главы правительств утвердили смету расходов Исполкома на 2027 год в сумме 1,1 млрд рублей.",
        "Утверждена смета Секретариата на будущий год в размере 1,1 млрд рублей.",
    ],
)
def test_an_estimate_of_spending_for_a_year_ahead_is_a_budget_allocated(text: str) -> None:
    assert kinds(text) == [(Decimal("1.1") * BILLION, "RUB", "pledge")]


def test_a_country_labelling_a_list_item_does_not_pick_its_currency() -> None:
    text = (
        "Главы правительств СНГ утвердили бюджет на 2027 год. Долевые взносы государств составят:\n"
        "Россия – 600 млн рублей;\nКазахстан – 150 млн рублей;\nБеларусь – 80 млн рублей."
    )
    assert [currency for _, currency, _ in kinds(text)] == ["RUB", "RUB", "RUB"]


def test_a_belarusian_rouble_named_in_a_list_item_stays_belarusian() -> None:
    text = "Взносы в фонд составят:\nРоссия – 600 млн российских рублей;\nБеларусь – 80 млн белорусских рублей."
    assert [currency for _, currency, _ in kinds(text)] == ["RUB", "BYN"]


@pytest.mark.parametrize(
    "text",
    [
        "«Мы стремимся к тому, чтобы товарооборот достиг 100 млрд долларов», – подчеркнул президент.",
        "Президент считает важным, чтобы уже в следующем году объем инвестиций превысил 100 млрд долларов.",
    ],
)
def test_a_past_form_after_so_that_is_a_wish(text: str) -> None:
    assert kinds(text) == [(Decimal(100 * BILLION), "USD", "target")]


def test_a_past_form_without_so_that_stays_a_fact() -> None:
    assert kinds("Товарооборот в прошлом году достиг 100 млрд долларов.") == [(Decimal(100 * BILLION), "USD", "actual")]


def test_a_members_share_of_a_budget_ahead_is_its_contribution() -> None:
    text = "Утвержден бюджет Исполкома на 2027 год. Доля Кыргызстана составит 15,3 млн рублей."
    assert kinds(text) == [(Decimal("15.3") * 10**6, "RUB", "pledge")]


def test_a_share_measured_in_the_past_stays_actual() -> None:
    text = "На саммите отметили, что доля Китая в инвестициях составила 2 млрд долларов."
    assert kinds(text) == [(Decimal(2 * BILLION), "USD", "actual")]


def test_an_imperfective_verb_of_transferring_money_is_a_pledge() -> None:
    text = "На саммите решено, что каждая страна ежегодно будет перечислять в фонд по 2 млн долларов."
    assert kinds(text) == [(Decimal(2 * 10**6), "USD", "pledge")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Баку, 5 мая. В ходе визита решено выделить 34 млн манатов на строительство школы.", "AZN"),
        ("Ашхабад, 5 мая. В ходе визита решено выделить 34 млн манатов на строительство школы.", "TMT"),
        ("В ходе визита в Баку решено выделить 34 млн манатов на школу в Туркменистане.", "TMT"),
    ],
)
def test_a_shared_currency_name_takes_the_dateline_state_when_the_text_names_none(text: str, currency: str) -> None:
    assert [c for _, c, _ in kinds(text)] == [currency]
