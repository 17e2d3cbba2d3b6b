"""The ``documents`` and ``institutions`` gazetteer kinds: nouns a plugin teaches the title grammar."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from summitkit import Pipeline, SummitReport, extract, gazetteer, hookimpl
from summitkit.lexicons import documents
from summitkit.lexicons.head_nouns import (
    DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    NOUNS,
    add_document,
    add_institution,
    on_change,
    restore_builtins,
)
from summitkit.plugins import PluginError
from summitkit.titles.words import info

SIGNED = "По итогам переговоров в Ташкенте президенты двух стран подписали Конкордат о культурном наследии."
PROPOSED = "Президент Казахстана Касым-Жомарт Токаев предложил создать региональное хранилище семенного фонда."
LISTED = "Итоги встречи лидеров в Бишкеке:\n— Конкордат о защите горных рек;\n— Соглашение о торговле зерном.\n"
PLURAL = "Главы государств утвердили Ориентиры сотрудничества в энергетике до 2035 года."
CALLED = "Президент Узбекистана Шавкат Мирзиёев предложил заключить Конкордат о защите горных рек."


@pytest.fixture(autouse=True)
def builtin_nouns() -> Iterator[None]:
    """Each test starts and ends with the built-in nouns only: additions are process-wide."""
    restore_builtins()
    yield
    restore_builtins()
    gazetteer._ADDED.difference_update({key for key in gazetteer._ADDED if key[0] in {"documents", "institutions"}})


class Nouns:
    """A plugin teaching the given nouns."""

    def __init__(self, *entries: tuple[str, Mapping[str, Any]]) -> None:
        self.entries = entries

    @hookimpl
    def register_gazetteer(self, add: Callable[[str, list[Mapping[str, Any]]], None]) -> None:
        for kind, entry in self.entries:
            add(kind, [entry])


def documents_of(report: SummitReport) -> list[tuple[str, str]]:
    return [(d.title, d.status.value) for d in report.signed_documents]


def proposals_of(report: SummitReport) -> list[tuple[str, str | None]]:
    return [(c.title, c.proposer) for c in report.proposed_conventions]


def test_a_document_noun_from_a_plugin_heads_a_signed_document() -> None:
    assert documents_of(extract(SIGNED)) == []
    pipeline = Pipeline([Nouns(("documents", {"noun": "конкордат"}))], entry_points=False, strict=True)
    assert documents_of(pipeline(SIGNED)) == [("Конкордат о культурном наследии", "signed")]
    assert proposals_of(pipeline(CALLED)) == [("Конкордат о защите горных рек", "Шавкат Мирзиёев")]


def test_an_institution_noun_from_a_plugin_heads_a_proposal() -> None:
    assert proposals_of(extract(PROPOSED)) == []
    pipeline = Pipeline([Nouns(("institutions", {"noun": "хранилище"}))], entry_points=False, strict=True)
    assert proposals_of(pipeline(PROPOSED)) == [("Региональное хранилище семенного фонда", "Касым-Жомарт Токаев")]


def test_document_flags_say_how_the_rules_read_the_noun() -> None:
    plain = Pipeline(
        [Nouns(("documents", {"noun": "конкордат"}), ("documents", {"noun": "ориентир"}))], entry_points=False
    )
    assert documents_of(plain(LISTED))[0] == ("Конкордат о защите горных рек", "signed")
    assert documents_of(plain(PLURAL)) == []  # a plural names several documents, none of them by name
    restore_builtins()
    flagged = Nouns(
        ("documents", {"noun": "конкордат", "adopted": True, "proposable": False}),
        ("documents", {"noun": "ориентир", "one_in_plural": True}),
    )
    pipeline = Pipeline([flagged], entry_points=False, strict=True)
    assert documents_of(pipeline(LISTED))[0] == ("Конкордат о защите горных рек", "adopted")
    assert documents_of(pipeline(PLURAL)) == [("Ориентиры сотрудничества в энергетике до 2035 года", "approved")]
    assert proposals_of(pipeline(CALLED)) == []


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"noun": "Конкордат"}, "one lower-case Cyrillic word"),
        ({"noun": "дорожный план"}, "one lower-case Cyrillic word"),
        ({"noun": "concordat"}, "one lower-case Cyrillic word"),
        ({"noun": 7}, "one lower-case Cyrillic word"),
        ({"word": "конкордат"}, "needs 'noun'"),
        ({"noun": "конкордат", "plural": True}, "may have 'adopted', 'one_in_plural', 'proposable'"),
        ({"noun": "конкордат", "adopted": "yes"}, "must be true or false"),
        ({"noun": "конкордаты"}, "not a noun's lemma: pymorphy reads it as конкордат"),
        ({"noun": "партнерство"}, "pymorphy reads it as партнёрство"),
        ({"noun": "подписать"}, "pymorphy knows no noun"),
    ],
)
def test_a_bad_document_entry_is_refused_with_a_message(entry: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        gazetteer.check("documents", [entry])
    with pytest.raises(PluginError, match=message):
        Pipeline([Nouns(("documents", entry))], entry_points=False, strict=True)
    assert NOUNS.documents == DOCUMENT_NOUNS


def test_an_institution_entry_takes_no_flags() -> None:
    with pytest.raises(ValueError, match="needs 'noun' and nothing else"):
        gazetteer.check("institutions", [{"noun": "хранилище", "adopted": True}])
    assert gazetteer.check("institutions", [{"noun": "хаб"}])  # unknown to pymorphy: taken as written


def test_adding_a_noun_twice_changes_the_lexicon_once() -> None:
    version = NOUNS.version
    assert add_document("конкордат") and not add_document("конкордат")
    assert add_institution("хранилище") and not add_institution("хранилище")
    assert not add_document("декларация", adopted=True)  # built-in and already adopted by default
    assert NOUNS.version == version + 2
    plugin = Nouns(("documents", {"noun": "трактат"}))
    first, second = Pipeline([plugin], entry_points=False), Pipeline([plugin], entry_points=False)
    assert NOUNS.version == version + 3 and documents_of(first(SIGNED)) == documents_of(second(SIGNED))


def test_additions_reach_the_derived_sets_and_restoring_forgets_them() -> None:
    add_document("конкордат", proposable=False)
    add_institution("хранилище")
    assert "конкордат" in NOUNS.heads and "конкордат" not in NOUNS.proposable
    assert "хранилище" in NOUNS.heads and "хранилище" in NOUNS.proposable
    restore_builtins()
    assert NOUNS.heads == DOCUMENT_NOUNS | INSTITUTION_NOUNS and "хранилище" not in NOUNS.proposable


def test_a_noun_pymorphy_does_not_know_becomes_a_head_once_added() -> None:
    """The per-word cache of ``titles.words`` is cleared on a change: "оэз" was no noun before it."""
    assert info("оэз").noun_lemmas == frozenset()
    add_institution("оэз")
    assert info("оэз").noun_lemmas == {"оэз"} and "nomn" in info("оэз").noun_cases
    called: list[int] = []
    on_change(lambda: called.append(NOUNS.version))
    add_institution("сэз")
    assert called == [NOUNS.version]


def test_the_old_module_still_exports_every_lexicon() -> None:
    assert documents.DOCUMENT_NOUNS is DOCUMENT_NOUNS and documents.NOUNS is NOUNS
    assert {"STATUS_VERBS", "TITLE_PREPOSITIONS", "MONTHS", "PROPOSAL_CUES", "AGO", "COPIES"} <= set(dir(documents))


def test_answers_cached_per_word_before_a_noun_is_added_are_read_again() -> None:
    """``head_lemma`` and ``creation_case`` keep answers per word form: a plugin's noun must reach them."""
    from summitkit.proposals.objects import _creation_case
    from summitkit.titles.words import _head_lemma_text

    fixed = frozenset({"тэз"})  # a lexicon that does not change when the nouns do
    assert _head_lemma_text("тэз", fixed) is None  # pymorphy knows no noun "тэз"
    add_institution("тэз")
    assert _head_lemma_text("тэз", fixed) == "тэз"
    assert _creation_case.cache_info().currsize == 0
