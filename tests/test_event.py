"""The event extractor: each rule on a sentence written for it (invented summit news)."""

from __future__ import annotations

import pytest

from summitkit import Pipeline
from summitkit.document import Document
from summitkit.extractors.event import EventExtractor
from summitkit.lexicons.cities import city_of
from summitkit.lexicons.countries import ADJECTIVES, find_countries
from summitkit.lexicons.formats import CENTRAL_ASIA, ORGANISATIONS, find_formats
from summitkit.models import SummitEvent
from summitkit.morphology import parses


def event_of(text: str) -> SummitEvent | None:
    facts = list(EventExtractor().extract(Document(text)))
    assert len(facts) <= 1
    if not facts:
        return None
    fact = facts[0]
    assert isinstance(fact, SummitEvent)
    for span in fact.evidence:
        assert text[span.start : span.end] == span.text
    return fact


def the_event(text: str) -> SummitEvent:
    event = event_of(text)
    assert event is not None
    return event


# -- when there is no event -------------------------------------------------------------------------


def test_text_without_event_noun_has_no_event() -> None:
    assert event_of("В Бишкеке завтра ожидается снег, температура опустится до десяти градусов мороза.") is None


def test_event_noun_without_format_or_state_has_no_event() -> None:
    assert event_of("Встреча выпускников школы прошла в Алматы в субботу, гости пели песни до утра.") is None


def test_empty_text_has_no_event() -> None:
    assert event_of("") is None


# -- name, organisation, ordinal --------------------------------------------------------------------


#: The consultative meeting's official title, as the formats lexicon writes it.
CONSULTATIVE = next(f.title for f in ORGANISATIONS if f.title and f.title.startswith("Консультативная"))


def test_roman_ordinal_and_consultative_format_title() -> None:
    event = the_event(
        "Президент Туркменистана Сердар Бердымухамедов выступил на IX консультативной встрече глав государств ЦА "
        "в Ашхабаде."
    )
    assert CONSULTATIVE.endswith("встреча глав государств Центральной Азии")
    assert event.ordinal == 9
    assert event.name == f"IX {CONSULTATIVE}"
    assert event.organisation == CONSULTATIVE
    assert set(CENTRAL_ASIA) <= set(event.participants)


def test_word_ordinal_is_put_in_the_nominative() -> None:
    event = the_event("Дорожную карту по воде одобрили на полях Пятой Консультативной встречи глав государств ЦА.")
    assert event.ordinal == 5
    assert event.name == f"Пятая {CONSULTATIVE}"


def test_word_ordinal_before_summit_of_organisation() -> None:
    event = the_event("Лидеры обсудили транзит на двенадцатом саммите ШОС, сообщает пресс-служба.")
    assert event.ordinal == 12
    assert event.organisation == "ШОС"
    assert event.name == "двенадцатый саммит ШОС"


def test_digit_ordinal() -> None:
    assert the_event("Путин выступил на 25-м саммите ШОС в Астане.").ordinal == 25


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        ("Главы государств выступили на саммите Шанхайской организации сотрудничества.", "ШОС"),
        ("Президенты собрались на сессии Совета коллективной безопасности ОДКБ.", "ОДКБ"),
        ("Лидеры провели заседание Высшего Евразийского экономического совета.", "ЕАЭС"),
        ("Главы государств съехались на саммит Совета сотрудничества тюркоязычных государств.", "ОТГ"),
        ("Лидеры открыли саммит Организации тюркских государств.", "ОТГ"),
        ("Президенты выступили на саммите Совещания по взаимодействию и мерам доверия в Азии.", "СВМДА"),
        ("Лидеры стран БРИКС провели саммит онлайн.", "БРИКС"),
        ("Главы государств СНГ провели неформальный саммит.", "СНГ"),
    ],
)
def test_organisation_from_full_name_or_abbreviation(sentence: str, short: str) -> None:
    assert the_event(sentence).organisation == short


def test_summit_name_in_nominative_from_oblique_case() -> None:
    event = the_event("Президент Кыргызстана выступил на заседании Совета глав государств СНГ.")
    assert event.name == "заседание Совета глав государств СНГ"
    assert event.participants == ["KG"]


def test_name_from_format_named_elsewhere_in_sentence() -> None:
    event = the_event("Главы государств ОДКБ утвердили бюджет по итогам саммита в Ереване.")
    assert event.name == "саммит ОДКБ"
    assert event.organisation == "ОДКБ"


