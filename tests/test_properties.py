"""Invariants for any text: a valid report, evidence that points into the text, JSON round trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitkit import Pipeline, SummitReport

#: Words of the genre, so that generated texts reach the extractors' rules and not only empty paths.
GENRE = [
    "Президент",
    "Казахстана",
    "Токаев",
    "подписали",
    "Договор",
    "о",
    "дружбе",
    "предложил",
    "создать",
    "Центр",
    "млрд",
    "долларов",
    "11,5",
    "$20",
    "юаней",
    "товарооборот",
    "достиг",
    "довести",
    "до",
    "следующие",
    "документы:",
    "1.",
    ";",
    "—",
    "сказал",
    "«",
    "»",
    "саммит",
    "ШОС",
    "в",
    "Астане",
    "16",
    "ноября",
    "VII",
    "встреча",
    "глав",
    "государств",
    ",",
    ".",
    "\n",
    "К.-Ж.",
    "Мирзиёев",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(GENRE), max_size=60).map(" ".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_text_gives_a_valid_report_with_true_evidence(pipeline: Pipeline, text: str) -> None:
    report = pipeline(text)
    assert not report.failures, report.failures
    for fact in report.facts():
        for span in fact.evidence:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
    again = SummitReport.model_validate_json(report.model_dump_json())
    assert again == report
