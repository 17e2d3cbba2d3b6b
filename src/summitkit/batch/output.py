"""The JSONL output of a batch: one whole line per write, and the ids already done for ``--resume``.

Each record is written with a single ``write`` on a file opened for appending and flushed at once, so
a run killed at any moment leaves whole lines only; a line cut short by a crash of the machine itself
(no newline at the end) is dropped when the run resumes, and its item is read again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import TracebackType
from typing import Any

from summitkit.batch.records import id_key, record_line

__all__ = ["JsonlWriter", "done_ids"]


def done_ids(path: Path) -> set[str]:
    """The ids (as ``id_key``) of the records already in ``path``; a torn last line is cut off."""
    if not path.exists():
        return set()
    done: set[str] = set()
    keep = 0
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            keep += len(line)
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and "id" in record:
                done.add(id_key(record["id"]))
    if keep != path.stat().st_size:
        os.truncate(path, keep)
    return done


class JsonlWriter:
    """Appends records to a JSONL file (or writes them to a stream), one flushed line at a time."""

    def __init__(self, path: Path | None, *, append: bool) -> None:
        self._fd: int | None = None
        if path is not None:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o644)

    def write(self, record: dict[str, Any]) -> None:
        data = record_line(record)
        if self._fd is None:
            import sys

            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        written = os.write(self._fd, data)
        while written < len(data):  # a regular file takes it all at once; a full disk may not
            written += os.write(self._fd, data[written:])

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
