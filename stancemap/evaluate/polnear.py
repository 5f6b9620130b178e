"""PolNeAR brat attribution files: loading and scoring statements against them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StancemapError
from ..model import Actor, Article, Document, Span, Statement
from .scoring import LayerScore, _accuracy, _match, log

Frag = tuple[int, int]


@dataclass
class PolnearAttribution:
    """One brat ``E`` relation; spans are lists of ``(start, end)`` fragments (maybe empty)."""

    id: str
    type: str  # "Attribution" or "Attribution-no-source"
    source: list[Frag] = field(default_factory=list)
    cue: list[Frag] = field(default_factory=list)
    content: list[Frag] = field(default_factory=list)  # Content and Content2 fragments


@dataclass
class PolnearArticle:
    id: str
    text: str
    annotator: str
    ann_path: str
    attributions: list[PolnearAttribution] = field(default_factory=list)


def _polnear_root(directory: Path) -> Path:
    if (directory / "attributions").is_dir():
        return directory
    if (directory / "dev" / "attributions").is_dir():
        return directory / "dev"
    raise StancemapError("E001", str(directory))


_BRAT_ID = re.compile(r"^(?:[TEARNM]\d+|#\d*|\*)\t")


def _brat_lines(raw: str) -> list[tuple[int, str]]:
    """Numbered brat lines; a line not starting with an id continues the previous one's surface."""
    out: list[tuple[int, str]] = []
    for n, line in enumerate(raw.split("\n"), 1):
        line = line.rstrip("\r")
        if out and not _BRAT_ID.match(line):
            out[-1] = (out[-1][0], out[-1][1] + "\n" + line)
        elif line.strip():
            out.append((n, line))
    return out


def _parse_ann(path: Path) -> list[PolnearAttribution]:
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise StancemapError("E013", where, detail=str(e)) from e
    spans: dict[str, list[Frag]] = {}
    relations: list[tuple[str, list[str]]] = []
    for n, line in _brat_lines(raw):
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                _, frags = parts[1].split(" ", 1)
                spans[parts[0]] = sorted(
                    (int(a), int(b)) for a, b in (f.split() for f in frags.split(";"))
                )
            elif line.startswith("E"):
                relations.append((parts[0], parts[1].split()))
        except (IndexError, ValueError) as e:
            raise StancemapError("E013", f"{where}:{n}", detail=f"bad brat line: {e}") from e
    out = []
    for rid, args in relations:
        rtype = args[0].split(":", 1)[0] if args else ""
        att = PolnearAttribution(rid, rtype)
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            if ref not in spans:
                raise StancemapError("E013", where, detail=f"{rid} refers to unknown span {ref}")
            if role == "Source":
                att.source.extend(spans[ref])
            elif role == "Cue":
                att.cue.extend(spans[ref])
            elif role.startswith("Content"):
                att.content.extend(spans[ref])
        att.source.sort()
        att.cue.sort()
        att.content.sort()
        out.append(att)
    return out


def load_polnear(directory: str | Path) -> list[PolnearArticle]:
    """PolNeAR articles with their attributions, one annotator per article.

    ``directory`` holds ``text/`` and ``attributions/`` (or a ``dev/`` folder that does).
    Articles annotated several times use the alphabetically first ``.ann`` (annotator id).
    """
    root = _polnear_root(Path(directory))
    articles = []
    for article_id, (ann, *_) in sorted(_annotations(root).items()):
        text_path = root / "text" / f"{article_id}.txt"
        text = _read_text(text_path)
        articles.append(
            PolnearArticle(
                id=article_id,
                text=text,
                annotator=ann.stem.rsplit("_", 1)[1],
                ann_path=str(ann),
                attributions=_parse_ann(ann),
            )
        )
    return articles


def _annotations(root: Path) -> dict[str, list[Path]]:
    """Each article's ``.ann`` files (one per annotator), in annotator order."""
    out: dict[str, list[Path]] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        out.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return out


