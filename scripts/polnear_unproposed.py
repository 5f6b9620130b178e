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

``--why`` sorts the cases whose cue word the lexicon knows by what hides them from the rules,
the first that fits (``failure_of``):

* ``headline``: the cue's sentence is a headline or label (no closing stop, or a line of its own);
* ``passive``: the cue verb is passive ("it was revealed that X", "Clinton has been attacked");
* ``relative``: the content holds the noun a relative clause on the cue modifies ("a decision
  they say allowed X");
* ``trailing tag``: the content is the words before the cue and its subject, which trail it
  ("X, the groups say"; "Sorry, X said"), the parse hanging no clause under the cue;
* ``short content``: a content of at most ``SHORT_WORDS`` words ("Sorry", "him", "when");
* ``noun phrase``: the content is a noun phrase object of the cue ("support Clinton");
* ``noun cue``: a noun, adjective or other cue word;
* ``other``.
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
SHORT_WORDS = 3
STOPS = (".", "?", "!", '"', "'", "\u201d", ";", ":")


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


def failure_of(text: str, head: Any, form: str, content: list[Frag]) -> str:
    """What hides a lexicon cue's report from the rules (see the module's ``--why``)."""
    sent = head.sent
    body = sent.text.strip()
    if not body.endswith(STOPS) or "\n" in body:
        return "headline"
    frags = _merge(content)
    start, end = frags[0][0], frags[-1][1]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
        return "passive"
    if form == "relative object":
        return "relative"
    clausal = any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in head.children)
    subj_after = any(c.dep_ == "nsubj" and c.left_edge.idx >= end for c in head.children)
    if end <= head.idx and start >= sent.start_char and subj_after and not clausal:
        return "trailing tag"
    if len(" ".join(text[a:b] for a, b in frags).split()) <= SHORT_WORDS:
        return "short content"
    objs = [c for c in head.children if c.dep_ in ("dobj", "pobj", "prep", "attr")]
    if head.pos_ in ("VERB", "AUX") and any(_covers(content, list(c.subtree)) for c in objs):
        return "noun phrase"
    if head.pos_ not in ("VERB", "AUX"):
        return "noun cue"
    return "other"


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
    why = "no cue" if head is None else failure_of(text, head, form, g.content)
    return {"article": article.id, "form": form, "rightable": ok, "why": why,
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
    ap.add_argument("--why", action="store_true",
                    help="Sort the lexicon cues' cases by what hides them (``failure_of``).")
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
    if args.why:
        _print_why([r for r in rows if r["known"]], args.max)
    if args.show:
        want = [r for r in rows if args.show in (r["form"], "all", "lexicon" if r["known"] else "")]
        for r in want[:args.max]:
            print(f"\n[{r['article']}] {r['dep']} {'R' if r['rightable'] else '-'}"
                  f"{'L' if r['known'] else '-'} "
                  f"cue: {r['cue']}\n  content: {r['content']}\n  sent: {r['sentence']}")


def _print_why(rows: list[dict[str, Any]], most: int) -> None:
    whys = Counter(r["why"] for r in rows)
    print(f"\n{len(rows)} with a lexicon cue word, by what hides them:")
    for why, n in whys.most_common():
        lemmas = Counter(r["lemma"] for r in rows if r["why"] == why).most_common(6)
        print(f"  {n:5d}  {why}: " + ", ".join(f"{w} {k}" for w, k in lemmas))
    for why, _ in whys.most_common():
        for r in [r for r in rows if r["why"] == why][:most]:
            print(f"  [{why}] {r['dep']} cue: {r['cue']} | content: {r['content'][:70]}"
                  f" | sent: {r['sentence'][:110]}")


if __name__ == "__main__":
    main()
