"""summitkit's way of running natasha's NER gives exactly natasha's entities, for less work."""

from __future__ import annotations

import numpy as np
import pytest
from natasha import Doc

from summitkit import nlp
from summitkit._natasha import segment, tag_ner, viterbi

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


@pytest.mark.parametrize("length", [1, 2, 3, 17, 240])
def test_viterbi_is_slovnets_crf_decode_for_one_sequence(length: int) -> None:
    crf = nlp.ner_tagger().infer.model.head.crf
    rng = np.random.default_rng(length)
    for _ in range(5):
        emissions = rng.normal(scale=4.0, size=(1, length, crf.transitions.array.shape[0])).astype(np.float32)
        (expected,) = crf.decode(emissions, np.ones((1, length), dtype=bool))
        found = viterbi(emissions[0], crf.transitions.array)
        assert found.tolist() == expected.tolist()


def test_viterbi_breaks_ties_as_slovnet_does() -> None:
    crf = nlp.ner_tagger().infer.model.head.crf
    emissions = np.zeros((1, 12, crf.transitions.array.shape[0]), dtype=np.float32)
    (expected,) = crf.decode(emissions, np.ones((1, 12), dtype=bool))
    assert viterbi(emissions[0], crf.transitions.array).tolist() == expected.tolist()