def _read_text(path: Path) -> str:
    """An article's text exactly as stored (offsets count every character, "\r" too)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise StancemapError("E013", str(path), detail=str(e)) from e


def _merge(frags: Iterable[Frag]) -> list[Frag]:
    out: list[Frag] = []
    for s, e in sorted(frags):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlap(a: Iterable[Frag], b: Iterable[Frag]) -> int:
    """Characters in both unions of fragments."""
    total = 0
    mb = _merge(b)
    for s, e in _merge(a):
        for s2, e2 in mb:
            total += max(0, min(e, e2) - max(s, s2))
    return total


def _length(frags: Iterable[Frag]) -> int:
    return sum(e - s for s, e in _merge(frags))


def is_junk(c: str) -> bool:
    """A character scoring trims from a content's ends: a space, punctuation, a quotation mark."""
    return c.isspace() or unicodedata.category(c).startswith("P") or c in "`´^~|"


def _trim(text: str) -> str:
    """Strip spaces, punctuation and quotation marks from both ends; collapse inner spaces."""
    junk = is_junk
    i, j = 0, len(text)
    while i < j and junk(text[i]):
        i += 1
    while j > i and junk(text[j - 1]):
        j -= 1
    return " ".join(text[i:j].split())


def _span_frags(span: Span | None) -> list[Frag]:
    return [] if span is None else [(span.start, span.end)]


def _content_frags(st: Statement) -> list[Frag]:
    """A statement's content as fragments: its pieces when its attribution breaks it."""
    return [(f.start, f.end) for f in st.fragments] or _span_frags(st.content)


def _docs_for(ids: Sequence[str], docs: Sequence[Document]) -> list[Document | None]:
    """Documents for ``ids``: by id, else by position when the counts agree."""
    by_id = {d.id: d for d in docs}
    positional = len(docs) == len(ids)
    return [by_id.get(i, docs[n] if positional else None) for n, i in enumerate(ids)]


def _source_right(
    st: Statement, g: PolnearAttribution, actors: dict[str, Actor]
) -> tuple[bool, bool]:
    """(strict, lenient) source verdicts for one matched pair (see :func:`score_polnear`)."""
    if not g.source:
        return st.speaker is None, st.speaker is None
    speaker = actors.get(st.speaker) if st.speaker else None
    mentions = [(m.start, m.end) for m in speaker.mentions] if speaker else []
    strict = any(_overlap([f], g.source) for f in mentions)
    own = st.source is not None and _overlap(_span_frags(st.source), g.source) > 0
    return strict, strict or own


