"""Decisions approved as plain nouns: the objects of "утвердить", "одобрить", "согласовать".

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes


def found(text: str) -> list[tuple[str, str]]:
    return [(d.title, d.status) for d in outcomes(Document(text))]


def test_coordinated_objects_of_an_approving_verb_are_each_a_document() -> None:
    text = "Министры утвердили бюджет организации на 2027 год, отчёт о его исполнении, новую структуру секретариата."
    assert found(text) == [
        ("Бюджет организации на 2027 год", "approved"),
        ("Отчёт о его исполнении", "approved"),
        ("Новая структура секретариата", "approved"),
    ]


def test_a_passive_approval_and_the_owner_of_a_possessive() -> None:
    text = "Утверждены новая структура аппарата Комиссии и его штатное расписание."
    assert found(text) == [
        ("Новая структура аппарата Комиссии", "approved"),
        ("Штатное расписание аппарата Комиссии", "approved"),
    ]


def test_agreed_is_approved() -> None:
    assert found("Стороны согласовали программу развития торговли до 2035 г.") == [
        ("Программа развития торговли до 2035 г.", "approved")
    ]


def test_a_schedule_is_a_thing_not_an_artist() -> None:
    assert found("Стороны согласовали график консультаций на 2027 год.") == [
        ("График консультаций на 2027 год", "approved")
    ]


def test_changes_to_a_procedure() -> None:
    assert found("Согласованы изменения в порядок ротации председателей.") == [
        ("Изменения в порядок ротации председателей", "approved")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры одобрили инициативу Казахстана и утвердили кандидатуру генсека.",
        "Согласованы дальнейшие шаги по созданию фонда.",
        "Главы утвердили 16 документов.",
        "Утвержден ряд соглашений.",
        "Министры утвердят бюджет в декабре.",
        "Президент утвердил посла.",
        "Лидеры утвердили повестку дня.",
        "Премьер утвердил новый состав кабинета.",
        "Лидеры одобрили работу секретариата и создание фонда развития.",
        "Министры одобрили заявку Лаоса на вступление в организацию.",
        "Утвердили нового секретаря комиссии.",
    ],
)
def test_people_proposals_plans_counts_and_futures_are_not_documents(text: str) -> None:
    assert found(text) == []


def test_an_accusative_object_does_not_join_a_title_whose_last_noun_cannot_agree_with_it() -> None:
    text = "Совет глав правительств утвердил план действий по цифровой трансформации и новую структуру секретариата."
    assert found(text) == [
        ("План действий по цифровой трансформации", "approved"),
        ("Новая структура секретариата", "approved"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Одобрен и отчёт «Об итогах работы комиссии за 2026 год».", "Отчёт «Об итогах работы комиссии за 2026 год»"),
        ("Утверждена и смета расходов секретариата.", "Смета расходов секретариата"),
        ("Министры одобрили и доклад ревизионной комиссии.", "Доклад ревизионной комиссии"),
    ],
)
def test_and_as_also_before_the_object(text: str, expected: str) -> None:
    assert found(text) == [(expected, "approved")]


@pytest.mark.parametrize(
    "text",
    [
        "Смета секретариата на следующий год утверждена.",
        "Стороны утвердили смету секретариата на следующий год.",
        "Генеральный секретарь сообщил, что смета секретариата на следующий год утверждена.",
    ],
)
def test_a_period_counted_from_now_stays_in_the_title(text: str) -> None:
    assert found(text) == [("Смета секретариата на следующий год", "approved")]


def test_a_previous_meeting_in_a_clause_of_its_own_does_not_date_the_approval() -> None:
    text = (
        "Министры также одобрили распоряжение о составе рабочей группы и заслушали отчёт о выполнении "
        "поручений, намеченных на прошлом заседании."
    )
    assert found(text) == [("Распоряжение о составе рабочей группы", "approved")]
    assert found("На прошлом заседании министры одобрили распоряжение о составе рабочей группы.") == []
    assert found("Распоряжение о составе рабочей группы было одобрено на прошлом заседании.") == []


def test_a_decision_named_by_its_content_keeps_its_amount() -> None:
    text = "Министры финансов утвердили выделение Сербии займа в размере 2 млрд евро на 2027–2028 годы."
    assert found(text) == [("Выделение Сербии займа в размере 2 млрд евро на 2027–2028 годы", "approved")]
    text = "Стороны подписали соглашение о предоставлении займа в размере 2 млрд евро."
    assert found(text) == [("Соглашение о предоставлении займа", "signed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Совет министров принял выводы по миграции, торговле и энергетике.", "adopted"),
        ("На встрече были одобрены выводы о расширении союза.", "approved"),
    ],
)
def test_a_councils_conclusions_are_one_document(text: str, expected: str) -> None:
    ((title, status),) = found(text)
    assert title.startswith("Выводы ") and status == expected


@pytest.mark.parametrize(
    "text",
    ["Эксперты сделали выводы из прошлого кризиса.", "Министры приняли к сведению выводы рабочей группы."],
)
def test_conclusions_drawn_or_noted_are_no_document(text: str) -> None:
    assert found(text) == []
