"""The typed report: facts, their evidence, and the report that collects them.

Every fact carries the character spans it was read from, so a user can show or check where it came
from. Models are immutable and forbid unknown fields: a typo in a plugin is an error, not silent data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, ClassVar, TypeVar, overload

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializeAsAny,
    ValidationInfo,
    computed_field,
    model_validator,
)

from summitkit.text import fold

__all__ = [
    "BUILTIN_FACTS",
    "RESERVED_FACT_TYPES",
    "Amount",
    "Diagnostic",
    "DocumentStatus",
    "ExtractorFailure",
    "Fact",
    "FactMerger",
    "Leader",
    "MonetaryTarget",
    "MoneyKind",
    "ProposedConvention",
    "SignedDocument",
    "SourceInfo",
    "Span",
    "SummitEvent",
    "SummitReport",
    "UnknownFact",
    "add_fact_type_loader",
    "field_of",
    "merge_facts",
]


def _amount_to_json(value: Decimal) -> int | str:
    """Exact in JSON: a whole amount is an integer, a fractional one a string of its decimal digits.

    A JSON float would pass through a binary double and lose digits ("1,123456789012345678 млн"),
    and pydantic reads a JSON number into a Decimal through a double too, so only a string keeps the
    round trip equal; whole amounts, by far the usual, stay plain integers of any size.
    """
    return int(value) if value == value.to_integral_value() else format(value, "f")


#: An exact amount in Python (``Decimal``, negative where the text says "минус"); in JSON an integer
#: when whole and a decimal string when fractional.
Amount = Annotated[
    Decimal,
    PlainSerializer(_amount_to_json, return_type=int | str, when_used="json"),
    Field(allow_inf_nan=False),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, serialize_by_alias=True)


class Span(_Model):
    """Where a fact was read: ``source[start:end] == text``, always."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span ends ({self.end}) before it starts ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length differs from end - start")
        return self

    @classmethod
    def of(cls, source: str, start: int, end: int, *, text: str | None = None) -> Span:
        """The span of ``source[start:end]``: the one way to build evidence that cannot lie.

        ``text``, when given, must equal that slice (a caller that keeps one copy of each repeated
        evidence text passes it). A span known valid is built without re-validation and shares one
        fields-set: a long text's report holds tens of thousands of spans, and a third of each one's
        memory was its own copy of the set ``{"start", "end", "text"}``.
        """
        if type(start) is int and type(end) is int and 0 <= start <= end <= len(source):
            if text is None:
                text = source[start:end]
            elif text != source[start:end]:
                raise ValueError(f"span text {text!r} is not the text at {start}:{end}")
            if cls is Span:
                return cls.model_construct(_SPAN_FIELDS, start=start, end=end, text=text)
        return cls(start=start, end=end, text=source[start:end] if text is None else text)


#: The fields set of every span built by ``Span.of`` (copied by ``model_copy``, never changed in place).
_SPAN_FIELDS = {"start", "end", "text"}


#: Every fact class that names its own ``fact_type``, by that name, as classes are defined; the
#: last definition wins. Reading a report back resolves ``fact_type`` tags through it.
_DEFINED: dict[str, type[Fact]] = {}


def _fact_type_schema(schema: dict[str, Any], cls: type[Any]) -> None:
    """Put the ``fact_type`` tag every fact carries in JSON into its schema, as a constant."""
    schema.setdefault("properties", {})["fact_type"] = {
        "const": cls.fact_type,
        "type": "string",
        "description": "The kind of fact: the discriminator of facts that share a field.",
    }


def _frozen(value: Any) -> Hashable:
    """A hashable stand-in for a field value (lists and dicts become tuples)."""
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return frozenset(_frozen(v) for v in value)
    return value  # type: ignore[no-any-return]


