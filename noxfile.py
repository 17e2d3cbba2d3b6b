"""Developer sessions: tests on every Python found, lint, type check, benchmark.

nox -s tests         # every Python from 3.10 to 3.13 that is on PATH (others are skipped)
nox -s lint typecheck
nox -s docs          # the docs site into site/, warnings as errors, offline
nox -s fuzz -- 600   # Hypothesis over extract and the readers for ten minutes (default: 60 s)
nox -s bench         # the benchmark against natasha (``-- --short`` for a quick look)
"""

from __future__ import annotations

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.error_on_missing_interpreters = False
#: uv makes a session's environment in seconds where it is installed (CI installs it); virtualenv otherwise.
nox.options.default_venv_backend = "uv|virtualenv"


def install(session: nox.Session, *extras: str) -> None:
    """Install summitkit itself (not editable: test what users get) with the extras a session needs."""
    spec = f".[{','.join(extras)}]" if extras else "."
    session.install(spec)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    install(session, "test")
    session.run("pytest", "-q", *session.posargs)
    session.run("summitkit", "extract", "--sample", "--format", "table", silent=True)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", "src", "tests", "noxfile.py", "benchmarks")
    session.run("ruff", "format", "--check", "src", "tests", "noxfile.py", "benchmarks")


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    install(session)
    session.install("mypy")
    session.run("mypy", "--strict", "src/summitkit")


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """summitkit against natasha side by side: throughput, cold start, size scaling, 1 vs 2 workers.

    nox -s bench -- --corpus DIR    # the full run (minutes); ``-- --short`` only shows that it works
    """
    install(session)
    session.run("python", "benchmarks/bench_pipeline.py", *session.posargs)


@nox.session(python="3.11", venv_backend="uv|virtualenv")
def docs(session: nox.Session) -> None:
    """The MkDocs site, built with --strict; summitkit is installed so the CLI and schema pages are generated."""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session(python="3.11")
def fuzz(session: nox.Session) -> None:
    """Hypothesis over ``extract`` and the CLI's readers for the seconds given (``-- 600``), default 60."""
    install(session, "test")
    seconds = session.posargs[0] if session.posargs else "60"
    session.run("python", "tests/fuzz.py", seconds)


@nox.session(python="3.11")
def benchmark(session: nox.Session) -> None:
    """The old name of ``bench``."""
    bench(session)
