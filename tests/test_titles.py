"""The title grammar: where a title starts and stops, and its nominative form.

Every text here is written for the test.
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.titles import (
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    Tok,
    dice,
    headline_end,
    is_abbreviation,
    list_items,
    overlap,
    read_title,
    tokens,
)


def title(text: str, head: str, *, case: str | None = None, proposal: bool = False) -> str:
    document = Document(text)
    index = next(t.index for t in tokens(document) if t.text == head)
    lexicon = DOCUMENT_NOUNS | INSTITUTION_NOUNS
    return read_title(document, index, lexicon=lexicon, case=case, proposal=proposal).text


def test_genitive_chain_stops_at_a_verb() -> None:
    text = "Концепцию развития транспортной системы Евразии одобрили министры."
    assert title(text, "Концепцию", case="accs") == "Концепция развития транспортной системы Евразии"


def test_prepositional_phrases_and_coordinated_words_in_the_same_case() -> None:
    text = "подписали Договор о мире, дружбе и сотрудничестве между Ираном и Турцией в новом веке."
    assert title(text, "Договор") == "Договор о мире, дружбе и сотрудничестве между Ираном и Турцией в новом веке"


def test_a_new_document_noun_after_and_ends_the_title() -> None:
    text = "приняли Декларацию о принципах партнерства и программу действий."
    assert title(text, "Декларацию", case="accs") == "Декларация о принципах партнерства"


def test_comma_before_another_clause_ends_the_title() -> None:
    text = "подписали соглашение о транзите газа, Токаев отметил его значение."
    assert title(text, "соглашение") == "Соглашение о транзите газа"


def test_quoted_name_is_kept_as_written() -> None:
    text = 'утвердили Программу "Зеленый мост" для стран Каспия.'
    assert title(text, "Программу", case="accs") == 'Программа "Зеленый мост" для стран Каспия'


def test_closing_quote_of_a_quotation_ends_the_title() -> None:
    text = '"Мы одобрили стратегию цифровизации", - сказал министр.'
    assert title(text, "стратегию", case="accs") == "Стратегия цифровизации"


def test_apposition_after_a_dash_goes_to_the_nominative() -> None:
    text = "создание постоянного органа – Комитета послов стран региона;"
    assert title(text, "органа", case="gent") == "Постоянный орган – Комитет послов стран региона"


def test_purpose_ends_an_institution_unless_it_is_bare() -> None:
    text = "создать банк развития для финансирования проектов и фонд для поддержки стартапов."
    assert title(text, "банк", case="accs", proposal=True) == "Банк развития"
    assert title(text, "фонд", case="accs", proposal=True) == "Фонд для поддержки стартапов"


def test_place_of_the_event_is_not_part_of_the_title() -> None:
    text = "подписали Меморандум о сотрудничестве в Ташкенте в присутствии лидеров."
    assert title(text, "Меморандум") == "Меморандум о сотрудничестве"


def test_region_with_an_adjective_is_part_of_the_title() -> None:
    text = "одобрили Стратегию устойчивого развития в Центральной Азии."
    assert title(text, "Стратегию", case="accs") == "Стратегия устойчивого развития в Центральной Азии"


def test_abbreviations_and_names_coordinated_in_the_genitive() -> None:
    text = "создать таможенный союз РФ, Армении и Белоруссии для упрощения торговли."
    assert title(text, "союз", case="accs", proposal=True) == "Таможенный союз РФ, Армении и Белоруссии"


def test_verbal_noun_takes_its_dative_object() -> None:
    text = "подписали Соглашение о противодействии угрозам и вызовам безопасности стран — членов СНГ."
    assert title(text, "Соглашение") == "Соглашение о противодействии угрозам и вызовам безопасности стран — членов СНГ"


def test_years_after_a_preposition_belong_to_the_title() -> None:
    text = "одобрили план мероприятий на 2026-2028 годы."
    assert title(text, "план", case="accs") == "План мероприятий на 2026-2028 годы"


def test_nominative_keeps_e_where_the_text_has_no_yo() -> None:
    text = "создать трехсторонний совет министров."
    assert title(text, "совет", case="accs", proposal=True) == "Трехсторонний совет министров"


def test_genitive_plural_head_stays_plural() -> None:
    text = "по созданию механизмов страхования рисков."
    assert title(text, "механизмов", case="gent", proposal=True) == "Механизмы страхования рисков"


def test_list_items_bullets_and_semicolons() -> None:
    text = "подписаны:\n1. Договор о дружбе;\n2. Протокол к договору.\nДалее текст."
    items = [text[s:e] for s, e in list_items(text, text.index(":"))]
    assert items == ["Договор о дружбе", "Протокол к договору."]
    inline = "подписаны: Соглашение о визах; Меморандум о туризме."
    assert [inline[s:e].strip() for s, e in list_items(inline, inline.index(":"))] == [
        "Соглашение о визах",
        "Меморандум о туризме.",
    ]


def test_headline_zone_ends_at_the_first_sentence_line() -> None:
    text = "Подписан договор\nФото: пресс-служба\nСегодня президенты подписали договор о дружбе.\n"
    assert headline_end(text) == text.index("Сегодня")


def test_dice_and_overlap_compare_word_stems() -> None:
    assert dice("Совместная декларация", "совместной декларации") == 1.0
    assert dice("Центр по борьбе с засухой", "Банк развития") == 0.0
    assert overlap("Программа развития туризма", "Программа развития туризма и спорта") == 1.0


def test_coordination_inside_a_prepositional_phrase_follows_its_noun() -> None:
    text = "подписали Соглашение между Правительством Казахстана и Правительством Армении о воздушном сообщении."
    assert title(text, "Соглашение") == (
        "Соглашение между Правительством Казахстана и Правительством Армении о воздушном сообщении"
    )


def test_a_new_subject_after_and_ends_the_title() -> None:
    text = "подписали Договор о дружбе и президенты ответили на вопросы."
    assert title(text, "Договор") == "Договор о дружбе"


def test_letter_and_digit_codes_are_names() -> None:
    text = "принят План действий G20 по продовольственной безопасности."
    assert title(text, "План") == "План действий G20 по продовольственной безопасности"


def test_from_continues_a_title_but_a_date_after_it_does_not() -> None:
    text = "подписали Соглашение о взаимном освобождении от визовых требований."
    assert title(text, "Соглашение") == "Соглашение о взаимном освобождении от визовых требований"
    assert title("подписали Протокол о торговле от 12 мая 2025 года.", "Протокол") == "Протокол о торговле"


def test_a_deadline_is_not_part_of_a_title() -> None:
    text = "создать единый рынок газа к 2030 году."
    assert title(text, "рынок", case="accs", proposal=True) == "Единый рынок газа"


def test_participle_phrase_of_the_last_noun_belongs_to_the_title() -> None:
    text = "подписали Соглашение о противодействии легализации доходов, полученных преступным путем."
    assert title(text, "Соглашение") == "Соглашение о противодействии легализации доходов, полученных преступным путем"
    text = "подписали Протокол к Соглашению о торговле, подписанному в 2019 году."
    assert title(text, "Протокол") == "Протокол к Соглашению о торговле"


def test_a_possessive_after_a_preposition_continues_the_title() -> None:
    text = "утвердили Дорожную карту по ее реализации."
    assert title(text, "карту", case="accs") == "Дорожная карта по ее реализации"


def test_hyphenated_city_adjective_opens_the_title_with_its_capitals() -> None:
    text = "Лидеры одобрили Алма-Атинскую декларацию о продовольствии."
    assert title(text, "декларацию", case="accs") == "Алма-Атинская декларация о продовольствии"


def test_acronyms_still_stand_apart_from_hyphenated_names() -> None:
    def tok(text: str) -> Tok:
        return next(t for t in tokens(Document(f"Слово {text} слово.")) if t.text == text)

    assert is_abbreviation(tok("ЕАЭС"))
    assert is_abbreviation(tok("РУз"))
    assert not is_abbreviation(tok("Улан-Удэнский"))


def test_an_amount_is_not_part_of_the_title() -> None:
    text = "Совет утвердил смету Секретариата в размере двух миллионов рублей."
    assert title(text, "смету", case="accs") == "Смета Секретариата"


def test_a_capitalised_adjective_after_and_opens_a_new_title() -> None:
    text = "Лидеры подписали Ошскую декларацию и Алматинскую хартию о водных ресурсах."
    assert title(text, "декларацию", case="accs") == "Ошская декларация"


def test_the_subject_of_the_next_clause_is_no_genitive() -> None:
    text = "В одобренной вчера программе стороны наметили пять новых маршрутов."
    assert title(text, "программе", case="loct") == "Программа"


def test_a_name_numbered_after_a_hyphen_is_part_of_the_title() -> None:
    text = "Министры подписали договор о модернизации Нурекской ГЭС-2 и меморандум о туризме."
    assert title(text, "договор") == "Договор о модернизации Нурекской ГЭС-2"
    text = "Подписано соглашение о финансировании проекта TAPI-2 в Ашхабаде."
    assert title(text, "соглашение") == "Соглашение о финансировании проекта TAPI-2"


def test_names_joined_by_dashes_in_one_token_are_part_of_the_title() -> None:
    text = "Стороны подписали меморандум о строительстве автодороги Душанбе–Бохтар–Куляб."
    assert title(text, "меморандум") == "Меморандум о строительстве автодороги Душанбе–Бохтар–Куляб"


def test_a_counted_or_measured_quantity_continues_the_title() -> None:
    text = "Заключен контракт на поставку 40 пассажирских вагонов для железной дороги."
    assert title(text, "контракт") == "Контракт на поставку 40 пассажирских вагонов для железной дороги"
    text = "Подписан договор о возведении ТЭЦ мощностью 350 МВт, сообщает пресс-служба."
    assert title(text, "договор") == "Договор о возведении ТЭЦ мощностью 350 МВт"
    text = "Подписано соглашение об экспорте 3 млн тонн пшеницы."
    assert title(text, "соглашение") == "Соглашение об экспорте 3 млн тонн пшеницы"


def test_a_date_after_the_title_is_not_a_quantity() -> None:
    text = "Стороны подписали соглашение о поставках удобрений 14 марта в Минске."
    assert title(text, "соглашение") == "Соглашение о поставках удобрений"


def test_a_statement_keeps_the_meeting_it_sums_up() -> None:
    text = "Министры подписали совместное заявление по итогам третьего заседания Совета в Душанбе."
    assert title(text, "заявление") == "Совместное заявление по итогам третьего заседания Совета"


def test_other_documents_stop_before_the_meeting_they_were_signed_at() -> None:
    text = "Министры подписали меморандум о туризме по итогам третьего заседания Совета."
    assert title(text, "меморандум") == "Меморандум о туризме"


def test_two_years_joined_before_their_noun_stay_in_the_title() -> None:
    assert title("Утвержден план гастролей на 2027 и 2028 годы.", "план") == "План гастролей на 2027 и 2028 годы"
    text = "Подписана смета на 2026 и 2027 годы и протокол о связи."
    assert title(text, "смета") == "Смета на 2026 и 2027 годы"
    assert title("Подписан план обменов на 2027 год и протокол о связи.", "план") == "План обменов на 2027 год"


def test_next_year_stays_in_the_title() -> None:
    assert title("Смета комиссии на следующий год утверждена.", "Смета") == "Смета комиссии на следующий год"


def test_a_pair_of_places_joined_by_a_dash_names_the_format() -> None:
    text = "Учрежден Центр сотрудничества Китай – Монголия по охране пустынь."
    assert title(text, "Центр") == "Центр сотрудничества Китай – Монголия по охране пустынь"
    text = "Подписана Программа партнерства Россия – Центральная Азия на 2027 год."
    assert title(text, "Программа") == "Программа партнерства Россия – Центральная Азия на 2027 год"
    text = "Подписан Меморандум о туризме Китая. Россия – давний партнер."
    assert title(text, "Меморандум") == "Меморандум о туризме Китая"


def test_an_inclusion_is_no_complement() -> None:
    assert title("Подписан Протокол в частности о таможне.", "Протокол") == "Протокол"
    assert title("Подписан Протокол в сфере таможни.", "Протокол") == "Протокол в сфере таможни"


def test_tokens_know_once_whether_they_are_words_and_abbreviations() -> None:
    from summitkit.titles.words import head_lemma, is_abbreviation, is_word, tokens

    toks = tokens(Document("Лидеры ШОС одобрили 80-летие Хартии, «ГЭС-1» и 2 соглашения."))
    words = [t for t in toks if is_word(t)]
    assert [t.text for t in words] == ["Лидеры", "ШОС", "одобрили", "80-летие", "Хартии", "и", "соглашения"]
    assert [t.text for t in toks if is_abbreviation(t)] == ["ШОС", "ГЭС-1"]
    lexicon = frozenset({"хартия", "соглашение"})
    assert [head_lemma(t, lexicon) for t in toks][-4:] == [None, None, "соглашение", None]
    assert [head_lemma(t, lexicon) for t in words][:5] == [None, None, None, None, "хартия"]
