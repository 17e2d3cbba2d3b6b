"""summitkit's analyser re-ranks parses faster than pymorphy3's own, with exactly its results."""

from __future__ import annotations

import random
from functools import cache
from itertools import islice
from typing import Any

import pymorphy3
import pytest
from pymorphy3.units.base import BaseAnalyzerUnit

from summitkit._pymorphy_probabilities import FastProbabilityEstimator
from summitkit.nlp import morph_analyzer, vocab

#: Words a dictionary sample would miss: unknown, hyphenated, Latin, digits, ё/е, capitals, oddities.
ODD_WORDS = [
    "",
    " ",
    "-",
    "--",
    ":",
    "а:б",
    "саммит:",
    "ё",
    "Ё",
    "ещё",
    "еще",
    "всё",
    "все",
    "Всё",
    "ЁЛКА",
    "елка",
    "Москва",
    "МОСКВА",
    "москва",
    "Санкт-Петербург",
    "санкт-петербургский",
    "российско-китайский",
    "вице-премьер",
    "экс-президент",
    "ШОС",
    "БРИКС",
    "ООН",
    "ЕврАзЭС",
    "G20",
    "G-20",
    "summit",
    "Summit",
    "NATO",
    "iPhone",
    "2024",
    "2024-го",
    "12,5",
    "1.5",
    "XXI",
    "III",
    "№",
    "%",
    "$",
    "…",
    "«",
    "»",
    "—",
    "кубанец-ставрополец",
    "трансграничнейшими",
    "переподписавшимися",
    "глокая",
    "куздра",
    "бокрёнка",
    "штеко",
    "абвгд",
    "ыыы",
    "Ъ",
    "ь",
    "ru",
    "e-mail",
    "pro-российский",
    "онлайн-саммит",
    "мега-соглашение",
    "по-русски",
    "кое-что",
    "из-за",
    "Путина",
    "Си",
    "Цзиньпина",
    "Моди",
    "Эрдогана",
    "Лукашенко",
    "Токаев",
    "эксклюзивнейший",
    "ёжиться",
    "ежиться",
    "a1",
    "1a",
    "ТАСС",
    "РИА",
    "млрд",
    "трлн",
    "млн.",
]


def fields(parses: list[Any]) -> list[tuple[Any, ...]]:
    """What a parse is made of, comparable across analysers and result types."""
    return [(p.word, str(p.tag), p.normal_form, p.score, method(p.methods_stack)) for p in parses]


@cache
def unit_repr(unit: BaseAnalyzerUnit) -> str:
    return repr(unit)


def method(step: Any) -> Any:
    """A methods stack with each analysis unit (an object per analyser) replaced by its repr.

    The repr of the whole stack says the same, but a unit's repr is slow, so it is made once per unit.
    """
    if isinstance(step, BaseAnalyzerUnit):
        return unit_repr(step)
    if isinstance(step, tuple):
        return tuple(method(part) for part in step)
    return step


@pytest.fixture(scope="module")
def stock() -> Any:
    return pymorphy3.MorphAnalyzer()


@pytest.fixture(scope="module")
def words(stock: Any) -> list[str]:
    """Dictionary forms after fixed-seed random two-letter prefixes, in every case, plus the odd words."""
    rng = random.Random(20261130)
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    sample: list[str] = []
    for _ in range(400):
        prefix = rng.choice(letters) + rng.choice(letters)
        for word, *_rest in islice(stock.dictionary.iter_known_words(prefix), rng.randrange(1, 40)):
            sample.append(rng.choice([word, word.capitalize(), word.upper()]))
    return sample + ODD_WORDS


def test_summitkit_analyser_uses_the_fast_estimator_on_the_stock_dawg(stock: Any) -> None:
    estimator = morph_analyzer().prob_estimator
    assert isinstance(estimator, FastProbabilityEstimator)
    assert type(stock.prob_estimator) is not FastProbabilityEstimator
    # natasha's vocabulary shares the analyser's state, so it re-ranks with the same estimator.
    assert vocab().prob_estimator is estimator


def test_parses_equal_stock_pymorphy3_parse_for_parse(stock: Any, words: list[str]) -> None:
    assert len(words) > 3000
    reranked = 0
    for word in words:
        expected = fields(stock.parse(word))
        assert fields(morph_analyzer().parse(word)) == expected, word
        assert fields(vocab().parse(word)) == expected, word
        reranked += len({score for *_, score, _ in expected}) > 1
    assert reranked > 200  # P(t|w) really reordered many words, so the DAWG look-ups are exercised


def test_apply_to_parses_equals_stock_on_reordered_and_unknown_tags(stock: Any) -> None:
    fast = morph_analyzer().prob_estimator
    parses = [tuple(p) for p in stock.parse("стали")]
    for candidates in (parses, parses[::-1], parses[1:], []):
        assert fast.apply_to_parses("стали", "стали", candidates) == stock.prob_estimator.apply_to_parses(
            "стали", "стали", candidates
        )
    # a word the DAWG has no entry for: scores normalised, as pymorphy3 does
    odd = [tuple(p) for p in stock.parse("бокрёнка")]
    assert fast.apply_to_parses("бокрёнка", "бокрёнка", odd) == stock.prob_estimator.apply_to_parses(
        "бокрёнка", "бокрёнка", odd
    )
