"""One parsed text: the original string and natasha's analysis, computed layer by layer on demand.

Extractors only read a Document. Sentences and tokens come first (razdel, cheap); named entities
run natasha's NER over the whole text; morphology is tagged per sentence, only for the sentences
someone asks about, because the morphology tagger is the most expensive stage of natasha.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, TypeVar

from summitkit import nlp
from summitkit.models import Diagnostic, Span

__all__ = ["Document", "Entity", "Layer", "Sentence", "Token"]

#: The analysis layers an extractor can declare in ``requires``.
Layer = Literal["sentences", "entities", "morph"]

EntityType = Literal["PER", "LOC", "ORG"]

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its offsets; ``pos``/``feats`` are set on morph-tagged tokens."""

    start: int
    end: int
    text: str
    pos: str | None = None
    feats: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its offsets and tokens; ``index`` is its position in the Document."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity found by natasha's NER: a person, a location or an organisation."""

    type: EntityType
    start: int
    end: int
    text: str


class Document:
    """The text and its analysis. Build one per text; every extractor reads the same one."""

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str, not {type(text).__name__}")
        self._text = text
        self._morph_done: set[int] = set()
        self._normal: dict[tuple[int, int], str] = {}
        self._memo: dict[str, Any] = {}
        self._diagnostics: list[Diagnostic] = []

    @property
    def text(self) -> str:
        """The original text; every offset points into it. Read-only: extractors share it."""
        return self._text

    def __setattr__(self, name: str, value: Any) -> None:
        """Extractors only read a Document: its public attributes cannot be set or replaced."""
        if not name.startswith("_"):
            raise AttributeError(f"Document is read-only to extractors: cannot set {name!r}")
        object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        preview = self.text[:40].replace("\n", " ")
        return f"Document({preview!r}{'...' if len(self.text) > 40 else ''})"

    def memo(self, key: str, compute: Callable[[Document], _T]) -> _T:
        """Work several extractors share (the people in the text, say), computed once per Document.

        ``key`` should be namespaced by the module that owns the work ("summitkit.people").
        """
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]  # type: ignore[no-any-return]

    def release(self) -> None:
        """Drop the work ``memo`` keeps, once every extractor has read the Document.

        That work points back at the Document (the people of a text keep the text's Document), so the two
        form a cycle that only Python's garbage collector frees, after every token and mention of the
        text has been carried through its younger generations; the pipeline releases the Documents it
        builds, and they go as soon as their report is made.
        """
        self._memo.clear()

    def diagnose(self, code: str, message: str, *, start: int | None = None, end: int | None = None) -> None:
        """Record something the user should know (an amount set aside, say) without failing the run.

        The pipeline puts it on the report, naming the extractor that was running as its source.
        """
        span = self.span(start, end) if start is not None and end is not None else None
        self._diagnostics.append(Diagnostic(code=code, message=message, span=span))

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """What was recorded with ``diagnose``, in order."""
        return tuple(self._diagnostics)

    def span(self, start: int, end: int) -> Span:
        """Evidence for ``text[start:end]``."""
        return Span.of(self.text, start, end)

    # -- layers ---------------------------------------------------------------------------------

    @cached_property
    def _doc(self) -> Any:
        from natasha import Doc  # natasha (and numpy) load on first use, not on ``import summitkit``

        from summitkit._natasha import segment

        doc = Doc(self.text)
        segment(doc)
        return doc

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences with their tokens: razdel's, cut again at line breaks and after a money
        abbreviation that ends a sentence, since news put headlines, datelines and photo credits on
        lines of their own without a full stop, and razdel reads "млрд. Президент" as one sentence.
        """
        tokens = self._doc.tokens
        out: list[Sentence] = []
        for raw_start, raw_end in _rejoined(self.text, [(raw.start, raw.stop) for raw in self._doc.sents]):
            for start, end in _pieces(self.text, raw_start, raw_end):
                lo = bisect.bisect_left(self._token_starts, start)
                hi = bisect.bisect_left(self._token_starts, end)
                words = tuple(Token(t.start, t.stop, t.text) for t in tokens[lo:hi])
                out.append(Sentence(len(out), start, end, self.text[start:end], words))
        return tuple(out)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self._doc.tokens]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding the character at ``offset`` (or the one before it)."""
        if not self.sentences:
            raise ValueError("the document has no sentences")
        index = max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[index]

    @cached_property
    def entities(self) -> tuple[Entity, ...]:
        """Named entities (PER, LOC, ORG) from natasha's NER tagger, in text order."""
        doc = self._doc
        if not self.text.strip():
            return ()
        from summitkit._natasha import tag_ner

        tag_ner(doc, nlp.ner_tagger())
        return tuple(Entity(s.type, s.start, s.stop, s.text) for s in doc.spans)

    @cached_property
    def _entity_starts(self) -> list[int]:
        return [e.start for e in self.entities]

    def entities_in(self, start: int, end: int, type: EntityType | None = None) -> list[Entity]:
        """Entities lying within ``[start, end)``, optionally of one type (looked up by position)."""
        entities = self.entities
        out = []
        for i in range(bisect.bisect_left(self._entity_starts, start), len(entities)):
            entity = entities[i]
            if entity.start >= end:
                break
            if entity.end <= end and (type is None or entity.type == type):
                out.append(entity)
        return out

    def morph(self, sentence: Sentence) -> tuple[Token, ...]:
        """The sentence's tokens with part of speech and grammatical features (tagged once, on demand)."""
        lo = bisect.bisect_left(self._token_starts, sentence.start)
        raw = self._doc.tokens[lo : lo + len(sentence.tokens)]
        if sentence.index not in self._morph_done:
            if raw:
                from natasha.doc import inject_morph

                (markup,) = nlp.morph_tagger().map([[t.text for t in raw]])
                inject_morph(raw, markup.tokens)
            self._morph_done.add(sentence.index)
        return tuple(Token(t.start, t.stop, t.text, t.pos, dict(t.feats or {})) for t in raw)

    def normal(self, entity: Entity) -> str:
        """The entity in the nominative (natasha's normaliser over morph-tagged tokens).

        natasha drops ё on the way; where the text spells a word with ё, it is put back.
        """
        key = (entity.start, entity.end)
        if key not in self._normal:
            sentences = self.sentences
            first = max(0, bisect.bisect_right(self._sentence_starts, entity.start) - 1)
            for i in range(first, bisect.bisect_left(self._sentence_starts, entity.end)):
                if sentences[i].start < entity.end and entity.start < sentences[i].end:
                    self.morph(sentences[i])
            lo = bisect.bisect_left(self._token_starts, entity.start)
            hi = bisect.bisect_left(self._token_starts, entity.end)
            tokens = [t for t in self._doc.tokens[lo:hi] if t.stop <= entity.end]
            from natasha.norm import normalize

            value = normalize(nlp.vocab(), tokens) if tokens else entity.text
            self._normal[key] = _restore_yo(value, entity.text)
        return self._normal[key]