def score_polnear(articles: Sequence[PolnearArticle], docs: Sequence[Document]) -> dict[str, Any]:
    """Score system statements against PolNeAR attributions (SCORING.md).

    ``docs`` are found by article id (else by position when the counts agree); a missing one
    scores as empty. Relations without a Content span (one in dev) are left out of the gold and
    counted in ``gold_without_content``.

    * **content**: a statement matches an attribution when their content spans overlap by at
      least half of the shorter one (discontinuous spans: the union of fragments); one-to-one.
    * **content_exact**: separately matched pairs whose texts are equal after trimming spaces,
      punctuation and quotation marks from both ends; a multi-fragment content (gold, or a
      statement's ``fragments``: a content its attribution breaks) may equal either its
      fragments joined by one space (each trimmed, or trimmed as a whole) or the whole
      stretch from first to last.
    * A statement with ``fragments`` overlaps by its fragments (its attribution left out).
    * **source** (over content-matched pairs), exactly as SCORING.md says: right when any
      mention of the statement's speaker actor overlaps the gold Source span; a gold relation
      without a Source is right when the statement has no speaker. A statement without a
      speaker actor is wrong against a gold Source, whatever its own words say.
    * **source_lenient**, printed beside it, never instead: also right when the statement's own
      ``source`` span (``model.Statement.source``, the words naming the speaker) overlaps it.
    * **no_speaker**: matched pairs whose gold has a Source but whose statement has no speaker
      actor.
    * **cue** (over content-matched pairs): right when the cue spans overlap; a gold relation
      without a Cue is right when the statement has no cue.
    """
    total = _PolnearTally()
    per_doc = []
    warnings: list[str] = []
    for article, doc in zip(articles, _docs_for([a.id for a in articles], docs), strict=True):
        doc = _checked_doc(article, doc, warnings)
        gold = [a for a in article.attributions if a.content]
        one = _score_polnear_doc(article, doc, gold)
        total.add(one)
        total.skipped += len(article.attributions) - len(gold)
        per_doc.append(
            {
                "id": article.id,
                "annotator": article.annotator,
                "content": one.content.to_dict(),
                "content_exact": one.exact.to_dict(),
                "source": _accuracy(one.source_right, one.matched),
                "cue": _accuracy(one.cue_right, one.matched),
            }
        )
    return {
        "kind": "polnear",
        "articles": len(articles),
        "content": total.content.to_dict(),
        "content_exact": total.exact.to_dict(),
        "source": _accuracy(total.source_right, total.matched),
        "source_lenient": _accuracy(total.lenient_right, total.matched),
        "no_speaker": _accuracy(total.no_speaker, total.with_source),
        "cue": _accuracy(total.cue_right, total.matched),
        "gold_without_content": total.skipped,
        "documents": per_doc,
        "warnings": warnings,
    }


@dataclass
class _PolnearTally:
    """Counts for one document or, summed with :meth:`add`, for all of them."""

    content: LayerScore = field(default_factory=LayerScore)
    exact: LayerScore = field(default_factory=LayerScore)
    matched: int = 0  # content-matched pairs: the total for source and cue
    source_right: int = 0
    lenient_right: int = 0
    cue_right: int = 0
    with_source: int = 0
    no_speaker: int = 0
    skipped: int = 0

    def add(self, other: _PolnearTally) -> None:
        self.content = self.content + other.content
        self.exact = self.exact + other.exact
        self.matched += other.matched
        self.source_right += other.source_right
        self.lenient_right += other.lenient_right
        self.cue_right += other.cue_right
        self.with_source += other.with_source
        self.no_speaker += other.no_speaker
        self.skipped += other.skipped


def _checked_doc(article: PolnearArticle, doc: Document | None, warnings: list[str]) -> Document:
    """``doc``, or an empty one when missing; warns when missing or its text differs."""
    if doc is None:
        msg = f"{article.id}: no system document; scored as empty"
        log.warning(msg)
        warnings.append(msg)
        return Document(id=article.id, text=article.text)
    if doc.text != article.text:
        msg = f"{article.id}: system text differs from the article text; offsets may not agree"
        log.warning(msg)
        warnings.append(msg)
    return doc


def _score_polnear_doc(
    article: PolnearArticle, doc: Document, gold: list[PolnearAttribution]
) -> _PolnearTally:
    stmts = doc.statements
    actors = {a.id: a for a in doc.actors}
    matched, n_exact = _polnear_matches(article, stmts, gold)
    tally = _PolnearTally(
        content=LayerScore(len(matched), len(stmts), len(gold)),
        exact=LayerScore(n_exact, len(stmts), len(gold)),
        matched=len(matched),
    )
    for k, i in matched.items():
        st, g = stmts[k], gold[i]
        ok, lenient = _source_right(st, g, actors)
        tally.source_right += int(ok)
        tally.lenient_right += int(lenient)
        if g.source:
            tally.with_source += 1
            tally.no_speaker += int(actors.get(st.speaker or "") is None)
        if g.cue:
            tally.cue_right += int(_overlap(_span_frags(st.cue), g.cue) > 0)
        else:
            tally.cue_right += int(st.cue is None)
    return tally


