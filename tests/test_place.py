"""The event's place: the city nearest the event noun on its line, read once per line."""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.event.base import Found, Mention
from summitkit.event.place import find_place


def _mentions(text: str) -> list[Mention]:
    line = (0, len(text))
    return [Mention(m.start(), m.end(), "саммит", line, m.start(), m.end()) for m in re.finditer("саммит", text)]


def test_each_mention_takes_the_city_nearest_it_on_its_line() -> None:
    text = "Лидеры провели саммит в Астане, а через год проведут новый саммит в Ташкенте"
    document = Document(text)
    first, second = _mentions(text)
    places = []
    for mention in (first, second):
        found = Found()
        find_place(document, mention, found)
        places.append((found.city, found.country))
    assert places == [("Астана", "KZ"), ("Ташкент", "UZ")]


def test_a_city_wins_over_a_nearer_country() -> None:
    text = "Саммит в Казахстане открылся, заседание прошло в Астане"
    document = Document(text)
    found = Found()
    find_place(document, Mention(0, 6, "саммит", (0, len(text)), 0, 6), found)
    assert (found.city, found.country) == ("Астана", "KZ")


def test_a_line_of_many_mentions_is_read_once() -> None:
    text = "саммит в Бишкеке " * 200
    document = Document(text)
    for mention in _mentions(text):
        found = Found()
        find_place(document, mention, found)
        assert found.city == "Бишкек"
    assert list(document.memo("summitkit.event.place.lines", lambda d: {})) == [(0, len(text))]
