"""Event coder: an act reported by a speaker whose subject is a body named by a bare definite
noun that resolves to no actor ("She said the union would stage a walkout", "The
firm would obey the ruling, she said"): the speaker's own body, told by the speaker, so the act is
the speaker's. Without this the event has no source at all."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spacy.tokens import Token

from .frames import Context
from .vocab import SPEAKER_BODY_NOUNS

Sources = list[tuple[str | None, Token | None]]


def speaker_body_source(subj: Token | None, sources: Sources,
                        context: Callable[[], Context], actor_by_id: Mapping[str, Any]
                        ) -> Sources:
    """The speaker as the source of an act whose subject is "the union", "the party" (no
    actor) in a clause the speaker reports; ``sources`` otherwise. Not in a relative clause
    ("an offer the company rejected"), and not for a speaker that is a state or an unnamed
    group ("sources close to the negotiations said the firm ..."): those tell of a
    body, they do not speak for it."""
    if subj is None or any(a for a, _ in sources) or subj.dep_ != "nsubj" or (
        subj.head.dep_ == "relcl"
    ):
        return sources
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in SPEAKER_BODY_NOUNS or subj.tag_ != "NN":
        return sources
    dets = [c for c in subj.lefts if c.dep_ in ("det", "poss")]
    if len(dets) != 1 or dets[0].lower_ != "the" or any(c.dep_ == "conj" for c in subj.children):
        return sources
    ctx = context()
    if not ctx.reported or len(ctx.speaker) != 1 or ctx.blocked:
        return sources
    speaker = actor_by_id.get(ctx.speaker[0])
    if speaker is None or speaker.type not in ("person", "organization"):
        return sources
    return [(ctx.speaker[0], ctx.speaker_tok)]
