"""Count the PolNeAR attributions the engine misses, by kind (PolNeAR's conventions).

    .venv/bin/python scripts/polnear_misses.py [DIR] [--tenth | --slice START END] [--top N]

DIR defaults to ``../shared/data/polnear/train``; ``--tenth`` takes the held-out tenth of
``train_statement_model.held_out`` (the articles the shipped models never saw: on the other
nine tenths the attribution model reads its own training text). Read train only: PolNeAR dev is
evaluation only, its aggregate figures alone. Each gold attribution the scorer leaves unmatched
(``evaluate.polnear``) falls in the first kind that fits:

* ``no overlap``: no statement's content overlaps it, nor does any statement's cue: the cue
  was never read (the commonest cue words of these are printed);
* ``cue read, content elsewhere``: a statement has its cue but a content apart from it;
* ``content over two, this one first`` / ``... this one second``: a statement's content
  overlaps it by half but is matched to another attribution that it also spans (a content that
  runs on over a second report, or begins before it);
* ``too short`` / ``too long``: the statement that overlaps it most covers less than half.

About 1 s per article on the shared two-core machine.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_args import split_parser  # noqa: E402

from stancemap.evaluate.polnear import (  # noqa: E402
    PolnearArticle,
    _content_frags,
    _length,
    _match,
    _merge,
    _overlap,
    load_polnear,
    score_polnear,
)
from stancemap.model import Article, Document  # noqa: E402


def miss_kinds(article: PolnearArticle, doc: Document) -> list[tuple[str, str]]:
    """(kind, cue words in lower case) of each attribution of ``article`` that ``doc``'s
    statements leave unmatched."""
    gold = [g for g in article.attributions if g.content]
    contents = [_content_frags(s) for s in doc.statements]
    cues = [[(s.cue.start, s.cue.end)] if s.cue else [] for s in doc.statements]
    pairs = []
    for k, sfr in enumerate(contents):
        for i, g in enumerate(gold):
            ov = _overlap(sfr, g.content)
            if ov > 0 and 2 * ov >= min(_length(sfr), _length(g.content)):
                pairs.append((ov / max(_length(sfr), _length(g.content)), k, i))
    matched = _match(pairs)
    done = set(matched.values())
    out = []
    for i, g in enumerate(gold):
        if i in done:
            continue
        cue = " ".join(article.text[s:e] for s, e in _merge(g.cue)).lower()
        over = [(_overlap(sfr, g.content), k) for k, sfr in enumerate(contents)]
        over = [(o, k) for o, k in over if o > 0]
        if not over:
            read = any(_overlap(c, g.cue) for c in cues if c and g.cue)
            out.append(("cue read, content elsewhere" if read else "no overlap", cue))
            continue
        o, k = max(over)
        slen = _length(contents[k])
        if 2 * o >= min(slen, _length(g.content)):
            other = matched.get(k)
            first = other is not None and g.content[0][0] < gold[other].content[0][0]
            out.append((f"content over two, this one {'first' if first else 'second'}", cue))
        else:
            out.append(("too short" if slen < _length(g.content) else "too long", cue))
    return out


def main() -> None:
    ap = split_parser(__doc__, nine=False)
    ap.add_argument("--top", type=int, default=40, help="Cues printed (default 40).")
    args = ap.parse_args()
    from stancemap.pipeline import default_engine, with_statements

    articles = load_polnear(args.data)
    if args.tenth:
        import train_statement_model as tsm

        articles = [a for a in articles if tsm.fold_of(a) is None]
    if args.slice:
        articles = articles[args.slice[0]:args.slice[1]]
    engine = with_statements(default_engine(), "combined", polnear_spans=True, join_quotes=True)
    kinds: Counter[str] = Counter()
    never: Counter[str] = Counter()
    docs = []
    for a in articles:
        doc = engine.analyze(Article(id=a.id, text=a.text, path=a.ann_path))
        docs.append(doc)
        for kind, cue in miss_kinds(a, doc):
            kinds[kind] += 1
            if kind == "no overlap":
                never[cue] += 1
    report = score_polnear(articles, docs)
    c = report["content"]
    print(f"{len(articles)} articles: overlap F1 {c['f1']:.4f} ({c['tp']} of {c['n_system']} "
          f"statements, {c['n_gold']} gold), cue accuracy {report['cue']['accuracy']:.4f}")
    print(f"missed {sum(kinds.values())}:")
    for kind, n in kinds.most_common():
        print(f"  {n:5d}  {kind}")
    print(f"cues never read, commonest {args.top}:")
    for cue, n in never.most_common(args.top):
        print(f"  {n:5d}  {cue}")


if __name__ == "__main__":
    main()
