"""Titles of documents and institutions, shared by the signed-documents and proposed-conventions extractors.

``words``: tokens and their morphology; ``grammar``: where a title stops (``noun_phrase``: the phrases it
chains; ``settings``: the setting it stops before, its periods and dates; ``quantities``: the numbers it is
about); ``title``: where it starts, its case and the ``Title`` record; ``nominative``: its nominative form;
``layout``: lists, headlines, sentences and title similarity. The word lists live in
``summitkit.lexicons.documents``. The names most callers need are re-exported here.
"""

from __future__ import annotations

from summitkit.lexicons.documents import (
    CREATION_NOUNS,
    CREATION_VERBS,
    DOCUMENT_NOUNS,
    GENERIC_DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    PROPOSAL_CUES,
    STATUS_VERBS,
)
from summitkit.titles.grammar import read_tail
from summitkit.titles.layout import clause_bounds, dice, headline_end, list_items, overlap, stems
from summitkit.titles.nominative import nominative_title, singular_head
from summitkit.titles.title import Title, phrase_case, read_title, title_start
from summitkit.titles.words import (
    Tok,
    head_lemma,
    info,
    is_abbreviation,
    is_adjective,
    is_noun,
    is_verb,
    is_word,
    opens_quote,
    tokens,
)

__all__ = [
    "CREATION_NOUNS", "CREATION_VERBS", "DOCUMENT_NOUNS", "GENERIC_DOCUMENT_NOUNS", "INSTITUTION_NOUNS",
    "PROPOSAL_CUES", "STATUS_VERBS", "Title", "Tok", "clause_bounds", "dice", "head_lemma", "headline_end",
    "info", "is_abbreviation", "is_adjective", "is_noun", "is_verb", "is_word", "list_items", "nominative_title",
    "opens_quote", "overlap", "phrase_case", "read_tail", "read_title", "singular_head", "stems", "title_start",
    "tokens",
]  # fmt: skip
