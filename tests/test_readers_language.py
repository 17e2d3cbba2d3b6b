"""Text that is not Russian gives an empty report and a diagnostic that says so."""

from __future__ import annotations

import pytest

from summitkit import Pipeline
from summitkit.readers import NOT_RUSSIAN, not_russian

NOT_RUSSIAN_TEXTS = {
    "english": "The presidents of Kazakhstan and Uzbekistan signed a trade agreement worth 15 billion dollars.",
    "kazakh-latin": "Qazaqstan Prezıdentі Qasym-Jomart Toqaev pen Ózbekstan Prezıdentі saýda kelisimine qol qoıdy.",
    "kazakh-cyrillic": "Қазақстан Президенті Қасым-Жомарт Тоқаев пен Өзбекстан Президенті сауда келісіміне қол қойды.",
    "chinese": "哈萨克斯坦总统和乌兹别克斯坦总统签署了贸易协定，双边贸易额将达到一百五十亿美元。",
    "ukrainian": "Президенти двох країн підписали угоду про вільну торгівлю і домовилися про її розширення.",
}


@pytest.mark.parametrize("name", sorted(NOT_RUSSIAN_TEXTS))
def test_a_text_that_is_not_russian_gives_an_empty_report_and_a_diagnostic(pipeline: Pipeline, name: str) -> None:
    report = pipeline(NOT_RUSSIAN_TEXTS[name])
    assert report.facts() == []
    (diagnostic,) = report.diagnostics
    assert diagnostic.code == NOT_RUSSIAN
    assert "not Russian" in diagnostic.message


def test_the_diagnostic_names_the_script_or_the_neighbour_language() -> None:
    assert "Latin" in (not_russian(NOT_RUSSIAN_TEXTS["english"]) or "")
    assert "Han" in (not_russian(NOT_RUSSIAN_TEXTS["chinese"]) or "")
    assert "Kazakh" in (not_russian(NOT_RUSSIAN_TEXTS["kazakh-cyrillic"]) or "")
    assert "Kazakh, Latin script" in (not_russian(NOT_RUSSIAN_TEXTS["kazakh-latin"]) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Президент Казахстана Касым-Жомарт Токаев встретился с главой Microsoft и CEO компании OpenAI в Астане.",
        "Токаев",  # too short to judge
        "Лидеры ШОС подписали Астанинскую декларацию; казахское название столицы пишут как Астана, не Ақмола.",
    ],
)
def test_russian_text_with_some_latin_or_a_kazakh_name_is_russian(text: str) -> None:
    assert not_russian(text) is None


def test_lingua_names_the_language_when_installed() -> None:
    pytest.importorskip("lingua")
    assert "English" in (not_russian(NOT_RUSSIAN_TEXTS["english"]) or "")
