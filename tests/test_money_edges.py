"""Money in text that fights back: a minus sign, exact decimals, an amount too long to hold exactly.

Every sentence here is written for its test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import money_text
import summitkit
from summitkit.models import SummitReport

#: Makes a one-sentence text summit news for the genre gate.
SUMMIT_LINE = "\nПереговоры прошли на высшем уровне."


def report(text: str) -> SummitReport:
    return money_text.report(text, SUMMIT_LINE)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Сальдо торговли с соседом составило -5 млрд долларов.", "-5 млрд долларов"),
        ("Сальдо торговли с соседом составило минус 5 млрд долларов.", "минус 5 млрд долларов"),
        ("Сальдо торговли с соседом составило −5 млрд долларов.", "−5 млрд долларов"),
    ],
)
def test_a_minus_keeps_the_sign(text: str, evidence: str) -> None:
    (fact,) = report(text).monetary_targets
    assert fact.amount == Decimal("-5000000000")
    assert fact.evidence[0].text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "Взнос Армении составит $2 млрд, Грузии - $1 млрд.",
        "Стоимость нового терминала – 2 млрд долларов.",
        "Банк выделит 2-3 млрд долларов на дороги.",
    ],
)
def test_a_dash_is_not_a_minus(text: str) -> None:
    assert all(fact.amount > 0 for fact in report(text).monetary_targets)


def test_a_fractional_amount_stays_exact_through_json() -> None:
    found = report("Фонд выделит на гранты 1,123456789012345678 млн долларов.")
    (fact,) = found.monetary_targets
    assert fact.amount == Decimal("1123456.789012345678")
    back = SummitReport.model_validate_json(found.model_dump_json())
    assert back.monetary_targets[0].amount == fact.amount
    assert back == found


def test_an_amount_too_long_is_set_aside_and_the_others_kept() -> None:
    text = "Фонд выделит 1234567890123456789012345678901 долларов, а банк предоставит 5 млн долларов."
    found = report(text)
    assert [fact.amount for fact in found.monetary_targets] == [Decimal(5000000)]
    (diagnostic,) = found.diagnostics
    assert diagnostic.code == "money.amount-too-long"
    assert diagnostic.span is not None
    assert diagnostic.span.text.startswith("1234567890123456789012345678901")


def test_dram_in_the_genitive_plural_is_not_read_as_a_play() -> None:
    (fact,) = report("Ереван и Москва подписали контракты на 40 млрд драмов.").monetary_targets
    assert (fact.amount, fact.currency) == (Decimal("40000000000"), "AMD")


@pytest.mark.parametrize(
    "text",
    [
        "Бюджет Союзного государства на будущий год составит 6 млрд российских рублей.",
        "Лондон выделит 12 млн фунтов стерлингов на водные программы, сказал министр на встрече.",
        "Капитал фонда ЕАЭС составит 900 млн долларов.",
    ],
)
def test_a_union_state_an_organisation_or_a_ministerial_meeting_is_summit_news(text: str) -> None:
    assert len(summitkit.extract(text).monetary_targets) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Призовой фонд регаты, приуроченной к саммиту, составил 2 млн долларов.",
        "Выручка компании-перевозчика за год составила 4 млрд долларов.",
        "Капитализация холдинга на бирже подскочила до 70 млрд долларов.",
        "Выручка компании составила 9 млрд рублей ($100 млн).",
        "По данным холдинга, выручка группы за полугодие составила 300 млн долларов.",
    ],
)
def test_a_prize_or_a_company_s_own_figures_are_not_summit_money(text: str) -> None:
    assert report(text).monetary_targets == []


def test_summit_money_after_a_prize_in_one_sentence_is_kept() -> None:
    text = "Призовой фонд гонки составил 1 млн долларов, а товарооборот стран достиг 3 млрд долларов."
    (fact,) = report(text).monetary_targets
    assert fact.amount == Decimal("3000000000")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Капитал нового инвестиционного фонда составит 300 млн долларов.", "pledge"),
        ("Уставный капитал совместного банка составит 2 млрд рублей.", "pledge"),
        ("Капитал фонда к 2032 году составит 900 млн долларов.", "target"),
        ("Товарооборот в ближайшие годы составит 4 млрд долларов.", "target"),
    ],
)
def test_a_capital_a_body_will_have_is_committed_money(text: str, kind: str) -> None:
    (fact,) = report(text).monetary_targets
    assert fact.kind.value == kind


def test_a_sum_of_deals_signed_with_a_phrase_between_is_a_pledge() -> None:
    (fact,) = report("Сумма заключенных на форуме в Ташкенте контрактов превысила 2 млрд евро.").monetary_targets
    assert fact.kind.value == "pledge"


def test_a_potential_is_a_target() -> None:
    text = "Взаимная торговля сейчас составляет 3 млрд долларов, а ее потенциал — 8 млрд долларов."
    assert [f.kind.value for f in report(text).monetary_targets] == ["actual", "target"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Итоговая стоимость торговых контрактов — 900 млн евро.", "pledge"),
        ("Стоимость моста — 900 млн евро, соглашение о нем обсуждается.", "actual"),
    ],
)
def test_the_value_of_signed_deals_is_a_pledge(text: str, kind: str) -> None:
    (fact,) = report(text).monetary_targets
    assert fact.kind.value == kind