def test_central_asia_plus_partner_format() -> None:
    event = the_event(
        "Канцлер Германии провел в Берлине второй саммит «Германия — Центральная Азия» с лидерами региона."
    )
    assert event.organisation == "Центральная Азия + Германия"
    assert event.ordinal == 2
    assert event.name == "второй саммит «Германия — Центральная Азия»"
    assert set(event.participants) == {"DE", *CENTRAL_ASIA}


def test_c5_plus_one_is_central_asia_and_united_states() -> None:
    event = the_event("Министры готовят встречу на высшем уровне в формате C5+1 в Нью-Йорке.")
    assert event.organisation == "C5+1"
    assert event.city == "Нью-Йорк"
    assert "US" in event.participants


def test_organisation_with_central_asia_tail() -> None:
    event = the_event("Король Бахрейна открыл саммит ССАГЗ со странами Центральной Азии (ЦА+ССАГЗ) в Манаме.")
    assert event.organisation == "Центральная Азия + ССАГЗ"
    assert event.name == "саммит ССАГЗ со странами Центральной Азии"
    assert {"SA", "QA", *CENTRAL_ASIA} <= set(event.participants)


def test_meeting_below_leaders_level_is_not_the_event() -> None:
    event = the_event(
        "Первое заседание экспертов СНГ по миграции соберется в Ашхабаде. Напомним, саммит СНГ прошел 4 июля в Душанбе."
    )
    assert event.ordinal is None
    assert event.city == "Душанбе"
    assert event.date == "--07-04"


def test_earlier_summit_with_another_ordinal_is_not_merged() -> None:
    event = the_event(
        "Си Цзиньпин выступил на III саммите «Центральная Азия — Китай». "
        "Напомним, что второй саммит «Центральная Азия — Китай» прошел в Астане."
    )
    assert event.ordinal == 3
    assert event.city is None


# -- place ------------------------------------------------------------------------------------------


def test_city_in_locative_and_its_country() -> None:
    event = the_event("Саммит ОДКБ прошел в Бишкеке.")
    assert (event.city, event.country) == ("Бишкек", "KG")
    assert "KG" in event.participants


def test_kremlin_is_moscow() -> None:
    event = the_event("Президент России и президент Казахстана провели переговоры в Кремле.")
    assert (event.city, event.country) == ("Москва", "RU")
    assert set(event.participants) == {"RU", "KZ"}


def test_country_without_city() -> None:
    event = the_event("В Китае завершился саммит ШОС.")
    assert (event.city, event.country) == (None, "CN")


def test_direction_is_not_the_host() -> None:
    event = the_event("Президент Узбекистана пригласил американского коллегу в Узбекистан в ходе саммита C5+1.")
    assert event.country is None
    assert {"UZ", "US"} <= set(event.participants)


def test_dateline_gives_city_and_date() -> None:
    event = the_event("Душанбе, 12 октября. Президент Казахстана принял участие в саммите СНГ, сообщает пресс-служба.")
    assert (event.city, event.country, event.date) == ("Душанбе", "TJ", "--10-12")


def test_event_place_beats_dateline() -> None:
    event = the_event("АСТАНА, 3 марта. Саммит ОТГ пройдет осенью 2030 года в Шымкенте.")
    assert event.city == "Шымкент"
    assert event.date == "2030"


def test_city_unknown_to_gazetteer_from_natasha_entity() -> None:
    event = the_event("Саммит ШОС прошел в Ханты-Мансийске.")
    assert event.city == "Ханты-Мансийск"
    assert event.country is None


def test_city_gazetteer_reads_case_forms() -> None:
    assert city_of("Тяньцзине") == ("Тяньцзинь", "CN")
    assert city_of("Нур-Султане") == ("Нур-Султан", "KZ")
    assert city_of("Германии") is None


# -- date -------------------------------------------------------------------------------------------


def test_date_range_with_year_takes_first_day() -> None:
    event = the_event("Саммит ШОС прошел 19–20 сентября 2024 года в Душанбе.")
    assert event.date == "2024-09-19"


def test_from_to_range_takes_first_day() -> None:
    assert the_event("С 30 июня по 1 июля в Минске проходит саммит ОДКБ.").date == "--06-30"


def test_publication_date_gives_the_year() -> None:
    event = the_event("05.07.2031\n4 июля в Астане состоялся саммит ШОС.")
    assert event.date == "2031-07-04"


