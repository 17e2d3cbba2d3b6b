"""Running the extractors over a text and collecting their facts into a report."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, overload

import pluggy

from summitkit import windows
from summitkit.document import Document
from summitkit.models import Diagnostic, ExtractorFailure, Fact, SummitReport
from summitkit.plugins import RegisteredExtractor, collect_extractors, make_plugin_manager

__all__ = ["ExtractorError", "Pipeline", "extract"]

log = logging.getLogger(__name__)


class ExtractorError(RuntimeError):
    """An extractor raised in strict mode; ``extractor`` names it, ``__cause__`` is its error."""

    def __init__(self, extractor: str, plugin: str, error: BaseException) -> None:
        super().__init__(f"extractor {extractor!r} (plugin {plugin}) failed: {type(error).__name__}: {error}")
        self.extractor = extractor
        self.plugin = plugin


class Pipeline:
    """Extractors chosen once, run on many texts.

    ``plugins`` are extra plugin objects registered at run time; ``disable`` names extractors to
    leave out; ``entry_points=False`` ignores installed third-party plugins; ``strict=True`` raises
    ``ExtractorError`` when an extractor fails instead of recording the failure on the report.
    """

    def __init__(
        self,
        plugins: Iterable[object] = (),
        *,
        disable: Iterable[str] = (),
        entry_points: bool = True,
        strict: bool = False,
        manager: pluggy.PluginManager | None = None,
    ) -> None:
        self.manager = manager if manager is not None else make_plugin_manager(plugins, entry_points=entry_points)
        registered = collect_extractors(self.manager)
        disabled = set(disable)
        unknown = disabled - {r.name for r in registered}
        if unknown:
            raise ValueError(f"cannot disable unknown extractor(s): {', '.join(sorted(unknown))}")
        #: The extractors this pipeline runs, in order.
        self.extractors: list[RegisteredExtractor] = [r for r in registered if r.name not in disabled]
        self.strict = strict

    def __repr__(self) -> str:
        return f"Pipeline(extractors={[r.name for r in self.extractors]!r}, strict={self.strict})"

    def __call__(self, text: str | Document) -> SummitReport:
        """The report for one text (or an already built Document); a long text is read in windows."""
        if isinstance(text, str) and len(text) > windows.LIMIT:
            return windows.read_in_windows(self, text)
        document = text if isinstance(text, Document) else Document(text)
        facts: list[Fact] = []
        failures: list[ExtractorFailure] = []
        diagnostics: list[Diagnostic] = []
        for entry in self.extractors:
            seen = len(document.diagnostics)
            try:
                for fact in entry.extractor.extract(document):
                    if not isinstance(fact, Fact):
                        raise TypeError(f"yielded {type(fact).__name__}, not a summitkit Fact")
                    facts.append(fact)
            except Exception as error:  # one plugin must not take the others down
                if self.strict:
                    raise ExtractorError(entry.name, entry.plugin, error) from error
                log.warning("extractor %s failed: %s", entry.name, error, exc_info=True)
                failures.append(
                    ExtractorFailure(
                        extractor=entry.name, plugin=entry.plugin, error=type(error).__name__, message=str(error)
                    )
                )
            diagnostics.extend(
                d if d.source else d.model_copy(update={"source": entry.name}) for d in document.diagnostics[seen:]
            )
        return SummitReport.from_facts(facts, failures, diagnostics)

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
