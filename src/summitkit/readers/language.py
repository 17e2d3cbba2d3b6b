"""Is this text Russian? A cheap script count decides; lingua, when installed, names the language.

summitkit's rules read Russian only. An English, Kazakh or Chinese text gives no facts worth
having, or worse, a few wrong ones, so the pipeline returns an empty report with a diagnostic.

Why not a statistical detector by default: lingua-language-detector ships its models in a 96 MB
wheel and needs 5 s and 200 MB to load even seven languages (55 s and 1.2 GB for all of them);
py3langid loads in 2.5 s and calls "Путин" Ukrainian. The letters themselves are a better cheap
signal for the question asked here: Russian news are written in Cyrillic, and the Cyrillic
languages next door use letters Russian does not have (Kazakh ә ғ қ ң ө ұ ү һ і, Ukrainian і ї є ґ,
Belarusian і ў). Install ``summitkit[language]`` to have lingua name the language in the diagnostic.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

__all__ = ["NOT_RUSSIAN", "not_russian"]

#: The diagnostic code of a text that is not Russian.
NOT_RUSSIAN = "language.not_russian"

#: Below this share of Cyrillic among the letters, a text is not Russian.
_MIN_CYRILLIC = 0.5
#: Above this share of non-Russian Cyrillic letters among the Cyrillic ones, it is a neighbour language.
_MAX_FOREIGN_CYRILLIC = 0.02
#: lingua's confidence below which it names no language.
_LINGUA_CONFIDENCE = 0.8
#: Texts with fewer letters than this are not judged (a headline, a name).
_MIN_LETTERS = 20

#: Enough of a text to judge its language (the start of a long one says it).
_SAMPLE = 20_000

_RUSSIAN = re.compile("[а-яёА-ЯЁ]+")
_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]+")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")

#: Letters of the Kazakh Latin alphabet (2021) that Turkish and the big Latin-script languages lack:
#: lingua knows Kazakh in Cyrillic only, and calls it Turkish in Latin letters.
_KAZAKH_LATIN = re.compile("[ǵǴńŃýÝ]")

#: Letters of the neighbour languages that Russian does not use, most telling first.
_NEIGHBOURS = (
    ("Kazakh", "әғқңөұүһӘҒҚҢӨҰҮҺ"),
    ("Ukrainian", "їєґЇЄҐ"),
    ("Belarusian", "ўЎ"),
)


def not_russian(text: str) -> str | None:
    """A one-line reason why ``text`` is not Russian, or ``None`` if it is (or is too short to tell)."""
    sample = text[:_SAMPLE]
    letters = _count(_LETTERS, sample)
    if letters < _MIN_LETTERS:
        return None
    cyrillic = _count(_CYRILLIC, sample)
    if cyrillic < _MIN_CYRILLIC * letters:
        script = Counter(_script(c) for c in _LETTER.findall(sample, 0, 2000)).most_common(1)[0][0]
        language = "Kazakh" if _KAZAKH_LATIN.search(sample) else _lingua_name(text)
        named = f"{language}, " if language else ""
        return f"the text is not Russian ({named}{script} script); summitkit reads Russian news only"
    foreign = cyrillic - _count(_RUSSIAN, sample)
    if foreign > _MAX_FOREIGN_CYRILLIC * cyrillic:
        language = _lingua_name(text) or _neighbour(sample)
        return f"the text is not Russian ({language}); summitkit reads Russian news only"
    return None


def _count(runs: re.Pattern[str], sample: str) -> int:
    """How many characters of ``sample`` the class of ``runs`` (a ``[...]+`` pattern) matches: counted by
    runs, not one string per letter, since every text is judged."""
    return sum(map(len, runs.findall(sample)))


def _script(letter: str) -> str:
    """The script of a letter, from its Unicode name: "CYRILLIC SMALL LETTER A" -> "Cyrillic"."""
    name = unicodedata.name(letter, "")
    if name.startswith("CJK"):
        return "Han"
    first = name.split(" ", 1)[0]
    return first.capitalize() if first else "unknown"


def _neighbour(text: str) -> str:
    for language, letters in _NEIGHBOURS:
        if any(c in text for c in letters):
            return language
    return "a Cyrillic language other than Russian"


def _lingua_name(text: str) -> str | None:
    """The language lingua reads, if ``summitkit[language]`` is installed."""
    detector = _lingua()
    if detector is None:
        return None
    values = detector.compute_language_confidence_values(text[:2000])
    if not values or values[0].value < _LINGUA_CONFIDENCE:
        return None  # Kazakh in Latin script, say, which lingua's Kazakh (Cyrillic) model does not know
    return str(values[0].language.name).capitalize()


@lru_cache(maxsize=1)
def _lingua() -> Any:
    try:
        from lingua import Language, LanguageDetectorBuilder  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    languages = [
        Language.RUSSIAN,
        Language.UKRAINIAN,
        Language.BELARUSIAN,
        Language.KAZAKH,
        Language.ENGLISH,
        Language.GERMAN,
        Language.FRENCH,
        Language.TURKISH,
        Language.CHINESE,
        Language.JAPANESE,
        Language.ARABIC,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()
