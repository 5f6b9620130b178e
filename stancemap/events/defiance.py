"""Event coder: refusing to yield to pressure. "X said it would not be intimidated", "Manila
will not be bullied out of its own waters": a negated passive of a verb of pressure
(``defiance_verbs`` in ``event_words.tsv``) is the subject's REJECT, or the speaker's where a
speaker voices it (the gold sets code the one who says it: dev26, dev28, dev38); the story's
adversary is left to the targeting passes."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .frames import Args, Frame
from .parse import _child


class Defiance:
    """Refusals to yield to pressure. A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    context: Any
    _resolve: Any
    _make: Any

    def _defiance(self, v: Token) -> bool:
        """"X said it would not be intimidated", "Manila will not be bullied": a negated
        passive of a verb of pressure (``defiance_verbs``) is the subject's refusal to yield
        (REJECT), aimed by the story at its adversary (the target passes). Not a question,
        a condition or a hypothesis; the negation and the future are the refusal itself."""
        subj = _child(v, "nsubjpass")
        if subj is None or _child(v, "auxpass") is None or _child(v, "neg") is None:
            return False
        ctx = self.context(v)
        if ctx.blocked or ctx.hypothetical or ctx.conditional:
            return True
        ctx.negated = ctx.future = False
        f = Frame("REJECT", None, f"{v.lem} [@defiance]", v)
        sources = self._resolve(subj)
        if ctx.reported and len(ctx.speaker) == 1:  # voiced: the speaker's own refusal
            sources = [(ctx.speaker[0], ctx.speaker_tok)]
        self._make(f, ctx, Args(sources, [(None, None)]), "defiance")
        return True