def test_numeric_publication_date_is_the_last_resort() -> None:
    event = the_event("12.03.2029 | 10:15 | Президент Туркменистана выступил на саммите ОЭС.")
    assert event.date == "2029-03-12"


# -- participants -----------------------------------------------------------------------------------


def test_list_of_leaders_countries() -> None:
    event = the_event("В саммите ОТГ приняли участие президенты Азербайджана, Казахстана и Турции, а также гости.")
    assert set(event.participants) == {"AZ", "KZ", "TR"}


def test_country_not_after_a_post_is_no_participant() -> None:
    event = the_event("Саммит СНГ в Минске поддержал кандидатуру Армении в Совет ООН.")
    assert set(event.participants) == {"BY"}


def test_compound_adjective_names_both_sides() -> None:
    event = the_event("Стороны подписали пять документов по итогам российско-китайских переговоров в Пекине.")
    assert set(event.participants) == {"RU", "CN"}
    assert event.city == "Пекин"


def test_central_asian_states_as_a_group() -> None:
    event = the_event("В саммите ШОС участвовали лидеры стран Центральной Азии.")
    assert set(CENTRAL_ASIA) <= set(event.participants)


def test_bilateral_sides_from_between() -> None:
    event = the_event(
        "10.02.2030\nПо итогам переговоров подписана декларация о дружбе между Республикой Таджикистан и "
        "Республикой Узбекистан."
    )
    assert set(event.participants) == {"TJ", "UZ"}
    assert event.date == "2030-02-10"


def test_participation_sentence_without_event_noun() -> None:
    event = the_event(
        "В Ташкенте состоялся саммит ОЭС. В мероприятии участвовали президент Ирана и премьер-министр Пакистана."
    )
    assert {"IR", "PK", "UZ"} <= set(event.participants)


# -- the lexicon and the plugin ---------------------------------------------------------------------


def test_find_formats_prefers_partner_format_flag() -> None:
    text = "саммит «Центральная Азия + Япония»"
    found = find_formats(text)
    assert [f.short for f in found if f.partner] == ["Центральная Азия + Япония"]


def test_pipeline_reports_the_event() -> None:
    report = Pipeline(entry_points=False)("Саммит ШОС прошел 4 июля в Астане.")
    assert report.event is not None
    assert report.event.organisation == "ШОС"
    assert report.event.city == "Астана"


# -- later rules ------------------------------------------------------------------------------------


def test_weekday_counts_back_from_publication_date() -> None:
    # 14.05.2032 is a Friday; the Wednesday before it is the 12th.
    event = the_event("14.05.2032 | 09:10 | Президент Казахстана в среду выступил на саммите СНГ с планом по транзиту.")
    assert event.date == "2032-05-12"


def test_yesterday_counts_back_from_publication_date() -> None:
    event = the_event("03.09.2031\nВчера в Баку прошел саммит ОТГ.")
    assert event.date == "2031-09-02"
    assert event.city == "Баку"


def test_council_of_ministers_is_below_leaders_level() -> None:
    event = the_event(
        "Заседание Совета министров иностранных дел ОДКБ пройдет в Москве. Саммит ОДКБ состоится в Минске."
    )
    assert event.city == "Минск"


def test_two_word_partner_of_central_asia() -> None:
    event = the_event("В Сеуле прошел первый саммит «Центральная Азия — Республика Корея».")
    assert event.organisation == "Центральная Азия + Республика Корея"
    assert (event.city, event.country, event.ordinal) == ("Сеул", "KR", 1)


def test_capital_of_sentence_start_is_dropped_from_name() -> None:
    assert the_event("Неформальный саммит СНГ прошел в Сочи.").name == "неформальный саммит СНГ"


def test_minister_post_with_tail_words_names_a_participant() -> None:
    event = the_event("Глава МИД Турции провел переговоры с министром иностранных дел Казахстана в Анкаре.")
    assert set(event.participants) == {"TR", "KZ"}


def test_unknown_format_in_quotes() -> None:
    event = the_event("Президент России открыл в Сочи второй саммит «Россия — Африка».")
    assert event.organisation == "Россия — Африка"
    assert event.name == "второй саммит «Россия — Африка»"
    assert event.ordinal == 2
    assert {"RU"} <= set(event.participants)


def test_past_event_after_publication_day_is_last_year() -> None:
    event = the_event("10.01.2031\n28 декабря в Москве состоялся неформальный саммит СНГ.")
    assert event.date == "2030-12-28"