#: A money abbreviation that razdel takes for the middle of a sentence though a new one starts
#: (a capitalised word, a one-letter preposition or an opening quote follows; not "долл. США").
_ABBREVIATION_END = re.compile(r"(?:млрд|млн|трлн|тыс|долл|руб)\.(?=\s+[«\"„“(]?[А-ЯЁ](?:[а-яё]|\s))")


#: razdel ends a sentence at "долл." even where the currency's country follows: "млн долл. США".
_SPLIT_CURRENCY = re.compile(r"долл\.\s*$")


def _rejoined(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """razdel's sentences, with "... долл." and "США ..." put back together."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        if out and _SPLIT_CURRENCY.search(text, out[-1][0], out[-1][1]) and text.startswith("США", start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at line breaks and money abbreviations, each piece without its
    surrounding white space; empty pieces are dropped."""
    cuts = [start]
    for m in re.finditer(r"\n", text[start:end]):
        cuts.append(start + m.end())
    for m in _ABBREVIATION_END.finditer(text, start, end):
        cuts.append(m.end())
    cuts = [*sorted(set(cuts)), end]
    pieces = []
    for a, b in itertools.pairwise(cuts):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            pieces.append((a + lead, a + trail))
    return pieces


def _restore_yo(normal: str, original: str) -> str:
    """Put back the ё that normalisation dropped, word by word: "Семенов" from "Семёновым" is "Семёнов"."""
    if "ё" not in original.lower():
        return normal
    originals = original.split()
    words = normal.split(" ")
    if len(originals) != len(words):
        return normal
    for i, (word, source) in enumerate(zip(words, originals, strict=True)):
        letters = list(word)
        for k, char in enumerate(source[: len(word)]):
            if char in "ёЁ" and letters[k] in "еЕ" and word[:k].lower() == source[:k].lower().replace("ё", "е"):
                letters[k] = char
        words[i] = "".join(letters)
    return " ".join(words)
