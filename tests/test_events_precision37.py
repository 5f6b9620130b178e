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


def test_a_question_put_to_the_speaker_is_no_request_whatever_its_tag(analyze):
    # "Asked" opening the sentence is a participle (the speaker was asked), also where the
    # tagger reads it as a past tense
    doc = analyze("The court in Quito struck down the decree on Tuesday.\n\nAsked whether the "
                  "president would ask the assembly to pass a new law, his spokesman, Tomas "
                  "Vera, said the government \"has not decided.\"")
    assert [e for e in events(doc) if e[0] == "REQUEST"] == []
    doc = analyze("The senate voted down the treaty.\nAsked what she would do if the upper "
                  "house blocked it again, Kovac laughed.")
    assert [e for e in events(doc) if e[0] == "REQUEST"] == []


def test_asking_someone_to_act_is_still_a_request(analyze):
    doc = analyze("The senate voted down the treaty. Prime Minister Irena Kovac asked the "
                  "senate to vote again.")
    assert [(t, s) for t, s, _ in events(doc) if t == "REQUEST"] == [
        ("REQUEST", "Irena Kovac")]


def test_tabling_a_package_puts_it_forward_and_rejects_nothing(analyze):
    doc = analyze("The European Commission tabled a new sanctions package against Russia.")
    assert [e for e in events(doc) if e[0] == "REJECT"] == []


def test_tabling_a_censure_motion_is_still_its_accusation(analyze):
    doc = analyze("The opposition Liberal Party tabled a motion of no confidence in Prime "
                  "Minister Anna Berg on Monday.")
    assert events(doc) == [("ACCUSE", "Liberal Party", "Anna Berg")]
