"""The list reader: intros, markers, unmarked lines, ;-parted lines, heading items, lists cut off.

Every text here is written for the test.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.enumerations import Enumeration, enumeration_at, enumerations, read_items


def texts(enumeration: Enumeration) -> list[str]:
    return [item.text for item in enumeration.items]


def only(text: str) -> Enumeration:
    (enumeration,) = enumerations(Document(text))
    return enumeration


def test_numbered_lines_after_a_colon() -> None:
    text = "Министры утвердили три плана:\n1. План по туризму;\n2) План по энергетике.\nЗатем был обед."
    enumeration = only(text)
    assert texts(enumeration) == ["План по туризму", "План по энергетике"]
    assert text[enumeration.intro_start : enumeration.opener] == "Министры утвердили три плана"
    assert [i.marker for i in enumeration.items] == ["number", "number"]


def test_dashed_and_bulleted_lines_with_paragraphs_between() -> None:
    text = "Стороны договорились о следующем:\n\n— открыть консульство;\n\n— расширить рейсы.\n"
    assert texts(only(text)) == ["открыть консульство", "расширить рейсы"]
    text = "Стороны договорились о следующем:\n• открыть консульство;\n• расширить рейсы.\n"
    assert [i.marker for i in only(text).items] == ["bullet", "bullet"]


def test_a_decimal_or_a_date_is_not_a_marker() -> None:
    text = "Итоги года:\n1.5 процента роста отмечены в отчёте. Это немало.\n"
    assert enumerations(Document(text)) == ()


def test_unmarked_lower_case_items_end_at_the_full_stop() -> None:
    text = "Решено в том числе:\nпровести форум;\nсоздать рабочую группу.\nДалее лидеры ответили на вопросы."
    assert texts(only(text)) == ["провести форум", "создать рабочую группу"]


def test_unmarked_items_go_on_in_lower_case_after_a_full_stop() -> None:
    text = "Одобрены меры:\nснизить пошлины.\nупростить визы.\nГости уехали вечером."
    assert texts(only(text)) == ["снизить пошлины", "упростить визы"]


def test_semicolon_items_on_the_intro_line_with_inline_numbers() -> None:
    text = "Среди решений — 1) снижение тарифов; 2) новый маршрут; 3) общий реестр.\nКонец."
    enumeration = only(text)
    assert texts(enumeration) == ["снижение тарифов", "новый маршрут", "общий реестр"]
    assert text[enumeration.opener] == "—"


def test_a_count_and_a_colon_opens_a_list() -> None:
    text = "Делегации подписали 12 документов:\n- Меморандум о туризме\n- Протокол о таможне"
    assert texts(only(text)) == ["Меморандум о туризме", "Протокол о таможне"]


def test_a_colon_inside_running_prose_opens_nothing() -> None:
    text = "Он сказал: мы готовы к диалогу. Встреча прошла в 10:30 в резиденции."
    assert enumerations(Document(text)) == ()


def test_prose_paragraph_after_a_colon_is_not_an_item() -> None:
    text = "Итоги встречи таковы:\nЛидеры говорили долго. Потом был ужин."
    assert enumerations(Document(text)) == ()


def test_heading_item_with_sub_items() -> None:
    text = (
        "Приняты документы:\n"
        "1. Решения Совета министров:\n"
        "— О бюджете на 2027 год;\n"
        "— Об аудите.\n"
        "2. Заявление о климате.\n"
    )
    enumeration = only(text)
    assert texts(enumeration) == ["Решения Совета министров", "Заявление о климате"]
    heading = enumeration.items[0]
    assert heading.heading and [c.text for c in heading.children] == ["О бюджете на 2027 год", "Об аудите"]
    assert [(h.text if h else None, leaf.text) for h, leaf in enumeration.leaves()] == [
        ("Решения Совета министров", "О бюджете на 2027 год"),
        ("Решения Совета министров", "Об аудите"),
        (None, "Заявление о климате"),
    ]


def test_unmarked_headings_each_over_dashed_sub_items() -> None:
    text = "Итоги:\nРешения:\n- О квотах\n- О тарифах\nЗаявления:\n- О мире\n"
    enumeration = only(text)
    assert [(i.text, len(i.children)) for i in enumeration.items] == [("Решения", 2), ("Заявления", 1)]


def test_a_list_cut_off_by_the_end_of_the_text() -> None:
    text = "Подписаны:\n1. Соглашение о визах;\n2. Программа обменов на 2026-2028 гг."
    assert texts(only(text)) == ["Соглашение о визах", "Программа обменов на 2026-2028 гг."]


def test_lookup_by_the_opener_offset() -> None:
    text = "Вступление.\nУтверждены:\n- отчёт;\n- смета."
    document = Document(text)
    colon = text.index(":")
    found = enumeration_at(document, colon)
    assert found is not None and texts(found) == ["отчёт", "смета"]
    assert enumeration_at(document, 0) is None


def test_lines_under_a_heading_without_a_colon() -> None:
    text = "Итоговые документы встречи\nКоммюнике министров.\nПлан действий.\n"
    enumeration = read_items(Document(text), text.index("\n"))
    assert texts(enumeration) == ["Коммюнике министров", "План действий"]


def test_items_numbered_inline_and_parted_by_commas() -> None:
    text = "Министры подписали: 1) соглашение о туризме, 2) протокол о связи, 3) план обменов."
    enumeration = only(text)
    assert texts(enumeration) == ["соглашение о туризме", "протокол о связи", "план обменов"]
    assert [i.marker for i in enumeration.items] == ["number"] * 3


def test_inline_numbers_must_count_up_from_one() -> None:
    assert enumerations(Document("Итоги: рост на 3) процента, 5) новых рейсов.")) == ()


def test_items_bulleted_inline() -> None:
    text = "Итоговые документы: • Декларация глав • Заявление о воде • План на 2026 год"
    assert texts(only(text)) == ["Декларация глав", "Заявление о воде", "План на 2026 год"]


def test_a_note_between_marked_items_is_skipped() -> None:
    text = (
        "Подписаны документы:\n1. Соглашение о транзите.\nЕго подписали министры транспорта.\n"
        "2. Меморандум о туризме.\nВечером состоялся приём."
    )
    assert texts(only(text)) == ["Соглашение о транзите", "Меморандум о туризме"]


def test_the_intro_of_the_next_list_is_no_note() -> None:
    text = "Стороны договорились:\n— расширить торговлю;\n— открыть рейсы.\nТакже подписаны:\n— Соглашение о транзите."
    first, second = enumerations(Document(text))
    assert texts(first) == ["расширить торговлю", "открыть рейсы"]
    assert texts(second) == ["Соглашение о транзите"]


def test_roman_numerals_mark_items() -> None:
    listed = only("Совет принял:\nI. Декларацию.\nII. Решение о бюджете.\nIV. План работы.")
    assert texts(listed) == ["Декларацию", "Решение о бюджете", "План работы"]
    assert [i.marker for i in listed.items] == ["number", "number", "number"]


def test_an_unmarked_intro_line_ends_the_unmarked_list_before_it() -> None:
    text = (
        "Документы, подписанные в ходе визита:\nСоглашение о транзите\nМеморандум о туризме\n\n"
        "Помимо этого, министрами одобрены:\nплан обменов на 2027 год;\nположение о комиссии.\n"
    )
    first, second = enumerations(Document(text))
    assert texts(first) == ["Соглашение о транзите", "Меморандум о туризме"]
    assert texts(second) == ["план обменов на 2027 год", "положение о комиссии"]
    also = "Итоги:\nСоглашение о связи\nТакже утверждены:\nсмета на год;\nштатное расписание.\n"
    assert [texts(e) for e in enumerations(Document(also))] == [
        ["Соглашение о связи"],
        ["смета на год", "штатное расписание"],
    ]