def test_future_event_after_publication_day_keeps_the_year() -> None:
    event = the_event("10.01.2031\n28 сентября в Москве пройдет саммит СНГ.")
    assert event.date == "2031-09-28"


def test_present_tense_participation_sentence() -> None:
    event = the_event("Саммит ОТГ открылся в Бишкеке. В мероприятии участвуют президенты Турции и Азербайджана.")
    assert {"TR", "AZ", "KG"} == set(event.participants)


def test_plain_talks_in_the_lead_give_place_and_date() -> None:
    event = the_event(
        "Президент Туркменистана 3 апреля в Ашхабаде провел переговоры с президентом Ирана. "
        "Встреча прошла накануне саммита ОЭС."
    )
    assert event.organisation == "ОЭС"
    assert (event.city, event.date) == ("Ашхабад", "--04-03")


def test_visit_of_named_leader_to_host_city_is_an_event() -> None:
    event = the_event("Касым-Жомарт Токаев в ходе визита провел переговоры с Ильхамом Алиевым в Баку.")
    assert (event.city, event.country) == ("Баку", "AZ")


def test_collective_security_council_is_csto() -> None:
    event = the_event("Лидеры провели заседание Совета коллективной безопасности в Минске.")
    assert event.organisation == "ОДКБ"
    assert event.name == "заседание Совета коллективной безопасности"


def test_bilateral_talks_named_by_their_adjectives() -> None:
    event = the_event(
        "Стороны подписали соглашения после казахстанско-китайских переговоров на высшем уровне в Пекине."
    )
    assert event.name == "казахстанско-китайские переговоры на высшем уровне"
    assert event.organisation is None


def test_bare_event_noun_gives_no_name() -> None:
    assert the_event("Президент Казахстана провел переговоры с президентом Франции в Париже.").name is None


def test_judging_adjective_is_not_part_of_the_name() -> None:
    assert the_event("Президент Казахстана выступит на предстоящем саммите ШОС.").name == "саммит ШОС"


def test_cyrillic_lookalike_roman_ordinal_is_written_in_latin_in_the_name() -> None:
    event = the_event("В Минске прошло ХХ заседание Совета глав правительств СНГ.")
    assert event.ordinal == 20
    assert event.name == "XX заседание Совета глав правительств СНГ"


def test_cyrillic_lookalike_roman_ordinal() -> None:
    # "ХI" typed with a Cyrillic Х, as some outlets do.
    assert the_event("Президенты собрались на ХI саммите ОТГ в Бишкеке.").ordinal == 11


def test_compound_word_ordinal() -> None:
    event = the_event("Лидеры встретились на двадцать пятом заседании Совета глав государств ШОС.")
    assert event.ordinal == 25
    assert event.name == "двадцать пятое заседание Совета глав государств ШОС"


def test_capital_of_a_country() -> None:
    event = the_event("Саммит ОДКБ прошел в столице Кыргызстана.")
    assert (event.city, event.country) == ("Бишкек", "KG")


def test_summit_of_turkic_states() -> None:
    assert the_event("Президент Азербайджана выступил на саммите тюркских государств.").organisation == "ОТГ"


def test_last_year_summit_is_not_the_event() -> None:
    event = the_event("В прошлом году саммит ШОС прошел в Нью-Дели. Саммит ШОС проходит 3 июля в Астане.")
    assert event.city == "Астана"


def test_next_summit_does_not_fill_the_reported_one() -> None:
    event = the_event(
        "Лидеры ОДКБ подписали декларацию по итогам саммита в Бишкеке. Следующий саммит ОДКБ пройдет 5 мая."
    )
    assert event.city == "Бишкек"
    assert event.date is None


def test_online_event_takes_no_city_from_dateline() -> None:
    event = the_event("Москва, 10 ноября. Саммит ШОС прошел в формате видеоконференции.")
    assert event.city is None
    assert event.date == "--11-10"


def test_union_state_has_its_two_members() -> None:
    event = the_event("Заседание Высшего государственного совета Союзного государства прошло в Москве.")
    assert event.organisation == "Союзное государство"
    assert set(event.participants) == {"RU", "BY"}


def test_numbered_mention_of_the_same_format_gives_the_ordinal() -> None:
    event = the_event("Глава государства выступил на саммите СВМДА.\nВ Астане прошел VI саммит СВМДА.")
    assert event.ordinal == 6
    assert event.name == "VI саммит СВМДА"


