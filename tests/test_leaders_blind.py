"""Leaders from a blind sprint: sentences written for these tests in the styles of many outlets."""

from __future__ import annotations

import summitkit


def leaders(text: str) -> list[tuple[str, str | None]]:
    return [(leader.name, leader.country) for leader in summitkit.extract(text).leaders]


def test_men_named_in_the_genitive_without_a_post_are_found_by_the_data() -> None:
    text = "Встреча Садыра Жапарова и Сердара Бердымухамедова прошла в Ташкенте."
    assert leaders(text) == [("Садыр Жапаров", "KG"), ("Сердар Бердымухамедов", "TM")]


def test_a_woman_named_in_the_nominative_keeps_her_name() -> None:
    text = "Министр торговли Ирина Кочанова встретилась с делегацией."
    assert [name for name, _ in leaders(text)] == ["Ирина Кочанова"]


def test_the_head_of_tatarstan_is_a_regional_official_of_russia() -> None:
    text = "Гостей саммита в Казани приветствовал раис Татарстана Рустам Минниханов. Минниханов рассказал о программе."
    assert leaders(text) == [("Рустам Минниханов", "RU")]


def test_a_former_holder_in_the_genitive_of_a_dated_text_is_read_for_its_year() -> None:
    text = "Бишкек, 3 мая 2015 года. Встреча Алмазбека Атамбаева и Эмомали Рахмона прошла в Бишкеке."
    assert leaders(text) == [("Алмазбек Атамбаев", "KG"), ("Эмомали Рахмон", "TJ")]


def test_initials_after_the_surname_are_read_as_initials() -> None:
    text = "Ташкент. Президент Мирзиёев Ш.М. принял делегацию банка. Мирзиёев отметил важность проектов."
    assert leaders(text) == [("Ш.М. Мирзиёев", "UZ")]


def test_a_first_name_ner_ran_into_a_state_name_is_taken_back_by_the_data() -> None:
    text = "Шавкат Мирзиёев провел телефонный разговор с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом."
    assert leaders(text) == [("Шавкат Мирзиёев", "UZ"), ("Реджеп Тайип Эрдоган", "TR")]


def test_a_known_surname_alone_that_ner_missed_is_read() -> None:
    assert leaders("Мирзиёев и Жапаров обсудили водные проблемы.") == [("Мирзиёев", "UZ"), ("Жапаров", "KG")]


def test_a_known_surname_inside_the_name_of_a_body_is_no_person() -> None:
    assert leaders("Студенты Назарбаев Университета встретились с делегацией. Посетили улицу имени Кунаева.") == []


def test_a_vice_minister_and_a_city_head_are_officials() -> None:
    text = "Вице-министр иностранных дел Казахстана Алибек Бакаев встретился с градоначальником Баку Эльдаром Азизовым."
    assert leaders(text) == [("Алибек Бакаев", "KZ"), ("Эльдар Азизов", "AZ")]


def test_the_secretary_of_a_security_council_is_an_official() -> None:
    text = (
        "Секретарь Совета безопасности России Сергей Шойгу и секретарь Совбеза Казахстана Гизат Нурдаулетов "
        "встретились."
    )
    assert leaders(text) == [("Сергей Шойгу", "RU"), ("Гизат Нурдаулетов", "KZ")]


def test_a_first_name_misread_as_a_womans_genitive_keeps_the_mans_nominative() -> None:
    text = "Министры торговли Арман Шаккалиев и Лазиз Кудратов провели встречу."
    assert [name for name, _ in leaders(text)] == ["Арман Шаккалиев", "Лазиз Кудратов"]
