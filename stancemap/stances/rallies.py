"""Protests with no object of their own (``stance_rallies.tsv``): "farmers protested outside
the provincial offices", "several thousand people marched on the main avenue" oppose the main
question of the story so far (the first proposition debated, as an open question's "*" is);
"rallied in support" backs it. A protest that names its cause ("protested against X",
"marched to demand X", "in protest at X") or its object is left to the other rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import sentence_of, table
from ..lexicon import word_class_record
from .candidates import Cand
from .context import Reading
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_rallies.tsv"
#: what a bare protest may carry besides places: its subject, time, manner, punctuation
FREE_DEPS = frozenset({"nsubj", "aux", "auxpass", "advmod", "npadvmod", "punct", "cc",
                       "conj", "prt", "neg", "mark", "tmod"})
NAMING_PREPS = ("of", "for", "with")  # "in support of X", "in solidarity with X"
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "dobj", "nsubjpass", "dative", "attr",
                          "acomp", "oprd", "pobj"})


@dataclass(frozen=True)
class RallyWords:
    """The word classes of ``stance_rallies.tsv`` (its comments say what each one does)."""

    verbs: frozenset[str]
    places: frozenset[str]
    causes: frozenset[str]
    support_nouns: frozenset[str]
    alongside: frozenset[str]


@lru_cache(maxsize=4)
def rally_words(path: Path = DATA) -> RallyWords:
    """``stance_rallies.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(RallyWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """The main question's opposition (or backing) from a protest with no object."""
    w = rally_words()
    doc = r.doc
    tab = table(doc)
    for i, (pos, lemma) in enumerate(zip(tab.pos, tab.lemma, strict=True)):
        if pos != "VERB" or lemma not in w.verbs:
            continue  # from the per-Doc table: no Token made for the other words
        tok = doc[i]
        pol = _bare(tok, w)
        if pol is None or negated(tok) or any(c.trigger == tok.i for c in cands):
            continue
        sent = sentence_of(doc, tok.i)
        if any(sent.start <= c.trigger < tok.i for c in cands):
            continue  # "Italy condemned the air raids, and a crowd rallied": on what the
            # clause before names, not the story's main question
        subj = r.subject(tok)
        holders = r.actors_in(subj) if subj is not None else []
        if not holders:
            continue  # the subject's own actors only: no speaker stands in for a crowd
        add(r, cands, holders, pol, None, tok, anaphor="*")


def _bare(tok: Token, w: RallyWords) -> str | None:
    """"support" for "rallied in support", "oppose" for a protest that carries only places,
    times and its subject; None for one that names a cause, an object or a purpose."""
    pol = "oppose"
    for c in tok.children:
        dep = c.dep_
        if dep == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in w.alongside:
            continue  # "..., saying prices had fallen": said alongside, no cause
        if dep in PURPOSE_DEPS:
            return None  # "marched to demand X", "protested the decision"
        if dep == "prep":
            low = c.lower_
            if low in w.causes or low not in w.places:
                return None
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if low == "in" and objs and objs[0].lemma_.lower() in w.support_nouns:
                if any(p.dep_ == "prep" and p.lower_ in NAMING_PREPS
                       for p in objs[0].children):
                    return None  # "in support of X": names what it backs
                pol = "support"
            elif not objs:
                return None
        elif dep not in FREE_DEPS:
            return None
    return pol
