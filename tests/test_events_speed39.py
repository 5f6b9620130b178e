"""The event stage's caches and short cuts (stop 39, issue #12's 2 ms): they change no output."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.events import EventStage, Lexicon
from stancemap.events.cameo import CameoDictionary
from stancemap.events.coder import _Coder
from stancemap.events.keep import takes_dropped
from stancemap.events.lexicon import Entry, _table_index, load_lexicon
from stancemap.model import Article


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


def _events(engine, text: str, stage: EventStage | None = None) -> list[tuple]:
    stages = [stage if stage is not None and isinstance(s, EventStage) else s
              for s in engine.stages]
    old, engine.stages = engine.stages, stages
    try:
        doc = engine.analyze(Article(id="t", text=text, date="2025-05-02"))
    finally:
        engine.stages = old
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source or ""), names.get(e.target or ""), e.cameo,
             e.evidence.start, e.evidence.end) for e in doc.events]


FIRST = ("Norway accused Sweden of hiding the report. The two sides later met in Oslo, and "
         "both sides condemned the attack on the embassy.")
SECOND = ("Chile chastised Peru over the fishing dispute. Peru denied it, and the two sides "
          "said they would meet again in Lima next week.")


def test_a_documents_memo_does_not_leak_into_the_next(engine):
    """The per-document memos (actors per token, frames, classes) are the coder's own: two
    texts read in either order give the same events."""
    stage = EventStage()
    one = [_events(engine, t, stage) for t in (FIRST, SECOND)]
    other = [_events(engine, t, stage) for t in (SECOND, FIRST)]
    assert one == other[::-1]
    assert one[0] and one[1]


def test_the_key_shapes_of_a_lemma():
    """Only keys of a shape the table has for the lemma are built: the classes its keys
    name, the words before an object, the second words of longer keys."""
    e = Entry("ACCUSE", None)
    index = _table_index({"call on [@actor]": e, "call": e, "take part in": e,
                          "[police] fire": e, "fire at [army]": e})
    assert index["call"].classes == {"actor"} and index["call"].object_parts == {"on"}
    assert index["take"].phrase_words == {"part"} and not index["take"].subject
    assert index["fire"].subject and index["fire"].object_parts == {"at"}
    assert index["fire"].classes == frozenset()


def test_a_class_key_after_a_particle_is_still_found(engine, tmp_path: Path):
    verbs = tmp_path / "cameo_verbs.tsv"
    verbs.write_text("fend off [@actor]\t111\tACCUSE\tdisapprove\tdisapprove\tDENOUNCE\n"
                     "fend off [@weapon]\t190\tASSAULT\t\t\tFIGHT\n")
    lex = Lexicon.load(cameo=False)
    lex.cameo = CameoDictionary.load(verbs, None)
    found = _events(engine, "Ghana fended off Togo at the summit.", EventStage(lexicon=lex))
    assert [e[:4] for e in found] == [("ACCUSE", "Ghana", "Togo", "111")]


def test_no_dropped_candidate_is_noted_for_a_model_that_takes_none(engine):
    """With ``t2`` 1 the keep model keeps no dropped candidate: the coder does not note them,
    and the events are those it codes when it does."""
    assert not takes_dropped({"t2": 1.0}) and takes_dropped({"t2": 0.9})
    stage = next(s for s in engine.stages if isinstance(s, EventStage))
    before = engine.stages[:engine.stages.index(stage)]
    text = ("Peru would not chastise Chile, its foreign minister said. Bolivia accused Chile "
            "of delaying the talks.")
    out = []
    for dropped in (True, False):
        doc = engine.nlp(text)
        doc._.article = Article(id="t", text=text, date="2025-05-02")
        for s in before:
            doc = s(doc)
        coder = _Coder(doc, load_lexicon(), candidates=True, dropped=dropped)
        events = coder.run()
        out.append(([(e.type, e.source, e.target, e.evidence.start) for e in events],
                    [coder.ev_feats.get(id(e)) for e in events], coder.dropped))
    (with_notes, feats, notes), (without, feats2, none) = out
    assert with_notes == without and feats == feats2
    assert notes and none is None
