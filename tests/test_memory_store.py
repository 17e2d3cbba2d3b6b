"""The summit memory in real databases: SQLite in a file, and a real PostgreSQL server.

PostgreSQL: ``SUMMITKIT_TEST_POSTGRES_URL`` names a server, or the fixture starts a throwaway one on
loopback from Debian's ``postgresql`` package (as the ``postgres`` user when run as root). Where no
server can be had the tests are skipped, except under CI (``CI=true``), where that is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from memory_reports import OUTLET_A, SUMMIT_9_A, SUMMIT_9_B, SUMMIT_9_C, SUMMIT_10
from summitkit.memory.store import Store, content_hash


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    given = os.environ.get("SUMMITKIT_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    pytest.importorskip("psycopg")
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        _unavailable("no PostgreSQL server binaries (apt-get install postgresql)")
    bindir = Path(binaries[-1]).parent
    as_user: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            _unavailable("running as root without runuser")
        as_user = ["runuser", "-u", "postgres", "--"]
    data = tempfile.mkdtemp(prefix="summitkit-pg-")
    if as_user:
        shutil.chown(data, user="postgres")
    port = _free_port()
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", data, "-U", "summitkit", "-A", "trust"], check=True,
                   capture_output=True)  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={data}"
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", data, "-o", options, "-w", "-l", f"{data}/log", "start"],
                   check=True, capture_output=True)  # fmt: skip
    try:
        url = f"postgresql://summitkit@127.0.0.1:{port}/postgres"
        deadline = time.monotonic() + 20
        import psycopg

        while True:
            try:
                psycopg.connect(url.replace("postgresql://", "postgresql://", 1)).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def _round_trip(store: Store) -> None:
    for source, report in [("a", SUMMIT_9_A), ("b", SUMMIT_9_B), ("c", SUMMIT_9_C), ("later", SUMMIT_10)]:
        assert store.add(report, source=source, rebuild=False)
    summits = store.rebuild()
    assert [(s.ordinal, len(s.sources)) for s in summits] == [(9, 3), (10, 1)]
    # The full reports come back as they went in.
    assert store.reports()[0] == ("a", SUMMIT_9_A)
    # Adding the same article twice is a no-op.
    assert not store.add(SUMMIT_9_A, source="a again")
    assert len(store.reports()) == 4
    # The analysts' questions.
    assert [p.title for p in store.proposals(by="Рахмона")] == ["Фонд водной безопасности"]
    assert [p.sources for p in store.proposals(by="Рахмон")] == [2]
    figures = store.targets(indicator="товарооборота", country="KG")
    assert [(int(t.amount), t.kind) for t in figures] == [(60_000_000_000, "target")]
    assert len(store.targets(indicator="товарооборот")) == 3
    assert all(t.conflict for t in store.targets(indicator="товарооборот", country="RU"))
    (link,) = store.follow("фонд водной")
    assert link.document.title == "Соглашение об учреждении Фонда водной безопасности"
    assert store.follow("нет такого") == []
    assert [p.title for p in store.open()] == ["Центр климатических исследований"]


def test_sqlite_round_trip(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'memory.db'}") as store:
        _round_trip(store)
    # A reopened store keeps everything, and its schema is at the newest migration.
    with Store(f"sqlite:///{tmp_path / 'memory.db'}") as store:
        assert len(store.summits()) == 2
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("select version_num from alembic_version").scalar() == "0001"


def test_postgresql_round_trip(postgres_url: str) -> None:
    with Store(postgres_url) as store:
        with store.engine.begin() as connection:
            for table in ("fact_sources", "facts", "summit_countries", "summit_reports", "summits", "reports"):
                connection.exec_driver_sql(f"delete from {table}")
        _round_trip(store)
        assert store.engine.dialect.name == "postgresql"


def test_the_url_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMITKIT_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with Store() as store:
        store.add(SUMMIT_10, source="later")
    assert (tmp_path / "env.db").exists()


def test_content_hash_is_the_texts() -> None:
    assert content_hash(OUTLET_A) == content_hash(str(OUTLET_A))
    assert content_hash(OUTLET_A) != content_hash(OUTLET_A + " ")
