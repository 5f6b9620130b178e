"""Unnamed spokespeople as the antecedents of "he" and "she".

An unnamed spokesperson speaks for the state or body it is the voice of (the gold convention:
"a ministry or unnamed spokesperson speaks for its state"), so a later "he said" goes there
too: "China's foreign ministry spokesman rejected the criticism. ... he said" (China), "A
government spokeswoman said ... She added" (the state whose government it is: a fronted place,
else the story's home state), "A spokesman for the party said ... He said" (the party). The
spokesperson is no actor of its own, so coreference, which links a person pronoun to people
only, would pass over it to the person named before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gender import agrees, person_gender
from .mention import Mention
from .sources import fronted_state
from .tokens import table
from .words import WORDS

VOICE_HEADS = WORDS["state_voice_heads"]
VOICE_WORDS = WORDS["state_voice_words"]
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: prepositions after a spokesperson's noun that name the one it speaks for
VOICE_OF_PREPS = ("for", "of")


def voice_mentions(doc: Doc, by_token: dict[int, Mention], info: dict[str, dict],
                   home: str | None) -> list[Mention]:
    """One mention per unnamed spokesperson that is a clause's subject, on its head noun and
    keyed to the state or body it speaks for; none where the text names the spokesperson
    ("spokesman Dmitry Peskov", "the spokeswoman, Ana Ruiz,") or where whom it speaks for is
    not clear."""
    out: list[Mention] = []
    lower = table(doc).lower
    for i, low in enumerate(lower):
        if low not in VOICE_HEADS:
            continue
        tok = doc[i]
        if tok.dep_ not in SUBJECT_DEPS or not tok.text[1:].islower() or any(
                c.dep_ == "appos" or c.pos_ == "PROPN" and c.i > i for c in tok.children):
            continue
        named = by_token.get(i)
        if named is not None and (named.kind == "person" or not named.key):
            continue
        key = named.key if named is not None else _voice_owner(tok, by_token, info, home)
        if key is None:
            continue
        out.append(Mention(i, i + 1, "person", info[key]["name"], key=key, how="coref:voice"))
    return out


def _voice_owner(tok: Token, by_token: dict[int, Mention], info: dict[str, dict],
                 home: str | None) -> str | None:
    """Whom the spokesperson ``tok`` speaks for: an actor named before its noun ("China's
    foreign ministry spokesman", "a NATO spokeswoman"), or after it ("a spokesman for the
    party"), else the state of a state body's word before it ("a government spokesman")."""
    before = [by_token[j] for j in range(tok.left_edge.i, tok.i) if j in by_token]
    keys = [m.key for m in before if m.key]
    if keys:
        return keys[-1]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in VOICE_OF_PREPS:
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            owners = [by_token[t.i] for o in objs for t in o.subtree if t.i in by_token]
            keys = [m.key for m in owners if m.key]
            return keys[0] if keys else None
    if not any(t.lower_ in VOICE_WORDS for t in tok.doc[tok.left_edge.i:tok.i]):
        return None
    code = fronted_state(tok) or home
    return next((k for k, v in info.items() if v["kind"] == "country" and (
        v.get("country") == code)), None) if code else None


def agreeing_voices(voices: list[Mention], pronoun: Token, since: int, bound: set[str]
                    ) -> list[Mention]:
    """The spokespeople between ``since`` and the pronoun whose noun agrees with it
    ("spokeswoman" is no antecedent of "he"), but for those of the actors in ``bound``."""
    return [m for m in voices if since <= m.start < pronoun.i and m.key not in bound and agrees(
        pronoun.lower_, person_gender("", [pronoun.doc[m.start].text]))]
