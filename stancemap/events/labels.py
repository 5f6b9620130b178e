"""Event coder: labels told in a relative clause ("a step the union called 'an illegal
threat'", "what it called X's 'politicisation'"): the labeller's ACCUSE of the labelled thing's
owner or of the maker of the act the thing stands for."""

from __future__ import annotations

from spacy.tokens import Token

from .frames import Frame
from .parse import _child, _conjuncts
from .vocab import DESCRIBE_VERBS

#: relative pronouns a labelling clause may have as subject or object
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "what"})


def _after_comma(tok: Token) -> bool:
    """Does a comma (or a comma and a closing quotation mark) open the phrase of ``tok``?"""
    first = tok.left_edge.i
    before = [t.text for t in tok.doc.toks[max(0, first - 2):first]]
    return bool(before) and (before[-1] == "," or before[-2:] == [",", '"'])



class RelativeLabels:
    """Mixin of the event coder: labels in relative clauses (used by ``_labelling``)."""

    def _relative_label(self, v: Token, obj: Token | None,
                        label: Token | None) -> tuple[Token | None, Token | None]:
        """The thing a relative clause of labelling labels, and the label: "a step the union
        called 'an illegal threat'", "an exercise Y described as 'provocation'", "a vote the
        bishops called a betrayal" (the clause's head noun; its subject an actor, not a
        relative pronoun), and "what it called X's 'politicisation'" (the label itself,
        whose owner is blamed). (None, None) where the clause is no such label."""
        subj = _child(v, "nsubj")
        if subj is None or subj.lower_ in RELATIVE_WORDS or not self.actors(subj):
            return None, None
        if v.dep_ == "relcl":
            if obj is not None and obj.lower_ not in RELATIVE_WORDS:
                if label is not None or v.lem in DESCRIBE_VERBS:
                    return None, None
                label = obj  # the parse reads the label as the object: "called a betrayal"
            return (v.head, label) if label is not None else (None, None)
        if obj is not None and obj.lower_ == "what" and label is not None:
            return label, label  # "a response to what it called X's 'meddling'"
        return None, None

    def _relative_labelling(self, v: Token, thing: Token, label: Token) -> bool:
        """ACCUSE by the relative clause's subject of whoever the labelled thing belongs to:
        its owner ("X's plan"), else the maker of the act it stands in apposition to or
        names the setting of ("X held drills, an exercise Y called ..."; "X passed it in a
        vote Y called ...": the subject of the verb it hangs on)."""
        ctx = self.context(v)  # (the clause is a relative one, or under a reaction noun:
        blocked = ctx.blocked not in (None, "", "relative-clause", "complement")  # its own act)
        if blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return True
        ctx.blocked = ""
        owners = self.actors(thing) or self.owner(thing)
        if not owners and (thing.dep_ in ("appos", "npadvmod", "pobj") or (
                thing.dep_ == "dobj" and _after_comma(thing))):  # (a second object
            # the parse reads for an apposition: 'told X to do Y, "...," a step ...')
            head = thing.head
            for _ in range(3):  # up to the verb: "froze hiring, a step ...", "in a vote ..."
                if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                    break
                head = head.head
            while head.dep_ in ("xcomp", "conj") and head.pos_ in ("VERB", "AUX"):
                head = head.head  # ("ordered agencies to freeze hiring, a step ...")
            subj = _child(head, "nsubj") if head.pos_ in ("VERB", "AUX") else None
            owners = [a for s in (_conjuncts(subj) if subj is not None else [])
                      for a in self.actors(s)]
        f = Frame("ACCUSE", "disapprove", f"{v.lem} [@label]", v, obj=thing)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        pairs = [(a, thing) for a in owners if a not in src]
        if not pairs or not src:
            return True
        args.targets = list(dict(pairs).items())
        self._make(f, ctx, args, "label", extra_end=label.right_edge.i + 1)
        return True
