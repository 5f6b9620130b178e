"""Sanctions on the doers of an act: "push for sanctions against the judges who signed the
ruling", "consider visa restrictions on officials involved in the prosecution". Whoever backs
punishing the people who did X also opposes X (a further candidate beside the stance on the
sanctions); the doers are named by a relative clause ("who signed X": its object) or by a
participle or adjective with its preposition ("involved in X", "responsible for X")."""

from __future__ import annotations

from spacy.tokens import Token

from .candidates import Cand
from .context import Reading

TARGET_PREPS = ("on", "against")  # sanctions on / against the doers
DOER_LINKS = {"involve": ("in",), "responsible": ("for",), "complicit": ("in",)}


def doers(r: Reading, cands: list[Cand]) -> None:
    """Adds "oppose X" for each supported sanction (``punishing`` of stance_words.tsv) on the
    doers of X."""
    for c in list(cands):
        if c.polarity != "support" or c.phrase is None or not c.holders:
            continue
        for tok in r.doc[c.phrase[0]:c.phrase[1]]:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in r.words.punishing:
                continue
            found = _punished_act(tok)
            if found is None or found[1].i in r.mmap:
                continue
            link, act = found
            s, e = act.left_edge.i, act.right_edge.i + 1
            cands.append(Cand(list(c.holders), "oppose", (s, e), None, c.trigger, c.past,
                              c.statement, evidence=(min(link.i, s), e)))
            # the sanctions are on the doers, a proposition apart from what they did
            cut = link.left_edge.i
            if c.phrase[0] < cut:
                c.phrase = (c.phrase[0], min(c.phrase[1], cut))
            if c.evidence[0] < cut:
                c.evidence = (c.evidence[0], min(c.evidence[1], cut))
            break


def _punished_act(noun: Token) -> tuple[Token, Token] | None:
    """The words that link the doers to their act, and the act, or None."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPS:
            continue
        for who in prep.children:
            if who.dep_ != "pobj" or who.pos_ != "NOUN":
                continue
            for link in who.children:
                if link.dep_ == "relcl" and link.pos_ == "VERB":
                    obj = next((g for g in link.children if g.dep_ == "dobj"), None)
                    if obj is not None and obj.pos_ == "NOUN":
                        return link, obj
                preps = DOER_LINKS.get(link.lemma_.lower())
                if link.dep_ in ("acl", "amod") and preps:
                    act = next((g for p in link.children if p.dep_ == "prep"
                                and p.lower_ in preps for g in p.children
                                if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                    if act is not None:
                        return link, act
    return None
