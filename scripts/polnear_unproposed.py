"""Count the PolNeAR attributions no statement proposes, by the syntax of their cue.

    .venv/bin/python scripts/polnear_unproposed.py [DIR] [--tenth | --nine] [--slice START END]
        [--cache FILE] [--show FORM] [--max N]

DIR defaults to ``../shared/data/polnear/train`` (read train only: PolNeAR dev is evaluation
only). The engine's statements come from ``--cache FILE`` as ``polnear_pairing.py`` writes it
(built and written when it does not exist). An attribution is unproposed when no statement's
content overlaps its content. Its cue's head (the cue token highest in the parse) gives the form,
the first that fits:

* ``according``: a fixed source phrase ("according to X");
* ``relative object``: the cue verb heads a relative clause whose noun lies in the content
  ("the deal, which Putin opposed"; "a claim that X's office disputes");
* ``nominal``: a noun ("his claim that X", "the assessment that Y");
* ``participial``: a participle heading an adverbial clause or a noun's modifier ("..., citing
  Y", "saying X");
* ``coordinated``: a verb in a conjunct of another verb ("and warned that X");
* ``open complement``: a verb under another ("vowed to oppose X", "stopped short of calling");
* ``main verb``: any other verb; ``adjective``, ``other`` the rest.

``right-able`` counts the cases whose content is, as gold draws it, what the form's syntax
gives: the relative clause's noun for a relative object, else a dependent subtree of the cue.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_args import split_parser  # noqa: E402
from polnear_pairing import _statements  # noqa: E402

from stancemap.evaluate.polnear import (  # noqa: E402
    PolnearArticle,
    PolnearAttribution,
    _content_frags,
    _merge,
    _overlap,
    load_polnear,
)

Frag = tuple[int, int]
PARTICIPLE_TAGS = {"VBG", "VBN"}
ADVERBIAL_DEPS = {"advcl", "acl", "npadvmod"}
OPEN_DEPS = {"xcomp", "pcomp", "ccomp"}
NOUN_POS = {"NOUN", "PROPN"}
HALF = 0.5


def cue_head(doc: Any, cue: list[Frag]) -> Any | None:
    """The token of ``cue`` highest in the parse (fewest steps to the root)."""
    toks = [t for a, b in cue for t in doc.char_span(a, b, alignment_mode="expand") or []]
    if not toks:
        return None

    def depth(t: Any) -> int:
        n = 0
        while t.head.i != t.i and n < 50:
            t, n = t.head, n + 1
        return n

    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "ADJ")]
    return min(verbs or toks, key=lambda t: (depth(t), t.i))


def _covers(content: list[Frag], toks: list[Any]) -> bool:
    if not toks:
        return False
    span = [(toks[0].idx, toks[-1].idx + len(toks[-1]))]
    return _overlap(span, content) >= HALF * min(span[0][1] - span[0][0],
                                                 sum(b - a for a, b in _merge(content)))


def form_of(text: str, head: Any, cue: list[Frag]) -> str:
    """The syntactic form of a cue whose head is ``head``."""
    words = " ".join(text[a:b] for a, b in _merge(cue)).lower()
    if words.startswith("according"):
        return "according"
    if head.dep_ == "relcl":
        return "relative object"
    if head.pos_ in NOUN_POS:
        return "nominal"
    if head.pos_ == "ADJ":
        return "adjective"
    if head.pos_ not in ("VERB", "AUX"):
        return "other"
    if head.tag_ in PARTICIPLE_TAGS and head.dep_ in ADVERBIAL_DEPS:
        return "participial"
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        return "coordinated"
    if head.dep_ in OPEN_DEPS:
        return "open complement"
    return "main verb"


def rightable(head: Any, form: str, content: list[Frag]) -> bool:
    """Does the syntax of ``form`` give the content gold draws?"""
    if form == "relative object":
        noun = head.head
        return _covers(content, list(noun.doc[noun.left_edge.i:head.left_edge.i]))
    deps = [c for c in head.children if c.dep_ not in ("nsubj", "nsubjpass", "aux", "neg",
                                                       "punct", "cc", "advmod", "det", "poss")]
    return any(_covers(content, list(c.subtree)) for c in deps)


def unproposed(article: PolnearArticle, doc: Any, stmts: list[Any]) -> list[dict[str, Any]]:
    """The attributions of ``article`` that no statement's content overlaps, with their form."""
    contents = [_content_frags(s) for s in stmts]
    out = []
    for g in article.attributions:
        if not g.content or any(_overlap(c, g.content) for c in contents):
            continue
        out.append(_row(article, doc, g))
    return out


def _row(article: PolnearArticle, doc: Any, g: PolnearAttribution) -> dict[str, Any]:
    text = article.text
    head = cue_head(doc, g.cue) if g.cue else None
    form = "no cue" if head is None else form_of(text, head, g.cue)
    ok = head is not None and rightable(head, form, g.content)
    return {"article": article.id, "form": form, "rightable": ok,
            "lemma": head.lemma_.lower() if head is not None else "",
            "cue": " ".join(text[a:b] for a, b in _merge(g.cue)),
            "dep": f"{head.dep_}/{head.tag_}" if head is not None else "",
            "content": " ... ".join(text[a:b] for a, b in _merge(g.content))[:160],
            "sentence": head.sent.text.strip()[:300] if head is not None else ""}


def lexicon_lemmas() -> set[str]:
    """The one-word lemmas of ``cues.tsv`` and the verbs of its phrases."""
    from stancemap.statements.lexicon import load_lexicon

    lex = load_lexicon()
    return set(lex.verbs) | set(lex.nouns) | set(lex.adjectives) | {v for v, _ in lex.phrases}


def main() -> None:
    ap = split_parser(__doc__)
    ap.add_argument("--cache", type=Path, help="JSON file of the engine's statements.")
    ap.add_argument("--show", help="Print the cases of FORM ('all'; 'lexicon': cue word known).")
    ap.add_argument("--max", type=int, default=80, help="Cases printed (default 80).")
    args = ap.parse_args()
    import train_statement_model as tsm

    from stancemap.pipeline import load_nlp

    articles = tsm.census_part(load_polnear(args.data), args.tenth, args.nine, args.slice)
    stmts = _statements(articles, args.cache)
    nlp = load_nlp()
    rows = [r for a, st in zip(articles, stmts, strict=True)
            for r in unproposed(a, nlp(a.text), st)]
    n_gold = sum(1 for a in articles for g in a.attributions if g.content)
    print(f"{len(articles)} articles, {n_gold} gold, {len(rows)} unproposed")
    known = lexicon_lemmas()
    for r in rows:
        r["known"] = r["lemma"] in known
    forms = Counter(r["form"] for r in rows)
    lex = Counter(r["form"] for r in rows if r["known"])
    good = Counter(r["form"] for r in rows if r["rightable"])
    for form, n in forms.most_common():
        print(f"  {n:5d}  {form} (right-able {good[form]}, cue word in the lexicon {lex[form]})")
    if args.show:
        want = [r for r in rows if args.show in (r["form"], "all", "lexicon" if r["known"] else "")]
        for r in want[:args.max]:
            print(f"\n[{r['article']}] {r['dep']} {'R' if r['rightable'] else '-'}"
                  f"{'L' if r['known'] else '-'} "
                  f"cue: {r['cue']}\n  content: {r['content']}\n  sent: {r['sentence']}")


if __name__ == "__main__":
    main()
