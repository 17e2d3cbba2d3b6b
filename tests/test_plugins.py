"""Plugins: run-time registration, disabling and replacing by name, failure isolation, listing."""

from __future__ import annotations

import gc
import re
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import summitkit
import summitkit.plugins
from summitkit import Document, Fact, Leader, Pipeline, Span, SummitReport, hookimpl
from summitkit.document import Layer
from summitkit.hookspecs import register_extractors
from summitkit.plugins import BUILTIN_PLUGINS, PluginError, collect_extractors, make_plugin_manager

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


class Keeper:
    """Memoises work that points back at the Document, and keeps a weak reference to the Document."""

    name = "keeper"
    fills = ("leaders",)
    requires: frozenset[Layer] = frozenset()
    seen: ClassVar[list[weakref.ref[Document]]] = []

    def extract(self, document: Document) -> Iterator[Fact]:
        document.memo("test.keeper", lambda doc: [doc])
        self.seen.append(weakref.ref(document))
        yield from ()


class KeeperPlugin:
    @hookimpl
    def register_extractors(self, register: Callable[[summitkit.Extractor], None]) -> None:
        register(Keeper())


def test_the_pipeline_releases_the_documents_it_builds() -> None:
    pipeline = Pipeline([KeeperPlugin()], entry_points=False)
    Keeper.seen.clear()
    gc.disable()
    try:
        pipeline(TEXT)
        assert len(Keeper.seen) == 1 and Keeper.seen[0]() is None, "no cycle keeps the Document alive"
    finally:
        gc.enable()


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

    with pytest.raises(PluginError, match="not an Extractor"):
        Pipeline([Bad()], entry_points=False, strict=True)
    pipeline = Pipeline([Bad()], entry_points=False)
    (broken,) = pipeline.plugins.broken
    assert broken.plugin.endswith("Bad") and broken.stage == "register_extractors" and broken.error == "TypeError"


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


def test_every_hook_is_documented_with_an_example_and_tested() -> None:
    from summitkit import hookspecs

    hooks = [name for name in hookspecs.__all__ if callable(getattr(hookspecs, name)) and name[0].islower()]
    hooks = [name for name in hooks if name not in {"hookimpl", "hookspec"}]
    assert set(hooks) == {"register_extractors", "register_fact_types", "register_gazetteer", "process_report"}
    source = Path(__file__).read_text(encoding="utf-8")
    for name in hooks:
        doc = getattr(hookspecs, name).__doc__ or ""
        assert "::" in doc and "xample" in doc and "@summitkit.hookimpl" in doc, name
        assert f"def {name}(self" in source, f"no test plugin implements {name}"
    assert register_extractors.__doc__


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

    with pytest.raises(PluginError, match="unknown layers \\['syntax'\\]"):
        Pipeline([Plugin()], entry_points=False, strict=True)


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


# -- isolation at every stage ---------------------------------------------------------------------


def _plugin(*extractors: object, fact_types: tuple[type[Fact], ...] = ()) -> object:
    """A run-time plugin object registering ``extractors`` and ``fact_types``."""

    class Plugin:
        @hookimpl
        def register_extractors(self, register: Callable[[object], None]) -> None:
            for extractor in extractors:
                register(extractor)

        @hookimpl
        def register_fact_types(self, register: Callable[[type[Fact]], None]) -> None:
            for cls in fact_types:
                register(cls)

    return Plugin()


class Yields:
    """An extractor yielding whatever facts it is given, or calling ``action`` first."""

    fills = ("leaders",)
    requires: frozenset[Layer] = frozenset()

    def __init__(self, name: str, *facts: Fact, action: Callable[[Document], None] | None = None) -> None:
        self.name, self.facts, self.action = name, facts, action

    def extract(self, document: Document) -> Iterator[Fact]:
        if self.action is not None:
            self.action(document)
        yield from self.facts


def _write_dist(tmp_path: Path, module: str, source: str, dist: str = "bad-plugin") -> None:
    (tmp_path / f"{module}.py").write_text(source, encoding="utf-8")
    info = tmp_path / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[summitkit]\n{module} = {module}\n", encoding="utf-8")


