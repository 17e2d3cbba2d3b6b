"""Plugins: run-time registration, disabling and replacing by name, failure isolation, listing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import summitkit
from summitkit import Document, Fact, Leader, Pipeline, hookimpl
from summitkit.document import Layer
from summitkit.hookspecs import register_extractors
from summitkit.plugins import BUILTIN_PLUGINS, collect_extractors, make_plugin_manager

TEXT = "Президент Казахстана Касым-Жомарт Токаев подписал с коллегами Договор о дружбе."


class Minister(Fact):
    """A fact type that only this test's plugin knows."""

    fact_type: ClassVar[str] = "minister"
    surname: str


class MinisterExtractor:
    """Finds 'министр <Surname>' with a regex: the kind of extractor a user writes in ten lines."""

    name = "ministers"
    fills = ("minister",)
    requires: frozenset[Layer] = frozenset()

    def extract(self, document: Document) -> Iterator[Fact]:
        for m in re.finditer(r"министр\w* (?P<surname>[А-Я][а-я]+)", document.text):
            yield Minister(surname=m["surname"], evidence=[document.span(m.start("surname"), m.end("surname"))])


class MinisterPlugin:
    @hookimpl
    def register_extractors(self, register: Callable[[summitkit.Extractor], None]) -> None:
        register(MinisterExtractor())


class Broken:
    name = "broken"
    fills = ("leaders",)
    requires: frozenset[Layer] = frozenset()

    def extract(self, document: Document) -> Iterator[Fact]:
        yield Leader(name="Частичный Факт")
        raise RuntimeError("model file missing")


class BrokenPlugin:
    @hookimpl
    def register_extractors(self, register: Callable[[summitkit.Extractor], None]) -> None:
        register(Broken())


class LeaderStub:
    """Replaces the built-in 'leaders' extractor by taking its name."""

    name = "leaders"
    fills = ("leaders",)
    requires: frozenset[Layer] = frozenset()

    def extract(self, document: Document) -> Iterator[Fact]:
        yield Leader(name="Заменитель")


class ReplacingPlugin:
    @hookimpl
    def register_extractors(self, register: Callable[[summitkit.Extractor], None]) -> None:
        register(LeaderStub())


def test_a_plugin_registered_at_run_time_contributes_typed_facts() -> None:
    report = Pipeline([MinisterPlugin()], entry_points=False)("Выступил министр Иванов.")
    (fact,) = report.extras["minister"]
    assert isinstance(fact, Minister)
    assert fact.surname == "Иванов"
    assert fact.evidence[0].text == "Иванов"


def test_disabling_a_builtin_by_name_removes_its_facts(pipeline: Pipeline) -> None:
    assert pipeline(TEXT).leaders, "the built-in leaders extractor finds the president"
    without = Pipeline(entry_points=False, disable=["leaders"])
    assert "leaders" not in [r.name for r in without.extractors]
    assert without(TEXT).leaders == []


def test_disabling_an_unknown_extractor_is_an_error() -> None:
    with pytest.raises(ValueError, match="nonexistent"):
        Pipeline(entry_points=False, disable=["nonexistent"])


def test_a_plugin_replaces_a_builtin_of_the_same_name() -> None:
    pipeline = Pipeline([ReplacingPlugin()], entry_points=False)
    leaders = [r for r in pipeline.extractors if r.name == "leaders"]
    assert len(leaders) == 1 and not leaders[0].builtin
    assert [leader.name for leader in pipeline(TEXT).leaders] == ["Заменитель"]


def test_a_failing_extractor_is_recorded_and_the_others_keep_their_facts() -> None:
    report = Pipeline([BrokenPlugin()], entry_points=False)(TEXT)
    (failure,) = report.failures
    assert failure.extractor == "broken"
    assert failure.error == "RuntimeError"
    assert "model file missing" in failure.message
    assert report.signed_documents, "the documents extractor still ran"
    assert any(leader.name == "Частичный Факт" for leader in report.leaders), "facts before the error are kept"


