"""natasha's segmentation and NER on a ``Doc``, the same results for less work: the document's hottest stages.

``segment`` is natasha's ``doc.segment(Segmenter())`` without its two wrapper records per token: razdel's
tokens (by ``summitkit._tokens``, the same tokens faster) and sentences go straight into natasha's
``DocToken`` and ``DocSent``.

natasha's ``doc.tag_ner(tagger)`` hands slovnet the raw text, which slovnet tokenises again with
razdel, exactly as the segmentation already did for ``doc.tokens``; here the tagger is given those
words. slovnet then decodes the tags with a Viterbi pass written for padded batches, several numpy
calls per word; a text is one unpadded sequence, so the same sums, in the same order, and the same
argmaxes are taken without the batch axis (``viterbi``). A word's ids (its shape and its entry in the
vocabulary) are looked up once per word form, not once per occurrence. Everything else is slovnet's
and natasha's own steps, so ``doc.tokens``, ``doc.sents`` and ``doc.spans`` come out as natasha's
``doc.segment`` and ``doc.tag_ner`` would set them (tests compare them).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from summitkit._tokens import tokenize
from summitkit.nlp import WORD_FORMS

__all__ = ["segment", "tag_ner", "viterbi"]


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
    from slovnet.markup import BIOMarkup

    infer = tagger.infer
    words = [token.text for token in doc.tokens]
    encoder = infer.encoder
    (tags,) = infer.decoder(_decode(infer, [encoder.input([_encoded(encoder, words)])]))
    markup = BIOMarkup.from_tuples(zip(words, tags, strict=False)).to_span(doc.text)
    doc.spans = [DocSpan(s.start, s.stop, s.type, doc.text[s.start : s.stop]) for s in markup.spans]
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


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


def _decode(infer: Any, inputs: Any) -> Any:
    """slovnet's ``NERInfer.process``: tag scores by the model, then the best path through the CRF."""
    crf = infer.model.head.crf
    for batch in inputs:
        emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)
        if emissions.shape[0] == 1 and not batch.pad_mask.any():
            yield viterbi(emissions[0], crf.transitions.array)
        else:
            yield from crf.decode(emissions, ~batch.pad_mask)


def viterbi(emissions: Any, transitions: Any) -> Any:
    """slovnet's ``CRF.decode`` for one unpadded sequence (words x tags): the best tag per word."""
    score = emissions[0]
    history = []
    for index in range(1, emissions.shape[0]):
        scores = score[:, None] + transitions + emissions[index]  # previous tag x tag
        history.append(scores.argmax(0))
        score = scores.max(0)
    best = score.argmax()
    path = [best]
    for indexes in reversed(history):
        best = indexes[best]
        path.append(best)
    path.reverse()
    return np.array(path)
