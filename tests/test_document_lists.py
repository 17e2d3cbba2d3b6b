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


def test_heading_of_an_official_site_may_open_with_a_participle() -> None:
    text = (
        "Подписанные документы\n"
        "Соглашение о взаимном освобождении от визовых требований\n"
        "План совместных действий на 2026–2030 годы"
    )
    assert found(text) == [
        ("Соглашение о взаимном освобождении от визовых требований", "signed"),
        ("План совместных действий на 2026–2030 годы", "signed"),
    ]


def test_present_reflexive_passive_gives_a_status() -> None:
    assert found("По итогам саммита принимается Хивинская декларация глав государств.") == [
        ("Хивинская декларация глав государств", "adopted")
    ]
    assert found("На заседании утверждается Положение о порядке ротации председательства.") == [
        ("Положение о порядке ротации председательства", "approved")
    ]
    assert found("Решения в организации принимаются консенсусом.") == []


def test_headline_with_a_dash_before_the_participle() -> None:
    assert found("Соглашение о свободной торговле с Ираном — подписано\nЛидеры поставили подписи в Минске.") == [
        ("Соглашение о свободной торговле с Ираном", "signed")
    ]


def test_signing_named_by_its_outcome() -> None:
    text = "По итогам подписания меморандума о сотрудничестве в сфере ИИ министры создали рабочую группу."
    assert found(text) == [("Меморандум о сотрудничестве в сфере ИИ", "signed")]


def test_document_named_before_a_list_of_the_same_verb_is_read_too() -> None:
    text = (
        "Главы государств ОДКБ приняли Декларацию, а также решения:\n"
        "— о Плане коллективных действий;\n"
        "— о бюджете Организации на 2027 год."
    )
    assert found(text) == [
        ("Декларация", "adopted"),
        ("Решение о Плане коллективных действий", "adopted"),
        ("Решение о бюджете Организации на 2027 год", "adopted"),
    ]


def test_follow_up_sentences_name_the_counted_documents_by_their_subject() -> None:
    text = (
        "Главы государств подписали два межгосударственных соглашения. Первое касается совместного "
        "использования приграничных рек. Второе соглашение посвящено охране горных ледников."
    )
    assert found(text) == [
        ("Соглашение о совместном использовании приграничных рек", "signed"),
        ("Соглашение об охране горных ледников", "signed"),
    ]


def test_one_more_document_follows_a_named_one() -> None:
    text = (
        "Министры утвердили меморандум о сотрудничестве в сфере образования. Отдельный документ касается "
        "взаимного признания дипломов. Ещё один документ — о сотрудничестве в сфере спорта."
    )
    assert found(text) == [
        ("Меморандум о сотрудничестве в сфере образования", "approved"),
        ("Документ о взаимном признании дипломов", "approved"),
        ("Документ о сотрудничестве в сфере спорта", "approved"),
    ]


def test_follow_ups_that_are_no_new_document() -> None:
    restated = "Президенты подписали Соглашение о транзите и Меморандум о туризме. Первый документ касается грузов."
    assert [t for t, _ in found(restated)] == ["Соглашение о транзите", "Меморандум о туризме"]
    assert found("Планируется подписать два соглашения. Первое касается транзита грузов.") == []
    day = found("Лидеры подписали протокол о транзите. Второй день визита был посвящён культурной программе.")
    assert day == [("Протокол о транзите", "signed")]


def test_capitalised_items_closed_by_full_stops_go_on_until_prose() -> None:
    text = (
        "По итогам переговоров подписаны следующие документы:\n\n"
        "Соглашение о промышленной кооперации.\n\n"
        "Меморандум о взаимопонимании в сфере туризма.\n\n"
        "После церемонии президенты сделали заявления для прессы."
    )
    assert found(text) == [
        ("Соглашение о промышленной кооперации", "signed"),
        ("Меморандум о взаимопонимании в сфере туризма", "signed"),
    ]


def test_an_intro_line_with_no_colon_over_numbered_items() -> None:
    text = (
        "В ходе визита подписаны следующие документы\n"
        "1. Соглашение о международном автомобильном сообщении\n"
        "2. Протокол о внесении изменений в Соглашение о торговле"
    )
    assert [t for t, _ in found(text)] == [
        "Соглашение о международном автомобильном сообщении",
        "Протокол о внесении изменений в Соглашение о торговле",
    ]


def test_a_list_of_an_earlier_event_is_background() -> None:
    assert found("Ранее, в 2019 году, стороны подписали:\n— Договор о партнерстве;\n— Соглашение о торговле.") == []
    assert found("На прошлом саммите были приняты:\n— Декларация;\n— План действий на 2025 год.") == []


def test_a_remark_in_brackets_ends_the_item_title() -> None:
    text = (
        "Подписаны:\n• Соглашение о поставке самолётов (подробности сделки не раскрываются);\n• Меморандум о туризме."
    )
    assert [t for t, _ in found(text)] == ["Соглашение о поставке самолётов", "Меморандум о туризме"]


def test_a_sentence_before_a_verbless_intro_gives_its_status_only_over_documents() -> None:
    text = (
        "Президент принял гостей в Белом доме.\n"
        "Итоги встречи:\n"
        "— Соглашение о поставках оборудования;\n"
        "— Совместное заявление лидеров."
    )
    assert found(text) == [
        ("Соглашение о поставках оборудования", "signed"),
        ("Совместное заявление лидеров", "adopted"),
    ]


def test_signatures_placed_under_a_document() -> None:
    assert found("Президенты поставили подписи под Декларацией о вечной дружбе.") == [
        ("Декларация о вечной дружбе", "signed")
    ]
    assert found("Главы государств поставят подписи под декларацией о дружбе завтра.") == []


def test_follow_up_that_names_the_document_itself() -> None:
    text = (
        "Министры подписали три документа. Ещё одним документом стало соглашение о строительстве моста. "
        "Последний документ — меморандум о сотрудничестве в сфере туризма."
    )
    assert found(text) == [
        ("Соглашение о строительстве моста", "signed"),
        ("Меморандум о сотрудничестве в сфере туризма", "signed"),
    ]
