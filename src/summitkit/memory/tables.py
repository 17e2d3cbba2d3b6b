"""The summit memory's tables (SQLAlchemy Core): reports whole, and what queries need, indexed.

Reports keep their full JSON, so nothing extracted is lost; ``summits``, ``facts``,
``fact_sources`` and ``summit_countries`` are derived from them by ``merge`` and rebuilt when
reports are added, so they can always be recomputed. The migrations in ``migrations/versions``
create exactly these tables; a change here is a new migration there.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text

__all__ = ["fact_sources", "facts", "metadata", "reports", "summit_countries", "summit_reports", "summits"]

metadata = MetaData()

#: One row per article read: its content hash makes adding it twice a no-op.
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("report", Text, nullable=False),
)

summits = Table(
    "summits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("organisation", Text, index=True),
    Column("ordinal", Integer),
    Column("city", Text),
    Column("country", String(2)),
    Column("date", String(10), index=True),
    Column("summit", Text, nullable=False),
)

summit_reports = Table(
    "summit_reports",
    metadata,
    Column("summit_id", Integer, ForeignKey("summits.id", ondelete="CASCADE"), primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
)

summit_countries = Table(
    "summit_countries",
    metadata,
    Column("summit_id", Integer, ForeignKey("summits.id", ondelete="CASCADE"), primary_key=True),
    Column("country", String(2), primary_key=True, index=True),
)

#: One row per merged fact; the columns a query filters on are folded for matching.
facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("summit_id", Integer, ForeignKey("summits.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(32), nullable=False, index=True),
    Column("label", Text, nullable=False),
    Column("person_key", Text, index=True),
    Column("indicator_key", Text, index=True),
    Column("amount", Text),
    Column("currency", String(3)),
    Column("kind", String(16)),
    Column("status", String(16)),
    Column("conflict", Text),
    Column("source_count", Integer, nullable=False),
    Column("fact", Text, nullable=False),
)

fact_sources = Table(
    "fact_sources",
    metadata,
    Column("fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("evidence", Text, nullable=False),
)
