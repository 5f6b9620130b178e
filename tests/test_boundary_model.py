"""PolNeAR's content boundaries (stancemap/statements/polnear.py and boundary.py): the trained
end model ships and loads offline, it moves ends only within a content's sentence and only
with PolNeAR's conventions, and a relative clause's report keeps its pronoun there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stancemap.model import Article
from stancemap.statements.boundary import MODEL, end_candidates, load_boundary, start_candidates

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train"
MAX_MODEL_BYTES = 1_000_000


def contents(engine, text: str) -> list[tuple[str | None, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(s.cue.text if s.cue else None, s.content.text) for s in doc.statements]


def test_the_shipped_boundary_model_loads_from_the_package() -> None:
    assert MODEL.is_file() and MODEL.stat().st_size < MAX_MODEL_BYTES
    m = load_boundary()
    assert m is not None and m.weights.any()
    assert 0 <= m.margin <= 1 and 0 <= m.start_margin <= 1


def test_candidate_ends_and_starts_stay_in_the_sentence(engine) -> None:
    doc = engine.nlp("The minister said taxes would fall, which pleased firms. Prices rose.")
    lo, hi = 3, 6  # "taxes would fall"
    ends = end_candidates(doc, lo, hi)
    assert hi in ends and max(ends) < doc[hi].sent.end
    starts = start_candidates(doc, lo, hi, doc[2])
    assert lo in starts and min(starts) > 2  # never before the cue "said"


SENTENCES = [
    "The governor said the state should reduce its patrols in the region and said any "
    "attempts to isolate it would fail.",
    "Officials said the talks would resume on Monday in Geneva, where the delegations met.",
    "The senator argued that the bill would raise prices, a claim the White House disputes.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_default_engine_keeps_the_rules_contents(engine, polnear_engine, text) -> None:
    """Only PolNeAR's conventions move ends: the default contents are the rules' own, and a
    moved content still holds the default one's words."""
    default = contents(engine, text)
    polnear = dict(contents(polnear_engine, text))
    for cue, content in default:
        if cue in polnear:
            assert content.rstrip(",.") in polnear[cue] or polnear[cue] in content


def test_a_report_running_past_a_second_said_is_one_attribution(polnear_engine) -> None:
    """When PolNeAR's end takes in "and said Y", the second report is not one of its own."""
    found = contents(polnear_engine, SENTENCES[0])
    inner = [c for cue, c in found if c.startswith("any attempts")]
    outer = [c for cue, c in found if c.startswith("the state should")]
    assert outer and (not inner or not outer[0].endswith("would fail"))


def test_a_relative_clause_report_keeps_its_pronoun(polnear_engine, engine) -> None:
    text = "Many voters registered as independents, which Democrats say could help Sanders."
    assert ("say", "which Democrats say could help Sanders") in contents(polnear_engine, text)
    assert ("say", "could help Sanders") in contents(engine, text)


@pytest.mark.skipif(not TRAIN.is_dir(), reason="no PolNeAR train split")
def test_training_examples_mark_gold_ends(engine) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_boundary_model import examples, statement_docs

    from stancemap.evaluate.polnear import load_polnear

    article = load_polnear(TRAIN)[0]
    doc = statement_docs([engine.nlp(article.text)], [article])[0]
    found = list(examples(doc, article))
    assert found
    for s_feats, s_labels, s_rule, e_feats, e_labels, e_rule in found:
        assert len(s_feats) == len(s_labels) and 0 <= s_rule < len(s_labels)
        assert len(e_feats) == len(e_labels) and 0 <= e_rule < len(e_labels)
    assert sum(any(e[4]) for e in found) > len(found) // 2  # most gold ends are candidates
