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


@pytest.mark.parametrize(
    "text",
    [
        "Министры финансов подписали соглашение и протокол о взаимной защите инвестиций.",
        "Состоялось подписание соглашения и протокола о взаимной защите инвестиций.",
    ],
)
def test_a_bare_head_joined_by_and_shares_the_complement_of_the_next(text: str) -> None:
    assert titles(text) == ["Соглашение о взаимной защите инвестиций", "Протокол о взаимной защите инвестиций"]


def test_a_bare_name_inside_a_list_of_names_keeps_no_complement() -> None:
    text = "Главы государств подписали Договор о коллективной безопасности, Устав и Положение о Совете."
    assert titles(text) == ["Договор о коллективной безопасности", "Устав", "Положение о Совете"]


def test_a_ceremony_signs_each_title_joined_by_and() -> None:
    text = "Состоялось подписание Договора о дружбе и Меморандума о сотрудничестве в сфере туризма."
    assert titles(text) == ["Договор о дружбе", "Меморандум о сотрудничестве в сфере туризма"]


def test_a_repeated_inner_preposition_carries_what_stands_before_it() -> None:
    text = "Подписаны протоколы о внесении изменений в Соглашение о создании Фонда и в Договор о Комиссии."
    assert titles(text) == [
        "Протокол о внесении изменений в Соглашение о создании Фонда",
        "Протокол о внесении изменений в Договор о Комиссии",
    ]


def test_a_second_subject_of_the_head_is_not_a_subject_of_the_noun_before() -> None:
    text = "Подписаны соглашения об обмене информацией о налогах и о взаимной помощи."
    assert titles(text) == ["Соглашение об обмене информацией о налогах", "Соглашение о взаимной помощи"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Утвержден план действий («дорожная карта») по развитию кооперации.",
            "План действий («дорожная карта») по развитию кооперации",
        ),
        (
            "Подписана Хартия организации (ОДКБ) о коллективной обороне.",
            "Хартия организации (ОДКБ) о коллективной обороне",
        ),
        ("Одобрена Концепция цифровой трансформации (до 2030 года).", "Концепция цифровой трансформации"),
        ("Подписан Договор о союзнических отношениях (текст прилагается).", "Договор о союзнических отношениях"),
    ],
)
def test_another_name_in_brackets_belongs_to_the_title_but_a_remark_does_not(text: str, title: str) -> None:
    assert titles(text) == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Министры приняли Заявление о ситуации в Афганистане.", "Заявление о ситуации в Афганистане"),
        ("Подписан контракт о поставках газа в Китай.", "Контракт о поставках газа в Китай"),
        ("Лидеры подписали Декларацию о развитии в Ташкенте.", "Декларация о развитии"),
    ],
)
def test_a_place_the_title_is_about_or_goes_to_is_part_of_it_but_the_setting_is_not(text: str, title: str) -> None:
    assert titles(text) == [title]


def test_a_genitive_after_a_plural_head_is_shared_by_each_document() -> None:
    text = "Приняты Заявления глав государств о борьбе с терроризмом и о продовольственной безопасности."
    assert titles(text) == [
        "Заявление глав государств о борьбе с терроризмом",
        "Заявление глав государств о продовольственной безопасности",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Подписаны соглашения о поставке пшеницы и строительстве элеваторов.",
            ["Соглашение о поставке пшеницы", "Соглашение о строительстве элеваторов"],
        ),
        (
            "Подписаны меморандумы по развитию туризма и строительству дорог.",
            ["Меморандум по развитию туризма", "Меморандум по строительству дорог"],
        ),
        (
            "Подписаны соглашения о поставке пшеницы и кукурузы.",
            ["Соглашение о поставке пшеницы", "Соглашение о поставке кукурузы"],
        ),
    ],
)
def test_objects_of_one_preposition_joined_by_and(text: str, expected: list[str]) -> None:
    assert titles(text) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Приняли Обращение участников саммита к мировому сообществу.",
            "Обращение участников саммита к мировому сообществу",
        ),
        ("Подписан Кодекс поведения на Каспийском море.", "Кодекс поведения на Каспийском море"),
    ],
)
def test_an_adjective_pymorphy_also_reads_as_a_noun_modifies_the_noun_after_it(text: str, title: str) -> None:
    assert titles(text) == [title]


def test_a_framework_agreement_written_with_a_hyphen() -> None:
    assert titles("Лидеры подписали Соглашение-рамку о торговле.") == ["Соглашение-рамка о торговле"]
