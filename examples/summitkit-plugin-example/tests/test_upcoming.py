"""The example plugin, tested with summitkit's helper on sentences written for these tests."""

from __future__ import annotations

from summitkit_upcoming import UpcomingEvent, plugin

from summitkit.testing import run_plugin

ANNOUNCEMENT = "Лидеры договорились, что следующий саммит пройдёт в апреле 2027 года в Астане."


def test_the_next_summit_gives_its_date_and_city() -> None:
    (event,) = run_plugin(plugin, ANNOUNCEMENT).facts(UpcomingEvent)
    assert (event.date, event.city) == ("2027-04", "Астана")
    assert event.evidence[0].text == ANNOUNCEMENT


def test_a_year_alone_is_enough() -> None:
    (event,) = run_plugin(plugin, "Очередное заседание состоится в 2028 году.", builtins=False).facts(UpcomingEvent)
    assert (event.date, event.city) == ("2028", None)


def test_a_past_summit_is_not_announced() -> None:
    assert run_plugin(plugin, "Саммит прошёл в апреле 2025 года в Астане.").facts(UpcomingEvent) == []


def test_the_gazetteer_entry_teaches_the_builtins_a_currency() -> None:
    report = run_plugin(plugin, "Страны вложат 300 млн лемпир в торговлю к 2030 году, заявил президент Гондураса.")
    assert [m.currency for m in report.monetary_targets] == ["HNL"]
