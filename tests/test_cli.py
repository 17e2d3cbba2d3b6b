"""The command line: one JSON report per file, clear one-line errors, schema and plugin listing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summitkit.cli import main

ARTICLE = (
    "Президент Таджикистана Эмомали Рахмон и премьер-министр Индии Нарендра Моди "
    "скрепили подписями Меморандум о партнерстве в энергетике."
)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_json_prints_exactly_one_report(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "json", str(article)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"leaders", "monetary_targets", "signed_documents", "proposed_conventions"} <= report.keys()
    for leader in report["leaders"]:
        for span in leader["evidence"]:
            assert ARTICLE[span["start"] : span["end"]] == span["text"]


def test_extract_jsonl_prints_one_line_per_file(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "jsonl", str(article), str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["path"] == str(article)


def test_extract_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(ARTICLE))
    assert main(["extract", "--format", "json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["leaders"]


def test_the_bundled_sample_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--sample"]) == 0
    out = capsys.readouterr().out
    assert "leader" in out and "document" in out


def test_a_missing_file_is_one_line_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_a_bad_file_does_not_lose_the_good_ones(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(64))
    assert main(["extract", "--format", "jsonl", str(binary), str(article)]) == 2
    captured = capsys.readouterr()
    assert "bad.txt: looks like an executable" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_json_format_refuses_several_files(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "json", str(article), str(article)]) == 2
    assert "jsonl" in capsys.readouterr().err


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert "monetary_targets" in json.loads(capsys.readouterr().out)["properties"]


def test_plugins_lists_every_builtin_with_source_and_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--json"]) == 0
    rows = {row["extractor"]: row for row in json.loads(capsys.readouterr().out)["extractors"]}
    assert {"leaders", "money", "documents", "conventions", "event"} <= rows.keys()
    assert rows["leaders"]["source"] == "built-in"
    assert rows["money"]["fills"] == ["monetary_targets"]
    assert "entities" in rows["leaders"]["requires"]


def test_version_and_missing_file_through_the_installed_command(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "summitkit", "--version"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("summitkit ")
    run = subprocess.run(
        [sys.executable, "-m", "summitkit", "extract", str(tmp_path / "missing.txt")], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr


def test_plugins_json_gives_real_lists_and_the_keys_failures_use(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins", "--json", "--no-plugins"]) == 0
    listing = json.loads(capsys.readouterr().out)
    leaders = next(e for e in listing["extractors"] if e["extractor"] == "leaders")
    assert leaders["fills"] == ["leaders"] and leaders["requires"] == ["entities", "sentences"]
    assert listing["broken"] == [] and isinstance(listing["fact_types"], list)


def test_global_flags_go_before_or_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-plugins", "-q", "plugins"]) == 0
    assert main(["plugins", "--no-plugins", "--verbose"]) == 0
    assert main(["extract", "--sample", "--no-plugin", "no-such-plugin"]) == 2
    assert "unknown plugin" in capsys.readouterr().err


def test_schema_jsonl_describes_a_line_with_its_path(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    assert main(["schema", "--format", "jsonl", "--no-plugins"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert main(["extract", "--format", "jsonl", "--no-plugins", str(article)]) == 0
    jsonschema.validate(json.loads(capsys.readouterr().out), schema)


def test_a_plugin_that_fails_to_import_is_listed_broken_and_extract_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "crashing_plugin.py").write_text("raise ImportError('needs a model file')\n", encoding="utf-8")
    info = tmp_path / "crashing_plugin-0.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashing-plugin\nVersion: 0.3\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[summitkit]\ncrashing = crashing_plugin\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))

    assert main(["plugins", "--json"]) == 0
    (broken,) = json.loads(capsys.readouterr().out)["broken"]
    assert broken["source"] == "crashing-plugin 0.3" and "needs a model file" in broken["message"]
    assert main(["extract", "--sample", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["leaders"]
    assert "crashing-plugin" in captured.err and "Traceback" not in captured.err
    assert main(["extract", "--sample", "--no-plugin", "crashing-plugin"]) == 0
    assert "crashing" not in capsys.readouterr().err
