"""The report that collects a text's facts, what went wrong on the way, and what was read.

Reading a report back from JSON resolves each fact's ``fact_type`` to its class (loading the installed
plugins' classes once where it must); a type no class names is kept and a diagnostic says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, overload

from pydantic import (
    Field,
    SerializeAsAny,
    ValidationInfo,
    model_validator,
)

from summitkit.models.base import Span, _Model
from summitkit.models.facts import (
    _DEFINED,
    Fact,
    Leader,
    MonetaryTarget,
    ProposedConvention,
    SignedDocument,
    SummitEvent,
    UnknownFact,
)
from summitkit.models.merging import _FIELDS, BUILTIN_FACTS, OnError, merge_facts

__all__ = ["Diagnostic", "ExtractorFailure", "SourceInfo", "SummitReport", "add_fact_type_loader"]


class ExtractorFailure(_Model):
    """An extractor that raised: the report keeps everything else and says what went wrong."""

    extractor: str
    plugin: str
    error: str = Field(description="Exception class name.")
    message: str


class Diagnostic(_Model):
    """Something a reader or an extractor noticed and the user should know, on a report that is still valid.

    An input that is not Russian, an amount too large to represent: the run goes on, the other facts
    are kept, and the report says what was set aside and why.
    """

    code: str = Field(description="Stable dotted identifier, such as 'money.unrepresentable'.")
    message: str = Field(description="One line a person can act on.")
    source: str | None = Field(default=None, description="The extractor or reader that reported it.")
    span: Span | None = Field(default=None, description="Where in the text, if it concerns a passage.")


_F = TypeVar("_F", bound=Fact)


def _resolve(item: Any, base: type[Fact], known: Mapping[str, type[Fact]], unresolved: dict[str, set[str]]) -> Any:
    """A fact read from JSON, as the class its ``fact_type`` tag names (where that is ``base`` or a
    subclass of it); an unknown tag is kept as ``UnknownFact`` in extras, or read as ``base`` in a
    built-in field with the fields it does not know set aside (and named in ``unresolved``)."""
    if not isinstance(item, dict):
        return item
    tag = item.get("fact_type")
    if tag is None or tag == base.fact_type:
        return item
    cls = known.get(str(tag))
    if cls is not None and issubclass(cls, base):
        return cls.model_validate(item)
    if base is Fact:
        unresolved.setdefault(str(tag), set())
        return UnknownFact.model_validate(item)
    dropped = {k for k in item if k not in base.model_fields and k != "fact_type"}
    unresolved.setdefault(str(tag), set()).update(dropped)
    return {k: v for k, v in item.items() if k in base.model_fields}


class SummitReport(_Model):
    """What a summit produced, as read from one text."""

    leaders: list[SerializeAsAny[Leader]] = Field(default_factory=list)
    monetary_targets: list[SerializeAsAny[MonetaryTarget]] = Field(default_factory=list)
    signed_documents: list[SerializeAsAny[SignedDocument]] = Field(default_factory=list)
    proposed_conventions: list[SerializeAsAny[ProposedConvention]] = Field(default_factory=list)
    event: SerializeAsAny[SummitEvent] | None = None
    extras: dict[str, list[SerializeAsAny[Fact]]] = Field(
        default_factory=dict,
        description="Facts of plugin-defined types, by their fact_type.",
        json_schema_extra={"additionalProperties": {"type": "array", "items": {"type": "object"}}},
    )
    failures: list[ExtractorFailure] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    source: SourceInfo | None = Field(default=None, description="What was read, when it came from a file or a page.")

    @model_validator(mode="before")
    @classmethod
    def _read_fact_types(cls, data: Any, info: ValidationInfo) -> Any:
        """Read each fact as the class its ``fact_type`` names: the classes defined in this process,
        or those given as ``context={"fact_types": {...}}``. A type that names no class is kept as
        ``UnknownFact`` and a diagnostic says which."""
        if not isinstance(data, dict):
            return data
        context = info.context if isinstance(info.context, dict) else {}
        known: Mapping[str, type[Fact]] = context.get("fact_types", _DEFINED)
        if "fact_types" not in context and _FACT_TYPE_LOADERS and not _tags(data) <= _DEFINED.keys():
            for load in _FACT_TYPE_LOADERS:  # the installed plugins' classes, imported once
                load()
        unresolved: dict[str, set[str]] = {}
        data = dict(data)
        for field, base in BUILTIN_FACTS.items():
            value = data.get(field)
            if isinstance(value, list):
                data[field] = [_resolve(item, base, known, unresolved) for item in value]
            elif value is not None:
                data[field] = _resolve(value, base, known, unresolved)
        extras = data.get("extras")
        if isinstance(extras, dict):
            data["extras"] = {
                key: [_resolve(item, Fact, known, unresolved) for item in facts] if isinstance(facts, list) else facts
                for key, facts in extras.items()
            }
        if unresolved:
            diagnostics = list(data.get("diagnostics") or [])
            for tag, dropped in sorted(unresolved.items()):
                diagnostic = _unresolved(tag, dropped)
                if diagnostic.model_dump() not in [
                    d.model_dump() if isinstance(d, Diagnostic) else d for d in diagnostics
                ]:
                    diagnostics.append(diagnostic)
            data["diagnostics"] = diagnostics
        return data

    @classmethod
    def from_facts(
        cls,
        facts: Iterable[Fact],
        failures: list[ExtractorFailure] | None = None,
        diagnostics: list[Diagnostic] | None = None,
        *,
        on_error: OnError | None = None,
    ) -> SummitReport:
        """Route facts to their fields and merge repeated mentions of the same fact into one."""
        return cls.from_merged(merge_facts(facts, on_error), failures, diagnostics)

    @classmethod
    def from_merged(
        cls,
        merged: Iterable[tuple[str, Fact]],
        failures: list[ExtractorFailure] | None = None,
        diagnostics: list[Diagnostic] | None = None,
    ) -> SummitReport:
        """The report of facts already merged, each with its field (``merge_facts``, ``FactMerger``)."""
        fields: dict[str, Any] = {name: [] for name in _FIELDS.values() if name != "event"}
        extras: dict[str, list[Fact]] = {}
        event: Fact | None = None
        for field, fact in merged:
            if field == "event":
                event = fact
            elif field in fields:
                fields[field].append(fact)
            else:
                extras.setdefault(field, []).append(fact)
        return cls(
            **fields,
            event=event,
            extras=extras,
            failures=list(failures or []),
            diagnostics=list(diagnostics or []),
        )

    @overload
    def facts(self) -> list[Fact]: ...

    @overload
    def facts(self, kind: type[_F]) -> list[_F]: ...

    def facts(self, kind: type[Fact] | None = None) -> list[Any]:
        """Every fact of the report in field order, or only those of ``kind`` (typed: no cast needed).

        >>> report.facts(Deadline)  # doctest: +SKIP
        [Deadline(...), ...]
        """
        out: list[Fact] = [*self.leaders, *self.monetary_targets, *self.signed_documents, *self.proposed_conventions]
        if self.event is not None:
            out.append(self.event)
        for extra in self.extras.values():
            out.extend(extra)
        return out if kind is None else [fact for fact in out if isinstance(fact, kind)]

    def _repr_html_(self) -> str:
        """The report in a notebook: tables with every evidence span quoted in full, and its offsets.

        A report does not carry the text it was read from, so the article cannot be marked here;
        ``summitkit.render.render_html(report, text)`` (or ``render_fragment``) shows it in place.
        """
        from summitkit.render import render_fragment  # lazy: models must not import the view

        return render_fragment(self)


class SourceInfo(_Model):
    """What a report was read from: evidence offsets count characters of this text, so it stays checkable.

    The text is the decoded input without a byte-order mark and with line endings as they were (CRLF
    stays two characters). For a web page it is the article's main text, which the report carries
    in ``text``; for a text file, ``sha256`` and ``length`` identify the file's decoded text.
    """

    format: str = Field(description="'text' or 'html'.")
    encoding: str | None = Field(default=None, description="Codec the bytes were decoded with, such as 'cp1251'.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the text, encoded as UTF-8.")
    length: int = Field(ge=0, description="Length of the text in characters.")
    text: str | None = Field(default=None, description="The text read, where it is not the input itself (HTML).")
    title: str | None = None
    date: str | None = Field(default=None, description="Publication date the page gives, ISO 8601.")
    url: str | None = None


SummitReport.model_rebuild()


#: Called when a report names a fact type no class defined so far has: each imports the classes it
#: knows (``summitkit.plugins`` adds one that loads the installed plugins), so they define themselves.
_FACT_TYPE_LOADERS: list[Callable[[], object]] = []


def add_fact_type_loader(load: Callable[[], object]) -> None:
    """Let reading a report import the fact classes of installed plugins (see ``_FACT_TYPE_LOADERS``)."""
    if load not in _FACT_TYPE_LOADERS:
        _FACT_TYPE_LOADERS.append(load)


def _tags(data: Mapping[str, Any]) -> set[str]:
    """The ``fact_type`` tags a report's raw data names."""
    items: list[Any] = []
    for field in BUILTIN_FACTS:
        value = data.get(field)
        items.extend(value if isinstance(value, list) else [value])
    extras = data.get("extras")
    if isinstance(extras, dict):
        for facts in extras.values():
            items.extend(facts if isinstance(facts, list) else [])
    return {str(item["fact_type"]) for item in items if isinstance(item, dict) and "fact_type" in item}


def _unresolved(tag: str, dropped: set[str]) -> Diagnostic:
    if dropped:
        message = (
            f"fact type {tag!r} is not installed: its facts were read as the built-in type,"
            f" without the fields {', '.join(sorted(dropped))}"
        )
    else:
        message = f"fact type {tag!r} is not installed: its facts are kept, as UnknownFact"
    return Diagnostic(code="report.unresolved-fact-type", message=message, source="summitkit")
