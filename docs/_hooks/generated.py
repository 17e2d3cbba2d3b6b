"""MkDocs hook: pages that say what the installed summitkit does, generated at build time.

A page asks for a generated block with an HTML comment on a line of its own:

- ``<!-- generated: cli -->``: ``summitkit --help`` and every subcommand's ``--help``, so the CLI
  reference lists every command there is (other helpers' commands appear when they land);
- ``<!-- generated: schema-fields -->``: one table per model of the report's JSON Schema;
- ``<!-- generated: schema-json -->``: the JSON Schema itself, exactly as ``summitkit schema`` prints it.

Everything is read from the summitkit installed in the environment that builds the site, in-process,
without the network.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
from typing import Any

_MARKER = re.compile(r"^<!-- generated: (?P<what>[a-z-]+) -->$", re.MULTILINE)


def _run_cli(*argv: str) -> str:
    """What ``summitkit ARGV`` prints, at 100 columns, run in this process."""
    from summitkit.cli import main

    out = io.StringIO()
    os.environ["COLUMNS"] = "100"
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(list(argv))
    return out.getvalue().rstrip()


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """``(path, help)`` for ``parser`` and every subcommand under it, however deep (``db add``)."""
    found = [(path, parser.format_help().rstrip())]
    for action in parser._actions:  # argparse has no public way to list subcommands
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*path, name))
    return found


def _cli() -> str:
    from summitkit.cli import build_parser

    os.environ["COLUMNS"] = "100"  # argparse wraps help to the terminal's width
    parts: list[str] = []
    for path, help_text in _commands(build_parser()):
        heading = "#" * (2 + max(0, len(path) - 1))  # `summitkit db add` under `summitkit db`
        parts += [f"{heading} {' '.join(('summitkit', *path))}", "", "```text", help_text, "```", ""]
    return "\n".join(parts)


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_run_cli("schema"))
    return schema


def _type(prop: dict[str, Any]) -> str:
    """A JSON Schema property as a short type: ``string``, ``Span[]``, ``integer | null``, an enum."""
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop or "oneOf" in prop:
        return " | ".join(_type(p) for p in prop.get("anyOf", prop.get("oneOf", [])))
    if "enum" in prop:
        return " | ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in prop["enum"])
    if "const" in prop:
        return f"`{json.dumps(prop['const'], ensure_ascii=False)}`"
    kind = prop.get("type", "any")
    if kind == "array":
        return f"{_type(prop.get('items', {}))}[]"
    if kind == "object" and isinstance(prop.get("additionalProperties"), dict):
        return f"object of {_type(prop['additionalProperties'])}"
    if isinstance(kind, list):
        return " | ".join(kind)
    return str(kind)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _table(name: str, model: dict[str, Any]) -> str:
    lines = [f"### {name}", ""]
    description = model.get("description")
    if description:
        lines += [description.split("\n\n")[0].replace("\n", " "), ""]
    properties: dict[str, Any] = model.get("properties", {})
    if not properties:
        values = model.get("enum")
        if values:
            lines.append("One of: " + ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in values) + ".")
        return "\n".join(lines)
    required = set(model.get("required", []))
    lines += ["| field | type | required | description |", "| --- | --- | --- | --- |"]
    for field, prop in properties.items():
        pattern = f" Pattern `{prop['pattern']}`." if "pattern" in prop else ""
        lines.append(
            f"| `{field}` | {_cell(_type(prop))} | {'yes' if field in required else 'no'} "
            f"| {_cell(prop.get('description', ''))}{pattern} |"
        )
    return "\n".join(lines)


def _schema_fields() -> str:
    schema = _schema()
    tables = [_table(schema.get("title", "SummitReport"), schema)]
    tables += [_table(name, model) for name, model in sorted(schema.get("$defs", {}).items())]
    return "\n\n".join(tables)


def _schema_json() -> str:
    """The schema in a block that opens on a click (it is long)."""
    body = "```json\n" + json.dumps(_schema(), ensure_ascii=False, indent=2) + "\n```"
    return '??? example "summitkit schema"\n\n' + "\n".join(f"    {line}" if line else "" for line in body.splitlines())


_GENERATORS = {"cli": _cli, "schema-fields": _schema_fields, "schema-json": _schema_json}


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace each ``<!-- generated: NAME -->`` line with what NAME's generator writes."""

    def generate(match: re.Match[str]) -> str:
        what = match["what"]
        if what not in _GENERATORS:
            raise ValueError(f"unknown generated block {what!r}; known: {', '.join(_GENERATORS)}")
        return _GENERATORS[what]()

    return _MARKER.sub(generate, markdown)


def on_page_content(html: str, **_: Any) -> str:
    """Docstrings introduce their examples the reST way ("Example::"); on the page one colon reads right."""
    return html.replace("::</p>", ":</p>")
