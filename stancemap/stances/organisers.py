"""Organisers of a protest told in a participle on the protesters ("some 300 protesters
organised by A and B rallied against X", "marchers led by the union protested over Y"): the
organisers (the agents of a ``joining`` verb of ``stance_words.tsv``) hold the protesters'
stance. The passive clause of a protest noun ("the march was organised by A") is read by
``protests.joined``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.tokens import by_agents
from .candidates import Cand
from .context import Reading

PARTICIPLE = "VBN"


def find(r: Reading, cands: list[Cand]) -> None:
    """Lend each protest stance to the organisers its subject's participle names."""
    for c in list(cands):
        tok = r.doc[c.trigger]
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in r.words.protests:
            continue
        subj = r.subject(tok)
        if subj is None:
            continue
        organisers = [a for a in _organisers(r, subj) if a not in c.holders]
        if organisers:
            cands.append(replace(c, holders=organisers, aside=True))


def _organisers(r: Reading, subj: Token) -> list[str]:
    """The actors of "organised by A and B" on the protesters' noun."""
    out: list[str] = []
    for acl in subj.children:
        if acl.dep_ != "acl" or acl.tag_ != PARTICIPLE or (
                acl.lemma_.lower() not in r.words.joining):
            continue
        for g in by_agents(acl):
            for x in [g, *g.conjuncts]:
                out += [a for a in r.actors_in(x) if a not in out]
    return out
