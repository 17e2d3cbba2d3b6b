"""The Document: sentences cut where news cut them, layers computed once, offsets into the text."""

from __future__ import annotations

import gc
import weakref

from summitkit import Document


def test_sentences_are_cut_at_line_breaks() -> None:
    text = "Итоги встречи в Бишкеке\nФото: пресс-служба\nПрезиденты подписали договор."
    assert [s.text for s in Document(text).sentences] == [
        "Итоги встречи в Бишкеке",
        "Фото: пресс-служба",
        "Президенты подписали договор.",
    ]


def test_a_money_abbreviation_before_a_capital_ends_the_sentence() -> None:
    document = Document("Оборот составил 9 млрд. Президент отметил рост. Еще 2 млрд. долларов вложат позже.")
    assert [s.text for s in document.sentences] == [
        "Оборот составил 9 млрд.",
        "Президент отметил рост.",
        "Еще 2 млрд. долларов вложат позже.",
    ]


def test_tokens_and_sentences_point_into_the_text() -> None:
    text = "  Лидеры  встретились.\n\n Они  подписали заявление.  "
    document = Document(text)
    for sentence in document.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
    assert document.sentence_at(text.index("подписали")).text == "Они  подписали заявление."


def test_morphology_is_tagged_per_sentence_on_demand() -> None:
    document = Document("Министры встретились. Президент подписал указ.")
    second = document.sentences[1]
    tagged = document.morph(second)
    assert [t.text for t in tagged] == ["Президент", "подписал", "указ", "."]
    assert tagged[1].pos == "VERB"
    assert document._morph_done == {1}, "the first sentence was never tagged"


def test_entities_are_normalised_and_keep_yo() -> None:
    document = Document("Министр встретился с Петром Семёновым в Астане.")
    (person,) = [e for e in document.entities if e.type == "PER"]
    assert person.text == "Петром Семёновым"
    assert document.normal(person) == "Петр Семёнов"


def test_memo_computes_shared_work_once() -> None:
    document = Document("Текст.")
    calls: list[int] = []

    def count(doc: Document) -> int:
        calls.append(1)
        return len(doc.text)

    assert document.memo("test.count", count) == 6
    assert document.memo("test.count", count) == 6
    assert calls == [1]


def test_a_released_document_goes_without_the_garbage_collector() -> None:
    document = Document("Текст.")
    document.memo("test.self", lambda doc: [doc])  # shared work that points back at its Document
    alive = weakref.ref(document)
    gc.disable()
    try:
        document.release()
        del document
        assert alive() is None
    finally:
        gc.enable()


def test_an_empty_text_has_no_sentences_and_no_entities() -> None:
    document = Document("")
    assert document.sentences == ()
    assert document.entities == ()


def test_a_money_abbreviation_before_a_quote_or_a_short_word_ends_the_sentence() -> None:
    document = Document("Вложения достигли 4 млрд. «Мы продолжим», — сказал он. Еще 7 тыс. долл. В июне подпишут.")
    assert [s.text for s in document.sentences] == [
        "Вложения достигли 4 млрд.",
        "«Мы продолжим», — сказал он.",
        "Еще 7 тыс. долл.",
        "В июне подпишут.",
    ]


def test_a_currency_abbreviation_before_its_country_does_not_end_the_sentence() -> None:
    document = Document("Кредит на 300 млн долл. США выдадут в мае.")
    assert len(document.sentences) == 1


def test_entities_in_finds_by_position_what_a_scan_finds() -> None:
    text = "Владимир Путин прибыл в Астану. Касым-Жомарт Токаев встретил его в аэропорту. ООН и ШОС прислали делегации."
    document = Document(text)
    entities = document.entities
    assert len(entities) >= 4
    cuts = sorted({0, len(text), *(e.start for e in entities), *(e.end for e in entities), 5, 40, 77})
    for start in cuts:
        for end in cuts:
            for kind in (None, "PER", "LOC", "ORG"):
                scanned = [
                    e for e in entities if e.start >= start and e.end <= end and (kind is None or e.type == kind)
                ]
                assert document.entities_in(start, end, kind) == scanned  # type: ignore[arg-type]


def test_normal_puts_an_entity_in_the_nominative() -> None:
    document = Document("Президенты обсудили визит. Лидеры встретились с Касым-Жомартом Токаевым в Астане.")
    (person,) = document.entities_in(0, len(document.text), "PER")
    assert document.normal(person) == "Касым-Жомарт Токаев"
