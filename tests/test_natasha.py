"""summitkit's way of running natasha's NER gives exactly natasha's entities, for less work."""

from __future__ import annotations

import numpy as np
import pytest
from natasha import Doc

from summitkit import nlp
from summitkit._natasha import segment, tag_ner
from summitkit._natasha_models import load_embedding, load_tagger

TEXT = (
    "Президент Казахстана Касым-Жомарт Токаев встретился в Астане с премьер-министром Японии.\n"
    "Стороны подписали в Ташкенте соглашение о сотрудничестве, сообщила пресс-служба МИД Узбекистана.\n"
    "Глава Еврокомиссии Урсула фон дер Ляйен прибудет на саммит ШОС в Бишкеке"
)


def test_segment_sets_the_tokens_and_sentences_natashas_segment_sets() -> None:
    ours, theirs = Doc(TEXT), Doc(TEXT)
    segment(ours)
    theirs.segment(nlp.segmenter())
    assert [tuple(t) for t in ours.tokens] == [tuple(t) for t in theirs.tokens]
    assert [(s.start, s.stop, s.text, [tuple(t) for t in s.tokens]) for s in ours.sents] == [
        (s.start, s.stop, s.text, [tuple(t) for t in s.tokens]) for s in theirs.sents
    ]
    assert len(ours.sents) == 3


def test_segment_of_an_empty_text_has_no_sentences() -> None:
    doc = Doc("")
    segment(doc)
    assert doc.tokens == [] and doc.sents == []


def _spans(doc: Doc) -> list[tuple[int, int, str, str, list[tuple[int, int]]]]:
    return [(s.start, s.stop, s.type, s.text, [(t.start, t.stop) for t in s.tokens]) for s in doc.spans]


def test_tag_ner_sets_the_spans_natashas_tag_ner_sets() -> None:
    ours, theirs = Doc(TEXT), Doc(TEXT)
    for doc in (ours, theirs):
        doc.segment(nlp.segmenter())
    theirs.tag_ner(nlp.ner_tagger())
    tag_ner(ours, nlp.ner_tagger())
    assert _spans(ours) == _spans(theirs)
    assert {s.type for s in ours.spans} == {"PER", "LOC", "ORG"}
    assert [[(s.start, s.stop) for s in sent.spans] for sent in ours.sents] == [
        [(s.start, s.stop) for s in sent.spans] for sent in theirs.sents
    ]


def test_the_embedding_loaded_lazily_gives_navecs_vectors_and_similarities() -> None:
    from natasha import NewsEmbedding

    ours, theirs = load_embedding(), NewsEmbedding()
    assert "ab" not in vars(ours.pq) and "norm" not in vars(ours.pq)  # not made at load
    assert ours.vocab.words == theirs.vocab.words and ours.meta == theirs.meta
    assert np.array_equal(ours["саммит"], theirs["саммит"])
    assert ours.sim("саммит", "встреча") == pytest.approx(theirs.sim("саммит", "встреча"), rel=1e-6)
    assert np.array_equal(ours.pq.ab, theirs.pq.ab) and np.array_equal(ours.pq.norm, theirs.pq.norm)


@pytest.mark.parametrize("path", ["NEWS_MORPH", "NEWS_NER"])
def test_each_taggers_pack_holds_navecs_words_in_navecs_order(path: str) -> None:
    import natasha.data
    from slovnet.const import WORD
    from slovnet.exec.pack import Pack

    with Pack(getattr(natasha.data, path)) as pack:
        words = pack.load_vocab(WORD)
    assert words.items == nlp.embedding().vocab.words


def test_taggers_loaded_with_navecs_words_tag_as_natashas_own() -> None:
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger

    embedding = nlp.embedding()
    ours, theirs = Doc(TEXT), Doc(TEXT)
    for doc, morph, ner in (
        (ours, load_tagger("morph", embedding), load_tagger("ner", embedding)),
        (theirs, NewsMorphTagger(NewsEmbedding()), NewsNERTagger(NewsEmbedding())),
    ):
        doc.segment(nlp.segmenter())
        doc.tag_morph(morph)
        doc.tag_ner(ner)
    assert [(t.text, t.pos, t.feats) for t in ours.tokens] == [(t.text, t.pos, t.feats) for t in theirs.tokens]
    assert _spans(ours) == _spans(theirs) and len(ours.spans) > 5
    assert nlp.morph_tagger().infer.encoder.words_vocab.item_ids is embedding.vocab.word_ids
