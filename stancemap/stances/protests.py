"""Taking part in a protest: "called the protest", "backed the march", "the rally was
organised by X", "joined the march" (``stance_words.tsv``: ``protests``, ``joining``).

Whoever calls, backs, leads or joins a protest holds the protest's stance: opposing what its
own "against X" names, else what the protest named before in the document stood against
("farmers protested against the plan. The protest was called by the unions").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import by_agents, tokens_of
from .candidates import Cand
from .context import Reading
from .record import add, undoing_terms
from .rules import condition, negated

AGAINST = ("against",)
#: "resigned in protest at X", "as a protest against X": the protest's purpose and its cause
PURPOSE_PREPS = ("in", "as")
CAUSE_PREPS = ("at", "against", "over", "of")


def joined(r: Reading, tok: Token, cands: list[Cand]) -> bool:
    """A protest noun that is the object (or passive subject) of a joining verb: True when
    the rule read it (so that no verb rule takes the protest itself as a proposition)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in r.words.protests:
        return False
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in r.words.joining:
        return False
    if tok.dep_ == "dobj":
        holders = r.holders(verb)
    elif tok.dep_ == "nsubjpass":
        holders = [a for g in by_agents(verb) for a in r.actors_in(g)]
    else:
        return False
    if not holders or negated(verb):
        return True
    cond = condition(r, verb)
    if cond is not None and cond[0] == "condition":
        # "would stage a walkout if the fare increase was not withdrawn": opposes the increase
        undoing_terms(r, cands, cond[1], holders, "support", verb, (tok.i, tok.i + 1), False,
                      r.stmt_of.get(verb.i, (None, None))[1])
    target = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in AGAINST
                   for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    if target is not None:  # "backed the protest against the decree"
        add(r, cands, holders, "oppose", target, verb)
        return True
    before = [c for c in cands if c.phrase is not None and c.trigger < tok.i
              and r.doc[c.trigger].lemma_.lower() in r.words.protests]
    if before:  # "The protest was called by the unions": the protest named before
        n = len(cands)
        add(r, cands, holders, before[-1].polarity, None, verb, phrase=before[-1].phrase)
        for c in cands[n:]:  # the evidence is the taking part, not the earlier protest
            c.evidence = (min(tok.i, verb.i), max(tok.i, verb.i) + 1)
            c.aside = True
        return True
    cause = earlier_cause(r, tok)
    if cause is not None:  # "began a strike against X ... B joined the strike"
        n = len(cands)
        add(r, cands, holders, "oppose", cause, verb)
        for c in cands[n:]:
            c.evidence = (min(tok.i, verb.i), max(tok.i, verb.i) + 1)
            c.aside = True
    return True


def earlier_cause(r: Reading, tok: Token) -> Token | None:
    """What a definite protest noun taken up ("joined the strike") stood against where the
    document named it before with its cause, the cause hung on the noun ("a strike against
    X") or beside it on the verb it is the object of ("began a strike on Monday against X");
    the latest such mention, of the same noun; None for an indefinite noun or an actor."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    for t in reversed(r.doc[:tok.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        preps = [c for c in t.children if c.dep_ == "prep"]
        if t.dep_ == "dobj":
            preps += [c for c in t.head.children if c.dep_ == "prep" and c.i > t.i]
        cause = next((g for c in preps if c.lower_ in AGAINST
                      for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if cause is not None:
            return None if cause.i in r.mmap else cause
    return None


def purpose(r: Reading, tok: Token, cands: list[Cand]) -> bool:
    """"Sweden recalled its ambassador in protest at the law", "resigned as a protest against
    X": an act done in protest at X is its doer's opposition to X. True when the rule read the
    protest noun."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in PURPOSE_PREPS or (
            prep.dep_ != "prep"):
        return False
    # the cause hangs on the protest, or beside it where the parser hangs both on one head
    after = [c for c in tok.children if c.dep_ == "prep"] + [
        c for c in prep.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1]
    cause = next((g for c in after if c.lower_ in CAUSE_PREPS
                  for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    verb = prep.head
    for _ in range(2):  # "froze loans worth $2 million in protest at X": the act's verb
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    if cause is None or cause.i in r.mmap or verb.pos_ not in ("VERB", "AUX"):
        return False  # "in protest against Y" of an actor: no proposition ("against Ankara")
    if verb.lemma_.lower() in r.words.act_tellers:
        return False  # "X said on Tuesday, in a boycott over Y": the act is elsewhere
    holders = r.holders(verb)
    if holders and not negated(verb):
        add(r, cands, holders, "oppose", cause, verb)
    return True


def cases(r: Reading, cands: list[Cand]) -> None:
    """"X, who led the lawsuit", "the watchdog that brought the case": a dispute brought to a
    court opposes what the court ruled on, whatever the ruling (the phrase of a stance whose
    holder is a court, ``ruling_sectors``), when the dispute names nothing of its own."""
    courts = {a.id for a in r.actors.values()
              if (a.sector or "").lower() in r.words.ruling_sectors}
    ruled = next((c for c in cands if c.phrase is not None and set(c.holders) & courts), None)
    if ruled is None:
        return
    for tok in tokens_of(r.doc, "NOUN", r.words.disputes):
        if tok.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ == "the"
                                         for c in tok.children) or any(
                c.dep_ == "prep" for c in tok.children):
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in r.words.joining | r.words.bringing:
            continue
        holders = [h for h in r.holders(verb) if h not in courts]
        if holders and not negated(verb):
            n = len(cands)
            add(r, cands, holders, "oppose", None, verb, phrase=ruled.phrase)
            for c in cands[n:]:
                c.evidence = (min(tok.i, verb.i), max(tok.i, verb.i) + 1)
                c.aside = True