class Fact(_Model):
    """Base of every fact. Plugins subclass it to bring fact types of their own.

    ``fact_type`` names the kind of fact; it is written into every fact's JSON, so a report read
    back gets its plugin facts back typed, and a subclass of a built-in fact (give it its own
    ``fact_type``) keeps its fields. ``merge_key`` groups the facts that may be the same one mentioned
    twice (``None``: never merged) and ``same_as`` decides within a group, for keys that cannot say it
    alone (two people who share a surname).
    """

    model_config = ConfigDict(json_schema_extra=_fact_type_schema)

    fact_type: ClassVar[str] = "fact"

    evidence: list[Span] = Field(default_factory=list)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if "fact_type" in cls.__dict__:
            _DEFINED[cls.fact_type] = cls

    @model_validator(mode="before")
    @classmethod
    def _take_fact_type(cls, data: Any) -> Any:
        """Accept (and check) the ``fact_type`` tag that the JSON carries."""
        if isinstance(data, dict) and "fact_type" in data:
            data = dict(data)
            tag = data.pop("fact_type")
            if tag != cls.fact_type:
                raise ValueError(f"fact_type {tag!r} given to {cls.__name__}, whose fact_type is {cls.fact_type!r}")
        return data

    @computed_field(alias="fact_type", repr=False)  # type: ignore[prop-decorator]
    @property
    def fact_type_tag(self) -> str:
        """The ``fact_type`` written into the JSON (``fact_type`` itself is a class attribute)."""
        return type(self).fact_type

    def __hash__(self) -> int:
        """Facts are frozen, so they hash (by type and field values), as equal facts must."""
        return hash((type(self), _frozen(self.__dict__)))

    def merge_key(self) -> object | None:
        return None

    def same_as(self, other: Fact) -> bool:
        """Whether ``other`` is this fact mentioned again (called only on facts with equal keys)."""
        return type(self) is type(other)

    def merged_with(self, other: Fact) -> Fact:
        """This fact with ``other``'s evidence added and its missing fields filled from ``other``.

        Where ``other`` is of a subclass of this fact's type, the result is of that subclass, so
        fields a plugin adds by subclassing survive a merge with the built-in fact.
        """
        spans = {(s.start, s.end): s for s in [*self.evidence, *other.evidence]}
        update: dict[str, Any] = {"evidence": sorted(spans.values(), key=lambda s: (s.start, s.end))}
        for name in type(self).model_fields:
            if name != "evidence" and getattr(self, name) in (None, [], "") and name in other.model_fields_set:
                update[name] = getattr(other, name)
        if type(other) is not type(self) and isinstance(other, type(self)):
            values = {name: getattr(self, name) for name in type(self).model_fields}
            return other.model_copy(update={**values, **update})
        return self.model_copy(update=update)


class Leader(Fact):
    """A named official acting for a state or an international organisation."""

    fact_type: ClassVar[str] = "leader"

    name: str = Field(description="Fullest form the text gives, nominative.")
    role: str | None = Field(default=None, description="Post, nominative, lower case.")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2.")

    def merge_key(self) -> object:
        words = _name_words(self.name)
        return words[-1] if words else fold(self.name)

    def same_as(self, other: Fact) -> bool:
        """Same surname, and the same first initial where both names give one (father and son differ)."""
        if not isinstance(other, Leader):
            return False
        mine, theirs = _name_words(self.name), _name_words(other.name)
        if len(mine) < 2 or len(theirs) < 2:
            return True
        return mine[0][0] == theirs[0][0]


def _name_words(name: str) -> list[str]:
    return re.findall(r"\w+(?:-\w+)*", fold(name))


class MoneyKind(str, Enum):
    """Whether an amount is a goal, a reached figure, or money a party promises."""

    TARGET = "target"
    ACTUAL = "actual"
    PLEDGE = "pledge"


class MonetaryTarget(Fact):
    """A money figure stated about the summit's subject."""

    fact_type: ClassVar[str] = "monetary_target"

    amount: Amount = Field(
        description="Full number in units of the currency, negative where the text gives a minus. In JSON a"
        ' whole amount is an integer and a fractional one a string of its exact decimal digits ("1123456.789"),'
        " so no digit is lost and the report reads back equal."
    )
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    kind: MoneyKind
    indicator: str | None = Field(default=None, description="What the amount measures, nominative.")
    year: int | None = Field(default=None, description="Deadline or reference year, where given.")

    def merge_key(self) -> object:
        return (self.amount.normalize(), self.currency)


class DocumentStatus(str, Enum):
    """The verb the text uses for a document: подписали, приняли, одобрили/утвердили."""

    SIGNED = "signed"
    ADOPTED = "adopted"
    APPROVED = "approved"


class SignedDocument(Fact):
    """A document signed, adopted or approved at the event."""

    fact_type: ClassVar[str] = "signed_document"

    title: str = Field(min_length=1, description="Nominative title.")
    status: DocumentStatus

    def merge_key(self) -> object:
        return fold(self.title)


class ProposedConvention(Fact):
    """A new agreement, institution or mechanism a participant proposes and that is not yet signed."""

    fact_type: ClassVar[str] = "proposed_convention"

    title: str = Field(min_length=1, description="Nominative title.")
    proposer: str | None = Field(default=None, description="The proposing leader's name.")

    def merge_key(self) -> object:
        return fold(self.title)


class SummitEvent(Fact):
    """The event itself: what it was, where, when, and who took part."""

    fact_type: ClassVar[str] = "event"

    name: str | None = None
    organisation: str | None = Field(default=None, description="Format or organisation (ШОС, ЦА+Япония).")
    ordinal: int | None = Field(default=None, ge=1)
    city: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    date: str | None = Field(default=None, description="ISO 8601 date, or the part of it the text gives.")
    participants: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes.")

    def merge_key(self) -> object:
        return "event"


