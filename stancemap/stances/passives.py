"""The story's act told in the passive: "Kosovo was admitted to the Council of Europe on
Wednesday after a vote ...", "Two aid workers were freed on Thursday".

Told so, the act has no doer to hold a stance on it (``verbs.enacted`` reads a passive whose
"by" names an actor), yet it is what the story is about: the bare votes that follow ("Serbia
... voted against", "Greece abstained"), "welcomed the decision", "called the vote a legal
nullity" and "the release" all land on it. ``lead_act`` finds it: the root of the story's
first sentence (after a title line), a past passive whose subject is its patient, that no
stance verb, charge (``stance_claims.tsv``), reporting verb or actor agent ("by X",
``verbs.passive_agent``) reads already. Its proposition is the act with its patient as the
object: "X was admitted to Y" is "admit X to Y" (the phrase "admitted to Y", with the
patient's words among its keys)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import sentences
from ..segment import FINAL
from . import verbs
from .context import Reading

PAST_PARTICIPLE = "VBN"
PAST_AUX = "VBD"  # "was admitted", not "has been admitted" nor "will be admitted"
AUX_PASSIVE = "auxpass"
PATIENT = "nsubjpass"
#: the act's own complements, the phrase's extent ("admitted to the Council of Europe");
#: a time or place told after it is not the act
ACT_DEPS = ("prep", "dobj", "oprd", "prt", "xcomp", "dative")
TIME_ENTS = frozenset({"DATE", "TIME"})
#: sentences read for the lead: a title line and the first sentence told
LEAD_LINES = 2


def lead_act(r: Reading) -> tuple[Token, tuple[int, int]] | None:
    """The patient and the phrase (verb and its complements) of the story's lead act told in
    the past passive, or None."""
    for sent in sentences(r.doc)[:LEAD_LINES]:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        found = _passive(r, sent.root)
        if found is not None or words[-1].text in FINAL:
            return found  # the first sentence told (not a title line) is the lead
    return None


def _passive(r: Reading, verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """The patient and phrase of a past passive ``verb`` that tells an act, or None."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != PAST_PARTICIPLE or lemma in r.lex.verb_triggers or (
            lemma in r.words.act_tellers):
        return None
    if lemma in r.lex.claims or lemma in r.lex.accusation:
        return None  # "were charged with X": a charge's proposition is X (``claims.py``)
    kids = list(verb.children)
    if not any(c.dep_ == AUX_PASSIVE and c.tag_ == PAST_AUX for c in kids) or (
            verbs.passive_agent(r, verb) is not None):
        return None  # "declared persona non grata by Norway": ``verbs.enacted`` reads it
    # the subject next to the verb (a dateline before it may be read as one too)
    patient = max((c for c in kids if c.dep_ == PATIENT and c.i < verb.i), key=lambda c: c.i,
                  default=None)
    if patient is None:
        return None
    end = verb.i + 1
    for c in kids:
        if c.i < verb.i or c.dep_ not in ACT_DEPS:
            continue
        if c.left_edge.i > end or any(t.ent_type_ in TIME_ENTS for t in c.subtree):
            break  # only the complements that follow the verb at once
        end = c.right_edge.i + 1
    return patient, (verb.i, end)
