"""Stop 40's SEESAW mend (issue #13), with sentences written for these tests.

A one-word name right after a title that the tagger left untagged there ("the support of
President Trump, ...") is a person's surname, so the same name that the tagger took for an
organisation elsewhere in the text ("Trump urged ...") is that person, as it already was when
the tagger marked the titled name as a person.
"""

from __future__ import annotations

import stancemap.actors.detect as detect

TITLED_UNTAGGED = ("The candidate gathered the support of President Trump, Ohio Gov. Ann Lee "
                   "and other party leaders. Early Tuesday, Trump urged Ohio voters to back him.")


def _types(doc) -> dict[str, str]:
    return {a.name: a.type for a in doc.actors}


def test_a_name_untagged_after_a_title_is_a_person_elsewhere(analyze) -> None:
    assert _types(analyze(TITLED_UNTAGGED)).get("Trump") == "person"


def test_the_titled_name_is_read_from_untagged_words(analyze, monkeypatch) -> None:
    # Only names the tagger marked as people after a title (the old reading): the lone
    # "Trump" stays the organisation the tagger called it.
    def tagged_only(doc, gaz):
        return {e.text for e in detect.entities(doc) if e.label_ in detect.PERSON_LABELS
                and len(e) == 1 and e.start > 0
                and detect.leading_titles([doc[e.start - 1]], gaz) == 1}
    monkeypatch.setattr(detect, "_titled_surnames", tagged_only)
    # (stop 41's untitled surnames would read it from the two writings of the name)
    monkeypatch.setattr(detect, "_untitled_surnames", lambda doc, gaz: set())
    assert _types(analyze(TITLED_UNTAGGED)).get("Trump") != "person"