def test_commonwealth_alone_is_cis() -> None:
    event = the_event("После парада состоялась неформальная встреча глав государств Содружества.")
    assert event.organisation == "СНГ"


def test_visit_of_unnamed_official_to_host_city() -> None:
    event = the_event("Меморандум подписан в ходе визита председателя Еврокомиссии в Ташкент 5 апреля.")
    assert (event.city, event.country, event.date) == ("Ташкент", "UZ", "--04-05")
    assert event.organisation == "ЕС"


def test_sports_match_in_a_city_is_no_event() -> None:
    assert event_of("Встреча команд «Барыс» и «Авангард» прошла в Астане при полных трибунах.") is None


def test_target_year_is_not_the_event_date() -> None:
    event = the_event("На саммите ШОС лидеры решили довести торговлю до 100 млрд долларов в 2030 году.")
    assert event.date is None


# -- round 2: formats and styles unlike the first corpus --------------------------------------------


def test_dash_of_member_states_keeps_the_format_attached() -> None:
    event = the_event("Президент выступил на заседании Совета глав государств – членов ОДКБ в Бишкеке.")
    assert event.name == "заседание Совета глав государств – членов ОДКБ"
    assert event.organisation == "ОДКБ"


def test_word_ordinal_opening_a_headline_is_lower_case() -> None:
    event = the_event("Третий саммит «Центральная Азия – Китай» пройдет в Бишкеке")
    assert event.ordinal == 3
    assert event.name is not None and event.name.startswith("третий саммит")


def test_mention_with_attached_format_beats_a_headline_with_the_format_aside() -> None:
    event = the_event(
        "Лидеры ОДКБ провели сессию в режиме видеоконференции\n\n"
        "Президенты провели сессию Совета коллективной безопасности в режиме видеоконференции."
    )
    assert event.name == "сессия Совета коллективной безопасности"
    assert event.organisation == "ОДКБ"


def test_named_mention_beats_bare_talks_of_the_same_strength() -> None:
    event = the_event(
        "Президент Монголии провел переговоры с президентом Казахстана, прибывшим в Улан-Батор с официальным визитом."
    )
    assert event.name == "официальный визит"


def test_chairing_state_takes_part() -> None:
    event = the_event("Саммит ШОС прошел онлайн под председательством Индии.")
    assert "IN" in event.participants


def test_post_in_the_nominative_parts_the_format_from_the_event_noun() -> None:
    event = the_event(
        "Саммит в Бишкеке завершился. На итоговом заседании генсек ШОС призвал к сдержанности, сообщили в секретариате."
    )
    assert event.name is not None and "генсек" not in event.name


def test_online_event_has_no_city_from_the_newsroom_dateline() -> None:
    event = the_event(
        "МИНСК, 12 марта. /БЕЛТА/. Главы государств ЕАЭС провели заседание Высшего совета в режиме видеоконференции."
    )
    assert event.city is None
    assert event.date == "--03-12"


def test_digit_ordinal_takes_the_nominative_ending() -> None:
    event = the_event("Премьер-министр выступил на 17-м заседании Совета глав правительств ШОС в Бишкеке.")
    assert event.ordinal == 17
    assert event.name == "17-е заседание Совета глав правительств ШОС"


def test_states_listed_after_the_leaders_group() -> None:
    event = the_event(
        "Заседание Высшего совета ЕАЭС прошло в Москве. Главы государств ЕАЭС — Армении, Беларуси и Казахстана — "
        "одобрили план."
    )
    assert {"AM", "BY", "KZ"} <= set(event.participants)


def test_european_union_spelled_out_is_a_central_asia_partner() -> None:
    event = the_event("В Самарканде прошел первый саммит «Центральная Азия – Европейский союз».")
    assert event.organisation == "Центральная Азия + ЕС"
    assert set(CENTRAL_ASIA) <= set(event.participants)


def test_organisation_inside_a_quoted_partner_format_keeps_the_whole_name() -> None:
    event = the_event("Президенты выступили на саммите «ЕС – Центральная Азия» в Самарканде.")
    assert event.name == "саммит «ЕС – Центральная Азия»"


def test_partner_format_named_before_the_event_noun_gives_a_name() -> None:
    event = the_event("Главы государств Центральной Азии и Индии провели третий саммит в Нью-Дели.")
    assert event.ordinal == 3
    assert event.name == "третий саммит «Центральная Азия + Индия»"


