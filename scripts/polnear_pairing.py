"""Count what PolNeAR's one-to-one pairing leaves unmatched where contents do overlap.

    .venv/bin/python scripts/polnear_pairing.py [DIR] [--tenth | --nine] [--slice START END]
        [--cache FILE] [--show KIND] [--max N]

DIR defaults to ``../shared/data/polnear/train`` (read train only: PolNeAR dev is evaluation
only). ``--tenth`` takes the held-out tenth of ``train_statement_model.held_out``, ``--nine``
the other nine tenths (the shipped models were fitted on them: their figures flatter). The
engine's statements are kept in ``--cache FILE`` (JSON; read back when it exists). The scorer
(``evaluate.polnear``) pairs statements and attributions one to one; two kinds of loss are
counted here, each by form:

* ``gold``: an attribution left unmatched although a statement's content overlaps it, that
  statement being matched to another attribution (the engine made one statement of two); its
  form is read against that statement (``, cue read``: another statement has its cue);
* ``system``: a statement left unmatched although its content overlaps an attribution matched
  to another statement (the annotators made one attribution where the engine made two); its
  form is read against that attribution;
* ``boundary``: a statement and an attribution, both unmatched, overlapping by less than half.

Forms (the first that fits): ``same cue`` (the two share the cue), ``cue inside`` (the
unmatched one's cue lies within the other's content: a report nested in a content),
``contains cue`` (the other's cue lies within the unmatched one's content), ``same
sentence`` (the two cues in one sentence), ``apart``. ``--show KIND/FORM`` prints the cases.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_args import split_parser  # noqa: E402

from stancemap.evaluate.polnear import (  # noqa: E402
    PolnearArticle,
    _content_frags,
    _merge,
    _overlap,
    _polnear_matches,
    load_polnear,
)

Frag = tuple[int, int]


def statement_rows(doc: Any) -> list[dict[str, Any]]:
    """The statement fields the census reads, as JSON-ready rows."""
    return [{"cue": [s.cue.start, s.cue.end] if s.cue else None,
             "content": _content_frags(s), "kind": s.kind, "attribution": s.attribution}
            for s in doc.statements]


def _rows_as_statements(rows: list[dict[str, Any]]) -> list[Any]:
    from stancemap.model import Span, Statement

    out = []
    for n, r in enumerate(rows):
        frags = [Span(s, e, "") for s, e in r["content"]]
        cue = Span(r["cue"][0], r["cue"][1], "") if r["cue"] else None
        out.append(Statement(id=f"s{n}", speaker=None, kind=r["kind"], cue=cue,
                             content=Span(frags[0].start, frags[-1].end, ""),
                             fragments=frags if len(frags) > 1 else [],
                             attribution=r["attribution"]))
    return out


def _extent(frags: list[Frag]) -> Frag:
    m = _merge(frags)
    return (m[0][0], m[-1][1]) if m else (0, 0)


def _within(inner: list[Frag], outer: list[Frag]) -> bool:
    s, e = _extent(outer)
    return bool(inner) and all(s <= a and b <= e for a, b in inner)


def _sentence(text: str, pos: int) -> Frag:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return start, min(ends) if ends else len(text)


def form(text: str, cue: list[Frag], content: list[Frag],
         other_cue: list[Frag], other_content: list[Frag]) -> str:
    """How an unmatched side (``cue``, ``content``) stands to the matched one that took its
    partner (``other_cue``, ``other_content``)."""
    if cue and other_cue and _overlap(cue, other_cue):
        return "same cue"
    if cue and _within(cue, other_content):
        return "cue inside"
    if other_cue and _within(other_cue, content):
        return "contains cue"
    if cue and other_cue and _sentence(text, cue[0][0]) == _sentence(text, other_cue[0][0]):
        return "same sentence"
    return "apart"


def census(article: PolnearArticle, stmts: list[Any]) -> list[dict[str, Any]]:
    """Each pairing loss of one article: kind, form, order and the texts to read."""
    gold = [g for g in article.attributions if g.content]
    matched, _ = _polnear_matches(article, stmts, gold)
    by_gold = {i: k for k, i in matched.items()}
    scon = [_content_frags(s) for s in stmts]
    scue = [[(s.cue.start, s.cue.end)] if s.cue else [] for s in stmts]
    text = article.text
    out = []

    def row(kind: str, frm: str, first: bool, mine: tuple, other: tuple) -> dict[str, Any]:
        def show(side: tuple) -> str:
            cue, con = side
            return (" ".join(text[a:b] for a, b in _merge(cue)) + " || "
                    + " ... ".join(text[a:b] for a, b in _merge(con)))
        return {"article": article.id, "kind": kind, "form": frm,
                "order": "first" if first else "second", "unmatched": show(mine),
                "other": show(other)}

    for i, g in enumerate(gold):
        if i in by_gold:
            continue
        over = [(_overlap(scon[k], g.content), k) for k in range(len(stmts))]
        over = [(o, k) for o, k in over if o > 0 and k in matched]
        if not over:
            continue
        _, k = max(over)
        frm = form(text, g.cue, g.content, scue[k], scon[k])
        if any(_overlap(c, g.cue) for n, c in enumerate(scue) if n != k and g.cue):
            frm += ", cue read"
        out.append(row("gold", frm, g.content[0][0] < gold[matched[k]].content[0][0],
                       (g.cue, g.content), (scue[k], scon[k])))
    for k in range(len(stmts)):
        if k in matched:
            continue
        over = [(_overlap(scon[k], g.content), i) for i, g in enumerate(gold)]
        over = [(o, i) for o, i in over if o > 0]
        if not over:
            continue
        o, i = max(over)
        if i not in by_gold:
            out.append(row("boundary", "below half", True, (scue[k], scon[k]),
                           (gold[i].cue, gold[i].content)))
            continue
        k2 = by_gold[i]
        frm = form(text, scue[k], scon[k], gold[i].cue, gold[i].content)
        out.append(row("system", frm, scon[k][0][0] < scon[k2][0][0],
                       (scue[k], scon[k]), (gold[i].cue, gold[i].content)))
    return out


def tally(article: PolnearArticle, stmts: list[Any]) -> Counter[str]:
    """Matched, exact, statements, gold and right cues of one article, as the scorer counts."""
    gold = [g for g in article.attributions if g.content]
    matched, n_exact = _polnear_matches(article, stmts, gold)
    cues = sum(int(_overlap([(stmts[k].cue.start, stmts[k].cue.end)] if stmts[k].cue else [],
                            gold[i].cue) > 0) if gold[i].cue else int(stmts[k].cue is None)
               for k, i in matched.items())
    return Counter(matched=len(matched), exact=n_exact, statements=len(stmts), gold=len(gold),
                   cue=cues)


def _statements(articles: list[PolnearArticle], cache: Path | None) -> list[list[Any]]:
    if cache and cache.exists():
        rows = json.loads(cache.read_text())
        return [_rows_as_statements(rows[a.id]) for a in articles]
    from stancemap.model import Article
    from stancemap.pipeline import default_engine, with_statements

    engine = with_statements(default_engine(), "combined", polnear_spans=True, join_quotes=True)
    docs = [engine.analyze(Article(id=a.id, text=a.text, path=a.ann_path)) for a in articles]
    rows = {a.id: statement_rows(d) for a, d in zip(articles, docs, strict=True)}
    if cache:
        cache.write_text(json.dumps(rows))
    return [d.statements for d in docs]


def main() -> None:
    ap = split_parser(__doc__)
    ap.add_argument("--cache", type=Path, help="JSON file of the engine's statements.")
    ap.add_argument("--show", help="Print the cases of KIND or KIND/FORM.")
    ap.add_argument("--max", type=int, default=60, help="Cases printed (default 60).")
    args = ap.parse_args()
    articles = load_polnear(args.data)
    import train_statement_model as tsm

    articles = tsm.census_part(articles, args.tenth, args.nine, args.slice)
    stmts = _statements(articles, args.cache)
    rows = [r for a, st in zip(articles, stmts, strict=True) for r in census(a, st)]
    t = sum((tally(a, st) for a, st in zip(articles, stmts, strict=True)), Counter())
    print(f"overlap F1 {2 * t['matched'] / (t['statements'] + t['gold']):.4f} ({t['matched']} of "
          f"{t['statements']} statements, {t['gold']} gold), exact F1 "
          f"{2 * t['exact'] / (t['statements'] + t['gold']):.4f}, "
          f"cue {t['cue'] / t['matched']:.4f}")
    counts = Counter((r["kind"], r["form"], r["order"]) for r in rows)
    print(f"{len(articles)} articles, {len(rows)} pairing losses")
    for kind in ("gold", "system", "boundary"):
        print(f"{kind}: {sum(n for key, n in counts.items() if key[0] == kind)}")
        for (k, frm, order), n in sorted(counts.items(), key=lambda x: -x[1]):
            if k == kind:
                print(f"  {n:5d}  {frm}, unmatched {order}")
    if args.show:
        shown = [r for r in rows if args.show in (r["kind"], f"{r['kind']}/{r['form']}")]
        for r in shown[:args.max]:
            print(f"\n[{r['article']}] {r['kind']}/{r['form']} ({r['order']})\n"
                  f"  unmatched: {r['unmatched']}\n  other:     {r['other']}")


if __name__ == "__main__":
    main()
