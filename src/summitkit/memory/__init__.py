"""Summit memory: many reports about one event merged into one record, kept in a database.

``merge`` groups reports by event and de-duplicates their facts, keeping every source's evidence;
``follow`` links a proposal made at one summit to the document that a later one signs; ``Store``
keeps reports and merged summits in SQLite or PostgreSQL; ``plot`` draws figures over time. The
database and plotting modules import SQLAlchemy and matplotlib only when used.
"""

from __future__ import annotations

from summitkit.memory.follow import FollowThrough, follow_through, open_proposals
from summitkit.memory.identity import EventHeader, event_match
from summitkit.memory.merge import Source, Sourced, Summit, merge

__all__ = [
    "EventHeader",
    "FollowThrough",
    "Source",
    "Sourced",
    "Summit",
    "event_match",
    "follow_through",
    "merge",
    "open_proposals",
]
