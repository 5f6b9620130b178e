"""PolNeAR's content conventions, applied when the stage runs with ``polnear_spans=True``.

PolNeAR's annotators draw a report's content as the whole proposition reported, also where
its first words stand before the reporting clause:

* a **relative clause** whose verb reports: "a bill that critics called anti-gay" and "the
  fight it expects to last into spring" have the noun they describe in their content, "which
  Democrats say could help Sanders" its relative pronoun;
* a report **made jointly** ("Smith and Jones said X") is one attribution whose Source names
  them all, so the statements the engine makes of it, one per speaker, are one: the first
  speaker's, its source the words that name them all;

The gold files keep a content to the words after the cue, so by default nothing here runs.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.tokens import expanded_span
from ..model import Span, Statement
from .boundary import BoundaryModel
from .context import Context, Found
from .merge import without_tag
from .raising import by_agent

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def relative_start(cue: Token, content: tuple[int, int]) -> int | None:
    """Where a report made by the verb of a relative clause begins, when the clause's
    relative pronoun is the content's own argument ("which Democrats say [which] could help
    X"): at the pronoun; with no pronoun, when the content has no subject of its own ("a
    fight it expects to last"): at the noun the clause describes."""
    if cue.dep_ != "relcl":
        return None
    first = cue.left_edge
    if first.tag_ in RELATIVE_TAGS or first.lower_ == "that":
        inside = content[0] <= first.head.idx < content[1]
        return first.idx if inside and first.dep_ in SUBJECTS else None
    noun = cue.head
    heads = [t for t in cue.children if content[0] <= t.idx < content[1]]
    bare = heads and not any(c.dep_ in SUBJECTS for h in heads for c in h.children)
    return noun.left_edge.idx if noun.i < cue.i and bare else None


#: the marks after which a content's trailing clause begins
CLAUSE_BREAKS = frozenset({",", ";", "—", "–", "--"})
#: the attachments of a trailing clause to the content it follows
TRAILING_DEPS = frozenset({"advcl", "conj"})


def end_before_reports(ctx: Context, found: list[Found]) -> None:
    """A reported content ends before a trailing clause whose verb is a cue, alone or in a
    phrase ("said X, pointing to Y", "said that X, although he tweeted that Y"): PolNeAR's
    annotators end the first content at the break and count the second report apart, which
    the rules or the model may then find (neither takes a report nested in a rule's
    content). Quotations and contents in pieces are left as they are (stop 33; held-out tenth
    of PolNeAR train: 2,034 -> 2,038 matched of 2,311 -> 2,317 statements, exact 1,478 ->
    1,483; PolNeAR dev 1,717 -> 1,719 of 1,959 -> 1,961, exact 1,273 -> 1,276). A
    non-restrictive relative clause too ("said X, whom she described as Y") raised the tenth
    (2,041 of 2,321) but lowered dev (1,720 of 1,965), so it is left out."""
    doc, lex = ctx.doc, ctx.rules.lex
    verbs = set(lex.verbs) | {w for w, _ in lex.phrases}
    for f in found:
        if f.kind == "direct" or f.fragments or f.cue is None or f.cue[1] > f.content[0]:
            continue
        lo, hi = ctx.tok_range(*f.content)
        if lo is None or hi is None:
            continue
        for t in doc[lo + 1:hi + 1]:
            if t.pos_ != "VERB" or t.dep_ not in TRAILING_DEPS or t.lemma_.lower() not in verbs:
                continue
            k = t.left_edge.i - 1
            if k <= lo or doc[k].text not in CLAUSE_BREAKS or ctx.in_quote(doc[k].idx):
                continue
            if t.head.i < lo or t.head.i > k:
                continue
            end = doc[k - 1].idx + len(doc[k - 1])
            if k - lo >= 3:
                f.content = (f.content[0], end)
                break


def _cue_token(doc: Doc, st: Statement) -> Token | None:
    if st.cue is None:
        return None
    span = expanded_span(doc, st.cue.start, st.cue.end)
    return span.root if span is not None and len(span) else None


