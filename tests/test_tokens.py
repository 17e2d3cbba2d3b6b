"""summitkit's tokenizer gives exactly razdel's tokens, for any string."""

from __future__ import annotations

import pytest
import razdel
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel.segmenters.tokenize import PUNCTS

from summitkit._tokens import tokenize

#: Pieces that touch razdel's rules: every punctuation mark it knows, smiles, dots, dashes, letters
#: of both alphabets, digits, "yahoo", other characters, and the whitespace that separates atoms.
PIECES = [
    *PUNCTS,
    *"аЯёbZ09Δσ😀\u00a0 \n\t",
    "кто",
    "то",
    "ab",
    "12",
    "yahoo",
    "YaHoO",
    "YAHOO!",
    ":)",
    ";-)",
    "=(((",
    ":-((((",
    "...",
    "?!",
    "--",
    "**",
    "1,5",
    "1/2",
    "3\\4",
    "a_b",
    "т.е.",
]

#: Every character of the pieces: strings of them mix the rules' corners in new orders.
ALPHABET = sorted(set("".join(PIECES)))

#: A few pieces with many repeats: runs of the same marks, where the rules look two atoms away.
FEW_PIECES = [":", ";", "-", ")", "(", "=", "1", ".", ",", "/", "\\", "_", "а", "Δ", " ", "!", "*", "yahoo", "Yahoo"]


def razdels(text: str) -> list[tuple[int, int, str]]:
    return [(t.start, t.stop, t.text) for t in razdel.tokenize(text)]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(FEW_PIECES), max_size=12).map("".join))
def test_short_strings_of_few_pieces_give_razdels_tokens(text: str) -> None:
    assert tokenize(text) == razdels(text)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_strings_of_adversarial_pieces_give_razdels_tokens(text: str) -> None:
    assert tokenize(text) == razdels(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40))
def test_strings_of_adversarial_characters_give_razdels_tokens(text: str) -> None:
    assert tokenize(text) == razdels(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40))
def test_any_unicode_string_gives_razdels_tokens(text: str) -> None:
    assert tokenize(text) == razdels(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Рост составил 1,5 процента, а не 2.7", ["Рост", "составил", "1,5", "процента", ",", "а", "не", "2.7"]),
        ("Доля выросла на 1/2 и на 3\\4", ["Доля", "выросла", "на", "1/2", "и", "на", "3\\4"]),
        ("Кто-то сказал, было -1 и :-1", ["Кто-то", "сказал", ",", "было", "-1", "и", ":", "-", "1"]),
        ("Он приедет, т.е. завтра...", ["Он", "приедет", ",", "т", ".", "е", ".", "завтра", "..."]),
        # razdel's smile rule reads the token built so far, and ":-" is no smile: ":-)" stays in three
        ("Правда?! Да ;) ну =((( и :-)", ["Правда", "?!", "Да", ";)", "ну", "=(((", "и", ":", "-", ")"]),
        ("Переговоры -- итог ** важен", ["Переговоры", "--", "итог", "**", "важен"]),
        ("Формат snake_case и ΔP в Yahoo!", ["Формат", "snake_case", "и", "ΔP", "в", "Yahoo!"]),
        ("Саммит (G7) «завершён».", ["Саммит", "(", "G", "7", ")", "«", "завершён", "»", "."]),
    ],
)
def test_corners_of_the_rules(text: str, words: list[str]) -> None:
    tokens = tokenize(text)
    assert [word for _, _, word in tokens] == words
    assert all(text[start:stop] == word for start, stop, word in tokens)
    assert tokens == razdels(text)


def test_the_two_atoms_around_a_dash_are_read_across_whitespace_as_razdel_does() -> None:
    assert tokenize("уже- 5") == razdels("уже- 5") == [(0, 4, "уже-"), (5, 6, "5")]
    assert tokenize("5 -2") == razdels("5 -2") == [(0, 1, "5"), (2, 4, "-2")]


def test_an_empty_or_blank_text_has_no_tokens() -> None:
    assert tokenize("") == [] and tokenize(" \n\t") == []
