"""natasha's NER on a segmented ``Doc``, the same entities for less work: the document's hottest stage.

natasha's ``doc.tag_ner(tagger)`` hands slovnet the raw text, which slovnet tokenises again with
razdel, exactly as natasha's segmenter already did for ``doc.tokens``; here the tagger is given those
words. slovnet then decodes the tags with a Viterbi pass written for padded batches, several numpy
calls per word; a text is one unpadded sequence, so the same sums, in the same order, and the same
argmaxes are taken without the batch axis (``viterbi``). Everything else is slovnet's and natasha's
own steps, so ``doc.spans`` comes out as ``doc.tag_ner`` would set it (a test compares the two).
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["tag_ner", "viterbi"]


def tag_ner(doc: Any, tagger: Any) -> None:
    """``doc.tag_ner(tagger)`` for a natasha ``Doc`` already segmented, and not blank."""
    from natasha.doc import DocSpan
    from slovnet.markup import BIOMarkup

    infer = tagger.infer
    words = [token.text for token in doc.tokens]
    (tags,) = infer.decoder(_decode(infer, infer.encoder([words])))
    markup = BIOMarkup.from_tuples(zip(words, tags, strict=False)).to_span(doc.text)
    doc.spans = [DocSpan(s.start, s.stop, s.type, doc.text[s.start : s.stop]) for s in markup.spans]
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


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
