"""Proposals as many outlets phrase them: compound heads, media and finance bodies, adjectives that
pymorphy also reads as place nouns. Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from summitkit.document import Document
from summitkit.lexicons.documents import INSTITUTION_NOUNS
from summitkit.proposals import proposals
from summitkit.titles.words import compound_head


def found(text: str) -> list[tuple[str, str | None]]:
    return [(p.title, who) for p, who in proposals(Document(text))]


def test_a_compound_is_headed_by_the_lexicon_noun_it_ends_in() -> None:
    assert compound_head("медиахолдинг", INSTITUTION_NOUNS | {"холдинг"}) == "холдинг"
    assert compound_head("агрокластера", INSTITUTION_NOUNS) == "кластер"
    assert compound_head("it-хаб", INSTITUTION_NOUNS) == "хаб"
    assert compound_head("еврокомиссия", INSTITUTION_NOUNS) is None  # a name of its own
    assert compound_head("концентрат", INSTITUTION_NOUNS) is None  # no combining form before "центр"


def test_a_media_holding_of_the_union_is_proposed() -> None:
    text = "Президент Беларуси Виктор Гончаренко предложил создать единый медиахолдинг Союзного государства."
    assert found(text) == [("Единый медиахолдинг Союзного государства", "Виктор Гончаренко")]


def test_an_agro_cluster_in_the_genitive_is_read_through_its_last_part() -> None:
    text = "Президент Узбекистана Бахтиёр Юлдашев выступил за создание трансграничного агрокластера в долине реки."
    assert found(text) == [("Трансграничный агрокластер в долине реки", "Бахтиёр Юлдашев")]


def test_a_tv_channel_and_a_portal_are_proposed_together() -> None:
    text = "Президент Кыргызстана Азамат Токтогулов предложил открыть общий телеканал региона и деловой портал ОТГ."
    assert found(text) == [
        ("Общий телеканал региона", "Азамат Токтогулов"),
        ("Деловой портал ОТГ", "Азамат Токтогулов"),
    ]


def test_a_hyphenated_incubator_is_an_institution() -> None:
    text = "Премьер-министр Таджикистана Рустам Назаров предложил учредить бизнес-инкубатор СНГ для молодежи."
    assert found(text) == [("Бизнес-инкубатор СНГ", "Рустам Назаров")]


def test_a_place_adjective_before_another_adjective_agrees_with_the_head() -> None:
    text = "Президент Туркменистана Арслан Гельдиев выдвинул идею создания Каспийского экологического реестра."
    assert found(text) == [("Каспийский экологический реестр", "Арслан Гельдиев")]


def test_a_guessed_compound_stands_in_the_cases_of_its_head() -> None:
    text = "Президент Казахстана Ерлан Сатпаев предложил учредить Евразийский агрохаб и Каспийский энергохаб."
    assert found(text) == [("Евразийский агрохаб", "Ерлан Сатпаев"), ("Каспийский энергохаб", "Ерлан Сатпаев")]


def test_marked_lines_after_a_proposing_sentence_closed_by_a_full_stop_are_its_items() -> None:
    text = (
        "Президент Казахстана Ерлан Сатпаев выступил на саммите.\n\n"
        "Глава государства озвучил ряд инициатив.\n\n"
        "• учреждение Центра по борьбе с киберпреступностью;\n"
        "• создание Консорциума технических вузов."
    )
    assert found(text) == [
        ("Центр по борьбе с киберпреступностью", "Ерлан Сатпаев"),
        ("Консорциум технических вузов", "Ерлан Сатпаев"),
    ]


def test_marked_lines_after_a_sentence_that_proposes_nothing_are_not_proposals() -> None:
    text = (
        "Президент Казахстана Ерлан Сатпаев выступил на саммите.\n\n"
        "Стороны подвели итоги года.\n\n"
        "• учреждение Центра по борьбе с киберпреступностью;\n"
        "• создание Консорциума технических вузов."
    )
    assert [who for _, who in found(text)] == []


def test_a_list_of_the_highlights_of_a_speech_gives_the_speakers_proposals() -> None:
    text = (
        "Главное из речи Сатпаева на форуме:\n"
        "— создание Азиатского агентства по энергоэффективности;\n"
        "— учреждение Совета старейшин Азии.\n\n"
        "Президент Казахстана Ерлан Сатпаев выступил в Астане."
    )
    assert found(text) == [
        ("Азиатское агентство по энергоэффективности", "Ерлан Сатпаев"),
        ("Совет старейшин Азии", "Ерлан Сатпаев"),
    ]


def test_bare_infinitives_in_a_leaders_enumerating_quotation_are_proposals() -> None:
    text = (
        "«Первое — создать Центр цифровых решений СНГ. Второе — учредить Фонд поддержки стартапов СНГ», "
        "— перечислил Президент Узбекистана Бахтиёр Юлдашев."
    )
    assert found(text) == [
        ("Центр цифровых решений СНГ", "Бахтиёр Юлдашев"),
        ("Фонд поддержки стартапов СНГ", "Бахтиёр Юлдашев"),
    ]


def test_an_infinitive_of_what_was_managed_in_a_quotation_is_no_proposal() -> None:
    text = "«Нам удалось создать Центр цифровых решений СНГ», — сказал Президент Узбекистана Бахтиёр Юлдашев."
    assert found(text) == []
    text = "«Создать Центр цифровых решений было непросто», — сказал Президент Узбекистана Бахтиёр Юлдашев."
    assert found(text) == []


def test_whose_idea_a_body_is_stays_out_of_its_title() -> None:
    text = (
        "Президент Монголии Батын Очир заявил, что в Улан-Баторе будет создан Центр по борьбе с пылевыми бурями "
        "по его предложению."
    )
    assert found(text) == [("Центр по борьбе с пылевыми бурями", "Батын Очир")]


def test_judging_worth_doing_proposes_whatever_the_adjective() -> None:
    text = "«Считаю своевременным учредить Водный консорциум региона», — отметил Президент Казахстана Ерлан Сатпаев."
    assert found(text) == [("Водный консорциум региона", "Ерлан Сатпаев")]
    text = "Президент Казахстана Ерлан Сатпаев считает вполне оправданным сформировать пул инвесторов ЕАЭС."
    assert found(text) == [("Пул инвесторов ЕАЭС", "Ерлан Сатпаев")]


def test_judging_a_creation_done_proposes_nothing() -> None:
    text = "Президент Казахстана Ерлан Сатпаев считает успешным открытие Торгового дома в Урумчи в прошлом году."
    assert found(text) == []


def test_a_heading_of_initiatives_without_a_stop_heads_its_numbered_lines() -> None:
    text = (
        "Инициативы Президента Казахстана\n\n"
        "1. Создание Центра ЕАЭС по биобезопасности.\n"
        "2. Учреждение Евразийской академии госуправления.\n\n"
        "Президент Казахстана Ерлан Сатпаев выступил на заседании в Минске."
    )
    assert found(text) == [
        ("Центр ЕАЭС по биобезопасности", "Ерлан Сатпаев"),
        ("Евразийская академия госуправления", "Ерлан Сатпаев"),
    ]


def test_ordinals_that_are_sentences_of_their_own_keep_the_speaker_across_paragraphs() -> None:
    text = (
        "Президент Кыргызстана Азамат Токтогулов выдвинул ряд предложений.\n\n"
        "Первое. Учредить Фонд поддержки малого бизнеса ОТГ.\n\n"
        "Второе. Создать Тюркский центр по чрезвычайным ситуациям."
    )
    assert found(text) == [
        ("Фонд поддержки малого бизнеса ОТГ", "Азамат Токтогулов"),
        ("Тюркский центр по чрезвычайным ситуациям", "Азамат Токтогулов"),
    ]
    text = text.replace("Первое.", "Во-первых,").replace("Второе.", "Во-вторых,").replace("Учредить", "учредить")
    assert [who for _, who in found(text)] == ["Азамат Токтогулов", "Азамат Токтогулов"]


def test_a_present_participle_of_proposing_names_the_proposing_state() -> None:
    text = (
        "Президент Казахстана Ерлан Сатпаев выступил. Участники обсудили концепцию предлагаемого Казахстаном "
        "Евразийского энергетического хаба."
    )
    assert found(text) == [("Евразийский энергетический хаб", "Ерлан Сатпаев")]


def test_dialogue_lines_after_a_proposing_sentence_are_not_its_items() -> None:
    text = (
        "Президент Казахстана Ерлан Сатпаев предложил обсудить новые идеи.\n"
        "— Мы открыты к сотрудничеству, — сказал он.\n"
        "— Центр логистики уже работает, — добавил президент."
    )
    assert found(text) == []


def test_each_dashed_infinitive_under_a_full_stop_keeps_the_speaker() -> None:
    text = (
        "Президент Узбекистана Бахтиёр Юлдашев выступил с рядом предложений.\n\n"
        "— Создать Центр по борьбе с эпидемиями;\n"
        "— Учредить Фонд продовольственной безопасности."
    )
    assert found(text) == [
        ("Центр по борьбе с эпидемиями", "Бахтиёр Юлдашев"),
        ("Фонд продовольственной безопасности", "Бахтиёр Юлдашев"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Министры продолжили консультации по проекту Конвенции о правовом статусе озера.",
        "Президент Армении Давид Саркисян призвал ускорить формирование общего рынка электроэнергии.",
        "Делегации обсудили ход работы над созданием Фонда поддержки экспортёров.",
        "Стороны условились завершить подготовку Соглашения о трудовой миграции.",
    ],
)
def test_a_process_under_way_is_no_proposal(text: str) -> None:
    assert found(text) == []


def test_a_step_after_a_process_under_way_is_still_proposed() -> None:
    text = "Президент Армении Давид Саркисян предложил продолжить консультации и учредить Совет по водным ресурсам."
    assert found(text) == [("Совет по водным ресурсам", "Давид Саркисян")]
    text = "В ходе встречи Президент Армении Давид Саркисян предложил учредить Совет по водным ресурсам."
    assert found(text) == [("Совет по водным ресурсам", "Давид Саркисян")]


def test_the_head_of_a_state_named_by_its_adjective_is_that_states_leader() -> None:
    lead = "Президент Армении Давид Саркисян и Президент Молдовы Ион Чебану провели переговоры. "
    text = lead + "Глава молдавского государства предложил учредить Совет по водным ресурсам."
    assert found(text) == [("Совет по водным ресурсам", "Ион Чебану")]
    text = lead + "Лидер армянского государства предложил учредить Совет по водным ресурсам."
    assert found(text) == [("Совет по водным ресурсам", "Давид Саркисян")]
    text = lead + "Глава молдавской компании предложил учредить Совет по водным ресурсам."
    assert found(text) == [("Совет по водным ресурсам", None)]


def test_a_branch_opened_in_a_city_is_not_the_bank_it_belongs_to() -> None:
    lead = "Президент Армении Давид Саркисян провел переговоры. "
    assert found(lead + "Стороны приветствовали открытие в Ереване филиала Азиатского банка развития.") == []
    text = lead + "Давид Саркисян предложил создать в столице Армении Центр цифровых технологий."
    assert found(text) == [("Центр цифровых технологий", "Давид Саркисян")]