def test_strict_mode_raises_the_extractor_error() -> None:
    with pytest.raises(summitkit.ExtractorError, match="broken") as caught:
        Pipeline([BrokenPlugin()], entry_points=False, strict=True)(TEXT)
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_registering_something_that_is_not_an_extractor_is_refused() -> None:
    class Bad:
        @hookimpl
        def register_extractors(self, register: Callable[[object], None]) -> None:
            register(object())

    with pytest.raises(TypeError, match="not an Extractor"):
        Pipeline([Bad()], entry_points=False)


def test_builtin_registry_snapshot() -> None:
    registered = collect_extractors(make_plugin_manager(entry_points=False))
    assert [(r.name, r.plugin, r.source) for r in registered] == [
        ("leaders", "summitkit.extractors.leaders", "built-in"),
        ("money", "summitkit.extractors.money", "built-in"),
        ("documents", "summitkit.extractors.documents", "built-in"),
        ("conventions", "summitkit.extractors.conventions", "built-in"),
        ("event", "summitkit.extractors.event", "built-in"),
    ]
    assert [r.plugin for r in registered] == list(BUILTIN_PLUGINS)
    fills = {r.name: r.extractor.fills for r in registered}
    assert fills["leaders"] == ("leaders",)
    assert fills["money"] == ("monetary_targets",)


def test_every_hook_is_documented_with_an_example() -> None:
    doc = register_extractors.__doc__ or ""
    assert "register(" in doc and "Example" in doc


def test_entry_point_plugins_load_and_show_their_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package declaring a ``summitkit`` entry point is found without any registration call."""
    (tmp_path / "quota_plugin.py").write_text(
        "import summitkit\n"
        "class Quotas:\n"
        "    name, fills, requires = 'quotas', ('monetary_targets',), frozenset()\n"
        "    def extract(self, document):\n"
        "        return []\n"
        "@summitkit.hookimpl\n"
        "def register_extractors(register):\n"
        "    register(Quotas())\n",
        encoding="utf-8",
    )
    info = tmp_path / "quota_plugin-1.2.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: quota-plugin\nVersion: 1.2\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[summitkit]\nquotas = quota_plugin\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))

    registered = {r.name: r for r in collect_extractors(make_plugin_manager())}
    assert registered["quotas"].source == "quota-plugin 1.2"
    assert registered["leaders"].source == "built-in"
    assert "quotas" not in {r.name for r in collect_extractors(make_plugin_manager(entry_points=False))}


def test_an_extractor_requiring_an_unknown_layer_is_refused() -> None:
    class NeedsSyntax:
        name, fills, requires = "syntax-user", ("leaders",), frozenset({"syntax"})

        def extract(self, document: Document) -> Iterator[Fact]:
            return iter(())

    class Plugin:
        @hookimpl
        def register_extractors(self, register: Callable[[summitkit.Extractor], None]) -> None:
            register(NeedsSyntax())

    with pytest.raises(ValueError, match="unknown layers \\['syntax'\\]"):
        Pipeline([Plugin()], entry_points=False)


class Cautious:
    """Sets one amount aside with a diagnostic and still yields its other fact."""

    name = "cautious"
    fills = ("leaders",)
    requires: frozenset[Layer] = frozenset()

    def extract(self, document: Document) -> Iterator[Fact]:
        document.diagnose("cautious.set-aside", "an amount was too large to read", start=0, end=9)
        yield Leader(name="Иван Петров")


class CautiousPlugin:
    @hookimpl
    def register_extractors(self, register: Callable[[summitkit.Extractor], None]) -> None:
        register(Cautious())


def test_a_diagnostic_reaches_the_report_with_its_extractor_and_span() -> None:
    report = Pipeline(plugins=[CautiousPlugin()], entry_points=False)(TEXT)
    (diagnostic,) = [d for d in report.diagnostics if d.code == "cautious.set-aside"]
    assert diagnostic.source == "cautious"
    assert diagnostic.span is not None and diagnostic.span.text == TEXT[0:9]
    assert any(leader.name == "Иван Петров" for leader in report.leaders)
    assert summitkit.SummitReport.model_validate_json(report.model_dump_json()) == report
