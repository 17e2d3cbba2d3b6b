"""Titles of signed documents in all their forms: the document nouns, their complements, coordination and
the nominative. Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes


def found(text: str) -> list[tuple[str, str]]:
    return [(d.title, d.status) for d in outcomes(Document(text))]


def titles(text: str) -> list[str]:
    return [d.title for d in outcomes(Document(text))]


def test_a_decree_with_a_number_and_a_quoted_name() -> None:
    assert found("Подписан декрет № 5 «О единой промышленной политике».") == [
        ("Декрет № 5 «О единой промышленной политике»", "signed")
    ]


def test_a_capitalised_agenda_is_a_document_but_the_agenda_of_a_sitting_is_not() -> None:
    assert titles("Главы государств приняли Повестку дня ОТГ до 2040 года.") == ["Повестка дня ОТГ до 2040 года"]
    assert titles("Министры утвердили повестку дня заседания.") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Лидеры утвердили изменения в Устав Организации тюркских государств.", "Изменения в Устав"),
        ("Совет одобрил поправки в Положение о Секретариате.", "Поправки в Положение о Секретариате"),
    ],
)
def test_a_document_after_a_preposition_is_not_the_verbs_object(text: str, title: str) -> None:
    assert len(titles(text)) == 1
    assert titles(text)[0].startswith(title)


def test_an_inclusion_word_is_not_a_preposition_of_the_title() -> None:
    text = "Подписан пакет документов, включая Соглашение о свободной торговле и Меморандум о туризме."
    assert titles(text) == ["Соглашение о свободной торговле", "Меморандум о туризме"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В ходе визита были заключены межправительственные соглашения в сфере транспорта и энергетики.",
            [
                "Межправительственное соглашение в сфере транспорта",
                "Межправительственное соглашение в сфере энергетики",
            ],
        ),
        (
            "Состоялось подписание двух межведомственных меморандумов: о туризме и о спорте.",
            ["Межведомственный меморандум о туризме", "Межведомственный меморандум о спорте"],
        ),
    ],
)
def test_each_document_of_a_plural_head_keeps_its_adjectives_in_the_singular(text: str, expected: list[str]) -> None:
    assert titles(text) == expected
