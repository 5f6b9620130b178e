"""Where a proposition phrase starts and ends in the parse ("sending NATO troops to Moldova")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Words

CUT_DEPS = ("appos", "relcl", "advcl")  # clauses that comment on a phrase, not part of it
LEADING_DEPS = ("det", "cc", "mark", "aux", "neg")  # trimmed from a phrase's start
TIME_PREPS = ("before", "until")
ASIDE_DEPS = ("acl", "advcl")
BACKGROUND_MARKS = ("as", "while")
TAIL_DEPS = ("advcl", "xcomp")  # how the parse may hang "to close the matter" on the verb
ACTING_TAGS = ("VBG", "VB")  # "a law banning X", "a bill to ban X"


def phrase(head: Token, words: Words) -> tuple[int, int]:
    """The token range of the phrase ``head`` heads, without comments, asides and times."""
    doc = head.doc
    cut = {t.i for c in head.subtree if c.i > head.i and (
        (c.head.i == head.i and c.dep_ in CUT_DEPS and not acting_clause(c, words))
        or (c.head.i == head.i and c.dep_ == "conj" and c.pos_ == "VERB" and any(
            g.dep_ == "cc" and g.lower_ == "but" for g in head.children))

        or aside(c) or temporal(c, words) or summing(c, words)
        or restated_in(c, head, words)) for t in c.subtree}
    toks = [t for t in head.subtree if t.i not in cut]
    if cut:  # a cut clause may reach back before the head (a non-projective parse): cut after it
        toks = [t for t in toks if t.i < min(i for i in cut if i > head.i)]
    s, e = toks[0].i, toks[-1].i + 1
    while s < e - 1 and (doc[s].is_punct or doc[s].dep_ in LEADING_DEPS) and (
            doc[s].lower_ != "any"):  # "any amendment": the scope stays
        s += 1
    while e > s + 1 and doc[e - 1].is_punct:
        e -= 1
    return s, _hyphenated_end(doc, e)


def acting_clause(c: Token, words: Words) -> bool:
    """A clause that tells what a text or deal does, part of what it names: "a law banning
    X", "a bill to ban X", "a law that will merge X" (``acting_texts``); not a participle of
    what was done to it ("the law passed by parliament"), nor a comment after a comma ("the
    law, which took effect in May") or on what someone did to it ("the bill that X tabled"),
    nor on a text restated in apposition (its first naming holds the proposition)."""
    head = c.head
    if head.lemma_.lower() not in words.acting_texts or head.pos_ != "NOUN" or (
            head.dep_ == "appos"):  # "a law that caps X, a measure that would force Y"
        return False
    if c.dep_ == "acl":
        return c.tag_ in ACTING_TAGS
    return c.dep_ == "relcl" and not head.doc[c.left_edge.i - 1].is_punct and any(
        g.dep_ == "nsubj" and g.lower_ in words.relatives and g.i < c.i for g in c.children)


def restated_in(c: Token, head: Token, words: Words) -> bool:
    """An apposition after a comma inside a text's acting clause restates, not tells what the
    text does: "a law that caps foreign ownership, a measure that would force X"."""
    return c.dep_ == "appos" and c.doc[c.left_edge.i - 1].is_punct and any(
        a.head.i == head.i and a.dep_ in CUT_DEPS and acting_clause(a, words)
        for a in c.ancestors if a.i > head.i)


ACT_DROPPED = ("nsubj", "aux", "neg", "advmod", "npadvmod", "punct", "cc",
               "conj", "mark", "ccomp", "parataxis", "advcl", "dep")


def act_phrase(act: Token, words: Words) -> tuple[int, int]:
    """An act named in a sentence of its own, without its doer, time and asides: "closed the
    Strait of Hormuz to tankers" of "Iran closed the Strait of Hormuz to tankers on Sunday"
    ("visa services were suspended": a passive keeps what it is done to)."""
    if act.pos_ != "VERB":
        return phrase(act, words)
    kept = [c for c in act.children if c.dep_ not in ACT_DROPPED and c.dep_ not in CUT_DEPS
            and not temporal_of(c, words)]
    s = min([act.i, *(c.left_edge.i for c in kept)])
    e = max([act.i + 1, *(c.right_edge.i + 1 for c in kept if c.i > act.i)])
    while e > s + 1 and act.doc[e - 1].is_punct:
        e -= 1
    return s, e


def temporal_of(c: Token, words: Words) -> bool:
    """A time phrase on a verb ("on Sunday", "last week")."""
    return (c.dep_ in ("npadvmod", "prep") and (
        c.ent_type_ in ("DATE", "TIME") or any(
            g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in words.time_units
            for g in c.children if g.dep_ == "pobj")))


def _hyphenated_end(doc: Doc, e: int) -> int:
    """"the U-turn" split by the parse into three objects: a word the phrase ends in, joined
    to what follows by a hyphen with no space, goes on to that word."""
    while e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and (
            not doc[e].whitespace_) and doc[e + 1].is_alpha:
        e += 2
    return e


def coordinated(trigger: Token, span: tuple[int, int], words: Words) -> tuple[int, int]:
    """A noun coordinated with the phrase but parsed onto the stance verb ("backed keeping
    X and the freeze on Y"): part of the same phrase."""
    doc = trigger.doc
    for c in trigger.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > span[1] and (
                c.left_edge.i - span[1] <= 1) and doc[span[1]].lower_ == "and":
            end = c.i + 1
            for g in c.children:
                if g.i > c.i and g.dep_ == "prep" and not temporal(g, words):
                    end = max(end, g.right_edge.i + 1)
            return span[0], end
    return span


def infinitive_tail(trigger: Token, head: Token, span: tuple[int, int]) -> Token | None:
    """An infinitive the parse hung on the stance verb right after its object noun ("favoured
    a joint statement to close the matter", "push for the periods to count toward a career"):
    what the thing is for or is to do, part of the phrase."""
    if head.pos_ != "NOUN":
        return None
    return next((c for c in trigger.children if c.dep_ in TAIL_DEPS and c.pos_ == "VERB"
                 and c.i > span[1] and c.left_edge.i == span[1]
                 and c.doc[span[1]].lower_ == "to"), None)


def clause_end(c: Token) -> int:
    """End of a clause without its trailing punctuation."""
    e = c.right_edge.i + 1
    while e > c.i + 1 and c.doc[e - 1].is_punct:
        e -= 1
    return e


def temporal(c: Token, words: Words) -> bool:
    """A time phrase attached to a noun ("the draft within hours", "talks on Monday")."""
    if c.dep_ == "prep" and c.lower_ in TIME_PREPS and c.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a binding deal before any further filling": a time, not the deal
    return c.dep_ == "prep" and c.head.pos_ in ("NOUN", "PROPN") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME")
                              or g.lemma_.lower() in words.time_units) for g in c.children)


def summing(c: Token, words: Words) -> bool:
    """", a position backed by X": a position noun after a comma that sums up the clause
    before (however the parse attaches it), not part of the phrase."""
    return c.lemma_.lower() in words.positions and c.i > 0 and (
        c.doc[c.left_edge.i - 1].text == ",") and any(g.dep_ == "acl" for g in c.children)


def aside(c: Token) -> bool:
    """A participial or adverbial clause set off by a comma ("X, deepening a rift")."""
    return c.dep_ in ASIDE_DEPS and c.tag_ == "VBG" and c.i > 0 and (
        c.doc[c.left_edge.i - 1].text == ",")


def backgrounded(tok: Token) -> bool:
    """A stance in a subordinate "as"/"while" clause ("X urged A, as B pressed for C"):
    less salient than the main clause's, so no antecedent for "the call"."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS
                                     for c in t.children):
            return True
        t = t.head
    return False
