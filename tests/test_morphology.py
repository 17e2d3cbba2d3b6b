"""Noun phrases to the nominative: the head and its adjectives inflect, the rest stays as written."""

from __future__ import annotations

import pytest

from summitkit.morphology import inflected, nominative_phrase, parses


@pytest.mark.parametrize(
    ("phrase", "case", "expected"),
    [
        ("Единой программы развития туризма", "gent", "Единая программа развития туризма"),
        ("Концепцию экологической безопасности", "accs", "Концепция экологической безопасности"),
        ("Правил внутренней торговли", None, "Правила внутренней торговли"),
        ("генерального директора ЮНЕСКО", None, "генеральный директор ЮНЕСКО"),
        ("технической поддержки", None, "техническая поддержка"),
        ("прямых иностранных инвестиций", None, "прямые иностранные инвестиции"),
        ("Пятой встречи министров", None, "Пятая встреча министров"),
        ("первого форума", None, "первый форум"),
        ("объема взаимной торговли", None, "объем взаимной торговли"),
        ("Меморандум о намерениях", "accs", "Меморандум о намерениях"),
        ("«Северной звезды» по развитию", "gent", "«Северной звезды» по развитию"),
        ("Каспийского экологического реестра", "gent", "Каспийский экологический реестр"),
        ("Каспийского энергетического центра", None, "Каспийский энергетический центр"),
    ],
)
def test_nominative_phrase(phrase: str, case: str | None, expected: str) -> None:
    assert nominative_phrase(phrase, case) == expected


def test_inflected_is_pymorphys_inflection_remembered() -> None:
    head = next(p for p in parses("стратегии") if p.tag.case == "gent")
    form = inflected(head, frozenset({"nomn", "sing"}))
    assert form is not None and form.word == "стратегия"
    assert form == head.inflect({"nomn", "sing"})
    assert inflected(head, frozenset({"nomn", "sing"})) is form
    assert inflected(head, frozenset({"nomn", "plur"})).word == "стратегии"
