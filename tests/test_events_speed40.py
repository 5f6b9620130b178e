"""Gates told before the work they do not need (stop 40, issue #12's 2 ms): where the coder
notes no dropped candidate, a background relative clause is left before its arguments are
read and a dictionary-only act with no target actor before its pairs are made; the events are
those the coder gives when it notes the candidates (and reads everything)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.events import Lexicon
from stancemap.events.cameo import CameoDictionary
from stancemap.events.coder import _Coder
from stancemap.events.lexicon import load_lexicon
from stancemap.model import Article


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


def _coded(engine, text: str, lex: Lexicon, dropped: bool) -> tuple[list[tuple], list[str]]:
    """The coder's events (type, source, target, trigger offset) and the gates of the
    candidates it noted as dropped."""
    from stancemap.events import EventStage

    stage = next(s for s in engine.stages if isinstance(s, EventStage))
    doc = engine.nlp(text)
    doc._.article = Article(id="t", text=text, date="2025-05-02")
    for s in engine.stages[:engine.stages.index(stage)]:
        doc = s(doc)
    coder = _Coder(doc, lex, candidates=dropped, dropped=dropped)
    events = coder.run()
    names = {a.id: a.name for a in doc._.actors or []}
    return ([(e.type, names.get(e.source or ""), names.get(e.target or ""),
              e.trigger.start if e.trigger else None) for e in events],
            [c.gate for c in coder.dropped or []])


def _fend_off_dictionary(tmp_path: Path) -> Lexicon:
    verbs = tmp_path / "cameo_verbs.tsv"
    verbs.write_text("fend off\t111\tACCUSE\tdisapprove\tdisapprove\tDENOUNCE\n")
    lex = Lexicon.load(cameo=False)
    lex.cameo = CameoDictionary.load(verbs, None)
    return lex


def test_a_dictionary_only_act_with_no_target_gives_no_event(engine, tmp_path: Path):
    """"Ghana fended off the questions": an act only the dictionary knows, aimed at no actor,
    is none (``cameo-no-target``), whether the coder notes the candidate or leaves before
    making its pairs; aimed at an actor it is an event either way."""
    lex = _fend_off_dictionary(tmp_path)
    text = "Ghana fended off the questions from reporters on Tuesday."
    (noted, gates), (quick, none) = (_coded(engine, text, lex, d) for d in (True, False))
    assert noted == quick == []
    assert "cameo-no-target" in gates and none == []
    text = "Ghana fended off Togo at the summit on Tuesday."
    (noted, _), (quick, _) = (_coded(engine, text, lex, d) for d in (True, False))
    assert noted == quick and [e[:3] for e in quick] == [("ACCUSE", "Ghana", "Togo")]


def test_a_background_relative_clause_gives_no_event(engine):
    """"Norway, which hosts the talks, ...": a relative clause that says what an actor does
    is background, no event, whether the coder reads its arguments (to note the candidate)
    or not; the main clause's act is coded either way."""
    text = "Norway, which hosts the peace talks, accused Sweden of delaying the agreement."
    (noted, gates), (quick, none) = (_coded(engine, text, load_lexicon(), d)
                                     for d in (True, False))
    assert noted == quick and ("ACCUSE", "Norway", "Sweden") in [e[:3] for e in quick]
    assert not any(e[0] == "CONSULT" for e in quick)
    assert "relative-clause" in gates and none == []
