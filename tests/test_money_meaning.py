"""Money kinds read by meaning, and money that is no summit's: sentences written for these tests.

Each sentence is phrased the way a different outlet might put it; none is taken from an article.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import summitkit
from summitkit.models import SummitReport

#: Makes a short text summit news for the genre gate.
SUMMIT_LINE = "\nОб этом сообщили по итогам переговоров на высшем уровне."


def report(text: str) -> SummitReport:
    text += SUMMIT_LINE
    found = summitkit.extract(text)
    for fact in found.monetary_targets:
        for span in fact.evidence:
            assert text[span.start : span.end] == span.text
    return found


def kinds(text: str) -> list[tuple[Decimal, str, str]]:
    return [(f.amount, f.currency, f.kind.value) for f in report(text).monetary_targets]


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
