"""The agreement rule (``stance_agreement.tsv``): "Y backed X", "X was echoed by Y",
"Y sided with X", "Y contradicted X".

:func:`cue` finds the agreement when the verbs rule meets an agreement verb whose object (or
passive subject) is an actor; :func:`apply` runs once the other stances are known and gives Y
X's principal position (the reverse for an ``opposite`` relation or a negated cue).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import by_agents, sentence_of
from .candidates import Agreement, Cand, decide, flip
from .context import Reading

PREP_FRAME = "prep:"
REVERSE = {"same": "opposite", "opposite": "same"}


def cue(r: Reading, tok: Token, ag: tuple[str, str], neg: bool,
        agreements: list[Agreement]) -> bool:
    """"Y backed X", "X was echoed by Y", "Y sided with X": True when an agreement was found
    (or the object is an actor, so the verb states no stance of its own)."""
    rel, frame = ag
    if frame == "obj" and any(c.dep_ == "nsubjpass" for c in tok.children):
        other = [c for c in tok.children if c.dep_ == "nsubjpass"][0]
        agent = by_agents(tok)
        if other.i in r.mmap and agent and r.actors_in(agent[0]):
            agreements.append(Agreement(r.actors_in(agent[0]), r.mmap[other.i], rel, tok.i))
            return True
    if frame == "obj" and tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.pos_ == "VERB":
        # "A voted in favour, joined by B": B takes A's position
        agent = by_agents(tok)
        subj = r.subject(tok.head)
        others = r.actors_in(subj) if subj is not None else []
        joined = r.actors_in(agent[0]) if agent else []
        if others and joined and not set(joined) & set(others):
            agreements.append(Agreement(joined, others[0], rel, tok.i))
            return True
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if frame.startswith(PREP_FRAME):
        prep = frame[len(PREP_FRAME):]
        objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == prep
                for g in c.children if g.dep_ == "pobj"]
    other = r.mmap.get(objs[0].i) if objs else None
    if objs and other is None:
        other = r.named(objs[0])
    if other is None:
        return False
    holders = r.holders(tok)
    if holders and other not in holders:
        if neg:
            rel = REVERSE[rel]
        agreements.append(Agreement(holders, other, rel, tok.i))
        return True
    return not holders  # "it would now support it": the object is no actor


def apply(r: Reading, agreements: list[Agreement],
          by_key: dict[tuple[str, int], list[Cand]]) -> None:
    """The agreement rule: the echoing actor takes the other's principal position (the one
    with most expressions, the earliest on a tie), reversed for an opposite relation."""
    for ag in sorted(agreements, key=lambda a: a.trigger):
        theirs = [(k, v) for k, v in by_key.items() if k[0] == ag.other]
        if not theirs:
            continue
        k, v = max(theirs, key=lambda kv: (len(kv[1]), -kv[1][0].trigger))
        pol = decide(v)
        if ag.relation == "opposite":
            pol = flip(pol)
        for h in ag.holders:
            if h == ag.other:
                continue
            sent = sentence_of(r.doc, ag.trigger)
            by_key.setdefault((h, k[1]), []).append(Cand(
                [h], pol, None, None, ag.trigger, evidence=(sent.start, sent.end)))
