"""The typed report: facts, their evidence, and the report that collects them.

Every fact carries the character spans it was read from, so a user can show or check where it came
from. Models are immutable and forbid unknown fields: a typo in a plugin is an error, not silent data.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializeAsAny,
    field_validator,
    model_validator,
)

from summitkit.text import fold

__all__ = [
    "Amount",
    "Diagnostic",
    "DocumentStatus",
    "ExtractorFailure",
    "Fact",
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
    model_config = ConfigDict(extra="forbid", frozen=True)


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
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``: the one way to build evidence that cannot lie."""
        return cls(start=start, end=end, text=source[start:end])


class Fact(_Model):
    """Base of every fact. Plugins subclass it to bring fact types of their own.

    ``fact_type`` names the kind of fact in the report's JSON. ``merge_key`` groups the facts that
    may be the same one mentioned twice (``None``: never merged) and ``same_as`` decides within a
    group, for keys that cannot say it alone (two people who share a surname).
    """

    fact_type: ClassVar[str] = "fact"

    evidence: list[Span] = Field(default_factory=list)

    def merge_key(self) -> object | None:
        return None

    def same_as(self, other: Fact) -> bool:
        """Whether ``other`` is this fact mentioned again (called only on facts with equal keys)."""
        return type(self) is type(other)

    def merged_with(self, other: Fact) -> Fact:
        """This fact with ``other``'s evidence added and its missing fields filled from ``other``."""
        spans = {(s.start, s.end): s for s in [*self.evidence, *other.evidence]}
        update: dict[str, Any] = {"evidence": sorted(spans.values(), key=lambda s: (s.start, s.end))}
        for name in type(self).model_fields:
            if name != "evidence" and getattr(self, name) in (None, [], "") and name in other.model_fields_set:
                update[name] = getattr(other, name)
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
    """A plugin's fact read back from JSON, where its own class is not at hand."""

    model_config = ConfigDict(extra="allow", frozen=True)


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
}


def _field_of(fact: Fact) -> str:
    """The report field a fact goes to: a built-in field, ``event``, or its own ``extras`` entry."""
    for cls in type(fact).__mro__:
        if cls in _FIELDS:
            return _FIELDS[cls]
    return "event" if isinstance(fact, SummitEvent) else fact.fact_type


class SummitReport(_Model):
    """What a summit produced, as read from one text."""

    leaders: list[Leader] = Field(default_factory=list)
    monetary_targets: list[MonetaryTarget] = Field(default_factory=list)
    signed_documents: list[SignedDocument] = Field(default_factory=list)
    proposed_conventions: list[ProposedConvention] = Field(default_factory=list)
    event: SummitEvent | None = None
    extras: dict[str, list[SerializeAsAny[Fact]]] = Field(
        default_factory=dict, description="Facts of plugin-defined types, by their fact_type."
    )
    failures: list[ExtractorFailure] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    source: SourceInfo | None = Field(default=None, description="What was read, when it came from a file or a page.")

    @field_validator("extras", mode="before")
    @classmethod
    def _read_plugin_facts(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: [UnknownFact.model_validate(f) if isinstance(f, dict) else f for f in facts]
                for key, facts in value.items()
            }
        return value

    @classmethod
    def from_facts(
        cls,
        facts: list[Fact],
        failures: list[ExtractorFailure] | None = None,
        diagnostics: list[Diagnostic] | None = None,
    ) -> SummitReport:
        """Route facts to their fields and merge repeated mentions of the same fact into one."""
        merged: list[tuple[str, Fact]] = []
        groups: dict[tuple[str, object], list[int]] = {}
        for fact in facts:
            field = _field_of(fact)
            key = fact.merge_key()
            group = groups.setdefault((field, key), []) if key is not None else []
            same = next((i for i in group if merged[i][1].same_as(fact)), None)
            if same is None:
                group.append(len(merged))
                merged.append((field, fact))
            else:
                merged[same] = (field, merged[same][1].merged_with(fact))
        fields: dict[str, Any] = {name: [] for name in _FIELDS.values()}
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

    def facts(self) -> list[Fact]:
        """Every fact of the report, in field order."""
        out: list[Fact] = [*self.leaders, *self.monetary_targets, *self.signed_documents, *self.proposed_conventions]
        if self.event is not None:
            out.append(self.event)
        for extra in self.extras.values():
            out.extend(extra)
        return out

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
