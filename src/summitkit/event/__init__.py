"""The event itself, read from a text: what summit, which ordinal, where, when, who took part.

A text names its event several times: in the headline, in the lead ("выступил на XI
консультативной встрече ..."), in a "Напомним, ..." paragraph. Every mention of an event noun
(саммит, встреча, заседание, переговоры, визит ...) is read with what is attached to it
(``mentions``, ``ordinals``). The strongest mention is the event (``assemble``); mentions of the
same format (or of no format) fill what it lacks: city and date from their lines (``place``,
``dates``), participants from leaders' countries, the format's member states and the host
(``participants``). The dateline and the publication date are the last resort. Its name is put in
the nominative by ``naming``. Word lists live in ``summitkit.lexicons.events``, ``calendar`` and ``cities``.
"""

from __future__ import annotations

from summitkit.event.assemble import find_event

__all__ = ["find_event"]
