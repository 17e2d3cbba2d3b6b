"""An example summitkit plugin: the next summit a text announces, as an ``upcoming_event`` fact."""

from summitkit_upcoming.plugin import UpcomingEvent, UpcomingEventExtractor

__all__ = ["UpcomingEvent", "UpcomingEventExtractor"]
