"""``summitkit db``: add, list, ask, follow and plot, through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from memory_reports import SUMMIT_9_A, SUMMIT_9_B, SUMMIT_9_C, SUMMIT_10
from summitkit.cli import main
from summitkit.memory.plot import plot_targets, series_of
from summitkit.memory.store import Store

ARTICLE = (
    "В Астане 4 июля прошёл саммит ШОС. Президент Казахстана Касым-Жомарт Токаев предложил создать "
    "Центр по борьбе с опустыниванием. Лидеры подписали Астанинскую декларацию."
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'memory.db'}"


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "reports.jsonl"
    lines = [
        json.dumps({"id": source, **report.model_dump(mode="json")}, ensure_ascii=False)
        for source, report in [("a", SUMMIT_9_A), ("b", SUMMIT_9_B), ("c", SUMMIT_9_C), ("later", SUMMIT_10)]
    ]
    lines.append(json.dumps({"id": "broken", "error": "not text"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_db_add_extracts_files_and_adding_again_is_a_no_op(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "astana.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["db", "--db", db, "add", str(article)]) == 0
    assert "added 1 report(s), 0 already stored" in capsys.readouterr().err
    assert main(["db", "--db", db, "add", str(article)]) == 0
    assert "added 0 report(s), 1 already stored" in capsys.readouterr().err
    with Store(db) as store:
        ((source, report),) = store.reports()
    assert source == str(article) and report.leaders


def test_db_queries_as_tables_and_json(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "--db", db, "add", "--jsonl", str(_jsonl(tmp_path))]) == 0
    assert "added 4 report(s)" in capsys.readouterr().err

    assert main(["db", "--db", db, "summits", "--json"]) == 0
    summits = json.loads(capsys.readouterr().out)
    assert [(s["ordinal"], s["sources"]) for s in summits] == [(9, ["a", "b", "c"]), (10, ["later"])]

    assert main(["db", "--db", db, "proposals", "--by", "Жапаров"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["SUMMIT", "DATE", "TITLE", "PROPOSER", "SOURCES"]
    assert "Центр климатических исследований" in table[1]

    assert main(["db", "--db", db, "targets", "--indicator", "товарооборот", "--country", "KG", "--json"]) == 0
    (target,) = json.loads(capsys.readouterr().out)
    assert (target["kind"], target["year"]) == ("target", 2030)

    assert main(["db", "--db", db, "follow", "фонд водной безопасности"]) == 0
    out = capsys.readouterr().out
    assert "Фонд водной безопасности" in out and "Соглашение об учреждении Фонда водной безопасности" in out

    assert main(["db", "--db", db, "open", "--json"]) == 0
    assert [p["title"] for p in json.loads(capsys.readouterr().out)] == ["Центр климатических исследований"]


def test_db_plot_writes_a_valid_image_with_the_expected_series(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("matplotlib")
    main(["db", "--db", db, "add", "--jsonl", str(_jsonl(tmp_path))])
    png, svg = tmp_path / "targets.png", tmp_path / "targets.svg"
    assert main(["db", "--db", db, "plot", "targets", "--indicator", "товарооборот", "-o", str(png)]) == 0
    assert "2 series" in capsys.readouterr().err
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    import matplotlib.image

    assert matplotlib.image.imread(png).shape[:2] == (450, 800)
    assert main(["db", "--db", db, "plot", "targets", "--indicator", "товарооборот", "-o", str(svg)]) == 0
    assert b"<svg" in svg.read_bytes()[:500]
    with Store(db) as store:
        series = series_of(store.targets(indicator="товарооборот"))
    # The 9th summit's two conflicting actual figures are one point (the larger); the 10th's target
    # stands at its deadline year.
    assert series == [("ОДКБ (USD)", "actual", [(2025.0, 42e9)]), ("ОДКБ (USD)", "target", [(2030.0, 60e9)])]


def test_db_plot_with_nothing_to_draw_is_one_line(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    assert main(["db", "--db", db, "plot", "targets", "--indicator", "нефть", "-o", str(tmp_path / "x.png")]) == 1
    assert capsys.readouterr().err.startswith("summitkit: db plot: no dated figures")
    with pytest.raises(ValueError):
        plot_targets([], tmp_path / "y.png")
