"""The people a text names: one Person per official, however often and however mentioned.

Shared by the leaders extractor (which reports them) and the proposals extractor (which needs to
know who proposed what). Computed once per Document through ``Document.memo``.

How it reads a text:

1. Name mentions come from natasha's NER (PER spans, trimmed where NER runs on past a line end),
   from initials glued or spaced before a surname ("К.-Ж.Токаева", "С. Жапаров"), from a capitalised
   unknown word right after a post ("президент ... банка Рено-Бассо"), and from every later case form
   of a surname already found ("Токаевым").
2. Mentions are grouped by surname; the nominative comes from the Russian surname declension
   (pymorphy does not know most Central Asian surnames and guesses "Токаева" as a feminine first name),
   constrained by the case of the post before the name and of a known first name.
3. Posts ("Президент Узбекистана", "генсек ОДКБ", "российского коллегу") before or after a name give
   the role and the country; a post with no name after it ("глава государства", "премьер") refers
   back to the last official it fits, and becomes one more mention of them.
4. People named without a post are officials where the bundled office-holders know them in the text's
   year ("Владимир Путин", "Си Цзиньпин"); the same data gives the state of a post that names none.
   Journalists, photo credits, quoted experts and other people named without any post are left out.

No sentence is morph-tagged: pymorphy's cached parses of single words are enough here.

The stages are modules, each a layer of one class built on ``records._Reading``: ``names`` (declension
and nominatives), ``mentions`` (finding and grouping names), ``posts`` (roles and countries from titles),
``known`` (office-holders from the data), ``references`` (posts standing for a person, countries from
context), ``actors`` (who can speak, by position), ``quotations`` (quotations, lead-ins, transcripts) and
``speakers`` (who says what).
"""

from __future__ import annotations

from summitkit.document import Document
from summitkit.lexicons.parliaments import find_parliaments
from summitkit.people.known import _Known
from summitkit.people.records import Person, _PostHit
from summitkit.people.spans import PositionIndex
from summitkit.people.speakers import _Speakers
from summitkit.people.words import _WORD, _Word

__all__ = ["Person", "people", "speaker_at"]


class _Analysis(_Speakers, _Known):
    """Everything the reading of people takes from one Document, computed once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text)]
        self.word_starts = [w.start for w in self.words]
        self.chambers = find_parliaments(self.text)
        self.chamber_index = PositionIndex(self.chambers)
        self.posts = self._find_posts()
        self.post_by_end = {p.end: p for p in self.posts}
        self.post_by_start: dict[int, _PostHit] = {}
        for post in self.posts:
            self.post_by_start.setdefault(post.start, post)
        mentions = self._raw_mentions()
        groups = self._group(mentions)
        mentions = self._add_surname_mentions(groups, mentions)
        self.dropped = set()
        index = PositionIndex(mentions)
        for m in mentions:
            self._bind(m, index)
        mentions = [m for m in mentions if id(m) not in self.dropped]
        mentions.extend(self._names_after_posts(mentions))
        self.groups = self._group(sorted(mentions, key=lambda m: m.start))
        for g in self.groups:
            self._name_group(g)
            self._role_group(g)
        self._known_officeholders()
        self._colleagues()
        self.refs = self._resolve_references()
        self._context_countries()
        self.persons = self._finish()
        self.actors = self._actors()
        self.quotes = self._quotes()


def _analysis(document: Document) -> _Analysis:
    return document.memo("summitkit.people", _Analysis)


def people(document: Document) -> list[Person]:
    """Every official named in the document, in order of first mention."""
    return list(_analysis(document).persons)


def speaker_at(document: Document, start: int, end: int) -> Person | None:
    """Who says or proposes what stands in ``text[start:end]``: the sentence's subject, the person a
    quotation is attributed to ("..., — сказал Токаев", "По словам Токаева"), or the official a
    title like "глава государства" refers back to. None where the text does not tell.
    """
    if not document.text.strip():
        return None
    return _analysis(document).speaker(start, end)