def test_caspian_summit_has_the_five_littoral_states() -> None:
    event = the_event("Лидеры прикаспийских государств соберутся на VII Каспийский саммит в Баку.")
    assert event.organisation == "Каспийский саммит"
    assert event.ordinal == 7
    assert {"AZ", "IR", "KZ", "RU", "TM"} <= set(event.participants)


def test_european_political_community_in_a_capital_from_the_gazetteer() -> None:
    event = the_event("Саммит Европейского политического сообщества прошел в Кишиневе при участии 45 лидеров.")
    assert event.organisation == "ЕПС"
    assert (event.city, event.country) == ("Кишинев", "MD")


@pytest.mark.parametrize(
    ("word", "city"),
    [("Ашгабате", ("Ашгабат", "TM")), ("Пусане", ("Пусан", "KR")), ("Куксарае", ("Ташкент", "UZ"))],
)
def test_gazetteer_knows_more_summit_cities(word: str, city: tuple[str, str]) -> None:
    assert city_of(word) == city


def test_game_with_a_leader_in_the_stands_is_no_event() -> None:
    text = "Встреча сборных пройдет в Ташкенте 14 октября, на матче ожидается президент Узбекистана."
    assert event_of(text) is None


def test_date_opening_the_first_sentence_is_the_event_date() -> None:
    event = the_event("12 июня 2025 года в Минске открылось заседание Высшего Евразийского экономического совета.")
    assert event.date == "2025-06-12"


def test_publication_stamp_heading_a_line_is_not_the_event_date() -> None:
    event = the_event("03.02.2025 | Саммит ОДКБ пройдет в Бишкеке 27 ноября, сообщили в секретариате.")
    assert event.date == "2025-11-27"


def test_talks_at_the_highest_level_are_a_name() -> None:
    event = the_event("Президент Казахстана провел переговоры на высшем уровне с Президентом Вьетнама в Астане.")
    assert event.name == "переговоры на высшем уровне"


def test_state_represented_by_an_official_takes_part() -> None:
    event = the_event("Саммит ОДКБ прошел в Астане. Армению на саммите представлял вице-премьер.")
    assert "AM" in event.participants


def test_state_that_is_only_presented_is_no_participant() -> None:
    event = the_event("Саммит ШОС прошел в Бишкеке. Эксперты часто называют Армению мостом между регионами.")
    assert "AM" not in event.participants


def test_group_of_seven_spelled_out() -> None:
    assert the_event("Лидеры «Группы семи» провели саммит в Италии.").organisation == "G7"


def test_city_after_a_country_adjective_takes_its_country() -> None:
    event = the_event("Саммит ОИС прошел в египетском Асуане при участии президента Казахстана.")
    assert (event.city, event.country) == ("Асуан", "EG")


@pytest.mark.parametrize(
    "sentence",
    [
        "Молодежный саммит ОТГ прошел в Бишкеке, в нем участвовали студенты из Турции и Казахстана.",
        "Бизнес-саммит АСЕАН открылся в Джакарте докладом министра торговли Индонезии.",
    ],
)
def test_summit_of_others_than_leaders_is_no_event(sentence: str) -> None:
    assert event_of(sentence) is None


def test_dateline_with_an_agency_and_no_date_gives_the_city() -> None:
    event = the_event("ТАШКЕНТ. ДУНЁ – Президент Узбекистана принял участие в саммите ОТГ.")
    assert (event.city, event.country) == ("Ташкент", "UZ")


def test_council_after_the_event_noun_stays_in_the_name() -> None:
    event = the_event("Премьер-министры стран СНГ провели в Душанбе заседание Совета глав правительств.")
    assert event.name == "заседание Совета глав правительств СНГ"


def test_meeting_held_by_ministers_is_below_the_leaders() -> None:
    assert event_of("Министры иностранных дел стран Центральной Азии провели встречу в Бишкеке.") is None


def test_ministers_preparing_a_summit_leave_the_summit_an_event() -> None:
    event = the_event("Министры иностранных дел обсудили подготовку к саммиту ШОС, который пройдет в Бишкеке.")
    assert event.organisation == "ШОС"


# -- the country gazetteer the event reads its parties from ------------------------------------------


