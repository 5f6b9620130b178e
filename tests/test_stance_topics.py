"""Stances toward named policies and topics (issue #13's SEESAW target: a stance toward a
named bill, programme or policy topic is a stance a user wants on political news). Sentences
of our own, none from a gold article or SEESAW. Each row: the sentence, then (holder, a word
the proposition's label or a mention contains, polarity) for every stance expected; a stance
outside the row fails too."""

from __future__ import annotations

import pytest

from stancemap.model import Article

Want = tuple[str, str, str]

ROWS: list[tuple[str, list[Want]]] = [
    # agent nouns of a position: the bearer holds a stance on the non-actor object
    ("Senator Mark Warner has been a fierce critic of the carbon tax.",
     [("Mark Warner", "carbon tax", "oppose")]),
    ("Senator Mark Warner is an advocate of a balanced-budget amendment.",
     [("Mark Warner", "balanced-budget amendment", "support")]),
    ("Senator Mark Warner, a staunch supporter of the Second Amendment, spoke on Monday.",
     [("Mark Warner", "Second Amendment", "support")]),
    ("The Republicans are longtime opponents of the estate tax.",
     [("Republican Party", "estate tax", "oppose")]),
    # a copula with "against": opposition to the thing
    ("Senator Mark Warner is against the tax bill.", [("Mark Warner", "tax bill", "oppose")]),
    ("Senator Mark Warner said he was against raising the fuel tax.",
     [("Mark Warner", "fuel tax", "oppose")]),
    ("Senator Mark Warner is not against the tax bill.", []),
    # a negated copula, or an actor as the object: no stance (the latter is a relation)
    ("Senator Mark Warner is not a supporter of the tax cuts.", []),
    ("Senator Mark Warner is a critic of Donald Trump.", []),
]


def found(engine, text: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    texts = {p.id: " | ".join([p.label, *(m.text for m in p.mentions)])
             for p in doc.propositions}
    return [(names[s.actor], texts[s.proposition], s.polarity) for s in doc.stances]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[t[:60] for t, _ in ROWS])
def test_topic_stances(engine, text: str, want: list[Want]) -> None:
    got = found(engine, text)
    for holder, word, pol in want:
        assert any(h == holder and word.lower() in t.lower() and p == pol
                   for h, t, p in got), (holder, word, pol, got)
    assert len(got) == len(want), got


MENTIONS: list[tuple[str, list[str], list[str]]] = [
    # a general policy noun named by a compound of two words or more: that compound too
    ("President Ann Roe called for tougher gun control measures.",
     ["gun control measures", "gun control"], []),
    # a single compound noun names a field, not a policy topic
    ("Senator Mark Warner opposes the tax bill.", ["tax bill"], ["tax"]),
    # the object of a verb that enacts, keeps or widens it
    ("Senator Mark Warner wants to expand the child tax credit.",
     ["expand the child tax credit", "child tax credit"], []),
    ("Senator Mark Warner urged Congress to pass legislation to curb drug prices.",
     ["legislation to curb drug prices"], []),
    # the whole a part belongs to
    ("Senator Mark Warner defended large parts of the health law.",
     ["large parts of the health law", "health law"], []),
    ("Senator Mark Warner opposes several provisions of the farm bill.", ["farm bill"], []),
    ("Senator Mark Warner condemned the use of drone strikes.", ["drone strikes"], []),
    # a name given by a participle
    ("Senator Mark Warner wants to block a bill known as the Dream Act.", ["dream act"], []),
    # a verb that undoes its object keeps the stance on the object itself, reversed
    ("Senator Mark Warner vowed to repeal the estate tax.", ["estate tax"],
     ["repeal the estate tax"]),
]


@pytest.mark.parametrize(("text", "has", "lacks"), MENTIONS, ids=[t[:60] for t, _, _ in MENTIONS])
def test_topic_mentions(engine, text: str, has: list[str], lacks: list[str]) -> None:
    doc = engine.analyze(Article(id="t", text=text))
    assert doc.stances, text
    mentions = {m.text.lower().removeprefix("the ") for p in doc.propositions
                for m in [*p.mentions]} | {p.label.lower() for p in doc.propositions}
    for want in has:
        assert want in mentions, (want, mentions)
    for unwanted in lacks:
        assert unwanted not in mentions, (unwanted, mentions)
