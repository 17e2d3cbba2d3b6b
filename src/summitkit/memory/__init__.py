"""Summit memory: many reports about one event merged into one record, kept in a database.

``merge`` groups reports by event and de-duplicates their facts, keeping every source's evidence;
``follow`` links a proposal made at one summit to the document that a later one signs; ``Store``
keeps reports and merged summits in SQLite or PostgreSQL; ``plot`` draws figures over time. The
database and plotting modules import SQLAlchemy and matplotlib only when used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: Where each public name lives: imported on first use, so that ``summitkit db`` on the command line
#: and ``import summitkit`` do not pay for what they do not use.
_HOMES = {
    "EventHeader": "identity",
    "event_match": "identity",
    "FollowThrough": "follow",
    "follow_through": "follow",
    "open_proposals": "follow",
    "Source": "merge",
    "Sourced": "merge",
    "Summit": "merge",
    "merge": "merge",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"summitkit.memory.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'summitkit.memory' has no attribute {name!r}")
