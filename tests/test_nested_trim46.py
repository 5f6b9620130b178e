"""Both nested reports under PolNeAR's conventions (stop 46, ``nesting.trimmed_outer``): a
report in a non-restrictive relative clause of another report's content ("said X, whom he
described as Y") stands beside it, the outer content ending before the clause; where the
relative pronoun is the clause's subject ("a judge, who argued X") the outer report keeps its
whole content, and the default engine never trims."""

from __future__ import annotations

import pytest

from stancemap.model import Article
from stancemap.statements import nesting


def reports(engine, text: str) -> list[tuple[str | None, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(st.cue.text if st.cue else None, st.content.text) for st in doc.statements]


@pytest.mark.parametrize("text, outer, inner", [
    ("The police chief said officers walked beside the strikers, whom he described as calm.",
     "officers walked beside the strikers", "described"),
    ("The senator said the party must back the governor against the mayor, who she "
     "criticized as reckless.", "the party must back the governor against the mayor",
     "criticized"),
    ("The minister said the plan would protect the port, which critics have called a costly "
     "mistake.", "the plan would protect the port", "called"),
])
def test_both_reports_stand_the_outer_ended_at_the_clause(polnear_engine, text, outer, inner):
    found = reports(polnear_engine, text)
    assert ("said", outer) in found
    assert inner in [cue for cue, _ in found]


@pytest.mark.parametrize("text", [
    "The mayor said the council would study the proposal of a retired judge, who argued that "
    "the port must close.",
    "The governor said the cuts would hurt the hospitals, whose directors have warned of "
    "closures.",
])
def test_a_clause_its_own_noun_says_is_left_in_the_outer_content(polnear_engine, text):
    # the relative pronoun is the clause's subject: background told of the noun
    found = reports(polnear_engine, text)
    assert [cue for cue, _ in found] == ["said"]
    assert found[0][1].endswith("closures") or found[0][1].endswith("close")


def test_the_default_engine_keeps_one_report(engine, monkeypatch):
    text = "The police chief said officers walked beside the strikers, whom he described as calm."
    before = reports(engine, text)
    monkeypatch.setattr(nesting, "trimmed_outer", lambda doc, outer, inner: None)
    assert reports(engine, text) == before == [
        ("said", "officers walked beside the strikers, whom he described as calm")]
