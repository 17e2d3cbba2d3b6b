"""natasha's segmentation and NER on a ``Doc``, the same results for less work: the document's hottest stages.

``segment`` is natasha's ``doc.segment(Segmenter())`` without its two wrapper records per token: razdel's
tokens and sentences go straight into natasha's ``DocToken`` and ``DocSent``.

natasha's ``doc.tag_ner(tagger)`` hands slovnet the raw text, which slovnet tokenises again with
razdel, exactly as the segmentation already did for ``doc.tokens``; here the tagger is given those
words. slovnet then decodes the tags with a Viterbi pass written for padded batches, several numpy
calls per word; a text is one unpadded sequence, so the same sums, in the same order, and the same
argmaxes are taken without the batch axis (``viterbi``). A word's ids (its shape and its entry in the
vocabulary) are looked up once per word form, not once per occurrence. Everything else is slovnet's
and natasha's own steps, so ``doc.tokens``, ``doc.sents`` and ``doc.spans`` come out as natasha's
``doc.segment`` and ``doc.tag_ner`` would set them (tests compare them).

``load_embedding`` and ``load_tagger`` load natasha's embedding and taggers for less memory and time:
navec's similarity tables wait until a similarity is asked for, and the taggers share navec's word
vocabulary instead of reading it twice more (see their docstrings).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

import numpy as np
from navec.pq import PQ

from summitkit.nlp import WORD_FORMS

__all__ = ["load_embedding", "load_tagger", "segment", "tag_ner", "viterbi"]

#: slovnet's batch size, as natasha's taggers are loaded with it.
_BATCH = 8


class _Quantizer(PQ):  # type: ignore[misc]  # navec has no type hints
    """navec's product quantizer, its similarity tables made when a similarity is first asked for.

    navec builds them as it loads: 0.3 s, a temporary array of 100 MB (a float per word and part), and
    26 MB kept. Only ``sim`` reads them; the taggers only look vectors up.
    """

    def precompute(self) -> None:
        self.qdims = np.arange(self.qdim)

    @cached_property
    def norm(self) -> Any:
        norm = np.sum(self.codes**2, axis=-1)  # navec's own computation, when it is first needed
        return np.sqrt(np.sum(norm[self.qdims, self.indexes], axis=-1))

    @cached_property
    def ab(self) -> Any:
        return np.matmul(self.codes, np.transpose(self.codes, axes=[0, 2, 1]))


def load_embedding() -> Any:
    """natasha's ``NewsEmbedding()``, without navec's similarity tables until they are used (``_Quantizer``)."""
    from natasha.data import NEWS_EMBEDDING
    from natasha.emb import NewsEmbedding
    from navec.meta import Meta
    from navec.navec import META, PQ_, VOCAB, Navec
    from navec.tar import Tar
    from navec.vocab import Vocab

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vocab = Vocab.from_file(tar.load(VOCAB))
        quantizer = _Quantizer.from_file(tar.load(PQ_))
    embedding = NewsEmbedding.__new__(NewsEmbedding)
    Navec.__init__(embedding, meta, vocab, quantizer)
    return embedding


def load_tagger(kind: Literal["morph", "ner"], embedding: Any) -> Any:
    """``NewsMorphTagger(embedding)`` or ``NewsNERTagger(embedding)``, with navec's word vocabulary.

    slovnet's loader reads each tagger's 250,000-word vocabulary from its pack into a list and a dict
    (about 40 MB and 0.15 s each). Those words are navec's, in navec's order, since the word ids index
    the navec embedding the tagger is given; navec has already read them. Here both taggers encode
    words with navec's own list and dict, and the rest of the pack is read as slovnet reads it (tests
    check the vocabularies are the same words and that tags and entities come out the same).
    """
    from natasha.data import NEWS_MORPH, NEWS_NER
    from natasha.morph.tagger import NewsMorphTagger
    from natasha.ner import NewsNERTagger
    from slovnet.api import NER, Morph
    from slovnet.const import SHAPE, TAG
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import MorphInfer, NERInfer, TagDecoder
    from slovnet.exec.model import NER as NERModel
    from slovnet.exec.model import Morph as MorphModel
    from slovnet.exec.pack import Pack
    from slovnet.vocab import Vocab

    api, model_type, infer_type, tagger_type, path = {
        "morph": (Morph, MorphModel, MorphInfer, NewsMorphTagger, NEWS_MORPH),
        "ner": (NER, NERModel, NERInfer, NewsNERTagger, NEWS_NER),
    }[kind]
    with Pack(path) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(model_type)
        arrays = dict(pack.load_arrays(model.weights))
        shapes, tags = pack.load_vocab(SHAPE), pack.load_vocab(TAG)
    navec = embedding.vocab
    words = Vocab.__new__(Vocab)
    words.items, words.item_ids = navec.words, navec.word_ids
    words.unk_id, words.pad_id = navec.unk_id, navec.pad_id
    infer = infer_type(model.inject_arrays(arrays), TagEncoder(words, shapes, _BATCH), TagDecoder(tags))
    tagger = tagger_type.__new__(tagger_type)
    api.__init__(tagger, infer, _BATCH)
    tagger.navec(embedding)
    return tagger


def segment(doc: Any) -> None:
    """``doc.segment(Segmenter())``: razdel's tokens and sentences of the whole text, tokens put in sentences."""
    from natasha.doc import DocSent, DocToken
    from razdel import sentenize, tokenize

    text = doc.text
    doc.tokens = [DocToken(t.start, t.stop, t.text) for t in tokenize(text)]
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