def test_an_entry_point_that_fails_to_import_is_skipped_and_listed_as_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _write_dist(tmp_path, "bad_plugin", "import not_a_module_anywhere\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    pipeline = Pipeline()
    (broken,) = pipeline.plugins.broken
    assert (broken.plugin, broken.source, broken.stage, broken.error) == (
        "bad_plugin",
        "bad-plugin 0.1",
        "load",
        "ModuleNotFoundError",
    )
    (warning,) = [r for r in caplog.records if r.levelname == "WARNING"]
    assert "bad-plugin" in warning.getMessage() and "\n" not in warning.getMessage()
    assert warning.exc_info is None, "the traceback goes to the debug log only"
    assert pipeline(TEXT).leaders, "the built-ins still run"
    with pytest.raises(summitkit.plugins.PluginError, match="bad_plugin"):
        Pipeline(strict=True)
    assert Pipeline(exclude_plugins=["bad-plugin"]).plugins.broken == []
    assert Pipeline(entry_points=False).plugins.broken == []


def test_a_register_hook_that_raises_leaves_only_that_plugin_out() -> None:
    class Raising:
        @hookimpl
        def register_extractors(self, register: Callable[[object], None]) -> None:
            register(Yields("half-registered"))
            raise RuntimeError("config file missing")

    pipeline = Pipeline([Raising(), MinisterPlugin()], entry_points=False)
    names = [r.name for r in pipeline.extractors]
    assert "half-registered" not in names and "ministers" in names
    (broken,) = pipeline.plugins.broken
    assert broken.stage == "register_extractors" and "config file missing" in broken.message


def test_a_plugin_can_be_left_out_by_name() -> None:
    name = summitkit.plugins.plugin_name(MinisterPlugin())
    assert name == "test_plugins.MinisterPlugin", "run-time plugins are named by class, not by id"
    pipeline = Pipeline([MinisterPlugin()], entry_points=False, exclude_plugins=[name])
    assert "ministers" not in [r.name for r in pipeline.extractors]
    with pytest.raises(ValueError, match="unknown plugin"):
        Pipeline(entry_points=False, exclude_plugins=["no-such-plugin"])


class EventLike(Fact):
    fact_type: ClassVar[str] = "event"
    note: str


class Vote(Fact):
    fact_type: ClassVar[str] = "vote"
    motion: str


class OtherVote(Fact):
    fact_type: ClassVar[str] = "vote"
    motion: str


def test_a_clashing_fact_type_is_refused_at_registration_with_a_clear_message() -> None:
    with pytest.raises(PluginError, match=r"fact_type 'event' .* clashes with a report field"):
        Pipeline([_plugin(fact_types=(EventLike,))], entry_points=False, strict=True)
    first, second = _plugin(fact_types=(Vote,)), _plugin(fact_types=(OtherVote,))
    pipeline = Pipeline([first, second], entry_points=False)
    assert pipeline.fact_types["vote"] is Vote
    (broken,) = pipeline.plugins.broken
    assert "fact_type 'vote' is registered by both" in broken.message


def test_a_fact_of_a_clashing_type_is_a_failure_not_a_lost_report() -> None:
    report = Pipeline([_plugin(Yields("clash", EventLike(note="x")))], entry_points=False)(TEXT)
    assert (report.signed_documents and report.event is None) or not isinstance(report.event, EventLike)
    (failure,) = report.failures
    assert failure.extractor == "clash" and "clashes with SummitEvent's" in failure.message


def test_invalid_evidence_is_dropped_before_merging_and_recorded() -> None:
    surname = TEXT.index("Токаев")
    wrong = Leader(name="Касым-Жомарт Токаев", evidence=[Span(start=0, end=3, text="abc")])
    past = Leader(
        name="Касым-Жомарт Токаев",
        evidence=[Span(start=surname, end=len(TEXT) + 3, text="x" * (len(TEXT) + 3 - surname))],
    )
    report = Pipeline([_plugin(Yields("liar", wrong, past))], entry_points=False)(TEXT)
    assert [f.error for f in report.failures] == ["InvalidEvidence", "InvalidEvidence"]
    assert "past the end" in report.failures[1].message
    for leader in report.leaders:
        assert all(TEXT[s.start : s.end] == s.text for s in leader.evidence), "no bad span joined a built-in fact"
    with pytest.raises(summitkit.ExtractorError, match="invalid evidence"):
        Pipeline([_plugin(Yields("liar", wrong))], entry_points=False, strict=True)(TEXT)


class Keyed(Fact):
    fact_type: ClassVar[str] = "keyed"
    fault: str

    def merge_key(self) -> object:
        if self.fault == "key":
            raise RuntimeError("merge_key broke")
        return ["unhashable"] if self.fault == "unhashable" else "k"

    def same_as(self, other: Fact) -> bool:
        raise RuntimeError("same_as broke")


def test_merge_key_and_same_as_faults_are_failures_and_the_report_is_kept() -> None:
    facts = [Keyed(fault="key"), Keyed(fault="unhashable"), Keyed(fault="same"), Keyed(fault="same")]
    report = Pipeline([_plugin(Yields("keyed", *facts))], entry_points=False)(TEXT)
    assert len(report.extras["keyed"]) == 4, "every fact kept, unmerged"
    assert [f.error for f in report.failures] == ["RuntimeError", "TypeError", "RuntimeError"]
    assert report.signed_documents, "the built-ins' facts are kept"
    report.model_dump_json()


class Unserialisable(Fact):
    fact_type: ClassVar[str] = "opaque"
    payload: object


def test_a_fact_that_cannot_be_serialised_is_a_failure_and_the_report_dumps() -> None:
    report = Pipeline([_plugin(Yields("opaque", Unserialisable(payload=object())))], entry_points=False)(TEXT)
    (failure,) = report.failures
    assert failure.extractor == "opaque" and "cannot be serialised" in failure.message
    assert "opaque" not in report.extras
    assert SummitReport.model_validate_json(report.model_dump_json()) == report


def test_the_document_is_read_only_to_extractors() -> None:
    def overwrite(document: Document) -> None:
        document.text = "другой текст"  # type: ignore[misc]

    report = Pipeline([_plugin(Yields("vandal", action=overwrite))], entry_points=False)(TEXT)
    (failure,) = report.failures
    assert failure.error == "AttributeError" and "read-only" in failure.message
    assert all(TEXT[s.start : s.end] == s.text for fact in report.facts() for s in fact.evidence)


def test_an_extractor_over_its_time_limit_is_recorded_as_failed() -> None:
    import time

    slow = Yields("slow", Leader(name="Иван Петров"), action=lambda document: time.sleep(1.0))
    builtins = ["leaders", "money", "documents", "conventions", "event"]  # natasha's first load may take long
    report = Pipeline([_plugin(slow)], entry_points=False, time_limit=0.2, disable=builtins)(TEXT)
    (failure,) = report.failures
    assert failure.extractor == "slow" and failure.error == "TimeLimitExceeded" and "time limit" in failure.message
    assert not any(leader.name == "Иван Петров" for leader in report.leaders)
    with pytest.raises(ValueError, match="positive"):
        Pipeline(entry_points=False, time_limit=0)


def test_a_bare_extractor_passed_as_a_plugin_is_registered() -> None:
    pipeline = Pipeline([MinisterExtractor()], entry_points=False)
    (entry,) = [r for r in pipeline.extractors if r.name == "ministers"]
    assert entry.plugin == "test_plugins.MinisterExtractor"
    assert pipeline("Выступил министр Иванов.").facts(Minister)[0].surname == "Иванов"


def test_process_report_hook_changes_the_finished_report_and_is_isolated() -> None:
    class DropLeaders:
        @hookimpl
        def process_report(self, report: SummitReport, text: str) -> SummitReport:
            return report.model_copy(update={"leaders": []})

    class Raises:
        @hookimpl
        def process_report(self, report: SummitReport, text: str) -> SummitReport | None:
            raise RuntimeError("post-processing broke")

    report = Pipeline([DropLeaders(), Raises()], entry_points=False)(TEXT)
    assert report.leaders == [] and report.signed_documents
    (failure,) = report.failures
    assert failure.extractor == "process_report" and "post-processing broke" in failure.message


def test_registered_plugin_fact_types_are_read_back_typed() -> None:
    pipeline = Pipeline([MinisterPlugin(), _plugin(fact_types=(Minister,))], entry_points=False)
    assert pipeline.fact_types["minister"] is Minister
    report = pipeline("Выступил министр Иванов.")
    assert SummitReport.model_validate_json(report.model_dump_json()).facts(Minister) == report.facts(Minister)


# -- hooks beyond extractors ----------------------------------------------------------------------


class Gazetteer:
    """Teaches the built-ins a fictitious official and a currency they do not know."""

    @hookimpl
    def register_gazetteer(self, add: Callable[[str, list[dict[str, object]]], None]) -> None:
        add(
            "officeholders",
            [{"name": "Арман Жексенов", "post": "президент", "country": "KZ", "from": 2025, "to": None}],
        )
        add("currencies", [{"word": "лемпира", "code": "HNL"}])
        add(
            "organisations",
            [{"short": "ОЧЭС", "pattern": r"ОЧЭС|[Оо]рганизаци\w+ черноморского экономического сотрудничества"}],
        )


def test_hook_register_gazetteer_teaches_the_builtins_an_organisation() -> None:
    text = "Саммит Организации черноморского экономического сотрудничества прошёл в Стамбуле 4 июля 2025 года."
    event = Pipeline([Gazetteer()], entry_points=False)(text).event
    assert event is not None and (event.organisation, event.city) == ("ОЧЭС", "Стамбул")


def test_hook_register_gazetteer_teaches_the_builtins_an_official_and_a_currency() -> None:
    text = "В 2026 году в Астане Арман Жексенов заявил, что товарооборот достигнет 300 млн лемпир к 2030 году."
    pipeline = Pipeline([Gazetteer()], entry_points=False)
    assert not pipeline.plugins.broken
    report = pipeline(text)
    assert [(leader.name, leader.role, leader.country) for leader in report.leaders] == [
        ("Арман Жексенов", "президент", "KZ")
    ]
    assert [(m.amount, m.currency) for m in report.monetary_targets] == [(300_000_000, "HNL")]


def test_a_malformed_gazetteer_entry_leaves_its_plugin_out_with_a_message() -> None:
    class Bad:
        @hookimpl
        def register_gazetteer(self, add: Callable[[str, list[dict[str, object]]], None]) -> None:
            add("currencies", [{"word": "лемпира", "code": "lempira"}])

    class Unknown:
        @hookimpl
        def register_gazetteer(self, add: Callable[[str, list[dict[str, object]]], None]) -> None:
            add("planets", [{"name": "Марс"}])

    class BadOrganisation:
        @hookimpl
        def register_gazetteer(self, add: Callable[[str, list[dict[str, object]]], None]) -> None:
            add("organisations", [{"short": "ОЧЭС", "pattern": "(ОЧЭС", "members": ["TR"]}])

    with pytest.raises(PluginError, match="three capital letters"):
        Pipeline([Bad()], entry_points=False, strict=True)
    with pytest.raises(PluginError, match="not a regular expression"):
        Pipeline([BadOrganisation()], entry_points=False, strict=True)
    (broken,) = Pipeline([Unknown()], entry_points=False).plugins.broken
    assert broken.stage == "register_gazetteer" and "unknown gazetteer kind 'planets'" in broken.message


def test_testing_run_plugin_runs_one_plugin_strictly() -> None:
    from summitkit.testing import run_plugin

    report = run_plugin(
        _plugin(MinisterExtractor(), fact_types=(Minister,)), "Выступил министр Иванов.", builtins=False
    )
    assert [m.surname for m in report.facts(Minister)] == ["Иванов"] and report.leaders == []
    with pytest.raises(summitkit.ExtractorError, match="model file missing"):
        run_plugin(BrokenPlugin(), TEXT)
