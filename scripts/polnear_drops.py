"""Count the attribution model's PolNeAR reports that a filter drops, and what they would be worth.

    .venv/bin/python scripts/polnear_drops.py [DIR] [--tenth | --nine] [--slice START END]
                                              [--by FEATURE ...] [--floor P] [--json FILE]

DIR defaults to ``../shared/data/polnear/train``; ``--tenth`` takes the held-out tenth of
``train_statement_model.held_out``, ``--nine`` the other nine tenths. Read train only: PolNeAR
dev is evaluation only. On the nine tenths the attribution model reads its own training text,
so the candidates there are few and mostly right; only the tenth's rates say what a change
would do on new text.

The engine runs as ``evaluate --polnear`` does, with ``learned.TRACE`` set: every report the
model finds beside the rules that ``learned._kept_found`` would drop or hand to the keep model
(reason ``low``: under the pair threshold; ``clause``, ``asked``, ``phase``: ``_rejection``;
``speaker``: no speaker actor; ``docsubj``; ``pos``: a cue that is no verb) is recorded with
whether today's engine keeps it anyway (``kept``: the keep model at its threshold, or a class
cut of ``lowcues``) and a label, as ``train_keep_model`` labels its examples:

* ``right``: its content overlaps, as the scorer matches, a gold attribution whose cue holds the
  candidate's cue word and which the engine's own statements leave unmatched;
* ``cue``: such a gold attribution's cue holds its cue word, but the content misses it;
* ``other``: it overlaps an unmatched gold content whose cue is elsewhere (it would count for
  content F1, not for cue accuracy);
* ``dup``: the gold attribution it would match is matched already;
* ``false``: none of these.

It prints, per reason, speaker actor or not and kept or dropped (and per value of each ``--by``
feature), the candidates, each label, the precision of ``right`` and the units keeping all of
them would gain on the labels (2 x right - 0.85 x n; 0.85 is about the run's F1). The labels
undercount what the engine gains from keeping a report (a kept report can also match through
the merge); measure a change end to end. About 1-2 s per article on the shared machine.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_statement_model as tsm  # noqa: E402
from polnear_args import split_parser  # noqa: E402

from stancemap.evaluate.polnear import (  # noqa: E402
    PolnearArticle,
    PolnearAttribution,
    _length,
    _overlap,
    _polnear_matches,
    load_polnear,
)
from stancemap.model import Article  # noqa: E402
from stancemap.statements import learned  # noqa: E402
from stancemap.statements.lexicon import load_lexicon  # noqa: E402
from stancemap.statements.lowcues import load_low_cuts  # noqa: E402

LABELS = ("right", "cue", "other", "dup", "false")
UNIT_F1 = 0.85  # units of 2 x matched - F1 x statements, at about the run's overlap F1
FEATURES = ("dep", "kind", "subj", "lex", "pb")


def label(gold: list[PolnearAttribution], done: set[int], content: tuple[int, int],
          cue_at: int) -> str:
    """The label of a candidate whose content spans ``content`` and whose cue word starts at
    character ``cue_at`` (the module's list), given the indices ``done`` of the gold
    attributions the engine's statements match."""
    fr = [content]
    near = {k for k, g in enumerate(gold) if (ov := _overlap(fr, g.content)) > 0
            and 2 * ov >= min(_length(fr), _length(g.content))}
    cued = {k for k, g in enumerate(gold) if any(s <= cue_at < e for s, e in g.cue)}
    if near & cued - done:
        return "right"
    if cued - done:
        return "cue"
    if near - done:
        return "other"
    return "dup" if near & cued else "false"


def kept_today(reason: str, p: float, keep_p: float, speaker: bool, text: bool,
               cut: float | None, keep: learned.KeepModel | None) -> bool:
    """Would today's ``_kept_found`` keep a candidate it drops for ``reason``? A low report
    with a speaker actor from its class cut (``lowcues``); any asked reason from the keep
    model's threshold (a low report only with a speaker actor or a text for subject)."""
    if reason == "low" and speaker and cut is not None and p >= cut:
        return True
    if keep is None or reason not in keep.reasons or p < keep.floor:
        return False
    return keep_p >= keep.threshold and (reason != "low" or speaker or text)


def _subject(t) -> str:
    s = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return f"{s[0].pos_}|{s[0].tag_}" if s else "none"


def census(articles: list[PolnearArticle]) -> list[dict]:
    """One record per candidate the filters drop or hand to the keep model."""
    engine, _stage = tsm.polnear_engine()
    keep = learned.load_keep()
    verbs, cuts = load_lexicon().verbs, load_low_cuts()
    rows: list[dict] = []
    for a in articles:
        learned.TRACE = []
        out = engine.analyze(Article(id=a.id, text=a.text, path=a.ann_path))
        trace, learned.TRACE = learned.TRACE, None
        gold = [g for g in a.attributions if g.content]
        done = set(_polnear_matches(a, out.statements, gold)[0].values())
        for doc, i, cand, f, reason, feats, p in trace:
            t = doc[i]
            lem = t.lemma_.lower()
            row = verbs.get(lem) if t.pos_ in ("VERB", "AUX") else None
            keep_p = keep.score(feats) if keep is not None else 0.0
            speaker = any(f.speakers)
            kept = kept_today(reason, p, keep_p, speaker, f"txt={reason}|True" in feats,
                              None if row is None else cuts.get(row.cls), keep)
            rows.append({"id": a.id, "reason": reason, "speaker": speaker, "kept": kept,
                         "label": label(gold, done, f.content, t.idx), "p": round(p, 3),
                         "keep_p": round(keep_p, 3), "lemma": lem, "dep": t.dep_,
                         "kind": cand[0], "subj": _subject(t), "lex": lem in verbs,
                         "pb": min(9, int(p * 10)), "cue": doc[max(0, i - 3):i + 4].text,
                         "content": doc[cand[1]:cand[2] + 1].text[:120]})
    return rows


def table(rows: list[dict], key, title: str, least: int = 1) -> None:
    """Print each key's candidates, labels, precision and units if all were kept."""
    groups: dict = defaultdict(Counter)
    for r in rows:
        groups[key(r)][r["label"]] += 1
    print(f"\n{title}\n{'':44s} {'n':>5s} " + " ".join(f"{x:>5s}" for x in LABELS)
          + "     P   units")
    for k in sorted(groups, key=lambda k: -sum(groups[k].values())):
        c = groups[k]
        n = sum(c.values())
        if n >= least:
            print(f"{' '.join(map(str, k)):44s} {n:5d} " + " ".join(f"{c[x]:5d}" for x in LABELS)
                  + f"  {c['right'] / n:.2f} {2 * c['right'] - UNIT_F1 * n:+7.1f}")


def main() -> None:
    ap = split_parser(__doc__)
    ap.add_argument("--by", nargs="*", default=[], choices=FEATURES,
                    help="Also split the dropped candidates by these features.")
    ap.add_argument("--floor", type=float, default=0.15,
                    help="Split by features only candidates the pair model gives this much.")
    ap.add_argument("--json", help="Write the records to this file.")
    args = ap.parse_args()
    articles = tsm.census_part(load_polnear(args.data), args.tenth, args.nine, args.slice)
    rows = census(articles)
    if args.json:
        Path(args.json).write_text(json.dumps(rows))
    table(rows, lambda r: (r["reason"], "speaker" if r["speaker"] else "no-speaker",
                           "kept" if r["kept"] else "dropped"), "reason, speaker actor, today")
    dropped = [r for r in rows if not r["kept"] and r["p"] >= args.floor]
    for feat in args.by:
        table(dropped, lambda r, feat=feat: (r["reason"], r["speaker"], r[feat]),
              f"dropped, pair probability >= {args.floor}: reason, speaker actor, {feat}", 4)


if __name__ == "__main__":
    main()
