"""Money kinds read by meaning, and money that is no summit's: sentences written for these tests.

Each sentence is phrased the way a different outlet might put it; none is taken from an article.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import summitkit
from money_text import kinds, report


def test_money_the_parties_agreed_on_is_a_pledge() -> None:
    text = "Стороны договорились о взаимных инвестициях в размере 2 млрд долларов."
    assert kinds(text) == [(Decimal(2 * 10**9), "USD", "pledge")]


def test_agreeing_to_bring_trade_to_a_level_stays_a_target() -> None:
    text = "Президенты договорились о том, чтобы довести товарооборот до 10 млрд долларов."
    assert kinds(text) == [(Decimal(10 * 10**9), "USD", "target")]


def test_an_instruction_to_grow_trade_is_a_target() -> None:
    text = "Глава государства поручил обеспечить рост товарооборота до двух миллиардов долларов."
    assert kinds(text) == [(Decimal(2 * 10**9), "USD", "target")]


@pytest.mark.parametrize(
    "text",
    [
        "Азиатский банк развития: $3 млрд на климатические проекты Центральной Азии",
        "Еще 3 млрд долларов — на новые транспортные коридоры региона.",
    ],
)
def test_money_for_a_purpose_named_after_it_is_a_pledge(text: str) -> None:
    assert kinds(text) == [(Decimal(3 * 10**9), "USD", "pledge")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В прошлом году товарооборот составил 3 млрд долларов на фоне роста цен.", "actual"),
        ("Товарооборот на конец года вырос до 3 млрд долларов на 2025 год.", "actual"),
        ("Экспорт в прошлом году — 3 млрд долларов на треть больше прежнего.", "actual"),
    ],
)
def test_a_time_or_a_measure_after_na_is_no_purpose(text: str, kind: str) -> None:
    assert [k for _, _, k in kinds(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Рынок электромобилей в Китае оценивается в 500 млрд долларов, пишут аналитики.",
        "Объем мирового рынка зерна в этом году достиг 250 млрд долларов.",
        "Концерн намерен вложить 200 млн евро в модернизацию своего завода в Липецке.",
        "Компания вложит 100 млрд тенге в строительство собственного производства.",
    ],
)
def test_a_market_s_size_or_a_firm_s_own_plant_is_not_summit_money(text: str) -> None:
    assert report(text).monetary_targets == []


def test_opening_a_market_does_not_hide_a_loan() -> None:
    text = "Китай откроет рынок для казахстанской продукции и выделит кредит на 1 млрд долларов."
    assert kinds(text) == [(Decimal(10**9), "USD", "pledge")]


@pytest.mark.parametrize(
    "text",
    [
        "Президент подписал указ «О выделении 5 млрд тенге на поддержку фермеров».",
        "Утверждено постановление «Об инвестиционной программе на 300 млн долларов» в новой редакции.",
    ],
)
def test_an_amount_inside_a_quoted_title_is_part_of_the_name(text: str) -> None:
    assert report(text).monetary_targets == []


def test_an_amount_after_a_closed_title_is_read() -> None:
    text = "По соглашению «О сотрудничестве» Китай выделит 2 млрд юаней."
    assert kinds(text) == [(Decimal(2 * 10**9), "CNY", "pledge")]


def test_a_short_note_on_investing_is_summit_news() -> None:
    found = summitkit.extract("Китай инвестирует в Казахстан $2 млрд в рамках соглашений, подписанных в Астане.")
    assert [(f.amount, f.kind.value) for f in found.monetary_targets] == [(Decimal(2 * 10**9), "pledge")]


@pytest.mark.parametrize(
    "text",
    [
        "Стороны отметили рост торговли (в 2025 году — 2,7 млрд долларов) и решили довести ее до 5 млрд долларов.",
        "Стороны намерены довести товарооборот до 5 млрд долларов (в 2024 году — 2,7 млрд).",
    ],
)
def test_a_figure_in_brackets_labelled_by_a_year_is_reached(text: str) -> None:
    found = {(amount, kind) for amount, _, kind in kinds(text)}
    assert found == {(Decimal("2700000000"), "actual"), (Decimal(5 * 10**9), "target")}


def test_a_verb_after_brackets_does_not_govern_the_figure_inside() -> None:
    text = "Рост торговли (за 2025 год — 4 млрд долларов) позволит нарастить инвестиции."
    assert kinds(text) == [(Decimal(4 * 10**9), "USD", "actual")]


def test_raising_aid_to_a_level_is_a_target() -> None:
    text = "Евросоюз выделил региону 300 млн евро, а в следующем году намерен увеличить помощь до 500 млн евро."
    assert kinds(text) == [(Decimal(3 * 10**8), "EUR", "pledge"), (Decimal(5 * 10**8), "EUR", "target")]


def test_giving_up_to_an_amount_stays_a_pledge() -> None:
    text = "Япония намерена выделить помощь до 500 млн долларов."
    assert kinds(text) == [(Decimal(5 * 10**8), "USD", "pledge")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ЕАБР уже профинансировал проекты в Кыргызстане на 1,2 млрд долларов.", "actual"),
        ("На саммите ЕАБР профинансировал проекты в Кыргызстане на 1,2 млрд долларов.", "pledge"),
    ],
)
def test_past_financing_is_history_only_with_a_time_phrase(text: str, kind: str) -> None:
    assert kinds(text) == [(Decimal("1200000000"), "USD", kind)]


def test_a_share_before_its_verb_takes_the_currency_named_before() -> None:
    text = "Капитал фонда — 1 млрд долларов: по 500 млн внесут Россия и Индия."
    assert kinds(text) == [(Decimal(10**9), "USD", "pledge"), (Decimal(5 * 10**8), "USD", "pledge")]


@pytest.mark.parametrize(
    "text",
    ["Состояние бизнесмена журнал оценил в 2 млрд долларов.", "Фильм собрал в прокате 1 млрд рублей."],
)
def test_a_fortune_or_box_office_is_not_summit_money(text: str) -> None:
    assert report(text).monetary_targets == []


def test_a_hundred_in_words_is_a_number_not_an_abbreviation() -> None:
    text = "Таджикистан получит сто миллионов долларов на восстановление дорог."
    assert kinds(text) == [(Decimal(10**8), "USD", "pledge")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Из бюджета будет выделено 25 млн бел. руб. на совместные проекты.", "BYN"),
        ("На проекты Союзного государства направят Br25 млн.", "BYN"),
        ("Из бюджета будет выделено 25 млн рос. руб. на совместные проекты.", "RUB"),
    ],
)
def test_abbreviated_qualifiers_and_the_belarusian_sign(text: str, currency: str) -> None:
    assert kinds(text) == [(Decimal(25 * 10**6), currency, "pledge")]


@pytest.mark.parametrize(
    "text",
    [
        "Стоимость контрактов, заключенных в Ташкенте, составила 4 млрд долларов.",
        "Подписаны соглашения, общая стоимость которых превышает 4 млрд долларов.",
    ],
)
def test_the_measured_value_of_deals_is_committed_money(text: str) -> None:
    assert kinds(text) == [(Decimal(4 * 10**9), "USD", "pledge")]


def test_the_value_of_a_project_stays_a_reached_figure() -> None:
    assert kinds("Стоимость проекта составляет 4 млрд долларов.") == [(Decimal(4 * 10**9), "USD", "actual")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Кыргызстан и Казахстан учредили фонд с уставным капиталом 50 млрд KGS.", "pledge"),
        ("Фонд, который учредили в 2015 году, располагает капиталом 50 млрд KGS.", "actual"),
    ],
)
def test_a_fund_founded_at_the_event_commits_its_capital(text: str, kind: str) -> None:
    assert kinds(text) == [(Decimal(50 * 10**9), "KGS", kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Ущерб от паводка оценивается в 200 млн долларов.",
        "Штраф за нарушение составит 2 млн рублей.",
        "Стоимость квартиры в центре Астаны достигает 150 млн тенге.",
        "Глава банка заявил, что прибыль банка составит 500 млрд рублей.",
        "Компания инвестирует 300 млн долларов в расширение собственных мощностей.",
    ],
)
def test_damage_fines_housing_and_a_firm_s_profit_are_not_summit_money(text: str) -> None:
    assert report(text).monetary_targets == []


def test_a_purpose_named_after_the_amount_does_not_drop_it() -> None:
    text = "Россия выделит 1 млрд рублей на ремонт жилья и школ в приграничье."
    assert kinds(text) == [(Decimal(10**9), "RUB", "pledge")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("За тридцать лет стороны нарастили торговлю до 240 млрд долларов.", "actual"),
        ("Товарооборот в прошлой пятилетке довели до 240 млрд долларов.", "actual"),
        ("Стороны намерены нарастить торговлю до 240 млрд долларов.", "target"),
    ],
)
def test_bringing_to_a_level_in_the_past_is_reached(text: str, kind: str) -> None:
    assert kinds(text) == [(Decimal(240 * 10**9), "USD", kind)]


def test_money_of_a_year_long_before_the_text_is_a_recollection() -> None:
    text = (
        "Ташкент, 12 ноября 2025 года. В 1992 году Россия предоставила Казахстану кредит в 1 млрд долларов, "
        "напомнил президент. Сейчас товарооборот составляет 20 млрд долларов."
    )
    assert kinds(text) == [(Decimal(20 * 10**9), "USD", "actual")]


@pytest.mark.parametrize(
    "text",
    [
        "Ташкент, 12 ноября 2025 года. В 2024 году товарооборот составил 1 млрд долларов.",
        "В 1992 году Россия предоставила кредит в 1 млрд долларов.",  # no date: the text's year is unknown
        "Ташкент, 12 ноября 2025 года. С 2010 года Китай вложил в экономику 1 млрд долларов.",
    ],
)
def test_a_recent_year_or_an_undated_text_keeps_the_amount(text: str) -> None:
    assert [amount for amount, _, _ in kinds(text)] == [Decimal(10**9)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ежегодно на эти цели выделяется 3 млрд рублей.", "pledge"),
        ("На совместные проекты направляются 3 млрд рублей.", "pledge"),
        ("За последние годы в экономику вкладывалось по 3 млрд рублей ежегодно.", "actual"),
    ],
)
def test_the_reflexive_passive_of_giving(text: str, kind: str) -> None:
    assert kinds(text) == [(Decimal(3 * 10**9), "RUB", kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Объем товарооборота должен быть доведен до 7 млрд долларов.",
        "К 2030 году портфель фонда должен быть доведен до 7 млрд долларов, считают в правительстве.",
        "Взаимная торговля будет доведена до 7 млрд долларов.",
    ],
)
def test_a_level_a_figure_must_be_brought_to_is_a_target(text: str) -> None:
    assert kinds(text) == [(Decimal(7 * 10**9), "USD", "target")]


def test_a_figure_already_brought_to_a_level_is_reached() -> None:
    text = "За пять лет объем товарооборота был доведен до 7 млрд долларов."
    assert kinds(text) == [(Decimal(7 * 10**9), "USD", "actual")]
