"""Stop 41's SEESAW mend (issue #13), with sentences written for these tests.

A lone name that the tagger calls an organisation is a person's surname when nothing in the
text makes it a body's: no gazetteer entry, organisation form or town, written more than once
and once as an owner or a subject ("Trump's opposition to the farm bill", "Trump's team"),
never after an article or "at", never inside or joined to a longer name, never followed by
"it" in its sentence. A name right after a given name inside a name the tagger marked as a
person's is a surname too, whatever word the page glued after it.
"""

from __future__ import annotations

import stancemap.actors.detect as detect
from stancemap.actors.gazetteer import gazetteer

UNTITLED = ("Senators recalled Trump's opposition to the farm bill last spring. Trump's team "
            "declined to comment on Friday.")
LAWYERS = ("Earlier, Kushner had sought a waiver from the ethics office. Kushner's lawyers said "
           "the request was routine.")
ONCE = "Trump's team declined to comment on Friday."
COMPANY = "Boeing said on Monday it would cut jobs. Boeing's shares fell after the announcement."
PARTY = ("The opposition Progressive Union, Freedom and Solidarity and the Greens voted against. "
         "Freedom and Solidarity's leader said Solidarity would appeal.")
GLUED = ("Related: Poll shows voters souring on Donald Trump Donald TrumpMay. 4 hearing set\n"
         "A new national survey shows Clinton leading Trump by two points.")


def _types(doc) -> dict[str, str]:
    return {a.name: a.type for a in doc.actors}


def test_an_untitled_lone_name_is_a_person(analyze) -> None:
    assert _types(analyze(UNTITLED)).get("Trump") == "person"
    assert _types(analyze(LAWYERS)).get("Kushner") == "person"


def test_the_untitled_rule_is_what_makes_it_a_person(analyze, monkeypatch) -> None:
    # Without the rule the lone name stays the organisation the tagger called it.
    monkeypatch.setattr(detect, "_untitled_surnames", lambda doc, gaz: set())
    assert _types(analyze(UNTITLED)).get("Trump") == "organization"


def test_a_name_written_once_stays_as_tagged(analyze, monkeypatch) -> None:
    assert _types(analyze(ONCE)).get("Trump") == "organization"
    monkeypatch.setattr(detect, "UNTITLED_MIN", 1)
    assert _types(analyze(ONCE)).get("Trump") == "person"


def test_a_name_the_text_calls_it_stays_an_organisation(analyze) -> None:
    assert _types(analyze(COMPANY)).get("Boeing") == "organization"


def test_a_word_of_a_longer_name_is_no_surname(engine) -> None:
    assert "Solidarity" not in detect._untitled_surnames(engine.nlp(PARTY), gazetteer())


def test_a_name_glued_to_the_next_words_still_gives_its_surname(engine) -> None:
    assert "Trump" in detect._given_surnames(engine.nlp(GLUED), gazetteer())
    assert "Jae" not in detect._given_surnames(
        engine.nlp("President Lee Jae-myung met the envoy."), gazetteer())
