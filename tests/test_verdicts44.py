"""A holder's verdict on a proposition its own sentence names by a bare noun (issue #13,
``stances/verdicts.py``). Sentences of our own, none from a gold article: the bare noun ("the
ban") is a further mention of the proposition told earlier with more words; what the reported
clause says of it (a copula's complement, the verb said of it, falling short, a naming's
complement, "no effect") is the speaker's stance, for any speaker; negation reverses it; a noun
no earlier mention heads and a clause that judges nothing give nothing. Each row: the text,
then the polarity of the association's stance on the ban (None: it has none)."""

from __future__ import annotations

import pytest

from stancemap.model import Article
from stancemap.stances import verdicts

LEAD = "The city council proposed a ban on short-term rentals in the old town on Monday. "
OTHER = "The Landlords Association rejected new rent controls last year. "
HOLDER = "Landlords Association"

ROWS: list[tuple[str, str | None]] = [
    (LEAD + OTHER + "The Landlords Association said the ban 'does not go far enough'.",
     "oppose"),
    (LEAD + OTHER + "The Landlords Association said the ban had encouraged new investment.",
     "support"),
    (LEAD + OTHER + "The Landlords Association said the ban had not encouraged new investment.",
     "oppose"),
    (LEAD + OTHER + "The Landlords Association said the ban was unconstitutional.", "oppose"),
    # a "not" after a comma denies the phrase after it, not the verb
    (LEAD + OTHER + "The Landlords Association said the ban \"protects the old town, not "
     "against anyone, but for everyone\".", "support"),
    # a bare participle after the noun acts upon it and judges nothing
    (LEAD + OTHER + "The Landlords Association said it wanted a council that gets the ban "
     "approved.", None),
    # a verdict on the bare noun is read also for a holder with no other stance
    (LEAD + "The Landlords Association said the ban 'does not go far enough'.", "oppose"),
    (LEAD + "The Landlords Association said the ban would have no legal effect.", "oppose"),
    (LEAD + "The Landlords Association said the ban would dilute property rights.", "oppose"),
    # a bare noun of which nothing judging is said: no stance
    (LEAD + "The Landlords Association said it would study the ban.", None),
    # a noun no earlier mention of the proposition heads names none of it
    (LEAD + OTHER + "The Landlords Association said the storm had encouraged new investment.",
     None),
]


def on_ban(engine, text: str) -> str | None:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    pols = [s.polarity for s in doc.stances
            if HOLDER in names[s.actor] and "ban" in labels[s.proposition].lower()]
    assert len(pols) <= 1, pols
    return pols[0] if pols else None


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_bare_noun_verdict(engine, text: str, want: str | None) -> None:
    assert on_ban(engine, text) == want


def test_switched_off(engine, monkeypatch) -> None:
    """With the links off, a verdict told only of the bare noun is no stance."""
    monkeypatch.setattr(verdicts, "BARE", False)
    assert on_ban(engine, ROWS[0][0]) is None
