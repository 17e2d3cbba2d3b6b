"""The signed-documents extractor: lists and inline mentions, the status by the verb, what is not a document.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes as signed_documents
from summitkit.extractors.documents import DocumentsExtractor
from summitkit.models import SignedDocument


def found(text: str) -> list[tuple[str, str]]:
    return [(d.title, d.status) for d in signed_documents(Document(text))]


def test_numbered_list_after_intro_with_verb() -> None:
    text = (
        "По итогам переговоров президенты подписали следующие документы:\n"
        "1. Договор о стратегическом партнерстве между Республикой Казахстан и Монголией;\n"
        "2. Соглашение о сотрудничестве в области цифровизации.\n"
        "Затем лидеры провели пресс-конференцию."
    )
    assert found(text) == [
        ("Договор о стратегическом партнерстве между Республикой Казахстан и Монголией", "signed"),
        ("Соглашение о сотрудничестве в области цифровизации", "signed"),
    ]


def test_dashed_list_after_passive_intro_is_approved() -> None:
    text = (
        "Кроме того, совместным коммюнике министров были одобрены:\n"
        "- Программа развития туризма в регионе на 2025-2027 гг.\n"
        "- План мероприятий по охране ледников."
    )
    assert found(text) == [
        ("Программа развития туризма в регионе на 2025-2027 гг.", "approved"),
        ("План мероприятий по охране ледников", "approved"),
    ]


def test_semicolon_list_in_the_next_paragraph() -> None:
    text = (
        "По итогам саммита главы государств подписали следующие документы:\n\n"
        "Совместное коммюнике по итогам встречи в Бишкеке; Меморандум о взаимопонимании в сфере энергетики; "
        "Решение о создании Совета министров транспорта.\n"
    )
    assert [t for t, _ in found(text)] == [
        "Совместное коммюнике по итогам встречи в Бишкеке",
        "Меморандум о взаимопонимании в сфере энергетики",
        "Решение о создании Совета министров транспорта",
    ]


def test_back_reference_intro_takes_the_previous_sentence_verb() -> None:
    text = (
        "В ходе визита было подписано около двадцати документов.\nСреди них:\n"
        "- Соглашение о безвизовом режиме;\n- Программа экономического сотрудничества на 2026-2030 годы."
    )
    assert found(text) == [
        ("Соглашение о безвизовом режиме", "signed"),
        ("Программа экономического сотрудничества на 2026-2030 годы", "signed"),
    ]


def test_inline_object_of_active_verb_in_nominative() -> None:
    text = "Лидеры двух стран подписали Договор о вечной дружбе и добрососедстве, который вступит в силу в марте."
    assert found(text) == [("Договор о вечной дружбе и добрососедстве", "signed")]


def test_inline_passive_subject_is_adopted() -> None:
    text = "По итогам переговоров в Баку была принята Совместная декларация министров, в которой отмечена роль ШОС."
    assert found(text) == [("Совместная декларация министров", "adopted")]


def test_coordinated_titles_share_the_verb() -> None:
    text = (
        "Министры приняли решение одобрить Стратегию развития энергетики Евразии, Региональную программу "
        "«Чистая вода» для стран Каспия и план мероприятий на 2025-2027 годы."
    )
    assert found(text) == [
        ("Стратегия развития энергетики Евразии", "approved"),
        ("Региональная программа «Чистая вода» для стран Каспия", "approved"),
        ("План мероприятий на 2025-2027 годы", "approved"),
    ]


def test_two_agreements_joined_by_and() -> None:
    text = "Стороны подписали соглашение о свободной торговле и соглашение о взаимной защите инвестиций."
    assert found(text) == [
        ("Соглашение о свободной торговле", "signed"),
        ("Соглашение о взаимной защите инвестиций", "signed"),
    ]


def test_anaphoric_memorandum_takes_the_parties() -> None:
    text = "Соответствующий меморандум подписан в Вене между Министерством транспорта Армении и АБР."
    assert found(text) == [("Меморандум между Министерством транспорта Армении и АБР", "signed")]


def test_bare_anaphoric_document_is_not_a_title() -> None:
    assert found("Соответствующее соглашение подписано во время визита в Ереван.") == []


def test_contract_for_construction() -> None:
    text = "В присутствии лидеров подписан контракт на строительство ветровой электростанции в Жамбылской области."
    assert found(text) == [("Контракт на строительство ветровой электростанции в Жамбылской области", "signed")]


def test_sealed_with_signatures_is_signed() -> None:
    text = "Президенты скрепили подписями Хартию о региональном сотрудничестве в Центральной Азии."
    assert found(text) == [("Хартия о региональном сотрудничестве в Центральной Азии", "signed")]


def test_approved_by_short_participle() -> None:
    text = "На заседании утверждена программа совместных действий по борьбе с наркотрафиком, говорится в сообщении."
    assert found(text) == [("Программа совместных действий по борьбе с наркотрафиком", "approved")]


def test_participle_after_the_title() -> None:
    text = "Об этом говорится в совместном заявлении, принятом по итогам онлайн-саммита в среду."
    assert found(text) == [("Совместное заявление", "adopted")]


def test_earlier_document_is_not_signed_at_the_event() -> None:
    text = "Стороны действуют в соответствии с Договором о дружбе, подписанным в 1998 году в Москве."
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Туркмения и Таджикистан подпишут договор о дружбе позже.",
        "Все вопросы согласованы, и документы готовы к подписанию.",
        "Министры подписали пакет документов на встрече в Казани.",
        "Всего было подписано 15 документов.",
        "На встрече приняты итоговые документы.",
        "Президент принял участие в заседании совета.",
        "Стороны не подписали соглашение о транзите газа.",
    ],
)
def test_plans_futures_and_generic_phrases_are_not_documents(text: str) -> None:
    assert found(text) == []


def test_headline_mention_yields_to_the_body() -> None:
    text = (
        "Подписан договор между четырьмя государствами региона\n\n"
        "Сегодня в Ашхабаде президенты четырех государств подписали Договор о сотрудничестве в сфере водных ресурсов.\n"
    )
    assert found(text) == [("Договор о сотрудничестве в сфере водных ресурсов", "signed")]


def test_headline_status_yields_to_the_list() -> None:
    text = (
        "Министры приняли стратегию зеленого развития региона\n\n"
        "Совместным коммюнике министров иностранных дел были одобрены следующие документы, подготовленные экспертами:\n"
        "1. Стратегия зеленого развития региона;\n2. Перечень приоритетных проектов."
    )
    assert found(text) == [
        ("Стратегия зеленого развития региона", "approved"),
        ("Перечень приоритетных проектов", "approved"),
    ]


def test_plural_head_distributes_over_its_complements() -> None:
    text = (
        "В присутствии премьер-министров были подписаны межведомственные документы, всего семь. В их числе "
        "соглашения в сфере ветеринарии, в области культуры и спорта, о взаимном признании водительских прав, "
        "а также другие документы."
    )
    assert found(text) == [
        ("Соглашение в сфере ветеринарии", "signed"),
        ("Соглашение в области культуры и спорта", "signed"),
        ("Соглашение о взаимном признании водительских прав", "signed"),
    ]


def test_another_document_after_a_dash_keeps_the_status() -> None:
    text = (
        "Министры подписали Соглашение о транзите электроэнергии. Ещё один важный документ – Программа "
        "модернизации пограничных переходов до 2030 года."
    )
    assert found(text) == [
        ("Соглашение о транзите электроэнергии", "signed"),
        ("Программа модернизации пограничных переходов до 2030 года", "signed"),
    ]


def test_signing_ceremony_that_took_place() -> None:
    text = "После переговоров состоялась церемония подписания Меморандума о сотрудничестве в сфере туризма."
    assert found(text) == [("Меморандум о сотрудничестве в сфере туризма", "signed")]


def test_extractor_yields_facts_with_evidence() -> None:
    text = "Лидеры подписали Соглашение о создании Евразийского водного консорциума."
    document = Document(text)
    facts = list(DocumentsExtractor().extract(document))
    assert len(facts) == 1
    fact = facts[0]
    assert isinstance(fact, SignedDocument)
    assert fact.title == "Соглашение о создании Евразийского водного консорциума"
    assert fact.status.value == "signed"
    assert any(span.text == "Соглашение о создании Евразийского водного консорциума" for span in fact.evidence)
    assert all(text[span.start : span.end] == span.text for span in fact.evidence)


def test_pipeline_fills_signed_documents(pipeline: object) -> None:
    import summitkit

    assert isinstance(pipeline, summitkit.Pipeline)
    report = pipeline("Главы правительств утвердили Концепцию цифровой торговли стран СНГ.")
    assert [(d.title, d.status.value) for d in report.signed_documents] == [
        ("Концепция цифровой торговли стран СНГ", "approved")
    ]


def test_inclusion_phrase_inside_the_sentence_takes_its_verb() -> None:
    text = (
        "В ходе визита был подписан ряд документов, в том числе Соглашение о воздушном сообщении "
        "и Меморандум о сотрудничестве между министерствами культуры."
    )
    assert found(text) == [
        ("Соглашение о воздушном сообщении", "signed"),
        ("Меморандум о сотрудничестве между министерствами культуры", "signed"),
    ]


def test_colon_on_the_same_line_without_semicolons_reads_inline() -> None:
    text = "Министры подписали два документа: Протокол о демаркации границы и Соглашение о транзите."
    assert found(text) == [("Протокол о демаркации границы", "signed"), ("Соглашение о транзите", "signed")]


def test_a_decision_taken_is_not_a_document_unless_named_as_one() -> None:
    assert found("Совет принял решение о проведении следующего заседания в Баку.") == []
    text = "Главы государств подписали Решение о статусе наблюдателя при организации."
    assert found(text) == [("Решение о статусе наблюдателя при организации", "signed")]


def test_capitalised_noun_is_not_read_as_a_gerund() -> None:
    text = "Также подписан Протокол о внесении изменений в Устав организации."
    assert found(text) == [("Протокол о внесении изменений в Устав организации", "signed")]


def test_abbreviation_in_a_prepositional_phrase_coordinates_with_a_name() -> None:
    text = "Соглашение о зоне свободной торговли между ЕАЭС и Ираном было подписано на саммите."
    assert found(text) == [("Соглашение о зоне свободной торговли между ЕАЭС и Ираном", "signed")]


def test_taken_into_account_is_not_adopted() -> None:
    assert found("Участники приняли к сведению Программу действий секретариата на будущий год.") == []


def test_after_signing_the_document_was_signed() -> None:
    text = "После подписания Договора о добрососедстве президенты ответили на вопросы журналистов."
    assert found(text) == [("Договор о добрососедстве", "signed")]


def test_document_about_the_event_of_the_sentence_before() -> None:
    text = (
        "Накануне министр Айбек Касымов был назначен генеральным секретарем Совета министров обороны. "
        "Постановление об этом подписали главы государств."
    )
    assert found(text) == [
        ("Постановление о назначении Айбека Касымова генеральным секретарем Совета министров обороны", "signed")
    ]


def test_corresponding_agreement_borrows_its_subject_from_a_sentence_nearby() -> None:
    text = (
        "Туркмения поставит Афганистану электроэнергию по льготной цене. Соответствующее соглашение подписано "
        "в Ашхабаде. Договоренность о поставках электроэнергии была достигнута еще весной."
    )
    assert found(text) == [("Соглашение о поставках электроэнергии", "signed")]


def test_heading_over_lines_of_titles() -> None:
    text = (
        "Документы, подписанные в ходе официального визита\n\n"
        "Совместное заявление президентов по итогам переговоров.\n\n"
        "Соглашение о сотрудничестве в области мирного использования космоса.\n\n"
        "Стороны также обсудили региональную повестку.\n"
        "Программа визита включала посещение завода."
    )
    assert found(text) == [
        ("Совместное заявление президентов по итогам переговоров", "signed"),
        ("Соглашение о сотрудничестве в области мирного использования космоса", "signed"),
    ]


def test_a_signed_decision_is_a_document() -> None:
    text = "Лидеры подписали решение о предоставлении Монголии статуса наблюдателя."
    assert found(text) == [("Решение о предоставлении Монголии статуса наблюдателя", "signed")]


def test_plural_head_distributes_over_prepositions_joined_by_and() -> None:
    text = "В ходе встречи были подписаны соглашения о сотрудничестве в сфере туризма и о защите инвестиций."
    assert found(text) == [
        ("Соглашение о сотрудничестве в сфере туризма", "signed"),
        ("Соглашение о защите инвестиций", "signed"),
    ]


def test_adopted_at_a_previous_summit_is_not_this_event() -> None:
    text = "Лидеры обсудили ход выполнения Дорожной карты, принятой на прошлом саммите в Бишкеке."
    assert found(text) == []


def test_relative_clause_after_the_title() -> None:
    text = "Речь идет о Меморандуме о сотрудничестве в сфере цифровизации, который был подписан сегодня в Баку."
    assert found(text) == [("Меморандум о сотрудничестве в сфере цифровизации", "signed")]


def test_relative_clause_with_a_future_is_not_signed() -> None:
    text = "Речь идет о Меморандуме о сотрудничестве в сфере цифровизации, который будет подписан осенью."
    assert found(text) == []


def test_headline_document_with_its_own_subject_is_kept() -> None:
    text = (
        "Казахстан и Узбекистан подписали соглашение о демаркации границы\n\n"
        "Кроме того, в Ташкенте стороны подписали соглашение о транзите грузов через порты Каспия.\n"
    )
    assert found(text) == [
        ("Соглашение о демаркации границы", "signed"),
        ("Соглашение о транзите грузов через порты Каспия", "signed"),
    ]


def test_among_the_signed_documents() -> None:
    text = "Среди подписанных документов – Соглашение о производственной кооперации в автомобилестроении."
    assert found(text) == [("Соглашение о производственной кооперации в автомобилестроении", "signed")]


def test_quoted_list_item_loses_its_quotes() -> None:
    text = "Одобрены следующие документы:\n1) «Дорожная карта по развитию туризма».\n2) План мероприятий."
    assert found(text) == [("Дорожная карта по развитию туризма", "approved"), ("План мероприятий", "approved")]


def test_lower_case_decision_on_a_matter_is_a_document_but_not_one_that_schedules() -> None:
    text = "На совете было принято решение о предоставлении Монголии статуса государства-наблюдателя."
    assert found(text) == [("Решение о предоставлении Монголии статуса государства-наблюдателя", "adopted")]
    assert found("Лидеры приняли решение о проведении следующего саммита в Астане.") == []
    assert found("Принято решение создать рабочую группу по подготовке форума.") == []


def test_plural_named_document_after_a_status_verb() -> None:
    text = "Премьеры утвердили основные направления сотрудничества в сфере транспорта на 2027 год."
    assert found(text) == [("Основные направления сотрудничества в сфере транспорта на 2027 год", "approved")]
    assert found("Министры подписали документы по приоритетным направлениям сотрудничества.") == []


def test_two_verbs_give_two_statuses_and_a_lower_case_document_coordinated() -> None:
    text = (
        "Президенты одобрили План совместных действий на 2027–2029 годы и приняли Совместное заявление "
        "о партнерстве, а также подписали протокол о торговле и соглашение о визах."
    )
    assert found(text) == [
        ("План совместных действий на 2027–2029 годы", "approved"),
        ("Совместное заявление о партнерстве", "adopted"),
        ("Протокол о торговле", "signed"),
        ("Соглашение о визах", "signed"),
    ]


def test_declaration_named_after_a_city() -> None:
    assert found("По итогам встречи лидеры подписали Самаркандскую декларацию.") == [
        ("Самаркандская декларация", "signed")
    ]


def test_a_document_of_a_previous_summit_is_history() -> None:
    assert found("Напомним, на предыдущем саммите была принята Алматинская декларация.") == []


def test_list_hangs_on_the_verb_nearest_the_colon() -> None:
    text = (
        "Кроме того, утвержден план мероприятий на 2027 год, а также подписаны:\n"
        "— соглашение о туризме;\n— меморандум о сотрудничестве в сфере спорта."
    )
    assert found(text) == [
        ("План мероприятий на 2027 год", "approved"),
        ("Соглашение о туризме", "signed"),
        ("Меморандум о сотрудничестве в сфере спорта", "signed"),
    ]


def test_bare_complement_of_a_plural_head_shares_the_frame_up_to_its_last_preposition() -> None:
    text = "Министры подписали соглашения о сотрудничестве в сфере энергетики, транспорта."
    assert found(text) == [
        ("Соглашение о сотрудничестве в сфере энергетики", "signed"),
        ("Соглашение о сотрудничестве в сфере транспорта", "signed"),
    ]


def test_exchanged_signed_documents_introduce_a_list() -> None:
    text = "Президенты обменялись подписанными документами:\n1. Совместное заявление;\n2. Протокол о связи."
    assert found(text) == [("Совместное заявление", "signed"), ("Протокол о связи", "signed")]
    inline = "Министры обменялись подписанными документами: Протоколом о торговле и Меморандумом о туризме."
    assert found(inline) == [("Протокол о торговле", "signed"), ("Меморандум о туризме", "signed")]


def test_ceremony_of_signing_documents_among_which() -> None:
    text = (
        "Затем состоялась церемония подписания ряда документов, среди которых Соглашение о торговле "
        "услугами и Протокол о тарифах."
    )
    assert found(text) == [("Соглашение о торговле услугами", "signed"), ("Протокол о тарифах", "signed")]


def test_a_modal_with_to_be_is_not_a_signing() -> None:
    assert found("В ближайшее время должны быть подписаны Соглашение о транзите и Протокол о тарифах.") == []


def test_heading_with_a_colon_at_the_line_end() -> None:
    text = (
        "Документы, подписанные в ходе визита:\n"
        "Соглашение о сотрудничестве в сфере науки\n"
        "Меморандум о взаимопонимании в области медицины\n"
        "Президент также посетил технопарк."
    )
    assert found(text) == [
        ("Соглашение о сотрудничестве в сфере науки", "signed"),
        ("Меморандум о взаимопонимании в области медицины", "signed"),
    ]


def test_anniversary_words_with_digits_continue_a_distributive_title() -> None:
    text = "Были приняты заявления о поддержке торговой системы и о 75-летии Победы."
    assert found(text) == [
        ("Заявление о поддержке торговой системы", "adopted"),
        ("Заявление о 75-летии Победы", "adopted"),
    ]


def test_plural_named_document_needs_its_complement() -> None:
    assert found("Лидеры утвердили основные направления.") == []


def test_numbers_of_items_on_one_line_are_not_part_of_titles() -> None:
    text = "По итогам встречи подписаны: 1) Соглашение о торговле; 2) Протокол о тарифах."
    assert found(text) == [("Соглашение о торговле", "signed"), ("Протокол о тарифах", "signed")]


def test_plural_apposition_repeats_the_shared_part_for_a_repeated_preposition() -> None:
    text = (
        "Подписаны также межведомственные документы – меморандумы о сотрудничестве в области "
        "медицины и в сфере сельского хозяйства."
    )
    assert found(text) == [
        ("Меморандум о сотрудничестве в области медицины", "signed"),
        ("Меморандум о сотрудничестве в сфере сельского хозяйства", "signed"),
    ]


# -- round 3: more inline shapes -------------------------------------------------------------------------------


def test_city_adjective_declaration_approved() -> None:
    text = "Главы правительств одобрили Улан-Баторскую декларацию и разъехались по домам."
    assert found(text) == [("Улан-Баторская декларация", "approved")]


def test_a_budget_approved_is_a_document() -> None:
    text = "Совет министров утвердил бюджет Секретариата организации на 2027 год."
    assert found(text) == [("Бюджет Секретариата организации на 2027 год", "approved")]


def test_communique_signed_and_final_communique_adopted() -> None:
    assert found("Министры подписали коммюнике о продовольственной безопасности.") == [
        ("Коммюнике о продовольственной безопасности", "signed")
    ]
    assert found("Вечером делегации приняли итоговое коммюнике форума.") == [("Итоговое коммюнике форума", "adopted")]


def test_a_draft_approved_names_the_agreement() -> None:
    text = "Премьер-министры одобрили проект Соглашения о взаимном признании водительских удостоверений."
    assert found(text) == [("Соглашение о взаимном признании водительских удостоверений", "approved")]


def test_participle_of_this_event_before_the_title() -> None:
    text = (
        "Президент Киргизии высоко оценил значение принятой на саммите Декларации о защите горных экосистем. "
        "Подписанный сегодня Договор о дружбе и добрососедстве вступит в силу через месяц."
    )
    assert found(text) == [
        ("Декларация о защите горных экосистем", "adopted"),
        ("Договор о дружбе и добрососедстве", "signed"),
    ]


def test_participle_of_an_earlier_event_gives_nothing() -> None:
    text = (
        "Стороны продолжают выполнять принятую на прошлом саммите Программу озеленения пустынь. "
        "Подписанный ранее Договор о транзите газа продлевать не стали."
    )
    assert found(text) == []


def test_one_of_the_documents_counted_before() -> None:
    text = (
        "По итогам переговоров было подписано восемь документов. "
        "Одним из документов стала Декларация о партнерстве в сфере туризма."
    )
    assert found(text) == [("Декларация о партнерстве в сфере туризма", "signed")]


def test_relative_clause_gives_the_verb() -> None:
    text = "Соглашение о свободной торговле, которое министры подписали в пятницу, охватит и сферу услуг."
    assert found(text) == [("Соглашение о свободной торговле", "signed")]


def test_relative_clause_about_an_earlier_signing_gives_nothing() -> None:
    text = "Договор о границе, который стороны подписали в 2011 году, остается в силе."
    assert found(text) == []


def test_fields_listed_under_one_frame_split_into_agreements() -> None:
    text = "Стороны подписали соглашения о сотрудничестве в сфере туризма, культуры и физической культуры."
    assert [t for t, _ in found(text)] == [
        "Соглашение о сотрудничестве в сфере туризма",
        "Соглашение о сотрудничестве в сфере культуры",
        "Соглашение о сотрудничестве в сфере физической культуры",
    ]


def test_verbal_nouns_sharing_an_object_stay_one_field() -> None:
    text = "Стороны подписали соглашения о сотрудничестве в области геологии, изучения и освоения недр."
    assert [t for t, _ in found(text)] == [
        "Соглашение о сотрудничестве в области геологии",
        "Соглашение о сотрудничестве в области изучения и освоения недр",
    ]


def test_a_budget_title_stops_before_its_amount() -> None:
    text = "Министры утвердили бюджет Агентства на 2027 год в объеме 4 млн евро."
    assert found(text) == [("Бюджет Агентства на 2027 год", "approved")]


def test_participle_with_a_place_and_an_occasion_before_the_title() -> None:
    text = "Подписанное в Ашхабаде по итогам переговоров Соглашение о транзите электроэнергии вступит в силу весной."
    assert found(text) == [("Соглашение о транзите электроэнергии", "signed")]


def test_verbal_nouns_with_nothing_to_share_split() -> None:
    text = "Министры подписали соглашения о сотрудничестве в сфере туризма, образования и спорта."
    assert [t for t, _ in found(text)] == [
        "Соглашение о сотрудничестве в сфере туризма",
        "Соглашение о сотрудничестве в сфере образования",
        "Соглашение о сотрудничестве в сфере спорта",
    ]


def test_documents_signed_named_after_a_dash() -> None:
    text = "В числе документов, подписанных в ходе визита, — Соглашение о прямом авиасообщении."
    assert found(text) == [("Соглашение о прямом авиасообщении", "signed")]


def test_documents_to_be_signed_after_a_dash_give_nothing() -> None:
    text = "Среди документов, которые будут подписаны завтра, — Соглашение о прямом авиасообщении."
    assert found(text) == []


def test_one_of_them_after_the_count() -> None:
    text = (
        "Всего по итогам визита было подписано семь документов. Одним из них стал Меморандум о "
        "сотрудничестве в сфере кинопроизводства."
    )
    assert found(text) == [("Меморандум о сотрудничестве в сфере кинопроизводства", "signed")]


def test_the_most_important_of_which_in_the_same_sentence() -> None:
    text = "Министры одобрили четыре документа, важнейшим из которых стала Концепция развития агротуризма."
    assert found(text) == [("Концепция развития агротуризма", "approved")]


def test_one_of_them_after_projects_discussed_gives_nothing() -> None:
    text = "Министры обсудили два проекта. Главным из них стал Договор о стратегическом партнерстве."
    assert found(text) == []


def test_one_of_the_most_important_documents() -> None:
    text = (
        "На встрече подписано девять документов. Одним из важнейших документов стал Договор о "
        "совместном использовании водохранилищ."
    )
    assert found(text) == [("Договор о совместном использовании водохранилищ", "signed")]


def test_a_participle_document_being_carried_out_is_an_earlier_one() -> None:
    text = (
        "Министры обсудили ход реализации принятой в Хиве Программы развития ремесел. "
        "В соответствии с подписанным Соглашением о торговле услугами тарифы снизятся."
    )
    assert found(text) == []


def test_carried_out_but_placed_at_this_event() -> None:
    text = "Стороны договорились выполнять принятую сегодня Программу обмена студентами на 2027-2029 годы."
    assert found(text) == [("Программа обмена студентами на 2027-2029 годы", "adopted")]


def test_heading_item_names_each_sub_item_with_its_noun_in_the_singular() -> None:
    text = (
        "По итогам заседания были подписаны следующие документы:\n"
        "Решения Совета министров иностранных дел:\n"
        "— О бюджете секретариата на 2027 год;\n"
        "— Об изменении порядка ротации.\n"
        "Соглашение о туристических обменах.\n"
    )
    assert found(text) == [
        ("Решение Совета министров иностранных дел о бюджете секретариата на 2027 год", "signed"),
        ("Решение Совета министров иностранных дел об изменении порядка ротации", "signed"),
        ("Соглашение о туристических обменах", "signed"),
    ]


def test_dash_intro_with_items_on_lines_of_their_own() -> None:
    text = (
        "Министры утвердили пакет мер. Среди документов —\n"
        "- Программа сотрудничества в сфере культуры;\n"
        "- План по развитию транзита.\n"
    )
    assert found(text) == [
        ("Программа сотрудничества в сфере культуры", "approved"),
        ("План по развитию транзита", "approved"),
    ]


def test_unmarked_item_lines_end_at_the_first_line_of_prose() -> None:
    text = (
        "Главы делегаций подписали:\n"
        "Соглашение о морском сообщении\n"
        "Протокол о ветеринарном контроле\n"
        "Соглашение вступит в силу через месяц\n"
    )
    assert [t for t, _ in found(text)] == ["Соглашение о морском сообщении", "Протокол о ветеринарном контроле"]


def test_a_directive_with_a_quoted_name() -> None:
    assert found("Также была принята директива «О совместной охране границ».") == [
        ("Директива «О совместной охране границ»", "adopted")
    ]


def test_a_signing_that_became_the_outcome_is_a_ceremony_but_not_a_future_one() -> None:
    assert found("Главным итогом переговоров стало подписание Договора о союзничестве.") == [
        ("Договор о союзничестве", "signed")
    ]
    assert found("Главным итогом переговоров станет подписание Договора о союзничестве.") == []


def test_signed_documents_include_lower_case_quoted_titles_and_a_document_named_by_its_subject() -> None:
    text = (
        "Подписанные документы включают «план промышленной кооперации», документ о «научных обменах» "
        "на 2026-2027 годы и меморандум о «совместных проектах в энергетике»."
    )
    assert found(text) == [
        ("План промышленной кооперации", "signed"),
        ("Документ о «научных обменах» на 2026-2027 годы", "signed"),
        ("Меморандум о «совместных проектах в энергетике»", "signed"),
    ]


def test_a_document_named_by_its_subject_but_not_an_understanding() -> None:
    assert found("Документ о создании общего фонда подписали министры финансов.") == [
        ("Документ о создании общего фонда", "signed")
    ]
    assert found("Была подписана договорённость о проведении саммита в мае.") == []


def test_the_final_document_of_a_meeting_was_adopted() -> None:
    assert found("Итоговым документом встречи стала Бакинская декларация.") == [("Бакинская декларация", "adopted")]
    assert found("Итоговым документом встречи станет Бакинская декларация.") == []


def test_items_opening_with_a_preposition_take_the_intro_noun() -> None:
    text = (
        "Совет министров принял следующие решения:\n"
        "— О графике заседаний на 2027 год;\n"
        "— О составе наблюдательного совета.\n"
        "Встреча завершилась пресс-конференцией."
    )
    assert found(text) == [
        ("Решение о графике заседаний на 2027 год", "adopted"),
        ("Решение о составе наблюдательного совета", "adopted"),
    ]


def test_a_prepositional_item_without_a_noun_to_take_is_kept_as_written_never_half_inflected() -> None:
    text = "Подписаны:\n1. Соглашение о туризме.\n2. О перечне совместных программ на 2027 год.\n"
    assert found(text) == [
        ("Соглашение о туризме", "signed"),
        ("О перечне совместных программ на 2027 год", "signed"),
    ]


def test_a_counted_plural_carries_its_head_over_a_colon() -> None:
    assert found("Был подписан также ряд соглашений: о почтовой связи, о туризме и о спорте.") == [
        ("Соглашение о почтовой связи", "signed"),
        ("Соглашение о туризме", "signed"),
        ("Соглашение о спорте", "signed"),
    ]


def test_an_amount_is_not_part_of_the_title() -> None:
    assert found("Подписано соглашение о строительстве завода стоимостью 3 млрд рублей.") == [
        ("Соглашение о строительстве завода", "signed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Форум завершился принятием Итоговой резолюции.", [("Итоговая резолюция", "adopted")]),
        ("Заседание ознаменовалось утверждением Плана работы на 2027 год.", [("План работы на 2027 год", "approved")]),
        ("Форум завершится принятием Итоговой резолюции.", []),
        ("Президент призвал к принятию Конвенции о защите лесов.", []),
    ],
)
def test_an_act_that_took_place_gives_its_status(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_list_item_ends_where_its_title_ends_and_a_label_before_a_colon_is_left_out() -> None:
    text = (
        "Итоги переговоров — подписанные соглашения:\n"
        "1. Соглашение о паромной линии. Оно свяжет два порта.\n"
        "2. Меморандум о сотрудничестве в сфере ИИ – предусматривает обмен данными.\n"
        "3. Экология: меморандум о защите озёр.\n"
    )
    assert found(text) == [
        ("Соглашение о паромной линии", "signed"),
        ("Меморандум о сотрудничестве в сфере ИИ", "signed"),
        ("Меморандум о защите озёр", "signed"),
    ]


def test_a_heading_with_a_participle_after_the_comma_opens_a_list_and_names_no_document() -> None:
    text = (
        "Перечень документов, подписанных в ходе визита:\n"
        "1. Договор о добрососедстве.\n"
        "2. Соглашение о сотрудничестве в области связи.\n"
    )
    assert found(text) == [
        ("Договор о добрососедстве", "signed"),
        ("Соглашение о сотрудничестве в области связи", "signed"),
    ]


def test_drafts_in_a_list_name_the_documents_they_draft() -> None:
    text = "Министры одобрили следующие проекты:\n- проект Декларации о мире;\n- проект Плана консультаций.\n"
    assert found(text) == [("Декларация о мире", "approved"), ("План консультаций", "approved")]


def test_the_objects_of_a_status_verb_listed_after_its_colon_are_documents_whatever_their_noun() -> None:
    text = "Совет утвердил:\n- отчёт ревизионной комиссии;\n- изменения в положение о секретариате.\n"
    assert found(text) == [
        ("Отчёт ревизионной комиссии", "approved"),
        ("Изменения в положение о секретариате", "approved"),
    ]


def test_a_list_hanging_on_another_verb_is_not_documents() -> None:
    assert found("Лидеры подписали декларацию и обсудили:\n- торговлю;\n- безопасность.\n") == []


def test_a_document_signed_years_ago_is_not_this_event_s() -> None:
    assert found("Напомним, Договор о союзе был подписан ещё в 2001 году.") == []
    assert found("Меморандум о транзите был подписан в 2019 году в Баку.") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Министры подписали документ «Программа обменов до 2030 года».", "Программа обменов до 2030 года"),
        ("Подписан документ под названием «Дорожная карта по энергетике».", "Дорожная карта по энергетике"),
    ],
)
def test_a_word_for_documents_before_a_quoted_title(text: str, title: str) -> None:
    assert found(text) == [(title, "signed")]


def test_a_numbered_protocol_keeps_its_number() -> None:
    assert found("Подписан Протокол № 3 к Соглашению о транзите.") == [
        ("Протокол № 3 к Соглашению о транзите", "signed")
    ]


def test_an_official_list_with_a_note_of_signatories_after_each_title() -> None:
    text = (
        "Документы, подписанные в ходе официального визита\n\n"
        "Соглашение о сотрудничестве в области геологии.\n\n"
        "Подписали: министр природных ресурсов А. Петров и министр геологии Б.Ахмедов.\n\n"
        "Меморандум о взаимопонимании в сфере спорта.\n\n"
        "Документ подписали: министры спорта двух стран.\n\n"
        "Затем лидеры провели пресс-конференцию.\n"
        "Соглашение вступит в силу через месяц."
    )
    assert found(text) == [
        ("Соглашение о сотрудничестве в области геологии", "signed"),
        ("Меморандум о взаимопонимании в сфере спорта", "signed"),
    ]


def test_coordinated_subjects_share_the_verb_after_the_last_of_them() -> None:
    text = "Соглашение о рыболовстве, Меморандум о связи и Программа стажировок были подписаны вечером."
    assert found(text) == [
        ("Соглашение о рыболовстве", "signed"),
        ("Меморандум о связи", "signed"),
        ("Программа стажировок", "signed"),
    ]
    assert found("Соглашение о рыболовстве обсуждалось долго. Меморандум о связи подписан.") == [
        ("Меморандум о связи", "signed")
    ]


def test_a_capitalised_bare_name_is_a_document_but_yields_to_a_fuller_one() -> None:
    assert found("По итогам встречи в Баку лидеры подписали Коммюнике.") == [("Коммюнике", "signed")]
    assert found("Стороны подписали соглашение.") == []
    text = "Лидеры подписали Декларацию. Бакинская декларация была принята единогласно."
    assert found(text) == [("Бакинская декларация", "adopted")]


def test_items_under_an_intro_naming_other_things_are_not_documents() -> None:
    assert found("Министры согласовали следующие вопросы:\n- подготовка к форуму;\n- график работы.\n") == []


def test_a_package_including_documents() -> None:
    assert found("Подписан пакет документов, включающий соглашение о рыболовстве и меморандум о спорте.") == [
        ("Соглашение о рыболовстве", "signed"),
        ("Меморандум о спорте", "signed"),
    ]


def test_a_document_signed_in_an_earlier_year_or_time_is_not_listed() -> None:
    text = (
        "Лидеры двух стран подписали соглашение о взаимной торговле. "
        "Ещё в 2017 году министры подписали меморандум о рыболовстве. "
        "В прошлом году была принята хартия о молодёжных обменах. "
        "Три года назад президенты утвердили программу по водосбережению."
    )
    assert found(text) == [("Соглашение о взаимной торговле", "signed")]


def test_a_year_after_the_title_does_not_make_it_earlier() -> None:
    text = "Подписано соглашение о строительстве моста, работы начнутся в 2027 году."
    assert found(text) == [("Соглашение о строительстве моста", "signed")]


def test_copies_exchanged_after_a_signing_name_the_signed_document() -> None:
    text = "Главы МИД обменялись подписанными экземплярами Соглашения о консульских учреждениях."
    assert found(text) == [("Соглашение о консульских учреждениях", "signed")]


def test_a_text_being_prepared_is_not_signed() -> None:
    assert found("Юристы дорабатывают текст соглашения о консульских учреждениях.") == []


def test_two_documents_of_one_kind_that_differ_in_their_field_are_both_kept() -> None:
    text = (
        "Стороны подписали Соглашение о сотрудничестве в сфере энергетики "
        "и Соглашение о сотрудничестве в сфере транспорта."
    )
    assert found(text) == [
        ("Соглашение о сотрудничестве в сфере энергетики", "signed"),
        ("Соглашение о сотрудничестве в сфере транспорта", "signed"),
    ]


def test_a_year_after_a_status_verb_dates_its_object_not_the_next_signing() -> None:
    text = (
        "Душанбе. Главы государств утвердили решение о председательстве в Содружестве в 2027 году и подписали "
        "Заявление о сохранении исторической памяти."
    )
    assert ("Заявление о сохранении исторической памяти", "signed") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Стороны в 2019 году подписали Соглашение о стратегическом партнерстве.",
        "Лидеры напомнили, что в 2019 году был подписан Договор о дружбе.",
        "Лидеры отметили важность выполнения Программы сотрудничества на 2024–2026 годы, принятой в Астане.",
        "Работа ведется в соответствии с Соглашением о сотрудничестве, подписанным в Баку.",
    ],
)
def test_documents_signed_earlier_or_carried_out_are_background(text: str) -> None:
    assert found(text) == []


def test_a_document_carried_out_but_signed_at_this_visit_is_signed() -> None:
    text = "Лидеры обсудили ход реализации Дорожной карты по развитию торговли, подписанной сегодня в ходе визита."
    assert found(text) == [("Дорожная карта по развитию торговли", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "Астана. Сенат одобрил закон о ратификации Соглашения о торговле услугами.",
        "Президент подписал указ «О ратификации Договора о союзнических отношениях».",
        "Мажилис одобрил закон о государственной службе.",
    ],
)
def test_a_states_own_laws_and_acts_of_ratification_are_not_summit_documents(text: str) -> None:
    assert found(text) == []


def test_a_protocol_amending_an_agreement_is_signed_whatever_the_agreement_is_about() -> None:
    text = "Стороны подписали Протокол о внесении изменений в Соглашение о ратификации."
    assert found(text) == [("Протокол о внесении изменений в Соглашение о ратификации", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "Подписаны документы о сотрудничестве. Это, в частности, Соглашение о ветеринарии и Меморандум по туризму.",
        "Подписаны документы о сотрудничестве. Это – Соглашение о ветеринарии и Меморандум по туризму.",
    ],
)
def test_documents_counted_then_named_after_eto(text: str) -> None:
    assert found(text) == [("Соглашение о ветеринарии", "signed"), ("Меморандум по туризму", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "Подписаны документы о сотрудничестве. Это Соглашение о ветеринарии станет основой работы.",
        "Лидеры обсудили сотрудничество. Это, в частности, Соглашение о торговле.",
    ],
)
def test_a_demonstrative_or_a_sentence_without_signing_names_no_document(text: str) -> None:
    assert found(text) == []
