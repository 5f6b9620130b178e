"""Stop 49: the noun a bare vote or decision is named by ("welcomed the vote", "supported the
draft", "regretted the outcome") is a further mention of what was voted or decided, so the
proposition carries every name the story gives it, and its label stays the thing's own name."""

from __future__ import annotations

from typing import Any

import pytest

from stancemap.model import Article
from stancemap.pipeline import Engine


def _held(engine: Engine, text: str) -> dict[str, Any]:
    """Each holder's proposition (label and mention texts)."""
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    props = {p.id: p for p in doc.propositions}
    return {names[s.actor]: (s.polarity, props[s.proposition].label,
                             {m.text for m in props[s.proposition].mentions})
            for s in doc.stances}


@pytest.mark.parametrize("text, holder, noun", [
    ("The Senate on Tuesday passed a bill banning fishing in the bay. "
     "Greenpeace welcomed the vote.", "Greenpeace", "the vote"),
    ("Parliament on Thursday rejected a motion to censure the finance minister. "
     "The Greens regretted the outcome.", "Greens", "the outcome"),
    ("Lawmakers voted 120 to 80 for a bill legalising same-sex marriage. "
     "Amnesty International welcomed the vote.", "Amnesty International", "the vote"),
])
def test_the_noun_of_a_bare_vote_is_a_mention_of_what_was_voted(
        engine: Engine, text: str, holder: str, noun: str) -> None:
    held = _held(engine, text)
    assert holder in held, held
    _, label, mentions = held[holder]
    assert noun in mentions, held
    assert noun.split()[-1] not in label.split(), held  # named by its own words, not "the vote"
