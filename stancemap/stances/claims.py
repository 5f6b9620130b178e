"""Disputed claims as propositions: "Prosecutors charged two men with spying for Moscow".

A charge or a blame of ``stance_claims.tsv`` ("charged B with Z", "blamed B for an attack")
states a claim: that B did Z. The claim is a proposition (the charge with who is accused,
"charged two men with spying for Moscow", as the gold sets label it), and the accuser, the
subject of an active verb or the agent of a passive one ("was charged by a federal court"),
supports it. The accused takes no stance by being accused. A
later "the charges", "the accusation", "the allegations" (class ``claim`` of
``stance_descriptions.tsv``) names the nearest such claim (descriptions.py), so "rejected the
accusation", "dismissed the charges" and "the charges were fabricated" oppose it, and "called
for the charges to be dropped" opposes it too; "the Argentine account" is the claim as
Argentina tells it (Argentina supports it, record.proposer), and "disputes" it opposes it.
With no claim before it, rejecting an accusation stays what it was: an answer to the
accuser, no stance (stance_nonprops.tsv); "rejected allegations that X" states the claim
with the accusation, and opposes it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import by_agents, tokens_of
from . import phrases
from .candidates import Cand
from .context import Reading
from .rules import negated

CLAIM = "claim"  # the class of stance_descriptions.tsv that names a claim
THAT = "that"
BODIES = ("organization", "country")  # actor types given tasks, not charges
CHARGED_DEPS = ("pobj", "pcomp")
ACCUSED_DEPS = ("dobj", "nsubjpass")
SUBJECTS = ("nsubj", "nsubjpass")
REPORTED_DEPS = ("ccomp", "xcomp")  # "had assured the general (that) he would X": a report
#: "journalists, most of them charged with currency smuggling", "two companies accused of X":
#: a reduced clause (a participle with no auxiliary) describes the accused ones, it states no
#: charge of the story's own
REDUCED = ("acl", "amod")


def charged(r: Reading, verb: Token) -> Token | None:
    """The head of the charged act of a claim verb ("with spying", "for a cyberattack"), when
    it names what the verb's row asks for; else None."""
    entry = r.lex.claims.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if entry is None or verb.dep_ in REDUCED or (verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None
    prep, nouns = entry
    if any(c.dep_ == "nsubjpass" and any(
            r.actors[r.mmap[t.i]].type in BODIES for t in [c, *c.children]
            if t.i in r.mmap and (t.i == c.i or t.dep_ == "compound")) for c in verb.children):
        return None  # "the commission was charged with drafting X": a body given a task
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    for p in [*verb.children, *(g for o in objs for g in o.children)]:  # the parse may hang
        if p.dep_ != "prep" or p.lower_ != prep:  # "with" on the object
            continue
        obj = next((g for g in p.children if g.dep_ in CHARGED_DEPS), None)
        if obj is not None and (nouns is None or obj.lemma_.lower() in nouns):
            return obj
    return None


def stated(noun: Token) -> bool:
    """"allegations that its army shelled the convoy": a claim noun with its content."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and any(
        g.dep_ == "mark" and g.lower_ == THAT for g in c.children) for c in noun.children)


def claim_phrase(r: Reading, verb: Token) -> tuple[int, int] | None:
    """The phrase of the claim a claim verb states, or None."""
    obj = charged(r, verb)
    if obj is None:
        return None
    s, e = phrases.phrase(obj, r.words)
    # the charge as the gold labels it, with who is accused ("blamed China for a
    # cyberattack", "two men were charged with spying"): the charged act alone ("the war")
    # would merge with other propositions on the act
    accused = next((c for c in verb.children if c.dep_ in ACCUSED_DEPS and c.i < s), None)
    return (min(verb.i, accused.left_edge.i if accused is not None else s), e)


def reported(r: Reading, verb: Token) -> tuple[int, int] | None:
    """"Bangladesh said India had opened the gates without warning": the that-clause of a
    reporting verb (``claim_tellers``) telling a past act of an actor other than the teller
    (and the teller's state), a claim of fact (its span, without "that"), or None."""
    if verb.lemma_.lower() not in r.words.claim_tellers or negated(verb):
        return None
    # the teller and its state ("Norway's minister said Oslo had recorded X": no charge)
    teller = {x for c in verb.children if c.dep_ in SUBJECTS for a in r.actors_in(c)
              for x in (a, r.state_of(a) or a)}
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or not _past(r, c):
            continue
        doers = {x for g in c.children if g.dep_ in SUBJECTS for a in r.actors_in(g)
                 for x in (a, r.state_of(a) or a)}
        if doers and not doers & teller:
            start = next((g.i + 1 for g in c.children if g.dep_ == "mark"
                          and g.lower_ == THAT), c.left_edge.i)
            return start, c.right_edge.i + 1
    return None


def _past(r: Reading, clause: Token) -> bool:
    """A clause telling a past act: a past tense or a perfect ("had opened", "has paid"),
    not a report of its own ("had told her that ...", "had been instructed to ...")."""
    return (clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children))) and not (
        clause.lemma_.lower() in r.words.claim_tellers or any(
            c.dep_ in REPORTED_DEPS for c in clause.children))


def accusers(r: Reading, verb: Token) -> list[str]:
    """Who makes the charge: a passive verb's agent ("by a federal court"), else the
    holders of the verb, less the accused."""
    accused = {a for c in verb.children if c.dep_ in ACCUSED_DEPS for a in r.actors_in(c)}
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have"
                                      for c in verb.children):  # "was charged by a court"
        agent = next(iter(by_agents(verb)), None)
        return [a for a in r.actors_in(agent) if a not in accused] if agent is not None else []
    return [h for h in r.holders(verb) if h not in accused]


def introductions(r: Reading, cands: list[Cand]) -> set[int]:
    """The accuser's support for each claim a claim verb states; returns the verbs read."""
    read: set[int] = set()
    for verb in tokens_of(r.doc, "VERB", r.lex.claims):
        if negated(verb):
            continue
        ph = claim_phrase(r, verb)
        if ph is None:
            continue
        read.add(verb.i)
        holders = accusers(r, verb)
        if holders:
            st = r.stmt_of.get(verb.i, (None, None))[1]
            cands.append(Cand(holders, "support", ph, None, verb.i, statement=st,
                              evidence=(min(verb.i, ph[0]), ph[1])))
    return read


__all__ = ["CLAIM", "accusers", "charged", "claim_phrase", "introductions", "reported",
           "stated"]
