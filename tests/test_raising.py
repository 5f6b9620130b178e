"""Reports without a source under PolNeAR's conventions (stancemap/statements/raising.py): a
raising or passive belief verb between its subject and its complement is a cue, its content
the two in fragments; the default engine (the gold files' convention) finds none."""

from __future__ import annotations

import pytest

from stancemap.model import Article


def reports(engine, text: str) -> list[tuple[str | None, str | None, list[str]]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(s.cue.text if s.cue else None, s.speaker, [f.text for f in s.fragments])
            for s in doc.statements]


@pytest.mark.parametrize("text, cue, pieces", [
    ("The harbour workers appear to be preparing for a longer strike.", "appear",
     ["The harbour workers", "to be preparing for a longer strike"]),
    ("Both mayors are expected to attend the summit in Lyon next week.", "are expected",
     ["Both mayors", "to attend the summit in Lyon next week"]),
    ("The regional budget seemed immune to the cuts.", "seemed",
     ["The regional budget", "immune to the cuts"]),
    ("The harbour deal was widely seen as a win for the unions.", "was widely seen as",
     ["The harbour deal", "a win for the unions"]),
    ("The port authority has been criticized for ignoring the safety reports.",
     "has been criticized for", ["The port authority", "ignoring the safety reports"]),
])
def test_a_raising_verb_reports_its_subject_and_complement(polnear_engine, text, cue, pieces):
    assert reports(polnear_engine, text) == [(cue, None, pieces)]


@pytest.mark.parametrize("text", [
    "The harbour workers appear to be preparing for a longer strike.",
    "Both mayors are expected to attend the summit in Lyon next week.",
])
def test_the_gold_convention_counts_no_report_without_a_source(engine, text):
    assert reports(engine, text) == []


def test_a_verb_without_a_complement_is_no_report(polnear_engine):
    assert reports(polnear_engine, "The mayor appeared at the rally on Friday.") == []


def test_a_judgement_with_its_agent_is_no_report_without_a_source(polnear_engine):
    """"was criticized by X for Y" names who judges: not a sourceless report."""
    got = reports(polnear_engine, "The port authority was criticized by the dockers' union "
                                  "for ignoring the safety reports.")
    assert all(speaker is not None or cue != "was criticized" for cue, speaker, _ in got)


def test_a_passive_cue_with_its_agent_is_the_agents_report(polnear_engine):
    """"X was criticized by Y": Y's report about X (PolNeAR's conventions), X all of it."""
    doc = polnear_engine.analyze(Article(id="t", text=(
        "The harbour plan was sharply criticized by Mayor Ingrid Solberg.")))
    names = {a.id: a.name for a in doc.actors}
    got = [(s.cue.text, names.get(s.speaker), s.content.text) for s in doc.statements]
    assert got == [("criticized", "Ingrid Solberg", "The harbour plan")]


def test_the_gold_convention_leaves_a_passive_cue_out(engine):
    assert reports(engine, "The harbour plan was sharply criticized by Mayor Ingrid Solberg.") == []


@pytest.mark.parametrize("text, content", [
    ("Asked whether the harbour would reopen in spring, the port director said she did not "
     "know.", "whether the harbour would reopen in spring"),
    ("The port director shrugged when asked about the delays at the northern terminal.",
     "about the delays at the northern terminal"),
])
def test_a_reporters_question_is_a_report_of_its_own(polnear_engine, text, content):
    """"Asked whether X, she said Y": the question is PolNeAR's attribution with no source,
    never the answerer's statement."""
    doc = polnear_engine.analyze(Article(id="t", text=text))
    got = [(s.cue.text, s.content.text, s.speaker) for s in doc.statements
           if s.cue is not None and s.cue.text.lower() == "asked"]
    assert got == [(text.split()[0] if text.startswith("Asked") else "asked", content, None)]


def test_the_gold_convention_counts_no_question(engine):
    doc = engine.analyze(Article(id="t", text="Asked whether the harbour would reopen in spring, "
                                               "the port director said she did not know."))
    assert [s.cue.text for s in doc.statements if s.cue is not None] == ["said"]


@pytest.mark.parametrize("text, pieces", [
    ("The ferry operator is reportedly selling two of its older boats to a Greek firm.",
     ["The ferry operator is", "selling two of its older boats to a Greek firm"]),
    ("With the harbour master reportedly weighing her retirement, the board met on Monday.",
     ["the harbour master", "weighing her retirement"]),
])
def test_a_hearsay_adverb_reports_its_clause_without_a_source(polnear_engine, text, pieces):
    """"X is reportedly doing Y": PolNeAR's attribution with no source, the adverb its cue."""
    got = [r for r in reports(polnear_engine, text) if r[0] == "reportedly"]
    assert got == [("reportedly", None, pieces)]


def test_a_hearsay_adverb_on_a_speech_verb_leaves_the_verbs_report(polnear_engine):
    """"X reportedly told Y that Z": the verb's report, no second one for the adverb."""
    got = reports(polnear_engine, "The ferry operator reportedly told the council that two "
                                  "boats would be sold.")
    assert [cue for cue, _, _ in got] == ["told"]


def test_the_gold_convention_counts_no_hearsay_report(engine):
    got = reports(engine, "The ferry operator is reportedly selling two of its boats.")
    assert all(cue != "reportedly" for cue, _, _ in got)


@pytest.mark.parametrize("text, content, source", [
    ("Ms. Berg fell to 12 percent in a Radio Nord poll released on Tuesday.",
     "Ms. Berg fell to 12 percent", "a Radio Nord poll released on Tuesday"),
    ("The harbour party gained four points in the latest survey.",
     "The harbour party gained four points", "the latest survey"),
])
def test_a_trailing_poll_reports_the_clause_before_it(polnear_engine, text, content, source):
    """"X fell to 12 percent in a poll": PolNeAR's attribution, cue "in", source the poll."""
    doc = polnear_engine.analyze(Article(id="t", text=text))
    got = [(s.content.text, s.source.text if s.source else None) for s in doc.statements
           if s.cue is not None and s.cue.text == "in"]
    assert got == [(content, source)]


@pytest.mark.parametrize("text", [
    "The ferry union, which leads in every poll, met on Monday.",
    "The mayor said that the ferry union was ahead in the polls.",
    "The ferry union gained members in the spring.",
])
def test_no_trailing_poll_report_in_a_relative_clause_a_report_or_without_a_poll(
        polnear_engine, text):
    doc = polnear_engine.analyze(Article(id="t", text=text))
    assert all(s.cue is None or s.cue.text != "in" for s in doc.statements)


def test_the_gold_convention_counts_no_trailing_poll_report(engine):
    doc = engine.analyze(Article(id="t", text="Ms. Berg fell to 12 percent in a Radio Nord "
                                              "poll released on Tuesday."))
    assert all(s.cue is None or s.cue.text != "in" for s in doc.statements)
