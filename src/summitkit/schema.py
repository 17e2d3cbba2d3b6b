"""The JSON Schema of a report, for the fact types a set of plugins brings.

``SummitReport.model_json_schema()`` knows the built-in facts only. ``report_schema`` adds every
registered fact type: a plugin's own type as a typed ``extras`` entry, and a subclass of a built-in
fact in its field as a union discriminated on ``fact_type``. ``summitkit schema`` prints it for the
installed plugins, so a report with plugin facts validates against the published schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from pydantic.json_schema import models_json_schema

from summitkit.models import BUILTIN_FACTS, Fact, SummitReport, field_of

__all__ = ["report_schema"]

_MODE: Literal["serialization"] = "serialization"


def report_schema(fact_types: Iterable[type[Fact]] = (), *, line: bool = False) -> dict[str, Any]:
    """The report's JSON Schema with ``fact_types`` in it; ``line=True`` gives the schema of a JSONL
    line of ``summitkit extract --format jsonl`` (a report with its ``path``)."""
    builtin = set(BUILTIN_FACTS.values())
    extra = sorted({cls for cls in fact_types if cls not in builtin}, key=lambda cls: cls.fact_type)
    refs, schema = models_json_schema(
        [(SummitReport, _MODE), *((cls, _MODE) for cls in extra)], ref_template="#/$defs/{model}"
    )
    defs: dict[str, Any] = schema["$defs"]
    report = defs.pop(refs[(SummitReport, _MODE)]["$ref"].rsplit("/", 1)[-1])
    properties = report["properties"]
    for field, base in BUILTIN_FACTS.items():
        family = [base, *(cls for cls in extra if issubclass(cls, base))]
        if len(family) == 1:
            continue
        base_ref = _ref_of(properties[field])
        union = {
            "oneOf": [{"$ref": base_ref}, *({"$ref": refs[(cls, _MODE)]["$ref"]} for cls in family[1:])],
            "discriminator": {
                "propertyName": "fact_type",
                "mapping": {
                    base.fact_type: base_ref,
                    **{cls.fact_type: refs[(cls, _MODE)]["$ref"] for cls in family[1:]},
                },
            },
        }
        if field == "event":
            properties[field] = {"anyOf": [union, {"type": "null"}], "default": None}
        else:
            properties[field]["items"] = union
    own = [cls for cls in extra if field_of(cls) == cls.fact_type]
    properties["extras"]["properties"] = {
        cls.fact_type: {"type": "array", "items": {"$ref": refs[(cls, _MODE)]["$ref"]}} for cls in own
    }
    if line:
        properties["path"] = {"type": "string", "description": "The file the report was read from."}
        report["required"] = ["path", *report.get("required", [])]
        report["title"] = "SummitReportLine"
    return {**report, "$defs": defs}


def _ref_of(prop: dict[str, Any]) -> str:
    """The ``$ref`` of a field's fact type, whether the field is a list or an optional fact."""
    if "items" in prop:
        return str(prop["items"]["$ref"])
    return str(next(option["$ref"] for option in prop["anyOf"] if "$ref" in option))
