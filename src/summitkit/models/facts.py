"""The facts: the ``Fact`` base plugins subclass, and the built-in kinds a report holds.

Every fact writes its ``fact_type`` into its JSON, so a report read back gets its facts back typed (a
type no installed class names is kept as ``UnknownFact``). ``merge_key`` and ``same_as`` say when two
facts are one fact mentioned twice.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from enum import Enum
from typing import Any, ClassVar

from pydantic import (
    ConfigDict,
    Field,
    computed_field,
    model_validator,
)

from summitkit.models.base import Amount, Span, _Model
from summitkit.text import fold

__all__ = [
    "DocumentStatus",
    "Fact",
    "Leader",
    "MonetaryTarget",
    "MoneyKind",
    "ProposedConvention",
    "SignedDocument",
    "SummitEvent",
    "UnknownFact",
]


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
