"""Event coder: a mixed verdict. A quoted judgement in two parts joined by "but" whose last part
does not blame ('called the plan "late but necessary"', 'said the pardons were "a welcome but
partial step"', '"a start, but far too small"') ends on approval: SUPPORT of
whoever the judged act or thing belongs to, never the blame its first part would make alone (as
the reported-criticism rule reads "unfortunate but understandable")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .frames import Args, Context, Frame
from .parse import _conjuncts
from .predicates import _blames

#: the coordinating word that turns a verdict ("A but B")
CONTRAST = "but"
#: the rule name of the records
RULE = "mixed-verdict"
#: the dependency of a negation, and words that deny what follows them ("but no solution")
NEGATION = "neg"
DENYING_WORDS = frozenset({"no", "never"})


def mixed_verdict(words: list[Token]) -> bool:
    """Do the quoted words turn on a coordinating "but" after which no word blames (by the
    tables or VADER) and nothing is denied ("sad but not surprising", "welcome, but not a
    solution", "respects the decision but does not share it" end on no approval)?"""
    cut = next((n for n, t in enumerate(words) if t.lower_ == CONTRAST and t.dep_ == "cc"),
               None)
    after = [t for t in words[cut + 1:] if t.pos_ != "PUNCT"] if cut else []
    return bool(after) and not _blames(after) and not any(
        t.dep_ == NEGATION or t.lower_ in DENYING_WORDS for t in after)


class MixedVerdicts:
    """SUPPORT told as a mixed verdict. A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _mixed_label(self, v: Token, obj: Token | None, label: Token) -> bool:
        """'X called Y's plan "late but necessary"': a mixed verdict as a label, X's SUPPORT
        of the plan's owner. True where the label is one (no other reading then)."""
        if not mixed_verdict(list(label.subtree)):
            return False
        f = Frame("SUPPORT", None, f"{v.lem} [@{RULE}]", v, obj=obj)
        sources = self.arguments(v, f).sources  # type: ignore[attr-defined]
        self._mixed_support(f, obj, sources, self.context(v),  # type: ignore[attr-defined]
                            label.right_edge.i + 1)
        return True

    def _mixed_characterisation(self, v: Token, subj: Token, words: list[Token],
                                ctx: Context) -> bool:
        """'X said the plan was "painful but lawful"': a mixed verdict quoted in reported
        speech, the speaker's SUPPORT of the subject's owner (or the subject actor)."""
        if not mixed_verdict(words):
            return False
        f = Frame("SUPPORT", None, f"{v.lem} [@{RULE}]", v, obj=subj)
        self._mixed_support(f, subj, [(a, ctx.speaker_tok) for a in ctx.speaker], ctx, None)
        return True

    def _mixed_support(self, f: Frame, obj: Token | None,
                       sources: list[tuple[str | None, Token | None]], ctx: Context,
                       extra_end: int | None) -> None:
        """Record the SUPPORT of ``sources`` toward the actors or owners of ``obj`` (none
        named: toward nobody yet, as an untargeted verdict); none for an act not done
        (negated, supposed, to come), nor toward the speaker's own camp."""
        if obj is None or ctx.blocked or ctx.negated or ctx.hypothetical or (
                ctx.conditional or ctx.future):
            return
        src = {a for a, _ in sources if a}
        me: Any = self
        pairs = [(a, o) for o in _conjuncts(obj) for a in (me.actors(o) or me.owner(o))
                 if a not in src and not me._own_camp(a, list(src))]
        targets = list(dict(pairs).items()) or [(None, None)]  # (whose: the target ranker's)
        me._make(f, ctx, Args(sources, targets), RULE, extra_end=extra_end)
