"""Coordination and ellipsis inside titles: a plural head over several complements is several documents.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes


def titles(text: str) -> list[str]:
    return [d.title for d in outcomes(Document(text))]


def test_plural_head_over_coordinated_fields_is_one_document_each() -> None:
    text = "Стороны подписали протоколы о сотрудничестве в области образования и здравоохранения."
    assert titles(text) == [
        "Протокол о сотрудничестве в области образования",
        "Протокол о сотрудничестве в области здравоохранения",
    ]


def test_plural_head_with_coordinated_genitives() -> None:
    assert titles("Министры подписали соглашения в сфере транспорта и энергетики.") == [
        "Соглашение в сфере транспорта",
        "Соглашение в сфере энергетики",
    ]


def test_the_head_is_carried_over_a_colon_to_each_complement() -> None:
    text = "Затем состоялось подписание двух соглашений: об избежании двойного налогообложения и о защите инвестиций."
    assert titles(text) == [
        "Соглашение об избежании двойного налогообложения",
        "Соглашение о защите инвестиций",
    ]


def test_the_head_is_carried_over_a_dash() -> None:
    assert titles("Главы государств подписали два соглашения – о транзите и о торговле.") == [
        "Соглашение о транзите",
        "Соглашение о торговле",
    ]


def test_plural_head_over_quoted_names() -> None:
    text = 'Кроме того, подписаны резолюции "О развитии связи" и "Об итогах года".'
    assert titles(text) == ['Резолюция "О развитии связи"', 'Резолюция "Об итогах года"']


def test_plural_head_after_a_dash_over_a_list_of_quoted_names() -> None:
    text = "Среди подписанных постановлений – «О создании фонда по науке», «О премиях в области кино»."
    assert titles(text) == ["Постановление «О создании фонда по науке»", "Постановление «О премиях в области кино»"]


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры утвердили Стратегию безопасности и развития региона.",
        "Лидеры утвердили стратегию безопасности и развития региона до 2030 года.",
    ],
)
def test_a_singular_head_keeps_its_coordinated_complement(text: str) -> None:
    assert len(titles(text)) == 1
    assert "безопасности и развития" in titles(text)[0]


def test_coordinated_nouns_sharing_a_complement_after_them_are_not_parted() -> None:
    assert titles("Подписаны меморандумы о взаимопонимании и сотрудничестве в сфере туризма.") == [
        "Меморандум о взаимопонимании и сотрудничестве в сфере туризма"
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Подписаны межправительственные соглашения о сотрудничестве в области сельского хозяйства.",
            "Межправительственное соглашение о сотрудничестве в области сельского хозяйства",
        ),
        (
            "Бишкек. Министры подписали соглашения по вопросам таможенного контроля.",
            "Соглашение по вопросам таможенного контроля",
        ),
        ("Также подписаны соглашения в сфере цифровизации.", "Соглашение в сфере цифровизации"),
    ],
)
def test_a_plural_head_over_one_subject_names_it_once(text: str, title: str) -> None:
    assert titles(text) == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Стороны подписали соглашения с китайскими компаниями.",
        "В ходе визита подписано более 20 соглашений о сотрудничестве в области энергетики.",
        "Стороны подписали соглашения на сумму 3 млрд долларов.",
    ],
)
def test_a_plural_head_without_a_subject_or_with_a_count_names_no_document(text: str) -> None:
    assert titles(text) == []


def test_a_plural_title_after_a_also_takes_the_case_of_the_title_before() -> None:
    text = (
        "Ереван, 20 мая. Стороны подписали Меморандум о взаимопонимании в области образования и науки, "
        "а также соглашения о сотрудничестве в сферах туризма и спорта."
    )
    assert titles(text) == [
        "Меморандум о взаимопонимании в области образования и науки",
        "Соглашение о сотрудничестве в сфере туризма",
        "Соглашение о сотрудничестве в сфере спорта",
    ]


def test_between_two_parties_is_not_two_documents() -> None:
    assert titles("Подписаны соглашения между Арменией и Грузией.") == []


def test_the_head_is_carried_over_an_inclusion() -> None:
    assert titles("Министры подписали ряд соглашений, в частности о рыболовстве и о транзите.") == [
        "Соглашение о рыболовстве",
        "Соглашение о транзите",
    ]


def test_plural_decisions_are_documents_unless_they_schedule_work() -> None:
    assert titles("Приняты решения о взносах и о ревизии.") == ["Решение о взносах", "Решение о ревизии"]
    assert titles("Приняты решения о проведении саммита и о переносе форума.") == []


def test_a_plural_field_noun_is_one_field_in_each_document() -> None:
    assert titles("Министры подписали соглашения о сотрудничестве в сферах образования, науки и спорта.") == [
        "Соглашение о сотрудничестве в сфере образования",
        "Соглашение о сотрудничестве в сфере науки",
        "Соглашение о сотрудничестве в сфере спорта",
    ]


def test_a_list_item_with_a_plural_head_over_coordinated_fields() -> None:
    text = "Подписаны документы:\n1. Протоколы о сотрудничестве в области связи и почты.\n2. Договор о дружбе.\n"
    assert titles(text) == [
        "Протокол о сотрудничестве в области связи",
        "Протокол о сотрудничестве в области почты",
        "Договор о дружбе",
    ]


@pytest.mark.parametrize(
    "text", ["Подписаны 2 протокола: о связи и о почте.", "Подписаны два протокола: о связи и о почте."]
)
def test_a_count_of_two_over_genitive_singular_carries_its_head(text: str) -> None:
    assert titles(text) == ["Протокол о связи", "Протокол о почте"]


def test_a_count_that_does_not_match_the_complements_names_fields_not_documents() -> None:
    assert titles("Стороны подписали более 20 соглашений в сферах энергетики, транспорта и ИИ.") == []
