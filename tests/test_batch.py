"""Batches: inputs of every kind, one JSON line per text, resume after a kill, workers and Dask alike."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import summitkit
from summitkit import Fact, hookimpl
from summitkit.batch import PipelineSpec, run_batch
from summitkit.batch.output import done_ids
from summitkit.cli import main

ARTICLES = {
    "astana": "Президент Казахстана Касым-Жомарт Токаев провел переговоры в Астане. "
    "Стороны подписали Соглашение о торговле.",
    "tashkent": "В Ташкенте прошел саммит ШОС. Лидеры приняли Декларацию о сотрудничестве.",
    "baku": "Президент Азербайджана Ильхам Алиев предложил создать Фонд развития региона.",
}


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_id(path: Path) -> dict[Any, dict[str, Any]]:
    records = lines(path)
    found = {record["id"]: record for record in records}
    assert len(found) == len(records), "an id was written twice"
    return found


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in ARTICLES.items():
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
    (texts / "notes.bin").write_bytes(b"\x00\x01")  # not a text suffix: a folder leaves it out
    return texts


def test_files_folders_and_globs_give_one_line_per_text(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), str(folder / "astana.txt"), str(folder / "b*.txt"), "-o", str(out), "-q"]) == 0
    records = by_id(out)
    assert sorted(records) == sorted(str(folder / f"{name}.txt") for name in ARTICLES)
    report = summitkit.SummitReport.model_validate(records[str(folder / "baku.txt")]["report"])
    assert report == summitkit.extract(ARTICLES["baku"])


def test_jsonl_fields_pass_through_and_bad_lines_become_error_records(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                json.dumps({"id": 7, "text": ARTICLES["astana"], "url": "https://example.org/7"}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "no-text", "title": "пусто"}),
                "",
                json.dumps({"id": "7", "text": ARTICLES["tashkent"]}, ensure_ascii=False),
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "-q"]) == 1  # errors were written
    records = lines(out)
    assert len(records) == 4
    seven = next(r for r in records if r["id"] == 7)
    assert seven["url"] == "https://example.org/7" and "report" in seven
    assert next(r for r in records if r["id"] == "7")["report"]["signed_documents"]
    errors = {r["id"]: r for r in records if "error" in r}
    assert errors[f"{source}:2"]["error"]["type"] == "InputError"
    assert errors["no-text"]["title"] == "пусто"


def test_an_unreadable_file_is_an_error_record_and_the_batch_goes_on(folder: Path, tmp_path: Path) -> None:
    (folder / "latin1.txt").write_bytes("Саммит".encode("cp1251"))
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(folder)], out, progress=False)
    assert (summary.read, summary.errors) == (4, 1)
    assert "not UTF-8" in by_id(out)[str(folder / "latin1.txt")]["error"]["message"]


class _Failing:
    name = "failing"
    fills = ("leaders",)
    requires: frozenset[Any] = frozenset()

    def extract(self, document: summitkit.Document) -> Iterator[Fact]:
        if "Ташкент" in document.text:
            raise RuntimeError("cannot read Tashkent")
        return iter(())


class FailingPlugin:
    @hookimpl
    def register_extractors(self, register: Any) -> None:
        register(_Failing())


def test_a_failing_text_in_strict_mode_is_an_error_record(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    spec = PipelineSpec(plugins=(FailingPlugin(),), entry_points=False, strict=True)
    summary = run_batch([str(folder)], out, spec=spec, progress=False)
    assert (summary.read, summary.errors) == (3, 1)
    error = by_id(out)[str(folder / "tashkent.txt")]["error"]
    assert error["type"] == "ExtractorError" and "cannot read Tashkent" in error["message"]


def test_resume_skips_done_ids_and_drops_a_torn_last_line(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(folder / "astana.txt")], out, progress=False)
    with out.open("ab") as handle:
        handle.write(b'{"id": "torn", "rep')  # a machine crash mid-line
    assert len(done_ids(out)) == 1
    assert out.read_bytes().endswith(b"\n")
    summary = run_batch([str(folder)], out, resume=True, progress=False)
    assert (summary.read, summary.skipped) == (2, 1)
    assert len(by_id(out)) == 3


def test_a_killed_batch_leaves_whole_lines_and_resume_completes_it(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    texts = list(ARTICLES.values())
    with source.open("w", encoding="utf-8") as handle:
        for i in range(400):
            handle.write(json.dumps({"id": i, "text": texts[i % 3]}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "summitkit", "batch", str(source), "-o", str(out), "-q"]
    run = subprocess.Popen(command)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
            time.sleep(0.05)
    finally:
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    written = out.read_bytes()
    assert written.endswith(b"\n")
    before = len(lines(out))
    assert 5 <= before < 400
    subprocess.run([*command, "--resume"], check=True)
    assert sorted(by_id(out)) == list(range(400))


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return not Path(f"/proc/{pid}/status").read_text().count("State:\tZ")
    except OSError:
        return False


def test_workers_forked_from_a_killed_batch_die_with_it(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux") or sys.version_info < (3, 11):
        pytest.skip("workers are forked from the caller on Linux with Python 3.11 and later")
    source = tmp_path / "many.jsonl"
    texts = list(ARTICLES.values())
    source.write_text(
        "".join(json.dumps({"id": i, "text": texts[i % 3]}, ensure_ascii=False) + "\n" for i in range(2000)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen(
        [sys.executable, "-m", "summitkit", "batch", str(source), "-o", str(out), "-q", "--workers", "2"]
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 5):
            time.sleep(0.05)
        workers = _children(run.pid)
    finally:
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_extract_many_keeps_its_plain_behaviour_and_ids(pipeline: summitkit.Pipeline) -> None:
    texts = list(ARTICLES.values())
    reports = list(pipeline.extract_many(texts))
    assert reports == [pipeline(text) for text in texts]
    assert dict(pipeline.extract_many(ARTICLES)) == dict(zip(ARTICLES, reports, strict=True))


def test_two_workers_give_the_reports_of_one(pipeline: summitkit.Pipeline) -> None:
    texts = [*ARTICLES.values()] * 2
    alone = dict(pipeline.extract_many(texts, workers=1))
    assert alone == dict(enumerate(pipeline(text) for text in texts))
    assert dict(pipeline.extract_many(texts, workers=2)) == alone


#: A caller with an extractor defined in its own ``__main__``: only a forked worker can have it.
_MAIN_PLUGIN = """
import threading, summitkit
from summitkit.batch import local

