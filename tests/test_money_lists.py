"""Money in lists and tables of figures, and shares per member; every text written for its test."""

from __future__ import annotations

from decimal import Decimal

from summitkit.document import Document
from summitkit.extractors.money import MoneyExtractor
from summitkit.models import MonetaryTarget, MoneyKind
from summitkit.money.lists import blocks, cells, lead_of, unit_scopes

#: Makes a test text summit news for the genre gate.
SUMMIT_LINE = "\nПереговоры прошли на высшем уровне."


def facts(text: str) -> list[MonetaryTarget]:
    text += SUMMIT_LINE
    found = list(MoneyExtractor().extract(Document(text)))
    for fact in found:
        for span in fact.evidence:
            assert text[span.start : span.end] == span.text
    return found


def test_list_items_take_the_kind_of_their_lead() -> None:
    text = (
        "На встрече доноры объявили о выделении средств:\n"
        "- Франция — 300 млн евро;\n"
        "- Катар — 1,2 млрд долларов;\n"
        "- Индия — 90 млн долларов."
    )
    found = facts(text)
    assert [(f.amount, f.kind) for f in found] == [
        (Decimal(300000000), MoneyKind.PLEDGE),
        (Decimal(1200000000), MoneyKind.PLEDGE),
        (Decimal(90000000), MoneyKind.PLEDGE),
    ]


def test_an_item_with_its_own_cue_keeps_it() -> None:
    text = (
        "Итоги переговоров:\n"
        "1. Стороны выделят на дороги 2 млрд долларов.\n"
        "2. Товарооборот за год достиг 5 млрд долларов.\n"
        "3. К 2035 году торговлю планируют довести до 9 млрд долларов."
    )
    assert [f.kind for f in facts(text)] == [MoneyKind.PLEDGE, MoneyKind.ACTUAL, MoneyKind.TARGET]


def test_a_lead_reaches_only_its_items() -> None:
    text = "Доноры объявили о выделении средств:\n- Франция — 300 млн евро.\n\nБюджет города составляет 8 млн евро."
    document = Document(text)
    (block,) = blocks(document)
    assert len(block.items) == 1
    assert lead_of(document, text.index("Бюджет")) is None
    assert [f.kind for f in facts(text)] == [MoneyKind.PLEDGE, MoneyKind.ACTUAL]


def test_a_table_with_its_unit_in_the_header() -> None:
    text = "Торговля с соседями (млн долларов):\nСтрана | 2022 | 2023\nАрмения | 1 150 | 1 320\nГрузия | 870,5 | 910"
    found = facts(text)
    assert [(f.amount, f.currency, f.kind) for f in found] == [
        (Decimal(1150000000), "USD", MoneyKind.ACTUAL),
        (Decimal(1320000000), "USD", MoneyKind.ACTUAL),
        (Decimal(870500000), "USD", MoneyKind.ACTUAL),
        (Decimal(910000000), "USD", MoneyKind.ACTUAL),
    ]
    assert [f.evidence[0].text for f in found] == ["1 150", "1 320", "870,5", "910"]


def test_a_list_of_bare_figures_with_the_unit_stated_once() -> None:
    found = facts("Вложения по отраслям, млрд рублей: энергетика – 14, транспорт – 6,5.")
    assert [(f.amount, f.currency) for f in found] == [(Decimal(14000000000), "RUB"), (Decimal(6500000000), "RUB")]


def test_numbers_that_are_not_cells_are_not_read_under_a_unit() -> None:
    text = "Торговля (млн долларов) выросла на 12% в 2023 году, а число рейсов – 40 в неделю."
    assert facts(text) == []
    assert cells(text, 0, len(text)) == []
    assert len(unit_scopes(text)) == 1


def test_a_share_from_each_member_is_a_pledge() -> None:
    found = facts("Капитал нового фонда — 60 млн евро, по 20 млн евро от каждой страны.")
    assert [(f.amount, f.kind) for f in found][-1] == (Decimal(20000000), MoneyKind.PLEDGE)


def test_a_verb_overrules_a_share_per_member() -> None:
    (fact,) = facts("Товарооборот в прошлом году составил по 1 млрд долларов с каждой из стран.")
    assert fact.kind is MoneyKind.ACTUAL


def test_an_elided_currency_is_carried_along_a_list() -> None:
    text = "Эмираты направят в регион:\n- 4 млрд долларов на порты;\n- 2 млрд на склады;\n- 700 млн на обучение."
    found = facts(text)
    assert [(f.amount, f.currency, f.kind) for f in found] == [
        (Decimal(4000000000), "USD", MoneyKind.PLEDGE),
        (Decimal(2000000000), "USD", MoneyKind.PLEDGE),
        (Decimal(700000000), "USD", MoneyKind.PLEDGE),
    ]


def test_an_elided_currency_is_not_carried_to_the_next_paragraph() -> None:
    text = "Товарооборот достиг 4 млрд долларов.\nНаселение страны – 35 млн на начало года."
    assert [f.amount for f in facts(text)] == [Decimal(4000000000)]


def test_a_lead_names_the_currency_of_its_items() -> None:
    text = "Кредитная линия банка (в евро):\n- Армении – 40 млн;\n- Молдове – 25 млн."
    found = facts(text)
    assert [(f.amount, f.currency) for f in found] == [(Decimal(40000000), "EUR"), (Decimal(25000000), "EUR")]


def test_label_and_value_lines_without_markers_are_items() -> None:
    text = "Стороны договорились о взносах в новый фонд:\nАрмения – 12 млн евро\nГрузия – 9 млн евро"
    document = Document(text)
    (block,) = blocks(document)
    assert len(block.items) == 2
    assert [f.kind for f in facts(text)] == [MoneyKind.PLEDGE, MoneyKind.PLEDGE]
