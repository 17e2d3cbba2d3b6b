"""Batch inputs: files, folders, glob patterns and JSONL files of ``{"id": ..., "text": ...}`` lines.

A plain file is one item whose id is its path; a folder contributes its files (``.txt``, ``.text``,
``.md`` and ``.jsonl``) recursively, in sorted order; a pattern with ``*``, ``?`` or ``[`` is
expanded (``**`` included). In JSONL every field other than ``text`` is passed through to the output
line. Texts are read lazily, one item at a time, so a batch of millions does not sit in memory.
An item that cannot be read becomes an error line; the batch goes on.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from summitkit.batch.records import Item

__all__ = ["TEXT_SUFFIXES", "count_items", "expand", "read_items"]

#: The files a folder contributes.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".jsonl"})


class InputError(ValueError):
    """An input names nothing: no such file, or a pattern that matches no file."""


def expand(inputs: Iterable[str]) -> list[Path]:
    """The files the inputs name, in order, each once."""
    files: list[Path] = []
    for entry in inputs:
        if any(char in entry for char in "*?["):
            matches = sorted(Path(p) for p in glob.glob(entry, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(f"{entry}: the pattern matches no file")
            files.extend(matches)
        elif Path(entry).is_dir():
            files.extend(sorted(p for p in Path(entry).rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES))
        elif Path(entry).is_file():
            files.append(Path(entry))
        else:
            raise InputError(f"{entry}: no such file or folder")
    return list(dict.fromkeys(files))


def count_items(files: Iterable[Path]) -> int:
    """How many items the files hold (a JSONL file: its non-blank lines), for a progress bar's total."""
    total = 0
    for path in files:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def read_items(files: Iterable[Path]) -> Iterator[Item]:
    """Every item of the files, read one at a time."""
    for path in files:
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_items(path)
        else:
            yield _file_item(path)


def _file_item(path: Path) -> Item:
    try:
        return Item(str(path), path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        return Item(str(path), None, problem=f"not UTF-8 text ({error.reason} at byte {error.start})")
    except OSError as error:
        return Item(str(path), None, problem=error.strerror or str(error))


def _jsonl_items(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Item(where, None, problem=f"not JSON: {error.msg}")
                continue
            if not isinstance(record, dict):
                yield Item(where, None, problem="a JSONL line must be an object with 'id' and 'text'")
                continue
            extra = {k: v for k, v in record.items() if k not in {"id", "text"}}
            item_id = record.get("id", where)
            text = record.get("text")
            if not isinstance(text, str):
                yield Item(item_id, None, extra, problem="no 'text' string on this line")
                continue
            yield Item(item_id, text, extra)
