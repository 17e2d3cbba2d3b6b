"""Running the extractors over a text and collecting their facts into a report."""

from __future__ import annotations

import logging
from collections.abc import Iterable

import pluggy

from summitkit.document import Document
from summitkit.models import Diagnostic, ExtractorFailure, Fact, SummitReport
from summitkit.plugins import RegisteredExtractor, collect_extractors, make_plugin_manager
from summitkit.readers import NOT_RUSSIAN, normalize, not_russian

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
        """The report for one text (or an already built Document, read as it is).

        A text is read on a clean working copy (``summitkit.readers.normalize``: no stress marks,
        soft hyphens, control characters or Latin look-alikes), and every span of the report is
        mapped back, so evidence points into ``text`` as given. A text that is not Russian gives an
        empty report with a ``language.not_russian`` diagnostic.
        """
        if isinstance(text, Document):
            return self._run(text)
        working = normalize(text)
        reason = not_russian(working.text)
        if reason is not None:
            return SummitReport(diagnostics=[Diagnostic(code=NOT_RUSSIAN, message=reason, source="reader")])
        return working.remap(self._run(Document(working.text)))

    def _run(self, document: Document) -> SummitReport:
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

    def extract_many(self, texts: Iterable[str]) -> Iterable[SummitReport]:
        """Reports for many texts, lazily, one Document at a time."""
        for text in texts:
            yield self(text)


_default: Pipeline | None = None


def extract(text: str) -> SummitReport:
    """The report for one text, with every installed extractor (the pipeline is built once)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text)
