"""Long texts in windows: cuts at paragraph breaks that no list or quotation spans, offsets into the whole."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summitkit
from summitkit import windows
from summitkit.document import Document
from summitkit.models import Fact, Span, SummitEvent, SummitReport
from summitkit.windows import shift
from summitkit.windows import windows as cut

FILLER = "Стороны обсудили вопросы торговли и транспорта в регионе. Делегации провели консультации.\n\n"
LIST = (
    "По итогам переговоров подписаны следующие документы:\n"
    "1. Соглашение о сотрудничестве в области энергетики;\n"
    "2. Меморандум о взаимопонимании в сфере образования;\n"
    "3. Программа развития туризма.\n\n"
)
QUOTE = "Президент заявил: «Мы договорились о многом.\n\nТеперь важно выполнить договоренности».\n\n"


def covers(text: str, parts: list[tuple[int, int]]) -> bool:
    return parts[0][0] == 0 and parts[-1][1] == len(text) and all(a[1] == b[0] for a, b in itertools.pairwise(parts))


@given(st.text(alphabet="аб «»\n.:;-1", max_size=600), st.integers(min_value=2, max_value=80))
def test_windows_cover_the_text_in_order_within_the_size(text: str, size: int) -> None:
    parts = cut(text, size)
    assert covers(text, parts)
    assert all(0 < end - start <= size for start, end in parts) or text == ""


@pytest.mark.parametrize("where", range(0, len(LIST), 7))
def test_a_cut_never_falls_inside_a_list_or_after_its_intro(where: int) -> None:
    # The list starts so that a window of 400 characters would naively end ``where`` characters into it.
    head = FILLER * 5
    text = head[: 400 - where] + "\n\n" + LIST + FILLER * 5
    list_start = text.index("По итогам")
    list_end = list_start + len(LIST)
    for start, _ in cut(text, 400)[1:]:
        assert not list_start < start < list_end


def test_a_cut_never_falls_inside_a_quotation() -> None:
    text = FILLER * 3 + QUOTE + FILLER * 3
    inside = (text.index("«"), text.index("»"))
    for size in range(200, 400, 13):
        for start, _ in cut(text, size)[1:]:
            assert not inside[0] < start <= inside[1]


def test_degenerate_text_is_cut_at_spaces_or_at_the_size() -> None:
    words = "саммит " * 1000
    assert all(words[start - 1] == " " for start, _ in cut(words, 500)[1:])
    solid = "x" * 1000
    assert cut(solid, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]
    # Without a line break or a sentence end, windows are short whatever the size asked for.
    long_line = "саммит " * 10_000
    parts = cut(long_line, 20_000)
    assert max(end - start for start, end in parts) <= windows.UNBROKEN
    assert all(long_line[start - 1] == " " for start, _ in parts[1:])


def test_shift_moves_every_span_into_the_whole_text() -> None:
    text = "Вступление. Президент Казахстана Касым-Жомарт Токаев прибыл."
    offset = text.index("Президент")
    report = summitkit.extract(text[offset:])
    (leader,) = report.leaders
    moved = shift(leader, offset, text)
    assert all(text[s.start : s.end] == s.text for s in moved.evidence)
    assert [s.start - offset for s in moved.evidence] == [s.start for s in leader.evidence]


def test_a_long_text_gives_the_facts_of_its_windows_with_whole_text_offsets(
    monkeypatch: pytest.MonkeyPatch, pipeline: summitkit.Pipeline
) -> None:
    article = "Президент Узбекистана Шавкат Мирзиёев провел переговоры в Ташкенте.\n\n" + LIST
    whole = pipeline(article)
    monkeypatch.setattr(windows, "LIMIT", 500)
    monkeypatch.setattr(windows, "SIZE", 400)
    text = FILLER * 4 + article + FILLER * 4
    report = pipeline(text)
    assert len(cut(text)) > 2
    assert {d.title for d in report.signed_documents} == {d.title for d in whole.signed_documents}
    assert len(report.signed_documents) == 3
    assert [leader.name for leader in report.leaders] == ["Шавкат Мирзиёев"]
    for fact in [*report.leaders, *report.signed_documents]:
        assert all(text[s.start : s.end] == s.text for s in fact.evidence)


def test_facts_merged_as_they_come_give_the_report_merged_at_once(
    monkeypatch: pytest.MonkeyPatch, pipeline: summitkit.Pipeline
) -> None:
    article = "Президент Узбекистана Шавкат Мирзиёев провел переговоры в Ташкенте.\n\n" + LIST + QUOTE
    text = (FILLER + article) * 4
    monkeypatch.setattr(windows, "LIMIT", 500)
    monkeypatch.setattr(windows, "SIZE", 400)
    as_they_come = pipeline(text)
    # The same windows read one by one, every fact kept, and all of them merged once at the end.
    facts: list[Fact] = []
    for start, end in cut(text):
        report = pipeline(Document(text[start:end]))
        window_facts = report.facts()
        if any(isinstance(fact, SummitEvent) for fact in facts):
            window_facts = [fact for fact in window_facts if not isinstance(fact, SummitEvent)]
        facts += [shift(fact, start, text) for fact in window_facts]
    at_once = SummitReport.from_facts(facts)
    assert len(cut(text)) > 4
    assert as_they_come.model_dump_json() == at_once.model_dump_json()
    assert len(at_once.leaders) == 1 and len(at_once.leaders[0].evidence) >= 4


def test_each_window_is_cleaned_on_its_own_and_its_spans_point_into_the_original(
    monkeypatch: pytest.MonkeyPatch, pipeline: summitkit.Pipeline
) -> None:
    # Stress marks, soft hyphens and no-break spaces: the working copy is shorter than the text.
    article = "Президе\u0301нт Узбе\u00adкистана Шавкат\u00a0Мирзиё\u0301ев подписал соглашение.\n\n" + LIST
    text = (FILLER + article) * 4
    clean = (FILLER + article.replace("\u0301", "").replace("\u00ad", "").replace("\u00a0", " ")) * 4
    monkeypatch.setattr(windows, "LIMIT", 500)
    monkeypatch.setattr(windows, "SIZE", 400)
    cleaned: list[int] = []
    real = windows.normalize
    monkeypatch.setattr(windows, "normalize", lambda window: cleaned.append(len(window)) or real(window))
    report = pipeline(text)
    assert len(cleaned) >= 4 and max(cleaned) <= 400  # never a working copy of the whole text
    spans = [span for fact in report.facts() for span in fact.evidence]
    assert spans and all(text[s.start : s.end] == s.text for s in spans)
    assert any("\u0301" in s.text for s in spans)

    def titles(found: summitkit.SummitReport) -> list[tuple[str, int]]:
        return [(d.title, len(d.evidence)) for d in found.signed_documents]

    def leaders(found: summitkit.SummitReport) -> list[tuple[str, int]]:
        return [(leader.name, len(leader.evidence)) for leader in found.leaders]

    assert titles(report) == titles(pipeline(clean)) and report.signed_documents
    assert leaders(report) == leaders(pipeline(clean)) == [("Шавкат Мирзиёев", 4)]


def test_moved_replaces_spans_in_lists_tuples_dicts_and_leaves_the_rest_alone() -> None:
    text = "абвгдежз"
    span = Span.of(text, 1, 3)
    value = {"a": [span, (span, 5)], "b": "x"}
    out = windows.moved(value, lambda start, end: Span.of(text, start + 2, end + 2))
    assert out == {"a": [Span.of(text, 3, 5), (Span.of(text, 3, 5), 5)], "b": "x"}
    untouched = {"b": ["x", 1]}
    assert windows.moved(untouched, lambda start, end: span) is untouched
