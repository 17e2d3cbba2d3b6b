"""Documents read from the structure of the text: lists under intros of every kind, statuses, and the
lists that name no outcome. Every text here is written for the test.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes


def found(text: str) -> list[tuple[str, str]]:
    return [(d.title, d.status) for d in outcomes(Document(text))]


def test_verbless_outcome_intro_gives_each_item_the_status_of_its_kind() -> None:
    text = (
        "Итоги встречи лидеров в Чолпон-Ате:\n"
        "— Чолпон-Атинская декларация глав государств;\n"
        "— Программа регионального сотрудничества до 2030 года;\n"
        "— Соглашение о транзите электроэнергии."
    )
    assert found(text) == [
        ("Чолпон-Атинская декларация глав государств", "adopted"),
        ("Программа регионального сотрудничества до 2030 года", "signed"),
        ("Соглашение о транзите электроэнергии", "signed"),
    ]


def test_verbless_heading_takes_the_status_of_the_sentence_before() -> None:
    text = (
        "Главы правительств одобрили пакет документов.\n"
        "Решения Совета глав правительств:\n"
        "— О бюджете Исполнительного комитета на 2027 год;\n"
        "— Об изменении квот в органах Содружества."
    )
    assert found(text) == [
        ("Решение Совета глав правительств о бюджете Исполнительного комитета на 2027 год", "approved"),
        ("Решение Совета глав правительств об изменении квот в органах Содружества", "approved"),
    ]


def test_city_adjective_title_in_a_list_of_unmarked_paragraphs() -> None:
    text = (
        "Документы, принятые на встрече в верхах:\n\n"
        "Казанская декларация\n\n"
        "Совместное заявление о реформе международных финансов"
    )
    assert found(text) == [
        ("Казанская декларация", "adopted"),
        ("Совместное заявление о реформе международных финансов", "adopted"),
    ]


def test_items_with_their_own_verbs_keep_their_own_status() -> None:
    text = (
        "По итогам переговоров:\n"
        "— подписан Договор о военно-техническом сотрудничестве;\n"
        "— утверждена Дорожная карта развития торговли на 2026–2028 годы."
    )
    assert [status for _, status in found(text)] == ["signed", "approved"]
    assert all(not title.lower().startswith(("подписан", "утвержд")) for title, _ in found(text))


def test_verbless_intro_of_drafts_plans_or_topics_names_no_outcome() -> None:
    assert found("Ожидаемые документы саммита:\n— Соглашение о торговле;\n— Меморандум об инвестициях.") == []
    assert found("Проекты документов:\n— Соглашение о торговле;\n— Меморандум об инвестициях.") == []
    assert found("Итоги года:\n— рост товарооборота;\n— новые авиарейсы.") == []
