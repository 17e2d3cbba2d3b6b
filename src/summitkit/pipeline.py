"""Running the extractors over a text and collecting their facts into a report.

Every call into plugin code happens here or in ``plugins``, inside the isolation boundary: an
extractor that raises, runs over its time limit, yields something that is not a fact, evidence
that does not match the text, a fact that cannot be serialised, or a ``merge_key``/``same_as``
that raises, is named in the report's ``failures`` and the other facts are kept (``strict=True``
raises ``ExtractorError`` instead). The check of evidence runs before merging, so a bad span can
never join a built-in fact's evidence.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, overload

import pluggy

from summitkit import windows
from summitkit.document import Document
from summitkit.models import BUILTIN_FACTS, RESERVED_FACT_TYPES, Diagnostic, ExtractorFailure, Fact, SummitReport
from summitkit.plugins import Plugins, RegisteredExtractor, collect, load_plugins
from summitkit.readers import NOT_RUSSIAN, normalize, not_russian

__all__ = ["ExtractorError", "InvalidEvidence", "InvalidFact", "Pipeline", "TimeLimitExceeded", "extract"]

log = logging.getLogger(__name__)


class ExtractorError(RuntimeError):
    """An extractor raised in strict mode; ``extractor`` names it, ``__cause__`` is its error."""

    def __init__(self, extractor: str, plugin: str, error: BaseException) -> None:
        super().__init__(f"extractor {extractor!r} (plugin {plugin}) failed: {type(error).__name__}: {error}")
        self.extractor = extractor
        self.plugin = plugin


class InvalidFact(ValueError):
    """A fact the pipeline set aside: evidence that is not the text, a clashing or unserialisable type."""


class InvalidEvidence(InvalidFact):
    """A fact whose evidence span is not the text it points at (``text[start:end] != span.text``)."""


class TimeLimitExceeded(TimeoutError):
    """An extractor that ran past its time limit."""


def _evidence_problem(fact: Fact, text: str) -> str | None:
    """Why ``fact``'s evidence is not the text, or None when every span is."""
    for span in fact.evidence:
        if span.end > len(text):
            return f"{type(fact).__name__} span {span.start}-{span.end} runs past the end of the text ({len(text)})"
        if text[span.start : span.end] != span.text:
            found = text[span.start : span.end]
            return f"{type(fact).__name__} span {span.start}-{span.end} says {span.text!r}, the text says {found!r}"
    return None


