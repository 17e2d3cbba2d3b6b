"""natasha's embedding and taggers, loaded for less memory and time than natasha's own constructors.

natasha's ``NewsEmbedding()`` has navec build similarity tables as it loads, which nothing here
reads, and ``NewsMorphTagger``/``NewsNERTagger`` each read a 250,000-word vocabulary that navec has
already read. ``load_embedding`` and ``load_tagger`` give the same objects without that work: models
of 146 MB instead of 263, loaded in about two thirds of the time. Tests compare their vectors, tags
and entities with natasha's own.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

import numpy as np
from navec.pq import PQ

__all__ = ["load_embedding", "load_tagger"]

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
