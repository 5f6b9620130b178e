"""Events of political news, stop 41: in reported speech, what will be done to whoever acts
("will be met with firm countermeasures", "would be treated as an act of war") and what the
speaker's side "will not tolerate" are the speaker's threats (own sentences)."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text", [
    "Freedonia's defence minister, Ivo Dren, said any incursion by Sylvanian troops would be "
    "treated as an act of war.",
    "Freedonia's defence minister, Ivo Dren, said any escort by Sylvanian warships \"will be "
    "met with firm countermeasures.\"",
    "Freedonia's defence minister, Ivo Dren, warned that any interference with the fishing "
    "fleet would be \"treated as a crime at sea.\"",
    "Freedonia's interior minister, Ivo Dren, said the police had acted lawfully and warned "
    "that blocking roads would not be tolerated.",
])
def test_what_will_be_done_to_whoever_acts_is_the_speakers_threat(analyze, text):
    found = events(analyze(text))
    assert any(t == "THREATEN" and s == "Ivo Dren" for t, s, _ in found), found


@pytest.mark.parametrize("text", [
    "Freedonia's interior minister, Ivo Dren, said blocking roads would be tolerated for one "
    "more day.",
    "Freedonia's interior minister, Ivo Dren, said the Sylvanian government had tolerated the "
    "smuggling for years.",
    "Freedonia's interior minister, Ivo Dren, said the request would be treated as a priority.",
])
def test_tolerance_and_treatment_without_a_threat_are_no_threat(analyze, text):
    found = events(analyze(text))
    assert not any(t == "THREATEN" for t, _, _ in found), found