class Pipeline:
    """Extractors chosen once, run on many texts.

    ``plugins`` are extra plugin objects (or bare extractors) registered at run time; ``disable``
    names extractors to leave out; ``exclude_plugins`` names plugins to leave out (an entry point,
    a distribution, or a plugin's dotted name); ``entry_points=False`` ignores installed third-party
    plugins; ``time_limit`` is the seconds one extractor may take on one text (None: no limit; with
    a limit each extractor runs in a thread, and one over it is recorded as failed and left running
    in the background, since Python cannot stop a thread);
    ``strict=True`` raises instead of recording a failure on the report (``ExtractorError``) or
    leaving a broken plugin out (``plugins.PluginError``).
    """

    def __init__(
        self,
        plugins: Iterable[object] = (),
        *,
        disable: Iterable[str] = (),
        entry_points: bool = True,
        exclude_plugins: Iterable[str] = (),
        strict: bool = False,
        time_limit: float | None = None,
        manager: pluggy.PluginManager | None = None,
    ) -> None:
        if manager is not None:
            self.plugins: Plugins = collect(manager, strict=strict)
        else:
            self.plugins = load_plugins(plugins, entry_points=entry_points, exclude=exclude_plugins, strict=strict)
        self.manager = self.plugins.manager
        registered = self.plugins.extractors
        disabled = set(disable)
        unknown = disabled - {r.name for r in registered}
        if unknown:
            raise ValueError(f"cannot disable unknown extractor(s): {', '.join(sorted(unknown))}")
        #: The extractors this pipeline runs, in order.
        self.extractors: list[RegisteredExtractor] = [r for r in registered if r.name not in disabled]
        self.strict = strict
        if time_limit is not None and time_limit <= 0:
            raise ValueError(f"time_limit must be positive seconds, not {time_limit}")
        self.time_limit = time_limit

    def __repr__(self) -> str:
        return f"Pipeline(extractors={[r.name for r in self.extractors]!r}, strict={self.strict})"

    @property
    def fact_types(self) -> dict[str, type[Fact]]:
        """Every fact type this pipeline's reports may carry, by ``fact_type``."""
        return dict(self.plugins.fact_types)

    def __call__(self, text: str | Document) -> SummitReport:
        """The report for one text (or an already built Document, read as it is).

        A text is read on a clean working copy (``summitkit.readers.normalize``: no stress marks,
        soft hyphens, control characters or Latin look-alikes), and every span of the report is
        mapped back, so evidence points into ``text`` as given. A text that is not Russian gives an
        empty report with a ``language.not_russian`` diagnostic. A long text is read in windows at
        paragraph boundaries (``summitkit.windows``), its facts merged into one report.
        """
        if isinstance(text, Document):
            return self._report(text)
        long = len(text) > windows.LIMIT
        working = normalize(text[: windows.LIMIT] if long else text)  # a long text is cleaned window by window
        reason = not_russian(working.text)
        if reason is not None:
            return SummitReport(diagnostics=[Diagnostic(code=NOT_RUSSIAN, message=reason, source="reader")])
        if long:
            return windows.read_in_windows(self._report_released, text)
        return working.remap(self._report_released(Document(working.text)))

    def _report_released(self, document: Document) -> SummitReport:
        """The report of a Document this pipeline built, which is then released (``Document.release``)."""
        try:
            return self._report(document)
        finally:
            document.release()

    def _report(self, document: Document) -> SummitReport:
        facts: list[Fact] = []
        owners: dict[int, RegisteredExtractor] = {}
        failures: list[ExtractorFailure] = []
        diagnostics: list[Diagnostic] = []
        for entry in self.extractors:
            seen = len(document.diagnostics)
            yielded: list[Fact] = []
            try:
                self._run(entry, document, yielded)
            except Exception as error:  # one plugin must not take the others down
                self._failed(entry, error, failures)
            for fact in yielded:
                try:
                    self._check(fact, document.text)
                except InvalidFact as error:
                    self._failed(entry, error, failures)
                    continue
                facts.append(fact)
                owners[id(fact)] = entry
            diagnostics.extend(
                d if d.source else d.model_copy(update={"source": entry.name}) for d in document.diagnostics[seen:]
            )

        def merge_failed(fact: Fact, error: Exception) -> None:
            self._failed(owners[id(fact)], error, failures)

        report = SummitReport.from_facts(facts, failures, diagnostics, on_error=merge_failed)
        return self._process(report, document.text)

    def _run(self, entry: RegisteredExtractor, document: Document, out: list[Fact]) -> None:
        """Collect what one extractor yields into ``out`` (facts yielded before an error are kept)."""

        def consume() -> None:
            for fact in entry.extractor.extract(document):
                if not isinstance(fact, Fact):
                    raise TypeError(f"yielded {type(fact).__name__}, not a summitkit Fact")
                out.append(fact)

        if self.time_limit is None:
            consume()
            return
        errors: list[BaseException] = []

        def guarded() -> None:
            try:
                consume()
            except BaseException as error:
                errors.append(error)

        worker = threading.Thread(target=guarded, name=f"summitkit-{entry.name}", daemon=True)
        worker.start()
        worker.join(self.time_limit)
        if worker.is_alive():  # a thread cannot be stopped: it is left to finish, its facts unread
            out.clear()
            raise TimeLimitExceeded(f"took longer than the time limit of {self.time_limit} s; its facts are left out")
        if errors:
            raise errors[0]

    def _check(self, fact: Fact, text: str) -> None:
        """Refuse a fact whose evidence is not the text, whose type clashes, or that cannot be serialised."""
        problem = _evidence_problem(fact, text)
        if problem is not None:
            raise InvalidEvidence(f"invalid evidence: {problem}")
        cls = type(fact)
        if cls in BUILTIN_FACTS.values():
            return
        registered = self.plugins.fact_types.get(cls.fact_type)
        if registered is not None and registered is not cls and not issubclass(cls, registered):
            raise InvalidFact(
                f"fact_type {cls.fact_type!r} of {cls.__qualname__} clashes with {registered.__qualname__}'s;"
                " give it a fact_type of its own"
            )
        if registered is None and cls.fact_type in RESERVED_FACT_TYPES and "fact_type" in cls.__dict__:
            raise InvalidFact(f"fact_type {cls.fact_type!r} of {cls.__qualname__} clashes with a report field")
        try:
            fact.model_dump_json()
        except Exception as error:
            raise InvalidFact(f"{cls.__qualname__} cannot be serialised: {error}") from error

    def _failed(self, entry: RegisteredExtractor, error: Exception, failures: list[ExtractorFailure]) -> None:
        if self.strict:
            raise ExtractorError(entry.name, entry.plugin, error) from error
        log.warning("extractor %s (plugin %s) failed: %s: %s", entry.name, entry.plugin, type(error).__name__, error)
        log.debug("extractor %s failed", entry.name, exc_info=error)
        failures.append(
            ExtractorFailure(extractor=entry.name, plugin=entry.plugin, error=type(error).__name__, message=str(error))
        )

    def _process(self, report: SummitReport, text: str) -> SummitReport:
        """The report after every ``process_report`` hook, each isolated like an extractor."""
        for impl in self.manager.hook.process_report.get_hookimpls():
            try:
                result = impl.function(report=report, text=text)
                if result is not None and not isinstance(result, SummitReport):
                    raise TypeError(f"process_report returned {type(result).__name__}, not a SummitReport")
                if result is not None:
                    report = result
            except Exception as error:
                if self.strict:
                    raise ExtractorError("process_report", impl.plugin_name, error) from error
                log.warning("process_report of plugin %s failed: %s: %s", impl.plugin_name, type(error).__name__, error)
                log.debug("process_report failed", exc_info=error)
                failure = ExtractorFailure(
                    extractor="process_report", plugin=impl.plugin_name, error=type(error).__name__, message=str(error)
                )
                report = report.model_copy(update={"failures": [*report.failures, failure]})
        return report

    def extract(self, text: str | Document) -> SummitReport:
        """Same as calling the pipeline."""
        return self(text)

    @overload
    def extract_many(self, texts: Iterable[str], *, workers: None = None) -> Iterator[SummitReport]: ...

    @overload
    def extract_many(
        self,
        texts: Iterable[str] | Iterable[tuple[Any, str]] | Mapping[Any, str],
        *,
        workers: int | None = None,
        engine: Literal["local", "dask"] = "local",
        scheduler: Any = None,
    ) -> Iterator[Any]: ...

    def extract_many(
        self,
        texts: Iterable[str] | Iterable[tuple[Any, str]] | Mapping[Any, str],
        *,
        workers: int | None = None,
        engine: Literal["local", "dask"] = "local",
        scheduler: Any = None,
    ) -> Iterator[Any]:
        """Reports for many texts, lazily.

        Without ``workers`` (and on the local engine) the texts are read here, one Document at a
        time, and plain strings give reports in input order, as before. With ``workers=N`` (worker
        processes, each loading the models once) or ``engine="dask", scheduler=ADDRESS`` (a
        dask.distributed cluster or ``Client``), items come back as ``(id, report)`` pairs in the
        order they finish: the id is the one given (``(id, text)`` pairs or a mapping) or the
        text's index. A text that fails raises ``RuntimeError`` naming its id (strict mode, bad input).
        """
        items = texts.items() if isinstance(texts, Mapping) else texts
        if workers is None and engine == "local":
            for item in items:
                if isinstance(item, str):
                    yield self(item)
                else:
                    item_id, text = item
                    yield item_id, self(text)
            return
        from summitkit.batch import Item, PipelineSpec, outcomes

        pairs = (
            Item(index, item) if isinstance(item, str) else Item(item[0], item[1]) for index, item in enumerate(items)
        )
        for outcome in outcomes(
            PipelineSpec.of(self), pairs, workers=workers or 1, engine=engine, scheduler=scheduler, pipeline=self
        ):
            if outcome.report is None:
                raise RuntimeError(f"text {outcome.id!r} failed: {outcome.error_type}: {outcome.error_message}")
            yield outcome.id, outcome.report


_default: Pipeline | None = None


def extract(text: str) -> SummitReport:
    """The report for one text, with every installed extractor (the pipeline is built once)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text)