class UnknownFact(Fact):
    """A fact read back from JSON whose ``fact_type`` names no class at hand (its plugin is not
    installed): every field is kept as it was, and the report says which type it could not resolve.
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    fact_type: ClassVar[str] = "unknown"

    unresolved_type: str = Field(default="unknown", exclude=True, description="The fact_type the JSON gave.")

    @model_validator(mode="before")
    @classmethod
    def _take_fact_type(cls, data: Any) -> Any:
        if isinstance(data, dict) and "fact_type" in data:
            data = dict(data)
            data["unresolved_type"] = data.pop("fact_type")
        return data

    @computed_field(alias="fact_type", repr=False)  # type: ignore[prop-decorator]
    @property
    def fact_type_tag(self) -> str:
        """The ``fact_type`` the JSON gave, written back unchanged."""
        return self.unresolved_type


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


_FIELDS: dict[type[Fact], str] = {
    Leader: "leaders",
    MonetaryTarget: "monetary_targets",
    SignedDocument: "signed_documents",
    ProposedConvention: "proposed_conventions",
    SummitEvent: "event",
}

#: The built-in fact classes, by the report field they go to.
BUILTIN_FACTS: Mapping[str, type[Fact]] = {field: cls for cls, field in _FIELDS.items()}

#: Names a plugin's ``fact_type`` may not take: the report's own fields and the built-in fact types.
RESERVED_FACT_TYPES: frozenset[str] = frozenset(
    {"leaders", "monetary_targets", "signed_documents", "proposed_conventions", "event", "extras"}
    | {"failures", "diagnostics", "fact", "unknown"}
    | {cls.fact_type for cls in _FIELDS}
)

_F = TypeVar("_F", bound=Fact)
_T = TypeVar("_T")

#: Called with a plugin fact and the error its ``merge_key``, ``same_as`` or ``merged_with`` raised.
OnError = Callable[[Fact, Exception], None]


def field_of(fact_class: type[Fact]) -> str:
    """The report field a fact class goes to: a built-in field, or its own ``extras`` entry."""
    for cls in fact_class.__mro__:
        if cls in _FIELDS:
            return _FIELDS[cls]
    return fact_class.fact_type


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


def _guarded(fact: Fact, call: Callable[[], _T], fallback: _T, on_error: OnError | None) -> _T:
    """``call()``, or ``fallback`` when the plugin code it runs raises and an ``on_error`` takes the error."""
    try:
        return call()
    except Exception as error:
        if on_error is None:
            raise
        on_error(fact, error)
        return fallback


class FactMerger:
    """Facts merged as they come, one at a time: what ``merge_facts`` does to a whole list.

    A long text read in windows feeds each window's facts here, so memory holds the distinct facts
    and never a list of every mention, and the result is the one-shot merge of all of them in order.
    """

    __slots__ = ("_groups", "_merged", "_on_error")

    def __init__(self, on_error: OnError | None = None) -> None:
        self._merged: list[tuple[str, Fact]] = []
        self._groups: dict[tuple[str, object], list[int]] = {}
        self._on_error = on_error

    @property
    def merged(self) -> list[tuple[str, Fact]]:
        """The facts so far, each with the report field it goes to, in order of first mention."""
        return self._merged

    def add(self, fact: Fact) -> None:
        """Merge ``fact`` into the one it repeats, or keep it as a new one."""
        merged, on_error = self._merged, self._on_error
        field = field_of(type(fact))
        key = _guarded(fact, lambda: _key_of(fact), None, on_error)
        group = self._groups.setdefault((field, key), []) if key is not None else []
        same = next(
            (i for i in group if _guarded(fact, lambda i=i: merged[i][1].same_as(fact), False, on_error)),  # type: ignore[misc]
            None,
        )
        if same is None:
            group.append(len(merged))
            merged.append((field, fact))
        else:
            kept = merged[same][1]
            merged[same] = (field, _guarded(fact, lambda: kept.merged_with(fact), kept, on_error))

    def extend(self, facts: Iterable[Fact]) -> None:
        for fact in facts:
            self.add(fact)


def _key_of(fact: Fact) -> object | None:
    key = fact.merge_key()
    if key is not None:
        hash(key)  # an unhashable key is the plugin's error, found here and not in a dict below
    return key


def merge_facts(facts: Iterable[Fact], on_error: OnError | None = None) -> list[tuple[str, Fact]]:
    """Facts with repeated mentions of one fact merged, each with the report field it goes to.

    ``merge_key`` groups candidates and ``same_as`` decides; a key that raises or cannot be hashed
    leaves the fact unmerged, and the error goes to ``on_error`` (raised without one).
    """
    merger = FactMerger(on_error)
    merger.extend(facts)
    return merger.merged


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
