"""natasha's segmentation and NER on a ``Doc``, the same results for less work: the document's hottest stages.

``segment`` is natasha's ``doc.segment(Segmenter())`` without its two wrapper records per token: razdel's
tokens (by ``summitkit._tokens``, the same tokens faster) and sentences go straight into natasha's
``DocToken`` and ``DocSent``.

natasha's ``doc.tag_ner(tagger)`` hands slovnet the raw text, which slovnet tokenises again with
razdel, exactly as the segmentation already did for ``doc.tokens``; here the tagger is given those
words. A word's ids (its shape and its entry in the vocabulary) are looked up once per word form, not
once per occurrence. slovnet's network and Viterbi pass are written for padded batches; a text is one
unpadded sequence, run by ``summitkit._slovnet`` with the same arithmetic and no batch axis. The tags
become spans as slovnet's ``bio_spans`` makes them, visiting only the words not tagged O. So
``doc.tokens``, ``doc.sents`` and ``doc.spans`` come out as natasha's ``doc.segment`` and
``doc.tag_ner`` would set them (tests compare them).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
from slovnet.bio import parse_bio
from slovnet.const import B, I, O

from summitkit._slovnet import emissions, viterbi
from summitkit._tokens import tokenize
from summitkit.nlp import WORD_FORMS

__all__ = ["segment", "tag_ner"]


def segment(doc: Any) -> None:
    """``doc.segment(Segmenter())``: razdel's tokens and sentences of the whole text, tokens put in sentences."""
    from natasha.doc import DocSent, DocToken
    from razdel import sentenize

    text = doc.text
    doc.tokens = [DocToken(start, stop, token) for start, stop, token in tokenize(text)]
    doc.sents = [DocSent(s.start, s.stop, s.text) for s in sentenize(text)] if text else []
    doc.envelop_sent_tokens()


def tag_ner(doc: Any, tagger: Any) -> None:
    """``doc.tag_ner(tagger)`` for a natasha ``Doc`` already segmented, and not blank."""
    from natasha.doc import DocSpan

    infer = tagger.infer
    word_ids, shape_ids = _encoded(infer.encoder, [token.text for token in doc.tokens])
    model = infer.model
    tags = viterbi(emissions(model, word_ids, shape_ids), model.head.crf.transitions.array)
    text = doc.text
    doc.spans = [
        DocSpan(start, stop, type, text[start:stop])
        for start, stop, type in _bio_spans(doc.tokens, tags, infer.decoder.tags_vocab.items)
    ]
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


def _bio_spans(tokens: list[Any], tags: Any, names: list[str]) -> Iterator[tuple[int, int, str]]:
    """slovnet's ``bio_spans`` over the tokens' tags, visiting only the words not tagged O.

    As there, a B opens a span, an I stretches the open one whatever its type, and an O (here: a gap
    between two visited words) closes it.
    """
    parts = [parse_bio(name) for name in names]
    outside = names.index(O)
    open_type: str | None = None
    start = stop = 0
    last = -2
    for index in np.flatnonzero(tags != outside).tolist():
        if index != last + 1 and open_type:
            yield start, stop, open_type
            open_type = None
        part, type = parts[tags[index]]
        token = tokens[index]
        if part == B:
            if open_type:
                yield start, stop, open_type
            open_type, start, stop = type, token.start, token.stop
        elif part == I:
            stop = token.stop
        last = index
    if open_type:
        yield start, stop, open_type


#: Each encoder's ids of the word forms it has seen (kept with the encoder they belong to).
_IDS: dict[int, tuple[Any, dict[str, tuple[int, int]]]] = {}
_MAX_IDS = 4 * WORD_FORMS  # small entries (two ints a form): more of them than of parses


def _encoded(encoder: Any, words: list[str]) -> tuple[list[int], list[int]]:
    """slovnet's ``WordShapeEncoder.item``: every word's id and its shape's id, cached per word form."""
    owner, known = _IDS.get(id(encoder), (None, {}))
    if owner is not encoder or len(known) > _MAX_IDS:
        known = {}
        _IDS[id(encoder)] = (encoder, known)
    word_ids, shape_ids = [], []
    for word in words:
        ids = known.get(word)
        if ids is None:
            ((word_id,), (shape_id,)) = encoder.item([word])
            ids = known[word] = (word_id, shape_id)
        word_ids.append(ids[0])
        shape_ids.append(ids[1])
    return word_ids, shape_ids
