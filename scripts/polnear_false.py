"""Count the engine's false PolNeAR statements by origin and form (PolNeAR's conventions).

    .venv/bin/python scripts/polnear_false.py [DIR] [--tenth | --nine] [--slice START END]
                                              [--show N] [--json FILE]

DIR defaults to ``../shared/data/polnear/train``; ``--tenth`` takes the held-out tenth of
``train_statement_model.held_out``, ``--nine`` the other nine tenths. Read train only: PolNeAR
dev is evaluation only, its aggregate figures alone. On the nine tenths the attribution,
noun-cue, adjective-cue, keep and direct models read their own training text, so their origins
look surer there than on new text; the rules' origins are fair on both.

Each output statement is ``matched`` (the scorer, ``evaluate.polnear``, pairs it with a gold
attribution), ``false`` (its content overlaps no gold attribution's content) or ``astray``
(it overlaps one but is not matched). Its **origin** is the rule that found it (``Found.rule``,
e.g. ``quote-tag``, ``cue-speech``, ``according``), or for the attribution model's reports beside
the rules the path that kept it: ``model:direct`` (no filter dropped it and the direct-report
filter kept it), ``model:lowcut`` (under the threshold, kept by a class cut of ``lowcues``),
``model:keep:REASON`` (a filter dropped it and the keep model kept it); ``noun-model``,
``adj-model`` for the noun and adjective cue models. Its **forms** (a statement may have
several): the cue's part of speech and, for a verb, its class in ``cues.tsv`` (``verb:out`` when
it is not there); ``no-speaker``; ``question`` (its content ends with "?"); ``headline`` (read
from a first line with no sentence close); ``fragment`` (a quotation of at most three words);
``short`` (a content of at most three words); ``direct``/``indirect``/``mixed`` (its kind).

For each origin and form it prints the statements, matched, false and astray, the precision and
the units dropping all of them would gain (``F1 x statements - 2 x matched``, F1 the run's).
About 1-4 s per article on the shared two-core machine.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_args import split_parser  # noqa: E402

from stancemap.evaluate.polnear import (  # noqa: E402
    PolnearArticle,
    _content_frags,
    _overlap,
    _polnear_matches,
    load_polnear,
)
from stancemap.model import Article, Document  # noqa: E402
from stancemap.statements import learned  # noqa: E402
from stancemap.statements import merge as merge_module  # noqa: E402

SHORT_WORDS = 3  # a content of at most this many words is "short" (a quotation: "fragment")
SENTENCE_CLOSE = (".", "!", "?", '"', "\u201d", "'")


class Tracer:
    """Records, while the engine runs, how each of the attribution model's reports was kept
    (by ``id`` of its ``Found``, which it holds so that no later one takes its id) and, for
    each statement ``merge.records`` writes, its origin and cue word."""

    def __init__(self) -> None:
        self.kept: dict[int, tuple[str, float | None, float | None, object]] = {}
        self.info: dict[str, dict] = {}
        self._wrap()

    def _wrap(self) -> None:
        direct, features, low, records = (learned._direct_kept, learned.keep_features,
                                          learned.kept_low, merge_module.records)

        def direct_kept(ctx, t, cand, p, cue_p, f):
            ok = direct(ctx, t, cand, p, cue_p, f)
            if ok:
                self.kept[id(f)] = ("model:direct", p, cue_p, f)
            return ok

        def keep_features(ctx, t, cand, reason, p, cue_p, f):
            self.kept[id(f)] = (f"model:keep:{reason}", p, cue_p, f)
            return features(ctx, t, cand, reason, p, cue_p, f)

        def kept_low(ctx, t, f, p):
            ok = low(ctx, t, f, p)
            if ok:
                self.kept[id(f)] = ("model:lowcut", p, ctx.cue_p(t), f)
            return ok

        def recorded(ctx, final):
            out = records(ctx, final)
            by_found = [f for f in final for _ in merge_module.unique(f.speakers)]
            for st, f in zip(out, by_found, strict=True):
                self.info[st.id] = self._describe(ctx, f)
            return out

        learned._direct_kept, learned.keep_features = direct_kept, keep_features
        learned.kept_low, merge_module.records = kept_low, recorded

    def _describe(self, ctx, f) -> dict:
        origin, p, cue_p, _ = self.kept.get(id(f), (f.rule, None, None, f))
        t = ctx.doc[f.cue_tok] if f.cue_tok is not None else None
        cue = ctx.rules.lex.verbs.get(t.lemma_.lower()) if t is not None else None
        pos = t.pos_ if t is not None else "none"
        if pos in ("VERB", "AUX"):
            pos = f"verb:{cue.cls if cue is not None else 'out'}"
        return {"origin": origin, "p": p, "cue_p": cue_p, "pos": pos,
                "lemma": t.lemma_.lower() if t is not None else ""}

    def reset(self) -> None:
        self.kept.clear()
        self.info.clear()


def forms(text: str, st, info: dict) -> list[str]:
    """The forms of statement ``st`` (see the module's doc)."""
    out = [info["pos"], st.kind]
    if st.speaker is None:
        out.append("no-speaker")
    content = st.content_text.strip()
    if content.rstrip("\"'\u201d ").endswith("?"):
        out.append("question")
    first = text.split("\n", 1)[0].rstrip()
    if "\n" in text.strip() and st.content.start < len(first) and not first.endswith(
            SENTENCE_CLOSE):
        out.append("headline")
    if len(content.split()) <= SHORT_WORDS:
        out.append("fragment" if st.kind != "indirect" else "short")
    return out


def verdicts(article: PolnearArticle, doc: Document) -> list[str]:
    """``matched``, ``false`` or ``astray`` for each of ``doc``'s statements."""
    gold = [g for g in article.attributions if g.content]
    matched, _ = _polnear_matches(article, doc.statements, gold)
    out = []
    for k, st in enumerate(doc.statements):
        frags = _content_frags(st)
        if k in matched:
            out.append("matched")
        elif any(_overlap(frags, g.content) > 0 for g in gold):
            out.append("astray")
        else:
            out.append("false")
    return out


def census(articles: list[PolnearArticle]) -> tuple[list[dict], int]:
    """One record per output statement (article, origin, forms, verdict, cue, content), and the
    gold attributions' count."""
    from stancemap.pipeline import default_engine, with_statements

    tracer = Tracer()
    engine = with_statements(default_engine(), "combined", polnear_spans=True, join_quotes=True)
    rows: list[dict] = []
    n_gold = 0
    for a in articles:
        tracer.reset()
        doc = engine.analyze(Article(id=a.id, text=a.text, path=a.ann_path))
        n_gold += sum(1 for g in a.attributions if g.content)
        for st, verdict in zip(doc.statements, verdicts(a, doc), strict=True):
            info = tracer.info.get(st.id, {"origin": "?", "pos": "?", "lemma": "", "p": None,
                                           "cue_p": None})
            rows.append({**info, "id": a.id, "verdict": verdict,
                         "forms": forms(a.text, st, info),
                         "cue": st.cue.text if st.cue else "", "speaker": st.speaker,
                         "content": st.content_text[:160]})
    return rows, n_gold


def table(rows: list[dict], key, f1: float, title: str) -> None:
    """Counts per value of ``key`` (a row's list of values), worst units first."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        for v in key(r):
            counts[v][r["verdict"]] += 1
    print(f"\n{title}: n, matched, false, astray, precision, units if all dropped")
    lines = []
    for v, c in counts.items():
        n = sum(c.values())
        units = f1 * n - 2 * c["matched"]
        lines.append((units, v, n, c))
    for units, v, n, c in sorted(lines, reverse=True):
        print(f"  {v:28s} {n:5d} {c['matched']:5d} {c['false']:5d} {c['astray']:5d} "
              f"{c['matched'] / n:6.3f} {units:+7.1f}")


def main() -> None:
    ap = split_parser(__doc__)
    ap.add_argument("--show", type=int, default=0, help="False statements printed per origin.")
    ap.add_argument("--json", help="Write the records to this file.")
    args = ap.parse_args()
    articles = load_polnear(args.data)
    import train_statement_model as tsm

    articles = tsm.census_part(articles, args.tenth, args.nine, args.slice)
    rows, n_gold = census(articles)
    m = sum(r["verdict"] == "matched" for r in rows)
    f1 = 2 * m / (len(rows) + n_gold)
    print(f"{len(articles)} articles: {m} matched of {len(rows)} statements, {n_gold} gold: "
          f"overlap F1 {f1:.4f}; false {sum(r['verdict'] == 'false' for r in rows)}")
    table(rows, lambda r: [r["origin"]], f1, "origin")
    table(rows, lambda r: r["forms"], f1, "form")
    table(rows, lambda r: [f"{r['origin']} {x}" for x in r["forms"]], f1, "origin x form")
    for origin in sorted({r["origin"] for r in rows}):
        shown = [r for r in rows if r["origin"] == origin and r["verdict"] == "false"]
        for r in shown[:args.show]:
            print(f"  [{origin}] {r['cue']!r} ({r['speaker']}): {r['content'][:100]!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows))


if __name__ == "__main__":
    main()
