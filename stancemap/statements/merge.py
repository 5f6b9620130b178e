"""Merging: one statement per content and cue, nested attributions dropped, records made."""

from __future__ import annotations

from ..model import Span, Statement
from .context import Context, Found, overlap, unique, within

#: characters per block of the index that finds the statements a statement may clash with
BLOCK = 1000


def merge(ctx: Context, found: list[Found]) -> list[Statement]:
    text = ctx.text
    # one statement per content and cue; nested attributions are dropped
    found = [f for f in found if f.content[1] > f.content[0]]
    found.sort(key=lambda f: (-f.priority, f.content[0]))

    # statements only meet where their words overlap or touch: index them by the blocks
    # of text they cover (a paragraph index would pair every two of a long paragraph)
    def paras(f: Found) -> range:
        lo, hi = f.content
        for span in (f.cue, f.source):
            if span is not None:
                lo, hi = min(lo, span[0]), max(hi, span[1])
        return range((lo - 1) // BLOCK, (hi + 1) // BLOCK + 1)

    near: dict[int, list[Found]] = {}

    def neighbours(f: Found) -> list[Found]:
        seen: dict[int, Found] = {}
        for p in paras(f):
            for g in near.get(p, []):
                seen[id(g)] = g
        return list(seen.values())

    kept: list[Found] = []
    for f in found:
        clash = False
        for g in neighbours(f):
            if overlap(f.content, g.content) > 0 and (
                    f.cue_tok is not None and f.cue_tok == g.cue_tok or
                    overlap(f.content, g.content) >= 0.8 * min(
                        f.content[1] - f.content[0], g.content[1] - g.content[0])):
                clash = True
                break
        if not clash:
            kept.append(f)
            for p in paras(f):
                near.setdefault(p, []).append(f)
    # drop statements whose cue lies inside another statement's content or source (when
    # that one is at least as sure), and those that would swallow a surer one's cue
    final = []
    for f in kept:
        drop = False
        for g in neighbours(f):
            if g is f:
                continue
            if f.cue is not None and g.priority >= f.priority and (
                    within(f.cue, g.content) or g.source is not None and within(
                        f.cue, g.source)):
                drop = True
            elif g.cue is not None and g.priority > f.priority and within(g.cue,
                                                                           f.content):
                drop = True
            if drop:
                break
        if not drop:
            final.append(f)
    final.sort(key=lambda f: (f.content[0], f.cue[0] if f.cue else 0))
    out: list[Statement] = []
    for f in final:
        cs, ce = f.content
        kind = f.kind
        if f.kind != "direct" or f.rule == "label":
            kind = ctx.kind_of(cs, ce)
            if kind == "direct" and f.rule != "label":
                kind = "mixed"  # a quoted complement: called it "absurd"
        for sp in unique(f.speakers):
            out.append(Statement(
                id=f"s{len(out) + 1}",
                speaker=sp,
                kind=kind,
                cue=Span(f.cue[0], f.cue[1], text[f.cue[0]:f.cue[1]]) if f.cue else None,
                content=Span(cs, ce, text[cs:ce]),
                source=Span(f.source[0], f.source[1], text[f.source[0]:f.source[1]])
                if f.source else None,
            ))
    return out
