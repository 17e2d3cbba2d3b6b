"""When a signing happened: this event's documents are read, documents signed before it or not at all are not.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes
from summitkit.documents.when import DATE_RE, _dates, signing_dates


def found(text: str) -> list[tuple[str, str]]:
    return [(d.title, d.status) for d in outcomes(Document(text))]


def titles(text: str) -> list[str]:
    return [title for title, _ in found(text)]


#: The head of a report whose event is dated (a dateline with the year): what follows is compared with it.
DATED = "Астана, 3 октября 2025 года. Президенты пяти стран провели в Астане саммит ОТГ.\n\n"


# -- the writer recalls: "Напомним", "Как известно" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Напомним, Соглашение о свободной торговле было заключено в марте 2018 года в Бишкеке.",
        "Конвенция о правовой помощи, напомним, была принята министрами 7 октября 2002 года.",
        "Напомним, что Хартия молодёжного сотрудничества была одобрена на встрече в Баку в мае 2021 года.",
        "Как известно, Договор о вечной дружбе подписали президенты обеих стран в мае 2013 года.",
        "Напоминаем, стороны подписали Меморандум о сотрудничестве в сфере туризма 2 июня 2016 года.",
    ],
)
def test_a_recalled_dated_signing_is_not_this_event_s(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Напомним, что в ходе визита президента в Ташкент было подписано более двадцати документов. "
            "Среди них — Соглашение о торговле услугами.",
            "Соглашение о торговле услугами",
        ),
        (
            "Напомним, на саммите в Баку была одобрена Хартия молодёжного сотрудничества.",
            "Хартия молодёжного сотрудничества",
        ),
    ],
)
def test_a_recollection_with_no_date_may_be_of_this_event(text: str, title: str) -> None:
    assert titles(text) == [title]


def test_a_recollection_of_today_is_this_event_s() -> None:
    assert titles("Напомним, сегодня лидеры подписали Декларацию о партнёрстве в сфере энергетики.") == [
        "Декларация о партнёрстве в сфере энергетики"
    ]


def test_a_gerund_of_recalling_is_the_subject_s_act() -> None:
    text = "Президенты подписали Меморандум о цифровом транзите, напомнив о давней дружбе народов."
    assert titles(text) == ["Меморандум о цифровом транзите"]


def test_a_follow_up_recalling_the_event_itself_keeps_its_documents() -> None:
    text = (
        "Саммит ОДКБ прошёл в Москве 10 июня.\n\n"
        "Парламенты начали ратификацию. Напомним, 10 июня в Москве состоялся саммит, на котором лидеры "
        "подписали Соглашение о совместной противовоздушной обороне."
    )
    assert titles(text) == ["Соглашение о совместной противовоздушной обороне"]


# -- "Ранее": an earlier time ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ранее, в апреле, министры утвердили Программу развития туризма.",
        "Ранее стороны подписали Соглашение о взаимной защите инвестиций.",
        "Прежде был заключён Договор о транзите нефти.",
    ],
)
def test_an_earlier_signing_is_not_this_event_s(text: str) -> None:
    assert found(text) == []


def test_as_reported_earlier_is_a_remark_not_a_time() -> None:
    assert titles("Как сообщалось ранее, лидеры подписали Декларацию о дружбе народов.") == [
        "Декларация о дружбе народов"
    ]


# -- a date of the signing before the event ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Договор о государственной границе был подписан президентами 5 апреля 2021 года в Астане.",
        "Ещё в мае 2019 года министры подписали Меморандум о рыболовстве.",
        "Соглашение о визах было подписано в ходе визита премьер-министра в Анкару в 2023 году.",
        "В декабре 2024 года главы государств одобрили Концепцию цифровой торговли.",
    ],
)
def test_a_signing_dated_before_the_event_is_not_its_own(sentence: str) -> None:
    text = DATED + "Лидеры подписали Соглашение о транспортном коридоре. " + sentence
    assert titles(text) == ["Соглашение о транспортном коридоре"]


def test_a_signing_dated_on_the_event_s_day_is_its_own() -> None:
    text = DATED + "3 октября 2025 года в Астане президенты подписали Соглашение о транспортном коридоре."
    assert titles(text) == ["Соглашение о транспортном коридоре"]


def test_a_signing_dated_in_the_event_s_year_is_its_own() -> None:
    text = DATED + "В 2025 году стороны подписали Соглашение о транспортном коридоре."
    assert titles(text) == ["Соглашение о транспортном коридоре"]


def test_a_signing_dated_another_month_than_the_event_s_day() -> None:
    text = (
        "Бишкек, 14 ноября. Главы правительств провели заседание Совета глав правительств СНГ.\n\n"
        "По итогам заседания подписано Соглашение о семенах. "
        "Соглашение о гидрометеорологии было подписано 20 марта 2024 года в Минске."
    )
    assert titles(text) == ["Соглашение о семенах"]


def test_a_text_with_no_date_of_its_own_compares_with_its_latest_year() -> None:
    text = (
        "Главы правительств подписали Протокол третьего заседания комиссии. "
        "Договор о границе был подписан президентами 13 марта 2023 года в Оше. "
        "Следующее заседание комиссии пройдёт в 2024 году в Худжанде."
    )
    assert titles(text) == ["Протокол третьего заседания комиссии"]


def test_a_dated_signing_with_nothing_to_compare_is_kept_after_the_title() -> None:
    assert titles("Договор о границе подписан 13 марта 2023 года в Оше.") == ["Договор о границе"]


def test_a_year_of_the_old_document_dates_the_document_not_the_signing() -> None:
    text = DATED + "Президенты подписали Протокол о внесении изменений в Договор о дружбе 1992 года."
    assert titles(text) == ["Протокол о внесении изменений в Договор о дружбе 1992 года"]


def test_an_agreement_signed_in_furtherance_of_an_old_treaty_is_read() -> None:
    text = DATED + "В развитие Договора о союзничестве 2024 года подписано Соглашение о военном сотрудничестве."
    assert titles(text) == ["Соглашение о военном сотрудничестве"]


def test_a_date_in_another_part_of_the_sentence_does_not_date_the_signing() -> None:
    text = DATED + "Лидеры подписали Соглашение о строительстве моста, который начали проектировать в 2019 году."
    assert titles(text) == ["Соглашение о строительстве моста"]


def test_a_date_inside_the_title_does_not_date_the_signing() -> None:
    text = DATED + "Лидеры утвердили Программу сотрудничества на 2021–2024 годы."
    assert titles(text) == ["Программа сотрудничества на 2021–2024 годы"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("подписан в 2019 году", [2019]),
        ("подписан в декабре 2024 года", [2024]),
        ("подписан 13 марта 2025 года", [2025]),
        ("Договор от 15 мая 1992 года", []),
        ("Договора 1992 года", []),
        ("Программа на 2026 год", []),
        ("Стратегия до 2030 года", []),
        ("действует с 1 января 2026 года", []),
        ("в 2026–2028 годах", []),
        ("в Договор 1992 года", []),
    ],
)
def test_dates_that_time_an_act(text: str, years: list[int]) -> None:
    assert [d.year for d in signing_dates(Document(text))] == years


def test_a_full_date_gives_its_month_and_day() -> None:
    (date,) = signing_dates(Document("Договор подписан 13 марта 2025 года."))
    assert (date.year, date.month, date.day) == (2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение подписали в 2019 году, а протокол к нему 2020 года ратифицировали позже.",
        "Встреча прошла 12–15 марта 2021 г. в столице; 19 мая 2019 года и 2020 года упомянуты вскользь.",
        "Стороны в мае 2019-го года договорились, во  2020 г. продлили договор 1999г. на пять лет",
        "Итоги: 2019 года2020 года, с 2019 года и до 2024 года, X2019 года, «в 2018 году».",
        "Без дат вовсе, только 2019 и 20 мая.",
    ],
)
def test_dates_are_found_as_the_whole_pattern_finds_them(text: str) -> None:
    """Searching only around years finds exactly what scanning the whole text with ``DATE_RE`` finds."""
    expected = [(m.span(), m.groups()) for m in DATE_RE.finditer(text)]
    assert [(m.span(), m.groups()) for m in _dates(text)] == expected


# -- an earlier event counted by its ordinal ---------------------------------------------------------------


def test_a_document_of_the_first_summit_is_not_the_second_s() -> None:
    text = (
        "Второй саммит «Центральная Азия – Китай» прошёл в Астане.\n\n"
        "Лидеры подписали Договор о добрососедстве. На первом саммите была принята Декларация о партнёрстве."
    )
    assert titles(text) == ["Договор о добрососедстве"]


def test_the_first_summit_reported_keeps_its_documents() -> None:
    text = (
        "Первый саммит «Центральная Азия – Китай» прошёл в Сиане.\n\n"
        "На первом саммите лидеры приняли Декларацию о партнёрстве."
    )
    assert titles(text) == ["Декларация о партнёрстве"]


# -- a signing that did not take place ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение о визах так и не было подписано.",
        "Меморандум о портах подписан не был.",
        "Анонсированный весной Договор о транзите подписан так и не был.",
        "Договор о транзите пока не подписан.",
        "Соглашение о туризме не было подписано из-за разногласий.",
        "Стороны так и не подписали Соглашение о водных ресурсах.",
        "Сторонам не удалось подписать Соглашение о водных ресурсах.",
        "Протокол о рыболовстве до сих пор не был утверждён.",
    ],
)
def test_a_signing_denied_gives_nothing(text: str) -> None:
    assert found(text) == []


def test_a_not_after_the_participle_that_denies_something_else() -> None:
    assert titles("Соглашение о туризме подписано и не требует ратификации.") == ["Соглашение о туризме"]


# -- a signing to come --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Договор о дружбе будет подписан на следующем саммите.",
        "Планируется подписать Соглашение о взаимных поездках граждан.",
        "Соглашение о торговле услугами может быть подписано в декабре.",
        "Лидеры подпишут Декларацию о партнёрстве завтра.",
    ],
)
def test_a_signing_to_come_gives_nothing(text: str) -> None:
    assert found(text) == []


# -- a ceremony of the past, and a sentence that contrasts then and now ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Напомним, в 2019 году состоялось подписание Договора о стратегическом партнёрстве.",
        "В марте 2022 года состоялась церемония подписания Соглашения о торговле услугами.",
        "Два года назад состоялось подписание Меморандума о туризме.",
    ],
)
def test_an_earlier_ceremony_is_not_this_event_s(sentence: str) -> None:
    assert found(DATED + sentence) == []


def test_a_ceremony_of_today_is_this_event_s() -> None:
    assert titles(DATED + "Сегодня состоялось подписание Меморандума о туризме.") == ["Меморандум о туризме"]


@pytest.mark.parametrize(
    "text",
    [
        "В прошлом году стороны подписали Соглашение о транзите, а сегодня лидеры подписали Договор о дружбе.",
        "Сегодня лидеры подписали Договор о дружбе, а в прошлом году — Соглашение о транзите.",
        "Напомним, на прошлом саммите была принята Декларация о мире; теперь лидеры подписали Договор о дружбе.",
    ],
)
def test_a_clause_of_now_keeps_its_document(text: str) -> None:
    assert titles(text) == ["Договор о дружбе"]


def test_a_clause_without_a_time_of_its_own_shares_the_sentence_s() -> None:
    text = "Ранее, в декабре 2024 года, лидеры подписали Договор о гарантиях, а совет утвердил Концепцию обороны."
    assert found(DATED + text) == []


def test_a_recollection_of_the_event_undated_is_the_event_s() -> None:
    text = DATED + "Напомним, саммит прошёл в Астане, где лидеры подписали Декларацию о мире и согласии."
    assert titles(text) == ["Декларация о мире и согласии"]


def test_a_recollection_in_the_event_s_city_dated_earlier_is_not() -> None:
    assert found(DATED + "Напомним, в 2019 году в Астане был подписан Договор о дружбе.") == []


# -- the time of a list's intro, and of the sentence a back-reference points to -----------------------------


def test_a_list_introduced_by_an_earlier_signing_gives_nothing() -> None:
    text = DATED + (
        "В 2019 году в Ташкенте были подписаны следующие документы:\n"
        "1. Договор о стратегическом партнёрстве;\n"
        "2. Соглашение о взаимной защите инвестиций.\n"
    )
    assert found(text) == []


def test_a_list_introduced_by_this_event_s_signing_is_read() -> None:
    text = DATED + (
        "По итогам саммита были подписаны следующие документы:\n"
        "1. Договор о стратегическом партнёрстве;\n"
        "2. Соглашение о взаимной защите инвестиций.\n"
    )
    assert titles(text) == ["Договор о стратегическом партнёрстве", "Соглашение о взаимной защите инвестиций"]


def test_a_back_reference_to_an_earlier_signing_gives_nothing() -> None:
    assert found(DATED + "В 2019 году было подписано два документа. Среди них — Соглашение о транзите грузов.") == []


def test_a_back_reference_to_this_event_s_signing_is_read() -> None:
    text = DATED + "Сегодня было подписано два документа. Среди них — Соглашение о транзите грузов."
    assert titles(text) == ["Соглашение о транзите грузов"]


def test_a_publication_date_compares_by_year_only() -> None:
    text = (
        "12.03.2025 | Ташкент\n\nПрезиденты провели переговоры в Ташкенте.\n\n"
        "Как стало известно, 7 марта 2025 года президенты подписали Соглашение о взаимных поездках граждан. "
        "Договор о дружбе был подписан 5 мая 2011 года."
    )
    assert titles(text) == ["Соглашение о взаимных поездках граждан"]


@pytest.mark.parametrize(
    "text",
    [
        "В рамках прошлогоднего визита был подписан Меморандум о туризме.",
        "В позапрошлом году министры подписали Меморандум о туризме.",
        "Прошлым летом был подписан Меморандум о туризме.",
        "Ещё в 2019-м году министры подписали Меморандум о туризме.",
    ],
)
def test_an_earlier_time_in_other_words(text: str) -> None:
    assert found(text) == []


def test_a_lead_s_full_date_with_nothing_to_compare_is_the_event_s() -> None:
    text = "3 октября 2025 года президенты подписали Соглашение о транзите. Следующая встреча пройдёт в 2026 году."
    assert titles(text) == ["Соглашение о транзите"]


FOLLOW_UPS = "Первое касается транзита грузов. Второе посвящено туризму."


def test_follow_ups_of_an_earlier_signing_give_nothing() -> None:
    text = (
        DATED
        + "В 2019 году стороны подписали два соглашения. Первое касается транзита грузов. Второе посвящено туризму."
    )
    assert found(text) == []


def test_follow_ups_of_this_event_s_signing_are_read() -> None:
    text = (
        DATED + "Сегодня стороны подписали два соглашения. Первое касается транзита грузов. Второе посвящено туризму."
    )
    assert titles(text) == ["Соглашение о транзите грузов", "Соглашение о туризме"]
