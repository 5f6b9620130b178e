"""Event coder: the date of an event: a date expression on the trigger's clause, resolved
against the publication date."""

from __future__ import annotations

from spacy.tokens import Token

from .. import dates
from .frames import Context, Frame
from .vocab import WEEKDAY_WORDS

SINCE = "since"
#: words that make a noun the first or only of its kind since a date ("the first summit since")
FIRSTS = frozenset({"first", "only", "last"})


class Dating:
    """The date of an event: a date expression on the trigger's clause, resolved against the
    publication date.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _date(self, v: Token, f: Frame, ctx: Context) -> dates.ResolvedDate | None:
        heads = [v]
        if f.noun is not None:
            heads.append(f.noun)
        cur = v
        for _ in range(3):
            if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
                cur = cur.head
                heads.append(cur)
            else:
                break
        # last: the complement of a promise or offer ("agreed to reopen ... in late February")
        heads += [c for c in v.children if c.dep_ == "xcomp"]
        when = self._date_of_when(heads)
        if when is not None:
            key = (when, ctx.future)
            if key not in self.resolved:
                self.resolved[key] = dates.resolve(when, self.pub, future=ctx.future)
            if self.resolved[key] is not None:
                return self.resolved[key]
        for h in heads:
            for c in h.children:
                if c.dep_ in ("ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "nsubj",
                              "dobj", "parataxis", "punct", "cc", "mark", "aux", "neg"):
                    if not (c.dep_ in ("nsubj", "dobj") and c.ent_type_ in ("DATE", "TIME")):
                        continue
                expr = self.date_cache.get(c.i, "")
                if expr == "":
                    expr = self.date_cache[c.i] = self._date_expression(c)
                if expr is None:
                    continue
                key = (expr, ctx.future)
                if key in self.resolved:
                    res = self.resolved[key]
                else:
                    res = self.resolved[key] = dates.resolve(expr, self.pub, future=ctx.future)
                if res is not None:
                    return res
        return None

    def _date_of_when(self, heads: list[Token]) -> str | None:
        """The date a "when" clause hangs on is its act's ("since late 2023, when several
        journalists were arrested": the arrests are of 2023)."""
        for h in heads:
            if h.dep_ == "relcl" and h.head.ent_type_ == "DATE" and any(
                c.lower_ == "when" for c in h.children if c.dep_ == "advmod"
            ):
                return self._date_expression(h.head)
        return None

    def _date_expression(self, c: Token) -> str | None:
        """The date words in a modifier: the DATE entity with its preposition ("in late
        February", "on Thursday"), or a bare weekday the tagger missed."""
        lo, hi = c.left_edge.i, c.right_edge.i
        doc = c.doc
        start = next((i for i in range(lo, hi + 1) if doc[i].ent_type_ == "DATE"
                      and not _comparison_baseline(doc[i])), None)
        if start is None:
            words = [doc[i].text for i in range(lo, hi + 1) if doc[i].lower_ in WEEKDAY_WORDS]
            return " ".join(words) if words else None
        end = start + 1
        while end <= hi and doc[end].ent_type_ == "DATE" and doc[end].ent_iob_ == "I":
            end += 1
        if start > lo and doc[start - 1].dep_ == "prep" and doc[start - 1].lower_ in (
            "in", "on", "at", "since", "during", "from", "until", "by", "before", "after"
        ):
            start -= 1
        return doc.text_of(start, end)


def _comparison_baseline(tok: Token) -> bool:
    """Is the date word the baseline of a superlative or a first ("the largest nursing strike
    since 2016", "the first congress without a communique since 2009", "their best result
    since 1997")? It dates the comparison, not the act it describes."""
    prep = tok.head
    while prep.dep_ in ("pobj", "nummod", "compound", "amod", "det") and prep.head.i != prep.i \
            and prep.lower_ != SINCE:
        prep = prep.head
    if prep.lower_ != SINCE or prep.dep_ != "prep":
        return False
    noun = prep.head
    while noun.pos_ not in ("NOUN", "PROPN") and noun.dep_ == "prep" and noun.head.i != noun.i:
        noun = noun.head  # "the first congress without a communique since 2009"
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "advmod", "nummod") and (c.tag_ in ("JJS", "RBS") or c.lower_ in FIRSTS)
        for c in noun.children)
