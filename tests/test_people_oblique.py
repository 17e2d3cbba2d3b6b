"""Leaders named by surname alone in an oblique case, and the state a ministry speaks for: sentences written
for these tests."""

from __future__ import annotations

import summitkit


def leaders(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {leader.name: (leader.role, leader.country) for leader in summitkit.extract(text).leaders}


def test_bare_surnames_in_the_genitive_are_found_in_the_nominative() -> None:
    found = leaders("Встреча Токаева и Мирзиёева состоялась в Ташкенте.")
    assert found == {"Токаев": ("президент", "KZ"), "Мирзиёев": ("президент", "UZ")}


def test_a_bare_surname_in_the_dative_or_instrumental() -> None:
    found = leaders("Эрдогану вручили орден. Встреча с Рахмоном прошла тепло.")
    assert found == {"Эрдоган": ("президент", "TR"), "Рахмон": ("президент", "TJ")}


def test_an_oblique_surname_joins_the_full_name_given_before() -> None:
    text = "Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент. Переговоры Токаева прошли в узком формате."
    (leader,) = summitkit.extract(text).leaders
    assert leader.name == "Касым-Жомарт Токаев"
    assert len(leader.evidence) == 2


def test_a_state_ministry_abbreviation_keeps_the_country_after_it() -> None:
    found = leaders("Официальный представитель МИД КНР Мао Нин заявила на брифинге, что визит важен.")
    assert found == {"Мао Нин": ("официальный представитель МИД", "CN")}


def test_an_international_organisation_still_has_no_country() -> None:
    found = leaders("Генсек ОДКБ Имангали Тасмагамбетов выступил в Минске.")
    assert [country for _, country in found.values()] == [None]
