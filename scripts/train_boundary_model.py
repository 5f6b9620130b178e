"""Train the content-end model (stancemap/statements/boundary.py) on PolNeAR's train split.

    .venv/bin/python scripts/train_boundary_model.py [--data ../shared/data/polnear/train]
                                                     [--cache FILE]

Runs the engine's actor and statement stages over the train articles (PolNeAR's conventions:
joined quotations, PolNeAR's content spans; no boundary model), matches the statements to the
gold attributions as ``stancemap evaluate --polnear`` does, and for each matched statement
whose start is right makes one example per candidate end (is this where the gold content
ends?). A logistic regression (numpy, the attribution model's trainer) is fitted on nine
articles in ten; on the held-out tenth the margin by which another end must beat the rules'
is chosen by the number of exact contents, printed for each margin. Writes
``stancemap/statements/model/boundary.npz`` (about 0.2 MB). PolNeAR's text never ships.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_statement_model import Examples, fit, held_out, parsed  # noqa: E402

from stancemap.actors.tokens import expanded_span  # noqa: E402
from stancemap.evaluate.polnear import (  # noqa: E402
    PolnearArticle,
    _merge,
    _polnear_matches,
    is_junk,
    load_polnear,
)
from stancemap.model import Article  # noqa: E402
from stancemap.pipeline import default_engine, with_statements  # noqa: E402
from stancemap.statements.boundary import (  # noqa: E402
    MODEL,
    BoundaryModel,
    end_candidates,
    end_features,
    start_candidates,
    start_features,
)
from stancemap.statements.hashed import BITS  # noqa: E402
from stancemap.statements.polnear import _cue_token, content_words  # noqa: E402
from stancemap.statements.stage import StatementStage  # noqa: E402

MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6)


def statement_docs(docs: list, articles: list[PolnearArticle]) -> list:
    """Each parsed article through the actor and statement stages (no boundary model)."""
    engine = with_statements(default_engine(), "combined", polnear_spans=True, join_quotes=True)
    out = []
    for doc, art in zip(docs, articles, strict=True):
        doc._.article = Article(id=art.id, text=art.text, path=art.ann_path)
        for stage in engine.stages:
            doc = stage(doc) if not isinstance(stage, StatementStage) else _no_ends(stage, doc)
            if isinstance(stage, StatementStage):
                break
        out.append(doc)
    return out


def _no_ends(stage: StatementStage, doc):
    stage.ends = None
    return stage(doc)


def forward(text: str, pos: int) -> int:
    """``pos`` moved past spaces, punctuation and quotation marks (as scoring trims them)."""
    while pos < len(text) and is_junk(text[pos]):
        pos += 1
    return pos


def backward(text: str, pos: int) -> int:
    while pos > 0 and is_junk(text[pos - 1]):
        pos -= 1
    return pos


def examples(doc, art: PolnearArticle):
    """Per matched statement: (start features, start labels, the rules' start index), the
    same for ends, and the gold content's texts."""
    gold = [g for g in art.attributions if g.content]
    stmts = doc._.statements
    matched, _ = _polnear_matches(art, stmts, gold)
    text = art.text
    for k, i in matched.items():
        st = stmts[k]
        span = expanded_span(doc, st.content.start, st.content.end)
        if span is None or not len(span):
            continue
        lo, hi = content_words(doc, span.start, span.end - 1)
        cue = _cue_token(doc, st)
        fr = _merge(gold[i].content)
        gs, ge = forward(text, fr[0][0]), backward(text, fr[-1][1])
        starts = start_candidates(doc, lo, hi, cue)
        ends = end_candidates(doc, lo, hi)
        yield (
            [start_features(doc, lo, hi, j, cue, st.kind) for j in starts],
            [forward(text, doc[j].idx) == gs for j in starts], starts.index(lo),
            [end_features(doc, lo, hi, j, cue, st.kind) for j in ends],
            [backward(text, doc[j].idx + len(doc[j])) == ge for j in ends], ends.index(hi),
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent
                                          / "shared" / "data" / "polnear" / "train"))
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--cache", help="Keep the parsed articles in this DocBin file (and reuse it).")
    args = ap.parse_args()
    t0 = time.time()
    articles = load_polnear(args.data)
    docs = statement_docs(parsed(articles, args.cache), articles)
    print(f"{len(articles)} articles through the statement stage in {time.time() - t0:.0f} s",
          file=sys.stderr)
    train, held = Examples(), []
    for doc, art in zip(docs, articles, strict=True):
        for ex in examples(doc, art):
            if held_out(art):
                held.append(ex)
                continue
            for feats, labels in ((ex[0], ex[1]), (ex[3], ex[4])):
                if any(labels):
                    for f, y in zip(feats, labels, strict=True):
                        train.add(f, y)
    print(f"{len(train.y)} candidate starts and ends, {len(held)} held-out statements",
          file=sys.stderr)
    weights, _ = fit(train, dense=False, bits=BITS)
    model = BoundaryModel(weights, 1.0, 1.0)
    model = BoundaryModel(weights, choose_margin(model, held, 3, "end"),
                          choose_margin(model, held, 0, "start"))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    model.save(Path(args.out))
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.2f} MB) in "
          f"{time.time() - t0:.0f} s", file=sys.stderr)


def choose_margin(model: BoundaryModel, held: list, at: int, name: str) -> float:
    """The margin with the most right ``name``s (starts: ``at`` 0, ends: 3) on the held-out
    statements; the largest of equals (1.0, never moving it, when none beats the rules)."""
    best_right = sum(ex[at + 1][ex[at + 2]] for ex in held)
    print(f"held out: the rules' {name} right in {best_right} of {len(held)}", file=sys.stderr)
    best = 1.0
    for m in sorted(MARGINS, reverse=True):
        right = 0
        for ex in held:
            feats, labels, rule = ex[at], ex[at + 1], ex[at + 2]
            scores = [model.score(f) for f in feats]
            j = int(np.argmax(scores))
            right += labels[j] if scores[j] >= scores[rule] + m else labels[rule]
        print(f"  margin {m:.2f}: right in {right}", file=sys.stderr)
        if right > best_right:
            best_right, best = right, m
    return best


if __name__ == "__main__":
    main()