seen = []

class Stamp:
    name, fills, requires = "stamp", ("leaders",), frozenset()
    def extract(self, document):
        seen.append(document.text)
        if "Токаев" in document.text:
            raise RuntimeError("stamped")
        return iter(())

pipeline = summitkit.Pipeline([Stamp()], entry_points=False)
texts = {"a": "Президент Касым-Жомарт Токаев прибыл в Астану.", "b": "Саммит прошел в Ташкенте."}
alone = {key: report.model_dump_json() for key, report in pipeline.extract_many(texts.items(), workers=1)}
print(local.forkable(), threading.active_count(), len(seen))
seen.clear()
forked = {key: report.model_dump_json() for key, report in pipeline.extract_many(texts.items(), workers=2)}
print(forked == alone, "stamped" in forked["a"], len(seen))  # the parent's warm-up never runs the plugin
"""


def test_workers_forked_from_the_caller_share_its_run_time_plugins() -> None:
    if not sys.platform.startswith("linux") or sys.version_info < (3, 11):
        pytest.skip("workers are forked from the caller on Linux with Python 3.11 and later")
    pinned = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    ran = subprocess.run([sys.executable, "-c", _MAIN_PLUGIN], capture_output=True, text=True, check=False, env=pinned)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["True", "1", "2", "True", "True", "0"]


def test_a_caller_with_threads_is_not_forked_and_gets_the_same_reports(pipeline: summitkit.Pipeline) -> None:
    from summitkit.batch import local

    texts = [*ARTICLES.values()] * 2
    stop = threading.Event()
    busy = threading.Thread(target=stop.wait)
    busy.start()
    try:
        assert not local.forkable()
        from_the_server = dict(pipeline.extract_many(texts, workers=2))
    finally:
        stop.set()
        busy.join()
    assert from_the_server == dict(enumerate(pipeline(text) for text in texts))


def test_the_dask_engine_writes_what_the_local_engine_writes(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    local = tmp_path / "local.jsonl"
    run_batch([str(folder)], local, progress=False)
    on_dask = tmp_path / "dask.jsonl"
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        run_batch(
            [str(folder / "astana.txt")], on_dask, engine="dask", scheduler=cluster.scheduler_address, progress=False
        )
        run_batch([str(folder)], on_dask, engine="dask", scheduler=client, resume=True, progress=False)
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
    assert by_id(on_dask) == by_id(local)
    assert all("summitkit-pipeline" in names for names in plugins.values())
