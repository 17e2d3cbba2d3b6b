"""The office-holders registry: the bundled data file and each lookup rule.

The registries built here hold people invented for the test, so a rule cannot pass on the data's luck.
"""

from __future__ import annotations

import pytest

from summitkit.lexicons.officeholders import OfficeHolder, OfficeHolders, add_officeholders, officeholders

_TERMS = [
    {"name": "Арслан Кудайберген", "post": "премьер-министр", "country": "KZ", "from": 2001, "to": 2005},
    {"name": "Арслан Кудайберген", "post": "президент", "country": "KZ", "from": 2006, "to": None},
    {"name": "Бахрам Кудайберген", "post": "министр иностранных дел", "country": "KG", "from": 2010, "to": 2014},
    {"name": "Ли Мин", "surname": "Ли", "post": "председатель", "country": "CN", "from": 2015, "to": None},
    {"name": "Самир ас-Сабит", "post": "эмир", "country": "KW", "from": 2020, "to": None},
    {"name": "Ян Новак", "post": "генеральный секретарь ООН", "country": None, "from": 2019, "to": 2022},
]


@pytest.fixture
def registry() -> OfficeHolders:
    return OfficeHolders(OfficeHolder.from_mapping(t) for t in _TERMS)


def test_surname_is_folded_and_found_by_its_last_word(registry: OfficeHolders) -> None:
    assert {h.name for h in registry.find("КУДАЙБЕРГЕН")} == {"Арслан Кудайберген", "Бахрам Кудайберген"}


def test_surname_field_and_article_less_form_are_keys_too(registry: OfficeHolders) -> None:
    assert [h.name for h in registry.find("Ли")] == ["Ли Мин"]
    assert [h.name for h in registry.find("Мин")] == ["Ли Мин"]
    assert [h.name for h in registry.find("Сабит")] == ["Самир ас-Сабит"]
    assert [h.name for h in registry.find("ас-Сабит")] == ["Самир ас-Сабит"]


def test_first_name_and_initial_narrow_the_namesakes(registry: OfficeHolders) -> None:
    assert {h.name for h in registry.find("Кудайберген", "Бахрам")} == {"Бахрам Кудайберген"}
    assert {h.name for h in registry.find("Кудайберген", "А.")} == {"Арслан Кудайберген"}
    assert registry.find("Кудайберген", "Дамир") == []


def test_year_keeps_the_terms_that_cover_it(registry: OfficeHolders) -> None:
    assert [h.post for h in registry.find("Кудайберген", "Арслан", 2003)] == ["премьер-министр"]
    assert [h.post for h in registry.find("Кудайберген", "Арслан", 2030)] == ["президент"]
    assert registry.find("Новак", year=2024) == []


def test_lookup_takes_one_persons_latest_term(registry: OfficeHolders) -> None:
    found = registry.lookup("Кудайберген", "Арслан")
    assert found is not None and found.post == "президент"


def test_lookup_refuses_two_people_of_two_states(registry: OfficeHolders) -> None:
    assert registry.lookup("Кудайберген") is None
    assert registry.lookup("Кудайберген", year=2012) is None
    found = registry.lookup("Кудайберген", year=2003)
    assert found is not None and found.country == "KZ"


def test_organisation_officials_have_no_country(registry: OfficeHolders) -> None:
    found = registry.lookup("Новак", year=2020)
    assert found is not None and found.country is None


def test_bad_entries_are_refused_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="ISO"):
        OfficeHolder.from_mapping({"name": "А Б", "post": "президент", "country": "Kaz", "from": 2000, "to": None})
    with pytest.raises(ValueError, match="from <= to"):
        OfficeHolder.from_mapping({"name": "А Б", "post": "президент", "country": "KZ", "from": 2005, "to": 2001})
    with pytest.raises(ValueError, match="lacks"):
        OfficeHolder.from_mapping({"name": "А Б", "post": "президент"})


def test_the_bundled_file_covers_the_genres_states_and_organisations() -> None:
    bundled = officeholders()
    countries = {h.country for h in bundled}
    for code in ("RU", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "BY", "CN", "IN", "PK", "IR", "TR", "US", "JP"):
        assert code in countries, code
    assert None in countries
    xi = bundled.lookup("Цзиньпин", "Си", 2025)
    assert xi is not None and (xi.post, xi.country) == ("председатель КНР", "CN")
    assert bundled.lookup("Алиев", "Г", 2000) is not None
    president = bundled.lookup("Алиев", "И", 2020)
    assert president is not None and president.name == "Ильхам Алиев"


def test_plugins_extend_the_process_wide_registry() -> None:
    before = len(officeholders())
    add_officeholders([{"name": "Тестов Тестович", "post": "посол", "country": "KZ", "from": 2090, "to": 2091}])
    assert len(officeholders()) == before + 1
    found = officeholders().lookup("Тестович", year=2090)
    assert found is not None and found.post == "посол"