def codes_in(text: str) -> list[tuple[str, str, bool]]:
    return [(text[c.start : c.end], c.code, c.adjective) for c in find_countries(text)]


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("Марокканская делегация прибыла на форум в Рабате.", "Марокканская", "MA"),
        ("Стороны обсудили поставки алжирского газа в Европу.", "алжирского", "DZ"),
        ("Кенийский президент выступил на саммите Африканского союза.", "Кенийский", "KE"),
        ("Глава МИД принял аргентинских и чилийских коллег.", "аргентинских", "AR"),
        ("Премьер встретился с тайским коллегой в Бангкоке.", "тайским", "TH"),
        ("Лидеры подписали соглашение с шри-ланкийской стороной.", "шри-ланкийской", "LK"),
        ("Новозеландский премьер посетил Сингапур.", "Новозеландский", "NZ"),
        ("В Загребе прошли хорватско-словенские консультации.", "хорватско", "HR"),
        ("Мальтийские и исландские дипломаты подписали меморандум.", "Мальтийские", "MT"),
    ],
)
def test_state_adjectives_of_every_region(sentence: str, word: str, code: str) -> None:
    assert (word, code, True) in codes_in(sentence)


def test_every_state_adjective_is_found_in_oblique_plural() -> None:
    for adjective, code in ADJECTIVES.items():
        adjf = next(p for p in parses(adjective) if p.tag.POS == "ADJF")
        for case in ("gent", "datv", "ablt"):
            form = adjf.inflect({"plur", case})
            assert form is not None, adjective
            assert [c.code for c in find_countries(f"Делегация {form.word} партнеров")] == [code], form.word


def test_compound_adjective_is_split_into_its_states() -> None:
    assert codes_in("Стороны провели узбекско-таджикские переговоры.") == [
        ("узбекско", "UZ", True),
        ("таджикские", "TJ", True),
    ]


def test_compound_adjective_of_three_states_at_the_head_of_a_sentence() -> None:
    found = [code for _, code, _ in codes_in("Казахстанско-кыргызско-туркменский форум открылся в Актау.")]
    assert found == ["KZ", "KG", "TM"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Эксперты оценили американо-китайский диалог по тарифам.", [("американо", "US"), ("китайский", "CN")]),
        ("На таджико-афганской границе открыли новый мост.", [("таджико", "TJ"), ("афганской", "AF")]),
    ],
)
def test_compound_with_a_combining_form(sentence: str, found: list[tuple[str, str]]) -> None:
    assert codes_in(sentence) == [(word, code, True) for word, code in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны обсудили социально-экономическое развитие приграничья.",
        "Англо-саксонская модель права обсуждалась на круглом столе.",
        "Президент провел встречу с вице-премьером.",
        "Российско-тихоокеанский форум прошел во Владивостоке.",
    ],
)
def test_compound_is_read_only_when_every_half_is_a_state(sentence: str) -> None:
    assert [code for _, code, adjective in codes_in(sentence) if adjective] == []


def test_compound_with_a_combining_form_names_both_parties() -> None:
    event = the_event("Армяно-грузинский саммит прошел в Тбилиси, лидеры подписали декларацию.")
    assert {"AM", "GE"} <= set(event.participants)


def test_one_event_word_repeated_for_a_whole_line_is_read_in_linear_time() -> None:
    """Thousands of mentions on one line: each line is read for place and date once, not per mention."""
    import time

    from summitkit.event.assemble import find_event

    short, long = Document("саммит " * 500), Document("саммит " * 4000)
    timings = []
    for document in (short, long):
        assert document.sentences  # segmentation is natasha's: timed apart
        started = time.process_time()
        find_event(document)
        timings.append(time.process_time() - started)
    assert timings[1] < 8 * 3 * timings[0] + 0.5  # 8× the text: linear with room for noise, not 64×


def test_names_abbreviations_and_compounds_in_a_range() -> None:
    text = "Делегации Республики Казахстан, РФ и Кыргызстана обсудили узбекско-таджикские связи."
    assert codes_in(text) == [
        ("Республики Казахстан", "KZ", False),
        ("РФ", "RU", False),
        ("Кыргызстана", "KG", False),
        ("узбекско", "UZ", True),
        ("таджикские", "TJ", True),
    ]
    # A range that cuts a name reads only what it holds: "Казахстан" alone still names the state.
    assert [(text[c.start : c.end], c.code) for c in find_countries(text, 13, 34)] == [
        ("Казахстан", "KZ"),
        ("РФ", "RU"),
    ]
