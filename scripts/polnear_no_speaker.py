"""List PolNeAR pairs whose gold attribution has a Source but whose statement has no speaker.

Usage: python scripts/polnear_no_speaker.py DIR START END  (articles START..END-1, sorted by id)
Prints the slice's figures, then one block per case: gold source, cue, statement content.
"""

from __future__ import annotations

import sys

from stancemap.evaluate.polnear import _polnear_matches, load_polnear, score_polnear
from stancemap.model import Article
from stancemap.pipeline import default_engine


def main(directory: str, start: int, end: int) -> None:
    articles = load_polnear(directory)[start:end]
    engine = default_engine()
    docs = [engine.analyze(Article(id=a.id, text=a.text, path=a.ann_path)) for a in articles]
    report = score_polnear(articles, docs)
    print({k: report[k] for k in ("content", "source", "source_lenient", "no_speaker")})
    for art, doc in zip(articles, docs, strict=True):
        actors = {a.id for a in doc.actors}
        gold = [g for g in art.attributions if g.content]
        matched, _ = _polnear_matches(art, doc.statements, gold)
        for k, i in matched.items():
            st, g = doc.statements[k], gold[i]
            if not g.source or st.speaker in actors:
                continue
            src = " / ".join(art.text[s:e] for s, e in g.source)
            print(f"--- {art.id}\n  SOURCE: {src!r}  speaker={st.speaker!r}")
            cue, words = st.cue.text if st.cue else None, st.source.text if st.source else None
            print(f"  CUE: {cue!r}  SRC: {words!r}")
            lo = max(0, min(g.source[0][0], st.content.start) - 80)
            print(f"  CTX: {art.text[lo:st.content.end][:400]!r}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
