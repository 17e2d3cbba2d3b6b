"""The summit memory in a database: SQLite by default, PostgreSQL for a team, the same code for both.

``Store(url)`` opens (and migrates) a store; ``add`` keeps a report whole, once per content hash;
``rebuild`` merges every stored report into summits and rewrites the derived tables; the query
methods answer what analysts ask: which summits, who proposed what, which figures for an indicator,
and where a proposal went.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select

from summitkit.memory import tables
from summitkit.memory.follow import FollowThrough, follow_through, open_proposals
from summitkit.memory.merge import Sourced, Summit, merge
from summitkit.models import Fact, Leader, MonetaryTarget, ProposedConvention, SignedDocument, SummitReport
from summitkit.readers import text_sha256
from summitkit.text import fold

__all__ = ["DEFAULT_URL", "ENV_VAR", "ProposalRow", "Store", "TargetRow", "content_hash", "database_url"]

#: The environment variable naming the store, as ``--db`` does.
ENV_VAR = "SUMMITKIT_DB"

#: The store used when neither ``--db`` nor ``SUMMITKIT_DB`` names one: a file in the working folder.
DEFAULT_URL = "sqlite:///summitkit.db"


def database_url(url: str | None = None) -> str:
    """The store's URL: the one given, else ``$SUMMITKIT_DB``, else ``DEFAULT_URL``.

    ``postgresql://`` URLs use psycopg 3 (``pip install 'summitkit[postgres]'``).
    """
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


#: The id that makes adding one article twice a no-op: the same digest the readers put on
#: ``report.source.sha256``, so a report read from a file and the file itself agree.
content_hash = text_sha256


class ProposalRow(BaseModel):
    """A proposal as the memory knows it: where, when, by whom, and how many outlets said so."""

    model_config = ConfigDict(frozen=True)

    summit: str
    date: str | None
    title: str
    proposer: str | None
    sources: int


class TargetRow(BaseModel):
    """A money figure with its summit, for tables and plots over time."""

    model_config = ConfigDict(frozen=True)

    summit: str
    date: str | None
    organisation: str | None
    participants: list[str]
    amount: Decimal
    currency: str
    kind: str
    indicator: str | None
    year: int | None
    sources: int
    conflict: str | None


def _sqlite_foreign_keys(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    """A summit memory at ``url`` (see ``database_url``), migrated to the current schema on open."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url = database_url(url)
        self.engine = engine if engine is not None else create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_foreign_keys)
        upgrade(self.engine)

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    # -- reports --------------------------------------------------------------------------------

    def add(self, report: SummitReport, *, source: str, digest: str | None = None, rebuild: bool = True) -> bool:
        """Keep ``report`` (read from ``source``); ``False`` where a report of the same content is kept already.

        ``digest`` is the article's ``content_hash``; without it, the hash of the text the report says it
        read (``report.source``), or else of the report's own JSON.
        ``rebuild=False`` defers the merge, for adding many reports and rebuilding once.
        """
        if digest is None:
            digest = report.source.sha256 if report.source is not None else content_hash(report.model_dump_json())
        with self._begin() as connection:
            known = connection.execute(select(tables.reports.c.id).where(tables.reports.c.content_hash == digest))
            if known.first() is not None:
                return False
            connection.execute(
                insert(tables.reports).values(
                    content_hash=digest,
                    source=source,
                    added_at=dt.datetime.now(dt.timezone.utc),
                    report=report.model_dump_json(),
                )
            )
        if rebuild:
            self.rebuild()
        return True

    def reports(self) -> list[tuple[str, SummitReport]]:
        """Every kept report with its source, in the order they were added."""
        with self._begin() as connection:
            rows = connection.execute(
                select(tables.reports.c.source, tables.reports.c.report).order_by(tables.reports.c.id)
            )
            return [(source, SummitReport.model_validate_json(data)) for source, data in rows]

    # -- derived tables -------------------------------------------------------------------------

    def rebuild(self) -> list[Summit]:
        """Merge every kept report into summits and rewrite the derived tables in one transaction."""
        with self._begin() as connection:
            rows = connection.execute(
                select(tables.reports.c.id, tables.reports.c.source, tables.reports.c.report).order_by(
                    tables.reports.c.id
                )
            ).all()
            report_ids = {source: report_id for report_id, source, _ in rows}
            merged = merge([(source, SummitReport.model_validate_json(data)) for _, source, data in rows])
            for table in (tables.fact_sources, tables.facts, tables.summit_countries, tables.summit_reports):
                connection.execute(delete(table))
            connection.execute(delete(tables.summits))
            keys: dict[str, int] = {}
            for summit in merged:
                key = summit.key if summit.key not in keys else f"{summit.key}-{len(keys)}"
                summit = summit.model_copy(update={"key": key})
                keys[key] = self._write_summit(connection, summit, report_ids)
        return self.summits()

    def _write_summit(self, connection: Connection, summit: Summit, report_ids: dict[str, int]) -> int:
        summit_id: int = connection.execute(
            insert(tables.summits).values(
                key=summit.key,
                name=summit.name,
                organisation=summit.organisation,
                ordinal=summit.ordinal,
                city=summit.city,
                country=summit.country,
                date=summit.date,
                summit=summit.model_dump_json(),
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        for source_id in dict.fromkeys(summit.sources):
            connection.execute(
                insert(tables.summit_reports).values(summit_id=summit_id, report_id=report_ids[source_id])
            )
        for country in summit.participants:
            connection.execute(insert(tables.summit_countries).values(summit_id=summit_id, country=country))
        for field, sourced in _sourced_facts(summit):
            fact_id = connection.execute(
                insert(tables.facts).values(summit_id=summit_id, field=field, **_fact_columns(sourced))
            ).inserted_primary_key[0]  # type: ignore[index]
            evidence: dict[str, list[dict[str, object]]] = {}
            for source in sourced.sources:
                evidence.setdefault(source.source_id, []).extend(span.model_dump() for span in source.evidence)
            for source_id, spans in evidence.items():
                connection.execute(
                    insert(tables.fact_sources).values(
                        fact_id=fact_id, report_id=report_ids[source_id], evidence=json.dumps(spans, ensure_ascii=False)
                    )
                )
        return int(summit_id)

    # -- queries --------------------------------------------------------------------------------

    def summits(self) -> list[Summit]:
        """Every summit, by date (undated last)."""
        with self._begin() as connection:
            rows = connection.execute(select(tables.summits.c.summit).order_by(tables.summits.c.id))
            found = [Summit.model_validate_json(data) for (data,) in rows]
        return sorted(found, key=lambda s: (s.date is None, s.date or "", s.key))

    def proposals(self, by: str | None = None) -> list[ProposalRow]:
        """Proposals, optionally only those of one proposer (matched on the surname, any case form)."""
        query = (
            select(tables.summits.c.key, tables.summits.c.date, tables.facts.c.fact, tables.facts.c.source_count)
            .join(tables.summits, tables.summits.c.id == tables.facts.c.summit_id)
            .where(tables.facts.c.field == "proposed_conventions")
            .order_by(tables.summits.c.date, tables.facts.c.id)
        )
        if by:
            query = query.where(tables.facts.c.person_key == _person_key(by))
        with self._begin() as connection:
            rows = connection.execute(query).all()
        out = []
        for key, date, data, count in rows:
            fact = ProposedConvention.model_validate(json.loads(data)["fact"])
            out.append(ProposalRow(summit=key, date=date, title=fact.title, proposer=fact.proposer, sources=count))
        return out

    def targets(self, indicator: str | None = None, country: str | None = None) -> list[TargetRow]:
        """Money figures, optionally for an indicator (a word of it, any case) and a participating country."""
        query = (
            select(
                tables.summits.c.id,
                tables.summits.c.key,
                tables.summits.c.date,
                tables.summits.c.organisation,
                tables.facts.c.fact,
                tables.facts.c.source_count,
                tables.facts.c.conflict,
            )
            .join(tables.summits, tables.summits.c.id == tables.facts.c.summit_id)
            .where(tables.facts.c.field == "monetary_targets")
            .order_by(tables.summits.c.date, tables.facts.c.id)
        )
        if indicator:
            query = query.where(tables.facts.c.indicator_key.contains(_stem(indicator), autoescape=True))
        if country:
            query = query.where(
                tables.summits.c.id.in_(
                    select(tables.summit_countries.c.summit_id).where(
                        tables.summit_countries.c.country == country.upper()
                    )
                )
            )
        with self._begin() as connection:
            rows = connection.execute(query).all()
            participants: dict[int, list[str]] = {}
            for summit_id, code in connection.execute(
                select(tables.summit_countries.c.summit_id, tables.summit_countries.c.country)
            ):
                participants.setdefault(summit_id, []).append(code)
        out = []
        for summit_id, key, date, organisation, data, count, conflict in rows:
            fact = MonetaryTarget.model_validate(json.loads(data)["fact"])
            out.append(
                TargetRow(
                    summit=key,
                    date=date,
                    organisation=organisation,
                    participants=sorted(participants.get(summit_id, [])),
                    amount=fact.amount,
                    currency=fact.currency,
                    kind=fact.kind.value,
                    indicator=fact.indicator,
                    year=fact.year,
                    sources=count,
                    conflict=conflict,
                )
            )
        return out

    def follow(self, title: str | None = None) -> list[FollowThrough]:
        """Proposals followed to later signatures; with ``title``, only proposals whose title contains its words."""
        links = follow_through(self.summits())
        if not title:
            return links
        wanted = _words(title)
        return [link for link in links if wanted <= _words(link.proposal.title)]

    def open(self) -> list[ProposalRow]:
        """Proposals no later related summit has signed yet."""
        return [
            ProposalRow(
                summit=summit.key,
                date=summit.date,
                title=proposal.fact.title,
                proposer=proposal.fact.proposer,
                sources=proposal.source_count,
            )
            for summit, proposal in open_proposals(self.summits())
        ]


def upgrade(engine: Engine) -> None:
    """Bring the store's schema to the newest migration (a new store gets every table)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "summitkit.memory:migrations")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _sourced_facts(summit: Summit) -> Iterable[tuple[str, Sourced[Fact]]]:
    for field in ("leaders", "monetary_targets", "signed_documents", "proposed_conventions"):
        for sourced in getattr(summit, field):
            yield field, sourced


def _fact_columns(sourced: Sourced[Fact]) -> dict[str, object]:
    fact = sourced.fact
    columns: dict[str, object] = {
        "conflict": sourced.conflict,
        "source_count": sourced.source_count,
        "fact": sourced.model_dump_json(),
    }
    if isinstance(fact, Leader):
        columns.update(label=fact.name, person_key=_person_key(fact.name))
    elif isinstance(fact, MonetaryTarget):
        columns.update(
            label=f"{fact.amount:f} {fact.currency}",
            indicator_key=fold(fact.indicator) if fact.indicator else None,
            amount=format(fact.amount, "f"),
            currency=fact.currency,
            kind=fact.kind.value,
        )
    elif isinstance(fact, SignedDocument):
        columns.update(label=fact.title, status=fact.status.value)
    elif isinstance(fact, ProposedConvention):
        columns.update(label=fact.title, person_key=_person_key(fact.proposer) if fact.proposer else None)
    else:  # pragma: no cover - summits hold only the four built-in fields
        columns.update(label=fact.fact_type)
    return columns


def _person_key(name: str) -> str:
    """A person's surname cut to five letters, as the scorer compares them: "Токаева" finds "Касым-Жомарт Токаев"."""
    words = re.findall(r"\w+(?:-\w+)*", fold(name))
    return words[-1][:5] if words else ""


def _stem(word: str) -> str:
    """A word without its last two letters (at least four kept): "товарооборота" finds "товарооборот"."""
    word = fold(word.strip())
    return word[: max(4, len(word) - 2)]


def _words(title: str) -> set[str]:
    return {_stem(word) for word in re.findall(r"\w+", title) if len(word) >= 3}