def polnear_extents(doc: Doc, statements: list[Statement],
                    ends: BoundaryModel | None = None) -> list[Statement]:
    """``statements`` with contents drawn as PolNeAR draws them (see the module's doc);
    ``ends``: the trained model that moves a content's end (:mod:`.boundary`)."""
    text = doc.text
    out = []
    for st in statements:
        if st.fragments and st.kind != "indirect":  # quotations: their marks draw them
            out.append(st)
            continue
        cue = _cue_token(doc, st)
        start, end = st.content.start, st.content.end
        if ends is not None:
            start, end = _model_bounds(doc, ends, st, cue)
            if st.fragments and st.cue is not None and st.content.start < st.cue.start:
                start = st.content.start  # its tag inside: the words before it stay
            if cue is not None and st.content.end <= cue.idx and by_agent(cue) is not None:
                end = st.content.end  # "X was criticized by Y": X is all of it
            elif cue is not None and _subject_content(st, cue):
                start, end = st.content.start, st.content.end  # "X drew criticism from Y"
        first = relative_start(cue, (start, end)) if cue is not None else None
        if first is not None and first < start and cue.idx < start:
            start = first
        if (start, end) != (st.content.start, st.content.end):
            st = _moved(st, text, start, end)
        out.append(st)
    return _one_per_attribution(_not_nested(out, statements), text)


def _one_per_attribution(statements: list[Statement], text: str) -> list[Statement]:
    """One statement per cue and content: a report made jointly ("Smith and Jones said X",
    one statement per speaker) is one attribution, the first speaker's, its source the words
    that name them all."""
    out: list[Statement] = []
    first: dict[tuple, int] = {}
    for st in statements:
        key = (st.cue.start if st.cue else None, st.content.start, st.content.end)
        k = first.get(key)
        if k is None:
            first[key] = len(out)
            out.append(st)
            continue
        kept = out[k]
        if kept.source is not None and st.source is not None:
            s, e = min(kept.source.start, st.source.start), max(kept.source.end, st.source.end)
            out[k] = replace(kept, source=Span(s, e, text[s:e]))
    return out


def _moved(st: Statement, text: str, start: int, end: int) -> Statement:
    """``st`` with its content moved to ``start``..``end``, in fragments around its own tag if
    the move took the tag in (:func:`.merge.without_tag`)."""
    cue = (st.cue.start, st.cue.end) if st.cue else None
    source = (st.source.start, st.source.end) if st.source else None
    pieces = without_tag(text, (start, end), cue, source)
    return replace(st, content=Span(pieces[0][0], pieces[-1][1],
                                    text[pieces[0][0]:pieces[-1][1]]),
                   fragments=[Span(s, e, text[s:e]) for s, e in pieces] if len(pieces) > 1
                   else [])


def _not_nested(moved: list[Statement], before: list[Statement]) -> list[Statement]:
    """``moved`` without a statement whose cue a moved content now takes in (attributions do
    not nest: "said X and said Y" is one report when X runs on past "and said")."""
    changed = [m.content for m, b in zip(moved, before, strict=True) if m.content != b.content]
    return [st for st in moved if st.cue is None or not any(
        c.start <= st.cue.start and st.cue.end <= c.end and c != st.content for c in changed)]


def _subject_content(st: Statement, cue: Token) -> bool:
    """Is ``st``'s content its cue's subject before it, whole ("the proposal drew criticism
    from Y", :mod:`.reception`)? Its bounds are the subject's, which the boundary model, trained
    on contents after their cues, would move."""
    return st.content.end <= cue.idx and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.idx <= st.content.start
        and st.content.end <= c.right_edge.idx + len(c.right_edge) for c in cue.children)


def _model_bounds(doc: Doc, ends: BoundaryModel, st: Statement, cue: Token | None
                  ) -> tuple[int, int]:
    span = expanded_span(doc, st.content.start, st.content.end)
    if span is None or not len(span):
        return st.content.start, st.content.end
    lo, hi = content_words(doc, span.start, span.end - 1)
    j = ends.best_end(doc, lo, hi, cue, st.kind)
    i = ends.best_start(doc, lo, hi, cue, st.kind)
    return (st.content.start if i == lo else doc[i].idx,
            st.content.end if j == hi else doc[j].idx + len(doc[j]))


def content_words(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """The first and last words of tokens ``lo..hi`` (no punctuation or space at either end)."""
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return lo, hi
