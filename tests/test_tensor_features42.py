"""The attribution model's contextual vectors (stop 42): spaCy's tok2vec output (``doc.tensor``)
of a candidate cue's context and of a candidate span, read by weights that have them."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from stancemap.statements.learned import (
    SPAN_SLOTS,
    TENSOR_SLOTS,
    cue_context,
    load_model,
    span_tensor,
    tensor_features,
)

OUTSIDE = lambda _c: False  # noqa: E731  (no quotation anywhere)


@pytest.fixture(scope="module")
def doc(engine):
    return engine.nlp("The harbour master warned on Friday that the old pier could collapse.")


def test_the_parse_gives_every_word_a_contextual_vector(doc) -> None:
    assert doc.tensor.shape == (len(doc), 96)


def test_a_cues_context_vectors_are_its_words_rows_at_unit_length(doc) -> None:
    verb = doc[3]
    assert verb.text == "warned"
    words = cue_context(verb)
    f = tensor_features(verb, 96)
    assert f.shape == (TENSOR_SLOTS * 96,)
    for slot, w in enumerate(words):
        part = f[slot * 96:(slot + 1) * 96]
        if w is None:  # the root has no head: that slot reads zeros
            assert not part.any()
        else:
            assert np.isclose(np.linalg.norm(part), 1.0, atol=1e-5)
            assert np.allclose(part * np.linalg.norm(doc.tensor[w.i]), doc.tensor[w.i],
                               atol=1e-4)


def test_a_doc_without_the_tensor_reads_zeros(engine) -> None:
    from spacy.tokens import Doc

    bare = Doc(engine.nlp.vocab, words=["Ministers", "said", "no"])
    assert not tensor_features(bare[1], 96).any()
    assert not span_tensor(bare[1], ("c:dobj", 2, 2), 96).any()


def test_a_span_reads_its_first_last_and_head_words(doc) -> None:
    verb = doc[3]
    lo, hi = 7, len(doc) - 2  # "the old pier could collapse"
    f = span_tensor(verb, ("c:ccomp", lo, hi), 96)
    assert f.shape == (SPAN_SLOTS * 96,)
    head = doc[lo:hi + 1].root.i
    assert doc[head].text == "collapse"
    for slot, i in enumerate((lo, hi, head)):
        assert np.isclose(float(f[slot * 96:(slot + 1) * 96] @ doc.tensor[i]),
                          float(np.linalg.norm(doc.tensor[i])), rtol=1e-4)


def test_contextual_weights_move_the_cue_score_and_round_trip(doc, tmp_path) -> None:
    m = load_model()
    verb = doc[3]
    f = tensor_features(verb, 96)
    plain = dataclasses.replace(m, cue_t=None, any_t=None, beside_any_t=None, span_t=None,
                                beside_span_t=None)
    toward = dataclasses.replace(plain, cue_t=(2.0 * f).astype(np.float32))
    assert toward.cue_score(verb, OUTSIDE) > plain.cue_score(verb, OUTSIDE)
    away = dataclasses.replace(plain, cue_t=(-2.0 * f).astype(np.float32))
    assert away.cue_score(verb, OUTSIDE) < plain.cue_score(verb, OUTSIDE)
    toward.save(tmp_path / "t.npz")
    again = load_model(tmp_path / "t.npz")
    assert again.cue_t is not None and again.beside_rules().cue_t is not None
    assert abs(again.cue_score(verb, OUTSIDE) - toward.cue_score(verb, OUTSIDE)) < 1e-6


def test_span_weights_pick_the_span_they_point_at(doc) -> None:
    from stancemap.statements.learned import content_candidates

    m = load_model()
    verb = doc[3]
    p = m.cue_score(verb, OUTSIDE)
    cands = content_candidates(verb, True)
    assert len(cands) > 1
    for want in cands:
        pull = (100.0 * span_tensor(verb, want, 96)).astype(np.float32)
        best = dataclasses.replace(m, span_t=pull).best_pair(verb, p, OUTSIDE)
        assert best is not None and best[1] == want