def _variants(text: str, frags: list[Frag]) -> set[str]:
    """What a content may equal: its fragments joined by one space (each trimmed, or trimmed
    as a whole), or the whole stretch from the first to the last."""
    return {_trim(" ".join(text[s:e] for s, e in frags)),
            " ".join(_trim(text[s:e]) for s, e in frags),
            _trim(text[frags[0][0]:frags[-1][1]])}


def _polnear_matches(
    article: PolnearArticle, stmts: list[Statement], gold: list[PolnearAttribution]
) -> tuple[dict[int, int], int]:
    """Content-matched pairs (statement index -> gold index) and the count of exact matches."""
    pairs = []
    exact_pairs = []
    gold_texts = []
    for g in gold:
        gold_texts.append(_variants(article.text, _merge(g.content)))
    for k, st in enumerate(stmts):
        sfr = _content_frags(st)
        slen = _length(sfr)
        stexts = _variants(article.text, sfr) - {""}
        for i, g in enumerate(gold):
            ov = _overlap(sfr, g.content)
            glen = _length(g.content)
            if ov > 0 and 2 * ov >= min(slen, glen):
                pairs.append((ov / max(slen, glen), k, i))
            if stexts & gold_texts[i]:
                exact_pairs.append((1.0, k, i))
    return _match(pairs), len(_match(exact_pairs))


def evaluate_polnear(
    directory: str | Path, analyze: Callable[[Article], Document], limit: int | None = None
) -> dict[str, Any]:
    """Run ``analyze`` over the PolNeAR articles in ``directory`` (first ``limit``) and score;
    with the annotators' own agreement where articles were annotated twice
    (:func:`polnear_agreement`)."""
    articles = load_polnear(directory)
    if limit is not None:
        articles = articles[:limit]
    docs = [analyze(Article(id=a.id, text=a.text, path=a.ann_path)) for a in articles]
    result = score_polnear(articles, docs)
    agreement = polnear_agreement(directory)
    if agreement["articles"]:
        result["agreement"] = agreement
    return result


def polnear_agreement(directory: str | Path) -> dict[str, Any]:
    """How far PolNeAR's annotators agree with each other, scored as a system is: on every
    article annotated twice, each annotation's attributions are scored as statements against
    the other's (both ways; contents as drawn, cues as drawn, no speakers)."""
    root = _polnear_root(Path(directory))
    total = _PolnearTally()
    n = 0
    for article_id, anns in sorted(_annotations(root).items()):
        if len(anns) < 2:
            continue
        n += 1
        text = _read_text(root / "text" / f"{article_id}.txt")
        gold, other = ([a for a in _parse_ann(p) if a.content] for p in anns[:2])
        for ref, hyp in ((gold, other), (other, gold)):
            article = PolnearArticle(article_id, text, "", str(anns[0]), ref)
            total.add(_score_polnear_doc(article, _as_document(article_id, text, hyp), ref))
    return {"articles": n, "content": total.content.to_dict(),
            "content_exact": total.exact.to_dict(),
            "cue": _accuracy(total.cue_right, total.matched)}


def _as_document(doc_id: str, text: str, attributions: list[PolnearAttribution]) -> Document:
    """One annotator's attributions as statements without speakers."""
    def span(frags: list[Frag]) -> Span | None:
        return Span(frags[0][0], frags[-1][1], text[frags[0][0]:frags[-1][1]]) if frags else None

    statements = []
    for k, a in enumerate(attributions):
        pieces = _merge(a.content)
        statements.append(Statement(
            id=f"s{k + 1}", speaker=None, kind="indirect", cue=span(_merge(a.cue)),
            content=span(pieces),  # type: ignore[arg-type]
            fragments=[Span(s, e, text[s:e]) for s, e in pieces] if len(pieces) > 1 else []))
    return Document(id=doc_id, text=text, statements=statements)


# --------------------------------------------------------------------------------------------
# CAMEO sentences
