"""Titles of signed documents in all their forms: the document nouns, their complements, coordination and
the nominative. Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes
from summitkit.lexicons.documents import DOCUMENT_NOUNS
from summitkit.titles import read_title, tokens


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


@pytest.mark.parametrize(
    "text",
    [
        "Саммит завершился подписанием Астанинской декларации.",
        "Стороны одобрили проект Астанинской декларации.",
        "Состоялось подписание Туркменбашинской декларации.",
    ],
)
def test_a_city_adjective_pymorphy_guesses_a_surname_agrees_with_its_head(text: str) -> None:
    assert titles(text)[0].endswith("ская декларация")
    assert len(titles(text)) == 1


def test_a_ceremony_over_two_acts_gives_each_its_status() -> None:
    text = "Саммит завершился подписанием Бишкекской декларации и принятием Стратегии развития до 2035 года."
    assert found(text) == [
        ("Бишкекская декларация", "signed"),
        ("Стратегия развития до 2035 года", "adopted"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Приняты поправки к Уставу Организации.", ["Поправки к Уставу Организации"]),
        (
            "Подписан Протокол о внесении изменений и дополнений в Соглашение о торговле.",
            ["Протокол о внесении изменений и дополнений в Соглашение о торговле"],
        ),
        (
            "Стороны обсудили изменение климата и приняли Заявление об изменении климата.",
            ["Заявление об изменении климата"],
        ),
    ],
)
def test_amendments_are_a_document_only_in_the_plural_with_what_they_amend(text: str, expected: list[str]) -> None:
    assert titles(text) == expected


def test_a_declaration_named_after_the_meeting_it_sums_up() -> None:
    text = "Лидеры приняли декларацию по итогам саммита, а также заявление о поддержке мирных инициатив."
    assert titles(text) == ["Декларация по итогам саммита", "Заявление о поддержке мирных инициатив"]


def test_a_title_ends_with_its_period_before_and_and_a_report_keeps_its_year() -> None:
    text = "Утверждены бюджет Секретариата на 2026 год и отчет об исполнении бюджета за 2024 год."
    assert titles(text) == ["Бюджет Секретариата на 2026 год", "Отчет об исполнении бюджета за 2024 год"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ранее был подписан меморандум о сотрудничестве в сфере туризма.", []),
        ("Ранее в ходе переговоров был подписан Меморандум о туризме.", ["Меморандум о туризме"]),
        ("Как сообщалось ранее, лидеры подписали Договор о дружбе.", ["Договор о дружбе"]),
    ],
)
def test_an_earlier_signing_unless_placed_at_this_event(text: str, expected: list[str]) -> None:
    assert titles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Стороны подтвердили приверженность принципам, закрепленным в Уставе ООН.",
        "Лидеры обсудили ход реализации Стратегии, принятой в 2019 году.",
        "Согласно договору 1992 года, граница проходит по реке.",
        "В 2021 году был подписан договор о дружбе, а сейчас стороны обсуждают его продление.",
        "Стороны выступили за скорейшее подписание Соглашения о транзите.",
        "Согласно подписанному в 2015 году Договору, стороны проводят консультации.",
        "Эти меры предусмотрены Программой, утвержденной два года назад.",
        "Стороны не подписали итоговую декларацию из-за разногласий.",
        "Стороны приняли к сведению информацию о ходе выполнения Программы.",
    ],
)
def test_documents_in_force_or_not_signed_here_are_not_listed(text: str) -> None:
    assert titles(text) == []


def test_a_document_cited_by_the_sentence_is_not_signed_with_the_one_signed() -> None:
    text = "В соответствии с Уставом ООН стороны подписали Декларацию о ненападении."
    assert titles(text) == ["Декларация о ненападении"]


def test_a_period_does_not_end_a_plural_title_before_its_next_complement() -> None:
    text = "Приняты также решения о бюджете Комиссии на 2026 год и об утверждении состава Коллегии."
    assert titles(text) == ["Решение о бюджете Комиссии на 2026 год", "Решение об утверждении состава Коллегии"]


def test_a_lower_case_decision_named_in_quotes_is_a_document() -> None:
    text = 'Совет принял решение "Об Основных направлениях развития связи".'
    assert found(text) == [('Решение "Об Основных направлениях развития связи"', "adopted")]


def test_a_state_named_by_its_form_and_a_two_word_name() -> None:
    text = "Подписано Заявление о партнерстве между Республикой Казахстан и Королевством Саудовская Аравия."
    assert titles(text) == ["Заявление о партнерстве между Республикой Казахстан и Королевством Саудовская Аравия"]


def test_a_range_of_years_with_an_em_dash_stays_in_the_title() -> None:
    text = "Был утвержден План мероприятий на 2026—2027 гг. по реализации Стратегии."
    assert titles(text) == ["План мероприятий на 2026—2027 гг. по реализации Стратегии"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Стороны подписали Соглашение о стратегическом партнерстве и Протокол к нему.",
            ["Соглашение о стратегическом партнерстве", "Протокол к Соглашению о стратегическом партнерстве"],
        ),
        (
            "Подписаны Совместная декларация о дружбе и протокол к ней.",
            ["Совместная декларация о дружбе", "Протокол к Совместной декларации о дружбе"],
        ),
    ],
)
def test_a_protocol_to_it_names_the_document_it_is_coordinated_with(text: str, expected: list[str]) -> None:
    assert titles(text) == expected


def test_a_counted_head_in_the_genitive_singular_keeps_its_plural_adjective() -> None:
    assert titles("Подписаны два двусторонних протокола: о туризме и о спорте.") == [
        "Двусторонний протокол о туризме",
        "Двусторонний протокол о спорте",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министры утвердили Положение о Секретариате и Правила процедуры Совета.",
            ["Положение о Секретариате", "Правила процедуры Совета"],
        ),
        ("Утверждены Регламент и изменения в Устав.", ["Регламент", "Изменения в Устав"]),
    ],
)
def test_a_document_named_in_the_plural_coordinated_after_another(text: str, expected: list[str]) -> None:
    assert titles(text) == expected


def test_a_year_between_a_verbal_noun_and_its_instrumental_object_stays_in_the_title() -> None:
    text = "Лидеры приняли решения об объявлении 2028 года Годом народного творчества и о создании Совета."
    assert found(text) == [
        ("Решение об объявлении 2028 года Годом народного творчества", "adopted"),
        ("Решение о создании Совета", "adopted"),
    ]


def test_a_quoted_name_in_brackets_right_after_the_head_and_the_period_after_it() -> None:
    assert titles("Президенты подписали Дорожную карту («План действий») на 2026–2028 годы.") == [
        "Дорожная карта («План действий») на 2026–2028 годы"
    ]


def test_an_abbreviation_in_brackets_after_the_head_is_not_part_of_the_name() -> None:
    assert titles("В Бишкеке подписан Договор (ОДКБ) о коллективной безопасности.") == ["Договор"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ашхабад. В присутствии президентов министры обменялись Меморандумом о взаимопонимании в сфере энергетики.",
            "Меморандум о взаимопонимании в сфере энергетики",
        ),
        (
            "Главы МИД двух стран обменялись подписанным Соглашением о безвизовом режиме.",
            "Соглашение о безвизовом режиме",
        ),
    ],
)
def test_documents_exchanged_were_signed(text: str, title: str) -> None:
    assert found(text) == [(title, "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обменялись мнениями о ходе реализации Соглашения о свободной торговле.",
        "Министры обменялись ратификационными грамотами к Договору о дружбе.",
    ],
)
def test_exchanging_views_or_instruments_of_ratification_signs_nothing(text: str) -> None:
    assert found(text) == []


def test_a_count_of_other_documents_does_not_join_the_title_before_it() -> None:
    assert titles("Президенты подписали Совместное заявление и ряд межправительственных соглашений.") == [
        "Совместное заявление"
    ]


def test_a_signing_ceremony_of_documents_joined_by_commas_and_a_takzhe() -> None:
    text = (
        "Итогом переговоров стало подписание Соглашения о поощрении и взаимной защите инвестиций, "
        "Программы культурного обмена, а также Протокола о внесении изменений в Соглашение о воздушном сообщении."
    )
    assert found(text) == [
        ("Соглашение о поощрении и взаимной защите инвестиций", "signed"),
        ("Программа культурного обмена", "signed"),
        ("Протокол о внесении изменений в Соглашение о воздушном сообщении", "signed"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "status"),
    [
        (
            "Саммит завершился принятием Основных направлений развития валютного сотрудничества до 2030 года.",
            "Основные направления развития валютного сотрудничества до 2030 года",
            "adopted",
        ),
        (
            "Итогом визита стало подписание Правил определения происхождения товаров.",
            "Правила определения происхождения товаров",
            "signed",
        ),
        (
            "Президенты присутствовали при подписании Меморандума между инвестиционными фондами двух стран.",
            "Меморандум между инвестиционными фондами двух стран",
            "signed",
        ),
    ],
)
def test_acts_of_signing_documents_named_in_the_plural_or_witnessed(text: str, title: str, status: str) -> None:
    assert found(text) == [(title, status)]


def test_a_bracketed_period_inside_a_title_that_goes_on_after_it() -> None:
    assert titles("Утвержден План совместных действий (2026–2028 гг.) по реализации Стратегии.") == [
        "План совместных действий (2026–2028 гг.) по реализации Стратегии"
    ]


def test_a_bracketed_period_at_the_end_of_a_title_is_a_remark() -> None:
    assert titles("Утвержден План совместных действий (2026–2028 гг.).") == ["План совместных действий"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Документ под названием «Дорожная карта Душанбе – Ташкент» был подписан главами МИД.",
            "Дорожная карта Душанбе – Ташкент",
        ),
        (
            "Документ «Программа сотрудничества на 2026 год» подписан министрами.",
            "Программа сотрудничества на 2026 год",
        ),
    ],
)
def test_a_document_named_in_quotes_and_signed_by_a_verb_after_the_name(text: str, title: str) -> None:
    assert found(text) == [(title, "signed")]


def test_a_document_named_in_quotes_to_be_signed_later_is_not_signed() -> None:
    assert found("Документ «Программа сотрудничества на 2026 год» будет подписан позже.") == []


def test_an_agenda_named_with_a_capitalised_adjective_is_a_document() -> None:
    text = "Брюссель. Европейский совет утвердил Стратегическую повестку на 2024–2029 годы."
    assert found(text) == [("Стратегическая повестка на 2024–2029 годы", "approved")]


def test_an_agenda_in_lower_case_is_not_a_document() -> None:
    assert found("Лидеры утвердили новую повестку сотрудничества.") == []


def test_an_ordinal_in_roman_numerals_before_a_genitive_stays_in_the_title() -> None:
    text = "Подписан Протокол XXV заседания Межправительственной комиссии по торгово-экономическому сотрудничеству."
    assert titles(text) == [
        "Протокол XXV заседания Межправительственной комиссии по торгово-экономическому сотрудничеству"
    ]


def test_what_is_done_with_a_document_is_not_part_of_its_title() -> None:
    document = Document("Поручено подготовить Программу экономического сотрудничества к подписанию.")
    head = next(t.index for t in tokens(document) if t.text == "Программу")
    assert read_title(document, head, lexicon=DOCUMENT_NOUNS).text == "Программа экономического сотрудничества"


def test_an_information_message_with_a_capital_is_a_document_a_message_is_not() -> None:
    assert found("По итогам заседания СМИД ШОС подписано Информационное сообщение.") == [
        ("Информационное сообщение", "signed")
    ]
    assert found("Принято сообщение о проведении саммита.") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Президенты утвердили План совместных действий («дорожную карту») по расширению сотрудничества.",
            "План совместных действий («дорожная карта») по расширению сотрудничества",
        ),
        (
            "Состоялось подписание Плана действий («дорожной карты») по торговле.",
            "План действий («дорожная карта») по торговле",
        ),
        (
            "Лидеры подписали Совместное заявление (декларацию) о стратегическом партнерстве.",
            "Совместное заявление (декларация) о стратегическом партнерстве",
        ),
    ],
)
def test_another_name_in_brackets_goes_to_the_nominative_with_the_title(text: str, title: str) -> None:
    assert titles(text) == [title]


def test_the_date_of_a_document_referred_to_inside_a_title_keeps_the_title_going() -> None:
    text = (
        "Подписан Протокол о внесении изменений в Соглашение от 10 октября 2014 года о сотрудничестве в сфере миграции."
    )
    assert titles(text) == [
        "Протокол о внесении изменений в Соглашение от 10 октября 2014 года о сотрудничестве в сфере миграции"
    ]


def test_a_date_at_the_end_of_a_title_is_left_out() -> None:
    text = "Подписан Протокол о внесении изменений в Договор о ЕАЭС от 29 мая 2014 года."
    assert titles(text) == ["Протокол о внесении изменений в Договор о ЕАЭС"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Утверждены изменения и дополнения в Положение о Совете министров обороны.",
            "Изменения и дополнения в Положение о Совете министров обороны",
        ),
        (
            "Главы государств утвердили изменения и дополнения в Устав Организации.",
            "Изменения и дополнения в Устав Организации",
        ),
    ],
)
def test_changes_and_additions_are_one_document(text: str, title: str) -> None:
    assert found(text) == [(title, "approved")]


def test_a_possessive_genitive_after_the_head_stays_in_the_title() -> None:
    text = "Президенты утвердили Концепцию военного сотрудничества и Комплексный план ее реализации."
    assert titles(text) == ["Концепция военного сотрудничества", "Комплексный план ее реализации"]


def test_a_possessive_after_and_opens_another_object() -> None:
    assert titles("Утверждены новая структура секретариата и его штатное расписание.") == [
        "Новая структура секретариата",
        "Штатное расписание секретариата",
    ]


def test_a_year_declared_something_stays_in_the_decision_and_the_next_decision_splits() -> None:
    text = "Лидеры приняли решения об объявлении 2027 года Годом здорового образа жизни и о праздновании 35-летия СНГ."
    assert found(text) == [
        ("Решение об объявлении 2027 года Годом здорового образа жизни", "adopted"),
        ("Решение о праздновании 35-летия СНГ", "adopted"),
    ]
