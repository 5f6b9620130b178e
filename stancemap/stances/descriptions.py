"""A proposition referred to by a definite description: "the deal", "the plan", "the text".

A story names its proposition once ("a fishing and policing agreement between A and B") and
then says "the deal" or "the arrangement". A stance whose object is such a bare description
(a head noun of a class of ``stance_descriptions.tsv``, a determiner of ``described_dets``,
nothing else) is on the nearest earlier mention whose head noun is of the same class and
says more than the description; the description is a further mention of that proposition.
With no such mention the stance is read as before. A definite mention not yet in any
proposition ("the British-drafted text") leads further back, to the mention that introduced it;
a comparative or ``alternatives`` word ("a more balanced resolution", "a different deal") marks
another one. "it" as an object right after a sentence whose subject or object is such a mention
("The fishing agreement was signed in May. Tonga rejected it.") names it the same way, and so
does one after a clause of its own sentence whose subject is a singular non-actor noun ("said
central bank independence had served Brazil well and urged the authorities to preserve it").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..actors.tokens import sentence_of
from . import claims, phrases
from .candidates import Cand
from .context import PRONOUNS, Reading

HEADS = ("NOUN", "PROPN")
COMPARATIVE = ("JJR", "RBR")  # "a more balanced resolution", "a better deal"
PLURAL = ("NNS", "NNPS")
AS = "as"  # "rejected the accusations as a spy mania": what the description is called
IT = ("it",)  # an object pronoun that may name a proposition
OBJECT_DEPS = ("dobj", "pobj")  # "rejected it", "objected to it"
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj")  # "the agreement was signed", "signed a deal"
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def bare(r: Reading, head: Token, owned: bool = False) -> bool:
    """"the deal", "this plan": a class noun with a determiner of its own and nothing else
    but a ``plain_mods`` word ("the proposed deal") or, where ``owned``, its proposer's
    demonym ("the Hungarian initiative")."""
    if head.pos_ not in HEADS or head.lemma_.lower() not in r.lex.descriptions:
        return False
    dets = [c for c in head.children if c.dep_ == "det" and c.lower_ in r.words.described_dets]
    # "the Argentine account", "the latest allegations": whose or which claim, still the one
    owned = owned or r.lex.descriptions[head.lemma_.lower()] == claims.CLAIM
    rest = [c for c in head.children if c not in dets and not (c.dep_ == "amod" and (
        owned or c.lower_ in r.words.plain_mods)) and not (c.dep_ == "prep" and c.lower_ == AS)]
    return bool(dets) and not rest


def _another(r: Reading, t: Token) -> bool:
    """Another one than the one in play ("a more balanced resolution", "a different deal")."""
    return any(g.tag_ in COMPARATIVE or g.lower_ in r.words.alternatives
               for c in t.children if c.i < t.i for g in c.subtree)


def antecedents(r: Reading, head: Token, fits: Callable[[Token], bool]
                ) -> tuple[tuple[int, int], ...]:
    """Phrases of the earlier mentions of the description's class it may name, nearest
    first: definite ones ("the British-drafted text") back to the nearest indefinite one,
    which introduced it ("a draft resolution on X"). ``fits``: whether a mention may be
    the one named (the same proposer)."""
    plural = head.tag_ in PLURAL  # "the measures" names no "a law on X"
    return _chain(r, r.lex.descriptions.get(head.lemma_.lower()), head.i,
                  lambda t: (t.tag_ in PLURAL) == plural and fits(t))


def named(r: Reading, head: Token) -> bool:
    """Whether a bare description names an earlier mention ("voted for the resolution")."""
    return bare(r, head) and bool(antecedents(r, head, lambda _: True))


def _chain(r: Reading, cls: str | None, end: int, fits: Callable[[Token], bool]
           ) -> tuple[tuple[int, int], ...]:
    out = []
    for t in reversed(r.doc[:end]):
        if t.pos_ == "VERB":  # "charged two men with spying": a claim (claims.py)
            ph = (claims.claim_phrase(r, t) or claims.reported(r, t)) if (
                cls == claims.CLAIM) else None
            if ph is not None:
                out.append(ph)
                break
            continue
        if t.pos_ not in HEADS or r.lex.descriptions.get(t.lemma_.lower()) != cls or (
                _another(r, t)) or not fits(t):
            continue
        ph = phrases.phrase(t, r.words)
        if ph[1] - ph[0] > 1:  # content of its own ("a ceasefire agreement", not "a deal")
            out.append(ph)
            if not any(c.dep_ == "det" and c.lower_ in r.words.described_dets
                       for c in t.children):
                break
    return tuple(out)


def pronoun_antecedents(r: Reading, it: Token) -> tuple[tuple[int, int], ...]:
    """"A and B signed a fishing agreement. C rejected it.": the mentions "it" may name, when
    the previous sentence's subject or object is of a class and nothing but actors stands
    before "it" in its own sentence; else ()."""
    sent = sentence_of(r.doc, it.i)
    if it.lower_ not in IT or it.dep_ not in OBJECT_DEPS or sent.start == 0 or any(
            t.dep_ in ARGUMENT_DEPS and t.i not in r.mmap for t in r.doc[sent.start:it.i]):
        return ()
    prev = sentence_of(r.doc, sent.start - 1)
    t = next((t for t in prev if t.dep_ in ARGUMENT_DEPS and t.pos_ in HEADS
              and t.lemma_.lower() in r.lex.descriptions), None)
    if t is None:
        return ()
    return _chain(r, r.lex.descriptions[t.lemma_.lower()], t.i + 1, lambda _: True)


ACTING_DEPS = ("pobj", "dobj", "prep", "xcomp")  # "pledged to vote against it": up to "pledged"


def same_sentence_antecedent(r: Reading, it: Token) -> Token | None:
    """"said central bank independence had served Brazil well and urged the authorities to
    preserve it": an object "it" after a clause of its own sentence whose subject is a
    singular non-actor noun (not of the verb "it" is the object of), or the object of an opening
    "Asked about X" clause, names that noun."""
    if it.lower_ not in IT or it.dep_ not in OBJECT_DEPS:
        return None
    sent = sentence_of(r.doc, it.i)
    # "a group of lawmakers has pledged to vote against it": the subject of a verb "it"
    # hangs on (through its preposition and to-infinitives) is who acts on it, not what it is
    acting, t = {it.head.i}, it
    while t.dep_ in ACTING_DEPS and t.head.i != t.i:
        t = t.head
        acting.add(t.i)
    for t in reversed(r.doc[sent.start:it.i]):
        if not (t.dep_ in SUBJECT_DEPS or _asked_about(t)) or t.head.i in acting or (
                t.i in r.mmap or t.lower_ in PRONOUNS):
            continue  # the actors and pronouns that act in between
        if t.pos_ != "NOUN" or t.tag_ in PLURAL or t.lower_ in r.words.generic:
            return None
        return t
    return None


def _asked_about(t: Token) -> bool:
    """"Asked about the proposal, Canedo said the government had not drafted it": the object
    of a preposition of a participial clause that opens the sentence."""
    prep = t.head
    return t.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ == "advcl" and (
        prep.head.tag_ == "VBN") and prep.head.i < prep.head.head.i


def reported_claims(r: Reading, cands: list[Cand]) -> None:
    """"Bangladesh said India had opened the gates without warning ... India rejected the
    charge": a claim of fact told by a reporting verb (:func:`claims.reported`) that a later
    bare claim description names is the teller's claim, which the teller supports."""
    told: set[int] = set()
    for t in r.doc:
        if t.pos_ not in HEADS or r.lex.descriptions.get(t.lemma_.lower()) != claims.CLAIM or (
                not bare(r, t)):
            continue
        chain = _chain(r, claims.CLAIM, t.i, lambda _: True)
        if not chain:
            continue
        verb = next((v for v in r.doc[:chain[-1][0]] if v.pos_ == "VERB"
                     and claims.reported(r, v) == chain[-1]), None)
        if verb is None or verb.i in told:
            continue
        told.add(verb.i)
        ph = chain[-1]
        doers = {a for c in r.doc[ph[0]:ph[1]] if c.dep_ in claims.SUBJECTS
                 for a in r.actors_in(c)}
        holders = [h for h in r.holders(verb) if h not in doers]
        if holders:
            cands.append(Cand(holders, "support", ph, None, verb.i,
                              statement=r.stmt_of.get(verb.i, (None, None))[1],
                              evidence=(verb.i, ph[1])))
