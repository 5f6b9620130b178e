"""Topic names of a proposition (issue #13): further mentions a user asks about by name.

* A general policy noun named by its compound nouns: "tougher gun control measures" also
  names "gun control" (``policy_heads`` of ``stance_topics.tsv``).
* The object of a verb that enacts, keeps or widens it: a stance on "expand the child tax
  credit" is on "the child tax credit" too (``keeping_verbs``), with the names inside it.
* The whole a part belongs to: "key parts of the health law" names "the health law" (``parts``).
* A name given by a participle: "a bill known as the Dream Act" names "the Dream Act"
  (``naming``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..lexicon import word_classes
from .lexicon import DATA

TOPICS_FILE = DATA / "stance_topics.tsv"
CLASSES = ("policy_heads", "keeping_verbs", "parts", "naming")
COMPOUND_MIN = 2  # words of a compound that names a topic ("gun control", not "tax")
OBJECT_DEPS = ("dobj",)

Spans = set[tuple[int, int]]


@lru_cache(maxsize=4)
def topic_words(path: Path = TOPICS_FILE) -> dict[str, frozenset[str]]:
    """The word classes of ``stance_topics.tsv``, read and checked once."""
    return word_classes(path, CLASSES)


def policy_topics(doc: Doc, spans: Spans) -> Spans:
    """"gun control" of a mention headed by "gun control measures"."""
    heads = topic_words()["policy_heads"]
    out: Spans = set()
    for s, e in spans:
        for h in doc[s:e]:
            if h.pos_ != "NOUN" or h.lemma_.lower() not in heads:
                continue
            start = h.i
            while start > s and doc[start - 1].dep_ == "compound" and (
                    doc[start - 1].pos_ in ("NOUN", "PROPN")) and doc[start - 1].head.i >= start:
                start -= 1
            if h.i - start >= COMPOUND_MIN:
                out.add((start, h.i))
    return out


def kept_objects(doc: Doc, spans: Spans, names: Callable[[int, int], Spans]) -> Spans:
    """The object (and the names inside it) of a mention headed by a keeping verb."""
    verbs = topic_words()["keeping_verbs"]
    out: Spans = set()
    for s, e in spans:
        root = doc[s:e].root
        if root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
            continue
        for obj in root.children:
            if obj.dep_ in OBJECT_DEPS and s <= obj.i < e and obj.pos_ in ("NOUN", "PROPN"):
                out |= _subtree_names(obj, s, e, names)
    return out


def wholes(doc: Doc, spans: Spans, names: Callable[[int, int], Spans]) -> Spans:
    """What "of" names after a part noun that heads a mention (and the names inside it)."""
    parts = topic_words()["parts"]
    out: Spans = set()
    for s, e in spans:
        root = doc[s:e].root
        if root.pos_ != "NOUN" or root.lemma_.lower() not in parts:
            continue
        for whole in (g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and s <= g.i < e):
            if whole.pos_ in ("NOUN", "PROPN"):
                out |= _subtree_names(whole, s, e, names)
    return out


def given_names(doc: Doc, spans: Spans, names: Callable[[int, int], Spans]) -> Spans:
    """"the Dream Act" of "a bill known as the Dream Act" inside a mention."""
    naming = topic_words()["naming"]
    out: Spans = set()
    for s, e in spans:
        for verb in doc[s:e]:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in naming:
                continue
            for name in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                         for g in c.children if g.dep_ == "pobj" and s <= g.i < e):
                out |= _subtree_names(name, s, e, names)
    return out


def _subtree_names(tok: Token, s: int, e: int, names: Callable[[int, int], Spans]) -> Spans:
    """The words under ``tok`` cut to the mention ``s:e``, and the names inside them."""
    start, end = max(s, tok.left_edge.i), min(e, tok.right_edge.i + 1)
    return {(start, end), *names(start, end)}


def further(doc: Doc, spans: Spans, names: Callable[[int, int], Spans]) -> Spans:
    """Topic names of a proposition's mentions, to add as further mentions."""
    kept = kept_objects(doc, spans, names) | wholes(doc, spans, names)
    kept |= given_names(doc, spans | kept, names)
    return kept | policy_topics(doc, spans | kept)
