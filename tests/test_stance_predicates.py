"""A reported judgement told by what a measure does (issue #13, ``stances/predicates.py``).
Sentences of our own, none from a gold article: a verb no stance rule reads, said of a definite
measure, judges it by its own sentiment; negation reverses it; the stance counts only on a
proposition another stance names; a thing that is no measure, an indefinite subject and a verb
judged by its object tell nothing. Each row: the sentence, then (holder, a word the
proposition's label contains, polarity) for each stance of that holder expected (none: the
holder has no stance)."""

from __future__ import annotations

import pytest

from stancemap.model import Article

PASSED = "Parliament passed the fishing law in May. "
APPROVED = "Prime Minister Jon Berg defended the pension reform on Monday. "

ROWS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (PASSED + "The Fishers Union said the law would discourage investment in the ports.",
     "Fishers Union", [("Fishers Union", "fishing law", "oppose")]),
    (PASSED + "The Fishers Union said the law would not discourage investment in the ports.",
     "Fishers Union", [("Fishers Union", "fishing law", "support")]),
    (PASSED + "Minister Hana Ito said the law would revive the ports.",
     "Hana Ito", [("Hana Ito", "fishing law", "support")]),
    (APPROVED + "Union leader Ada Brun said the reform betrays older workers.",
     "Ada Brun", [("Ada Brun", "pension reform", "oppose")]),
    # a verb of loss VADER leaves unrated (``harming``): a harm whatever it acts upon
    (PASSED + "The Fishers Union said the law would cost jobs in the ports.",
     "Fishers Union", [("Fishers Union", "fishing law", "oppose")]),
    (PASSED + "The Fishers Union said the law would not cost a single job.",
     "Fishers Union", [("Fishers Union", "fishing law", "support")]),
    (APPROVED + "Union leader Ada Brun said the reform could erode older workers' savings.",
     "Ada Brun", [("Ada Brun", "pension reform", "oppose")]),
    ("The storm hit the coast on Monday. Mayor Ada Brun said the storm would cost jobs.",
     "Ada Brun", []),
    # no other stance on the thing judged: nothing
    ("Union leader Ada Brun said the reform betrays older workers.", "Ada Brun", []),
    # no measure, an indefinite subject, a verb judged by what it acts upon
    ("The storm hit the coast on Monday. Mayor Ada Brun said the storm would discourage "
     "tourists.", "Ada Brun", []),
    (PASSED + "The Fishers Union said a law would discourage investment.", "Fishers Union", []),
    (APPROVED + "Union leader Ada Brun said the reform would free younger workers.",
     "Ada Brun", []),
]


def held(engine, text: str, holder: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return [(names[s.actor], labels[s.proposition], s.polarity) for s in doc.stances
            if holder in names[s.actor]]


@pytest.mark.parametrize(("text", "holder", "want"), ROWS)
def test_predicate_judgement(engine, text: str, holder: str,
                             want: list[tuple[str, str, str]]) -> None:
    got = held(engine, text, holder)
    assert len(got) == len(want), got
    for (name, word, pol), (g_name, g_label, g_pol) in zip(want, got, strict=True):
        assert name in g_name and word in g_label.lower() and pol == g_pol, got
