"""A speaker's "his party would ..." is his organisation's stance too (issue #13,
``Reading.affiliation``). Sentences of our own, none from a gold article: the organisation is
tied to the speaker's name by an "of" phrase, a possessor, the speaker's own appositive title or
a title that names it; a speaker tied to no organisation keeps the stance alone. Each row: the
sentence, then the holders expected to hold a stance on the treaty with that polarity."""

from __future__ import annotations

import pytest

from stancemap.model import Article

PROPOSED = "Norway proposed a fishing treaty. "

ROWS: list[tuple[str, str, set[str]]] = [
    (PROPOSED + "John Reed of the Labour Party said his party would back the treaty.",
     "support", {"John Reed", "Labour Party"}),
    (PROPOSED + "Labour's Jane Moss said her party would reject the treaty.",
     "oppose", {"Jane Moss", "Labour"}),
    (PROPOSED + "Tom Hale, the deputy leader of the Farmers Party, said his party would "
     "back the treaty.", "support", {"Tom Hale", "Farmers Party"}),
    ("The Greens met on Monday. " + PROPOSED + "Greens leader Eva Lind said her party "
     "opposed the treaty.", "oppose", {"Eva Lind", "Greens"}),
    # tied to no organisation: the speaker alone
    (PROPOSED + "Senator John Reed said his party would back the treaty.", "support",
     {"John Reed"}),
]


def holders(engine, text: str, polarity: str) -> set[str]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return {names[s.actor] for s in doc.stances
            if "treaty" in labels[s.proposition] and s.polarity == polarity
            and names[s.actor] != "Norway"}


@pytest.mark.parametrize(("text", "polarity", "want"), ROWS)
def test_speaker_party(engine, text: str, polarity: str, want: set[str]) -> None:
    got = holders(engine, text, polarity)
    assert {g for g in got if any(w in g for w in want)} == got, got
    assert all(any(w in g for g in got) for w in want), got
