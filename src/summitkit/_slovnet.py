"""slovnet's NER network and CRF decoding for one unpadded sequence: the same floats for less work.

slovnet runs its tagger on padded batches laid out channels first (batch x features x words). For one
sequence that layout costs more than the arithmetic around it:

- the embedding gathers navec's product-quantised codes with a two-axis fancy index (``emb``);
- each convolution builds its windows by reading the input across channels, one cache line per
  channel and word, and pads and copies the input again between layers (``conv``);
- the CRF's Viterbi pass makes several numpy calls per word for a batch axis of one (``viterbi``).

Here the sequence stays words x features from the embedding to the tag scores. Every array handed to
numpy's matmul (the convolution windows, the weights, the biases) holds the same numbers, in the
same order and layout, as slovnet's, and the elementwise steps (ReLU, batch norm, the Viterbi sums)
are the same operations in the same order; so the tag scores and the tags are slovnet's, bit for bit
(tests compare them with slovnet's own modules).
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["emissions", "viterbi"]


def emissions(model: Any, word_ids: list[int], shape_ids: list[int]) -> Any:
    """slovnet's ``NER(word_id, shape_id, pad_mask)`` for one unpadded sequence: words x tags scores."""
    x = np.concatenate((emb(model.emb.word, word_ids), model.emb.shape.weight.array[shape_ids]), axis=-1)
    for layer in model.encoder.layers:
        x = conv(layer, x)
    proj = model.head.proj
    return np.matmul(x, proj.weight.array) + proj.bias.array


def emb(navec: Any, word_ids: list[int]) -> Any:
    """slovnet's ``NavecEmbedding``: each word's vector put together from navec's code books (words x dim).

    Code ``c`` of sub-vector ``q`` is row ``q * centroids + c`` of the code books seen as one table,
    so one gather along the first axis does what slovnet's two-axis index does.
    """
    codes = navec.codes.array
    parts, centroids, chunk = codes.shape
    rows = navec.indexes.array[word_ids].astype(np.intp)
    rows += np.arange(parts, dtype=np.intp) * centroids
    return np.take(codes.reshape(parts * centroids, chunk), rows, axis=0).reshape(len(word_ids), parts * chunk)


def conv(layer: Any, x: Any) -> Any:
    """slovnet's ``CNNEncoderLayer`` (convolution, ReLU, batch norm) on words x channels."""
    weight, padding = layer.conv.weight, layer.conv.padding
    filters, width, kernel = weight.shape
    words = x.shape[0]
    padded = np.zeros((words + 2 * padding, width), dtype=x.dtype)
    padded[padding : padding + words] = x
    count = words + 2 * padding - kernel + 1
    windows = np.empty((count, width, kernel), dtype=x.dtype)  # slovnet's im2col: channel-major, then offset
    for offset in range(kernel):
        windows[:, :, offset] = padded[offset : offset + count]
    out = np.matmul(windows.reshape(count, width * kernel), weight.array.reshape(filters, width * kernel).T)
    out = (out + layer.conv.bias.array).clip(0)
    norm = layer.norm
    return (out - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array


def viterbi(emissions: Any, transitions: Any) -> Any:
    """slovnet's ``CRF.decode`` for one unpadded sequence (words x tags): the best tag per word.

    Each step adds, as slovnet does, the previous scores and the transitions, then the word's
    emissions; the best score per tag is read at its argmax rather than reduced a second time.
    """
    tags = np.arange(transitions.shape[1])
    score = emissions[0]
    history = []
    for row in emissions[1:]:
        scores = score[:, None] + transitions
        scores += row
        best = scores.argmax(0)
        history.append(best)
        score = scores[best, tags]
    last = int(score.argmax())
    path = [last]
    for indexes in reversed(history):
        last = indexes[last]
        path.append(last)
    path.reverse()
    return np.array(path)
