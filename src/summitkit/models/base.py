"""The base every model shares, and the values facts are built of: evidence spans and exact amounts.

A span is where a fact was read, ``source[start:end] == text`` always; an amount is a ``Decimal`` that
JSON carries without losing a digit.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)

__all__ = ["Amount", "Span", "moved"]


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


def moved(model: Any, span: Callable[[int, int], Span]) -> Any:
    """``model`` (a fact, a diagnostic, a report, a list of them...) with every span replaced by
    ``span(start, end)``; what holds no span is returned as it is, not copied. Moving spans between
    texts (windows into the whole text, a working copy into the original) is this one walk."""
    if isinstance(model, Span):
        return span(model.start, model.end)
    if isinstance(model, BaseModel):
        update = {}
        for name in [*type(model).model_fields, *(model.model_extra or {})]:
            value = getattr(model, name)
            new = moved(value, span)
            if new is not value:
                update[name] = new
        return model.model_copy(update=update) if update else model
    if isinstance(model, (list, tuple)):
        items = [moved(item, span) for item in model]
        return model if all(a is b for a, b in zip(items, model, strict=True)) else type(model)(items)
    if isinstance(model, dict):
        values = {key: moved(value, span) for key, value in model.items()}
        return model if all(values[key] is value for key, value in model.items()) else values
    return model
