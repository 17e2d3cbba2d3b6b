"""summitkit's run of slovnet's NER network and CRF gives slovnet's numbers, bit for bit."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slovnet.bio import bio_spans
from slovnet.token import Token

from summitkit import nlp
from summitkit._natasha import _bio_spans
from summitkit._slovnet import conv, emb, emissions, viterbi


def _model() -> Any:
    return nlp.ner_tagger().infer.model


def _ids(length: int, seed: int) -> tuple[list[int], list[int]]:
    model, rng = _model(), np.random.default_rng(seed)
    words = model.emb.word.indexes.shape[0]
    shapes = model.emb.shape.weight.shape[0]
    return rng.integers(0, words, length).tolist(), rng.integers(0, shapes, length).tolist()


@pytest.mark.parametrize("length", [1, 2, 5, 64, 333])
def test_the_tag_scores_are_slovnets_for_one_sequence(length: int) -> None:
    model = _model()
    word_ids, shape_ids = _ids(length, length)
    expected = model(np.array([word_ids]), np.array([shape_ids]), np.zeros((1, length), dtype=bool))
    found = emissions(model, word_ids, shape_ids)
    assert found.dtype == expected.dtype and found.shape == expected.shape[1:]
    assert np.array_equal(found, expected[0])  # equal, not close: the same arithmetic


def test_the_embedding_is_navecs_vectors_put_together_from_its_codes() -> None:
    model = _model()
    word_ids, _ = _ids(50, 1)
    assert np.array_equal(emb(model.emb.word, word_ids), model.emb.word(np.array([word_ids]))[0])


def test_each_convolution_layer_is_slovnets_on_words_by_channels() -> None:
    layer = _model().encoder.layers[1]
    x = np.random.default_rng(2).normal(size=(40, layer.conv.weight.shape[1])).astype(np.float32)
    expected = layer(np.ascontiguousarray(x.T[None]))[0].T  # slovnet: batch x channels x words
    assert np.array_equal(conv(layer, x), expected)


@pytest.mark.parametrize("length", [1, 2, 3, 17, 240])
def test_viterbi_is_slovnets_crf_decode_for_one_sequence(length: int) -> None:
    crf = _model().head.crf
    rng = np.random.default_rng(length)
    for _ in range(5):
        scores = rng.normal(scale=4.0, size=(1, length, crf.transitions.array.shape[0])).astype(np.float32)
        (expected,) = crf.decode(scores, np.ones((1, length), dtype=bool))
        assert viterbi(scores[0], crf.transitions.array).tolist() == expected.tolist()


def test_viterbi_breaks_ties_as_slovnet_does() -> None:
    crf = _model().head.crf
    scores = np.zeros((1, 12, crf.transitions.array.shape[0]), dtype=np.float32)
    (expected,) = crf.decode(scores, np.ones((1, 12), dtype=bool))
    assert viterbi(scores[0], crf.transitions.array).tolist() == expected.tolist()


_TAGS = ["<pad>", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, len(_TAGS) - 1), max_size=30))
def test_tags_become_the_spans_slovnets_bio_spans_makes(tags: list[int]) -> None:
    tokens = [Token(3 * i, 3 * i + 2, "ab") for i in range(len(tags))]
    expected = [(s.start, s.stop, s.type) for s in bio_spans(tokens, [_TAGS[t] for t in tags])]
    assert list(_bio_spans(tokens, np.array(tags, dtype=np.int64), _TAGS)) == expected


def test_an_i_after_an_o_opens_nothing_and_an_i_of_another_type_stretches_the_span() -> None:
    tokens = [Token(3 * i, 3 * i + 2, "ab") for i in range(5)]
    tags = np.array([_TAGS.index(t) for t in ["I-PER", "O", "B-LOC", "I-ORG", "O"]])
    assert list(_bio_spans(tokens, tags, _TAGS)) == [(6, 11, "LOC")]
