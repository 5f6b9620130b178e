"""Stop 37, fewer false events (issue #12): an act whose doer names no actor is left out of
the output; CAMEO's convention (``evaluate --cameo``) keeps it. Our own sentences."""

from event_support import events

AGENTLESS = "Two trade unionists were arrested outside the court on Friday."
NAMED = "Albania expelled two Serbian diplomats on Friday."


def test_an_act_with_no_actor_for_its_doer_is_left_out(analyze):
    assert [e for e in events(analyze(AGENTLESS)) if e[1] is None] == []


def test_the_cameo_convention_keeps_the_act_with_no_doer(analyze_agentless):
    assert [e for e in events(analyze_agentless(AGENTLESS)) if e[1] is None]


def test_an_act_whose_doer_is_an_actor_stays(analyze, analyze_agentless):
    named = events(analyze(NAMED))
    assert named and all(src == "Albania" for _, src, _ in named)
    assert events(analyze_agentless(NAMED)) == named


def test_the_ids_run_on_after_a_dropped_act(analyze):
    doc = analyze(AGENTLESS + " " + NAMED)
    assert [e.id for e in doc.events] == [f"e{n}" for n in range(1, len(doc.events) + 1)]
    assert doc.events and all(e.source is not None for e in doc.events)
