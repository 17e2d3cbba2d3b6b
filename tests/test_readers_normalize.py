"""Text that fights back: the facts survive, and evidence still points into the original text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ClassVar

import pytest

from summitkit import Document, Extractor, Fact, Pipeline, Span, SummitReport, hookimpl
from summitkit.readers import normalize

ARTICLE = (
    "Президент Казахстана Касым-Жомарт Токаев заявил, что товарооборот должен вырасти до 15 млрд долларов. "
    "Стороны подписали Соглашение о сотрудничестве в области энергетики."
)


def facts(report: SummitReport) -> tuple[object, ...]:
    return (
        sorted((leader.name, leader.role, leader.country) for leader in report.leaders),
        sorted((m.amount, m.currency) for m in report.monetary_targets),
        sorted((d.title, d.status) for d in report.signed_documents),
    )


def assert_evidence_in(text: str, report: SummitReport) -> None:
    for fact in report.facts():
        for span in fact.evidence:
            assert text[span.start : span.end] == span.text


@pytest.fixture(scope="module")
def expected(pipeline: Pipeline) -> tuple[object, ...]:
    found = facts(pipeline(ARTICLE))
    assert all(found), found  # the clean article has a leader, an amount and a document
    return found


@pytest.mark.parametrize(
    "perturbed",
    [
        pytest.param(
            ARTICLE.replace("долларов", "долла\u0301ров").replace("Соглашение", "Соглаше\u0301ние"), id="stress"
        ),
        pytest.param(ARTICLE.replace("долларов", "дoлларов"), id="latin-o"),
        pytest.param(ARTICLE.replace("млрд", "mлрд"), id="latin-m"),
        pytest.param(ARTICLE.replace("Токаев", "Тoкaeв"), id="latin-name"),
        pytest.param(ARTICLE.replace("млрд долларов", "млрд\x00 долларов"), id="nul"),
        pytest.param(ARTICLE.replace("Соглашение", "Согла\u00adшение"), id="soft-hyphen"),
        pytest.param(ARTICLE.replace("15 млрд", "15\u00a0млрд"), id="nbsp"),
        pytest.param(ARTICLE.replace("заявил", "за\u200bявил"), id="zero-width"),
        pytest.param(ARTICLE.replace("ё", "е\u0308").replace(". ", ".\r\n"), id="crlf"),
        pytest.param(ARTICLE.replace("заявил", "за\udcffявил"), id="lone-surrogate"),
        pytest.param("\ufeff" + ARTICLE, id="bom-in-text"),
    ],
)
def test_facts_survive_and_evidence_points_into_the_original(
    pipeline: Pipeline, expected: tuple[object, ...], perturbed: str
) -> None:
    report = pipeline(perturbed)
    assert facts(report) == expected
    assert_evidence_in(perturbed, report)
    assert not report.failures


def test_a_latin_lookalike_no_longer_cuts_a_name_short(pipeline: Pipeline) -> None:
    text = ARTICLE.replace("Токаев", "Тoкaeв")
    (leader,) = pipeline(text).leaders
    assert leader.name == "Касым-Жомарт Токаев"
    assert any("Тoкaeв" in span.text for span in leader.evidence)  # the evidence shows the text as written


def test_the_working_copy_is_clean() -> None:
    original = "Соглаше\u0301ние\u00ad \x00дoлларов mлрд\u00a0OOO IT-парк е\u0308мкость"
    assert normalize(original).text == "Соглашение долларов млрд OOO IT-парк ёмкость"  # Latin OOO and IT stay


def test_words_in_latin_script_stay_latin() -> None:
    text = "Компания Microsoft и фонд OPEC, а также Macron"
    assert normalize(text).text == text
    assert not normalize(text).changed


def test_offsets_map_back_over_dropped_and_composed_characters() -> None:
    original = "до 15 mлрд дол\x00ла\u0301ров"
    working = normalize(original)
    assert working.text == "до 15 млрд долларов"
    start = working.text.index("млрд")
    assert working.span(start, start + 4) == Span(start=6, end=10, text="mлрд")
    start = working.text.index("долларов")
    assert working.span(start, start + 8).text == "дол\x00ла\u0301ров"
    assert working.offsets(len(working.text), len(working.text)) == (len(original), len(original))


def test_a_clean_text_is_its_own_working_copy() -> None:
    working = normalize(ARTICLE)
    assert working.text is ARTICLE and not working.changed
    report = SummitReport()
    assert working.remap(report) is report


def test_crlf_offsets_point_into_the_text_as_read_with_newline_kept(pipeline: Pipeline, tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "crlf.txt"
    path.write_bytes(ARTICLE.replace(". ", ".\r\n").encode("utf-8"))
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    assert "\r\n" in text
    report = pipeline(text)
    assert_evidence_in(text, report)
    (document,) = report.signed_documents
    assert document.evidence[-1].start > text.index("\r\n")


class Quota(Fact):
    """A plugin's fact that keeps a span in a field of its own, not only in ``evidence``."""

    fact_type: ClassVar[str] = "quota"

    where: Span


class QuotaExtractor:
    name, fills, requires = "quotas", ("quota",), frozenset[str]()

    def extract(self, document: Document) -> Iterator[Fact]:
        start = document.text.index("млрд долларов")
        span = document.span(start, start + len("млрд долларов"))
        yield Quota(where=span, evidence=[span])


class QuotaPlugin:
    @hookimpl
    def register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(QuotaExtractor())


def test_every_span_of_a_plugin_fact_is_mapped_back() -> None:
    text = ARTICLE.replace("долларов", "долла\u0301ров")
    report = Pipeline(plugins=[QuotaPlugin()], entry_points=False, disable=["event"])(text)
    (quota,) = report.extras["quota"]
    assert isinstance(quota, Quota)
    assert quota.where.text == "млрд долла\u0301ров" == text[quota.where.start : quota.where.end]
    assert quota.evidence == [quota.where]
