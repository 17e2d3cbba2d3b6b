"""Summit memory: event identity, merging outlets' reports, conflicts and follow-through."""

from __future__ import annotations

from memory_reports import SUMMIT_9_A, SUMMIT_9_B, SUMMIT_9_C, SUMMIT_10
from summitkit.memory import EventHeader, event_match, follow_through, merge, open_proposals
from summitkit.memory.similarity import SAME_TITLE, title_similarity
from summitkit.models import SummitEvent


def _merged():
    return merge([("a", SUMMIT_9_A), ("b", SUMMIT_9_B), ("c", SUMMIT_9_C), ("later", SUMMIT_10)])


def test_three_reports_of_one_summit_merge_into_one_record_with_three_sources_per_shared_fact() -> None:
    ninth = _merged()[0]
    assert ninth.sources == ["a", "b", "c"]
    assert (ninth.organisation, ninth.ordinal, ninth.city) == ("ОДКБ", 9, "Душанбе")
    (rahmon,) = [s for s in ninth.leaders if "Рахмон" in s.fact.name]
    assert rahmon.fact.name == "Эмомали Рахмон" and rahmon.fact.country == "TJ"
    assert rahmon.source_count == 3
    assert {source.source_id for source in rahmon.sources} == {"a", "b", "c"}
    # Each source keeps its own evidence, pointing into its own article.
    assert [source.evidence[0].text for source in rahmon.sources] == ["Эмомали Рахмон", "Рахмон", "Эмомали Рахмон"]
    (fund,) = ninth.proposed_conventions
    assert fund.source_count == 2


def test_two_summits_of_one_organisation_stay_apart() -> None:
    summits = _merged()
    assert [(s.ordinal, s.city) for s in summits] == [(9, "Душанбе"), (10, "Бишкек")]
    assert summits[1].sources == ["later"]


def test_two_amounts_for_one_indicator_are_both_kept_and_marked_as_a_conflict() -> None:
    money = _merged()[0].monetary_targets
    assert sorted(int(m.fact.amount) for m in money) == [40_000_000_000, 42_000_000_000]
    assert all(m.conflict and "товарооборот" not in m.conflict for m in money)
    assert "42000000000" in next(m.conflict for m in money if m.fact.amount == 40e9)  # type: ignore[operator]


def test_two_statuses_for_one_document_are_both_kept_and_marked_as_a_conflict() -> None:
    documents = _merged()[0].signed_documents
    assert sorted((d.fact.status.value, d.source_count) for d in documents) == [("adopted", 1), ("signed", 2)]
    assert all(d.conflict for d in documents)


def test_a_proposal_is_followed_to_its_later_signature() -> None:
    summits = _merged()
    (link,) = follow_through(summits)
    assert link.proposal.title == "Фонд водной безопасности"
    assert link.document.title == "Соглашение об учреждении Фонда водной безопасности"
    # Two outlets of three date the summit by its second day: the summit takes the date most give.
    assert (link.proposed_on, link.signed_on) == ("2025-05-13", "2026-05-20")
    still_open = [proposal.fact.title for _, proposal in open_proposals(summits)]
    assert still_open == ["Центр климатических исследований"]


def test_the_dates_not_the_input_order_decide_what_came_later() -> None:
    later, ninth = merge([("later", SUMMIT_10), ("a", SUMMIT_9_A)])
    (link,) = follow_through([later, ninth])
    assert (link.proposed_at, link.signed_at) == (ninth.key, later.key)
    # The later summit's own proposal has no earlier signature to follow.
    assert [p.fact.title for _, p in open_proposals([later, ninth])] == ["Центр климатических исследований"]


def test_reports_without_an_event_stay_each_on_their_own() -> None:
    bare = SUMMIT_9_A.model_copy(update={"event": None})
    assert len(merge([bare, bare.model_copy()])) == 2


def _header(**fields: object) -> EventHeader:
    return EventHeader.of(SummitEvent(**fields))  # type: ignore[arg-type]


def test_event_identity_rules() -> None:
    ninth = _header(organisation="ШОС", ordinal=9, city="Астана", date="2024-07-04")
    # A field present in both and different rules the match out.
    assert event_match(ninth, _header(organisation="ШОС", ordinal=10)) is None
    assert event_match(ninth, _header(organisation="СНГ", date="2024-07-04")) is None
    assert event_match(ninth, _header(city="Ташкент", date="2024-07-04")) is None
    assert event_match(ninth, _header(organisation="ШОС", date="2024-07-20")) is None
    # Dates within the window agree; a month agrees more weakly; missing fields add nothing.
    assert event_match(ninth, _header(organisation="шос", date="2024-07-06")) == 4
    assert event_match(ninth, _header(organisation="ШОС", date="2024-07")) == 3
    assert event_match(ninth, _header(city="Астана")) == 1
    assert event_match(ninth, _header()) == 0
    # Across a new year, within the window.
    assert event_match(_header(date="2024-12-31"), _header(date="2025-01-02")) == 2


def test_titles_of_one_instrument_are_similar_and_of_two_are_not() -> None:
    same = [
        ("Конвенция о правовом статусе Каспийского моря", "конвенции о правовом статусе Каспия"),
        ("Договор о создании Евразийского банка развития", "Соглашение о создании Евразийского банка развития"),
        ("региональный центр по климату", "Соглашение о создании регионального климатического центра"),
        ("Декларация", "декларация"),
    ]
    different = [
        ("Соглашение о свободной торговле услугами", "Соглашение о свободной торговле товарами"),
        ("Соглашение о транзите газа", "Соглашение о транзите грузов"),
        ("Декларация", "Коммюнике"),
    ]
    assert all(title_similarity(a, b) >= SAME_TITLE for a, b in same)
    assert all(title_similarity(a, b) < SAME_TITLE for a, b in different)
