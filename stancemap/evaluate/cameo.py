"""ConfliBERT CAMEO sentence files: event classes and actor roles."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import StancemapError
from ..model import Actor, Article, Document, Event, Span
from .polnear import Frag
from .scoring import LayerScore, _match

#: PLOVER type -> CAMEO quad-style class of ``cameo_class`` (SCORING.md). REQUEST is special:
#: see :data:`DEMAND_MODES`.
PLOVER_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

#: ``Event.mode`` values (lower-cased) that make a REQUEST a demand, order or ultimatum, which
#: counts as verbal conflict (3). "yield" is PLOVER's mode for demanding that the target give
#: in or step down. Any other REQUEST (an appeal or call) is class 0.
DEMAND_MODES = frozenset({"demand", "order", "ultimatum", "yield"})

CAMEO_CLASSES = (0, 1, 2, 3, 4)


def event_class(event: Event) -> int:
    """The ``cameo_class`` label an event stands for."""
    etype = event.type.upper()
    if etype == "REQUEST":
        return 3 if (event.mode or "").lower() in DEMAND_MODES else 0
    return PLOVER_CLASS.get(etype, 0)


def _role_mention(actor: Actor | None, evidence: Span | None) -> Span | None:
    """The mention inside the evidence span (first such), else the actor's first mention."""
    if actor is None or not actor.mentions:
        return None
    ordered = sorted(actor.mentions, key=lambda m: (m.start, m.end))
    if evidence is not None:
        for m in ordered:
            if m.start >= evidence.start and m.end <= evidence.end:
                return m
    return ordered[0]


def first_event(doc: Document) -> Event | None:
    """The first event in text order: by evidence start, ties by source mention position."""
    actors = {a.id: a for a in doc.actors}

    def order(item: tuple[int, Event]) -> tuple[float, float, int]:
        n, e = item
        m = _role_mention(actors.get(e.source) if e.source else None, e.evidence)
        start = e.evidence.start if e.evidence else math.inf
        return (start, m.start if m else math.inf, n)

    if not doc.events:
        return None
    return min(enumerate(doc.events), key=order)[1]


def sentence_class(doc: Document) -> int:
    """Class 0-4 of a one-sentence document: that of its first event, 0 without events."""
    event = first_event(doc)
    return 0 if event is None else event_class(event)


def load_cameo_class(path: str | Path) -> list[tuple[str, int]]:
    """``cameo_class`` rows ``(sentence, label)``: CRLF stripped, split on the last tab."""
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise StancemapError("E013", str(path), detail=str(e)) from e
    rows = []
    for n, line in enumerate(raw.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        sentence, sep, label = line.rpartition("\t")
        try:
            if not sep:
                raise ValueError("no tab")
            rows.append((sentence, int(label)))
        except ValueError as e:
            raise StancemapError("E013", f"{path}:{n}", detail=f"bad row: {e}") from e
    return rows


def load_cameo_ner(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """``cameo_ner`` sentences as ``(tokens, tags)``; a blank line ends a sentence."""
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise StancemapError("E013", str(path), detail=str(e)) from e
    out: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(raw.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            if toks:
                out.append((toks, tags))
                toks, tags = [], []
            continue
        token, sep, tag = line.rpartition(" ")
        if not sep or not token:
            raise StancemapError("E013", f"{path}:{n}", detail="expected 'token tag'")
        toks.append(token)
        tags.append(tag)
    if toks:
        out.append((toks, tags))
    return out


def bio_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(type, first token, end token exclusive)`` spans of a BIO tag sequence.

    An ``I-X`` that does not follow ``B-X``/``I-X`` starts a new span.
    """
    spans: list[tuple[str, int, int]] = []
    current: list[Any] | None = None
    for n, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and current is not None and current[0] == kind and current[2] == n:
            current[2] = n + 1
            continue
        if current is not None:
            spans.append(tuple(current))  # type: ignore[arg-type]
            current = None
        if prefix in ("B", "I") and kind:
            current = [kind, n, n + 1]
    if current is not None:
        spans.append(tuple(current))  # type: ignore[arg-type]
    return spans


def cameo_text(tokens_: Sequence[str]) -> tuple[str, list[Frag]]:
    """Sentence text (tokens joined by single spaces) and each token's ``(start, end)``."""
    offsets = []
    pos = 0
    for tok in tokens_:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens_), offsets


def _token_span(offsets: Sequence[Frag], start: int, end: int) -> tuple[int, int] | None:
    inside = [n for n, (s, e) in enumerate(offsets) if s < end and e > start]
    return (inside[0], inside[-1] + 1) if inside else None


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, Any]:
    return LayerScore(tp, n_sys, n_gold).to_dict()


def score_cameo_class(rows: Sequence[tuple[str, int]], docs: Sequence[Document]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the five classes, per-class scores and the confusion matrix
    (rows: gold class, columns: predicted class). ``docs`` align with ``rows``."""
    if len(rows) != len(docs):
        raise ValueError(f"{len(rows)} rows but {len(docs)} documents")
    confusion = [[0] * len(CAMEO_CLASSES) for _ in CAMEO_CLASSES]
    for (_, label), doc in zip(rows, docs, strict=True):
        confusion[label][sentence_class(doc)] += 1
    per_class = {}
    for c in CAMEO_CLASSES:
        tp = confusion[c][c]
        n_sys = sum(confusion[g][c] for g in CAMEO_CLASSES)
        per_class[str(c)] = _prf(tp, n_sys, sum(confusion[c]))
    n = len(rows)
    right = sum(confusion[c][c] for c in CAMEO_CLASSES)
    return {
        "kind": "cameo_class",
        "n": n,
        "accuracy": round(right / n, 4) if n else 0.0,
        "macro_f1": round(sum(p["f1"] for p in per_class.values()) / len(CAMEO_CLASSES), 4),
        "per_class": per_class,
        "labels": list(CAMEO_CLASSES),
        "confusion": confusion,
    }


def system_role_spans(doc: Document, offsets: Sequence[Frag]) -> set[tuple[str, int, int]]:
    """``("S"|"T", first token, end token)`` for every event's source and target mention.

    The mention is the phrase the event itself names as its source or target (the event's
    ``source_text`` / ``target_text``, present also where no actor id covers a generic phrase
    such as "police"); failing that, the source/target actor's mention inside the evidence.
    """
    actors = {a.id: a for a in doc.actors}
    out = set()
    for e in doc.events:
        for role, actor_id, name in (("S", e.source, "source_text"),
                                     ("T", e.target, "target_text")):
            m = e.span_field(name)
            if m is None and actor_id is not None:
                m = _role_mention(actors.get(actor_id), e.evidence)
            span = _token_span(offsets, m.start, m.end) if m else None
            if span:
                out.add((role, *span))
    return out


def score_cameo_ner(
    sentences: Sequence[tuple[list[str], list[str]]], docs: Sequence[Document]
) -> dict[str, Any]:
    """Span micro-F1 of event source/target mentions against gold S/T/R spans.

    ``docs`` align with ``sentences`` and were made from :func:`cameo_text`. A gold S span
    matches a system source span with the same token boundaries, T a target, R either; one-to-
    one. ``unlabelled`` ignores the roles.
    """
    if len(sentences) != len(docs):
        raise ValueError(f"{len(sentences)} sentences but {len(docs)} documents")
    total = LayerScore()
    unlabelled = LayerScore()
    by_type = {k: [0, 0] for k in ("S", "T", "R")}
    for (toks, tags), doc in zip(sentences, docs, strict=True):
        _, offsets = cameo_text(toks)
        gold = [s for s in bio_spans(tags) if s[0] in by_type]
        system = sorted(system_role_spans(doc, offsets))
        pairs = []
        for k, (role, s, e) in enumerate(system):
            for i, (kind, gs, ge) in enumerate(gold):
                if (s, e) == (gs, ge) and (kind == role or kind == "R"):
                    pairs.append((1.0, k, i))
        matched = _match(pairs)
        for i in matched.values():
            by_type[gold[i][0]][0] += 1
        for kind, _, _ in gold:
            by_type[kind][1] += 1
        total = total + LayerScore(len(matched), len(system), len(gold))
        sys_bounds = sorted({(s, e) for _, s, e in system})
        gold_bounds = sorted({(s, e) for _, s, e in gold})
        unlabelled = unlabelled + LayerScore(
            len(set(sys_bounds) & set(gold_bounds)), len(sys_bounds), len(gold_bounds)
        )
    return {
        "kind": "cameo_ner",
        "n": len(sentences),
        "spans": total.to_dict(),
        "unlabelled": unlabelled.to_dict(),
        "recall_by_gold_type": {
            k: {"tp": tp, "n_gold": n, "recall": round(tp / n, 4) if n else 0.0}
            for k, (tp, n) in by_type.items()
        },
    }


#: ``half`` of :func:`evaluate_cameo` -> the parity of the 0-based row index it keeps: the
#: tuning half (even rows) may be read row by row; the held-out half (odd rows) only in sum.
CAMEO_HALVES = {"tune": 0, "heldout": 1}


def cameo_half(items: Sequence[Any], half: str | None) -> list[Any]:
    """The rows of one half (``"tune"``: even 0-based index, ``"heldout"``: odd); all rows
    for ``None``."""
    if half is None:
        return list(items)
    if half not in CAMEO_HALVES:
        raise ValueError(f"half must be one of {', '.join(CAMEO_HALVES)}, not {half!r}")
    return [item for n, item in enumerate(items) if n % 2 == CAMEO_HALVES[half]]


def evaluate_cameo(
    directory: str | Path, analyze: Callable[[Article], Document], limit: int | None = None,
    half: str | None = None,
) -> dict[str, Any]:
    """Run ``analyze`` over ``cameo_class/train.tsv`` and ``cameo_ner/train.txt`` under
    ``directory`` (only the rows of ``half``, see :func:`cameo_half`; then the first
    ``limit`` rows of each) and score both."""
    root = Path(directory)
    if not root.is_dir():
        raise StancemapError("E001", str(root))
    rows = cameo_half(load_cameo_class(root / "cameo_class" / "train.tsv"), half)
    sentences = cameo_half(load_cameo_ner(root / "cameo_ner" / "train.txt"), half)
    if limit is not None:
        rows, sentences = rows[:limit], sentences[:limit]
    cache: dict[str, Document] = {}

    def run(article_id: str, text: str) -> Document:
        if text not in cache:
            cache[text] = analyze(Article(id=article_id, text=text))
        return cache[text]

    class_docs = [run(f"cameo_class:{n}", s) for n, (s, _) in enumerate(rows, 1)]
    ner_docs = [
        run(f"cameo_ner:{n}", cameo_text(toks)[0]) for n, (toks, _) in enumerate(sentences, 1)
    ]
    return {
        "kind": "cameo",
        **({"half": half} if half else {}),
        "class": score_cameo_class(rows, class_docs),
        "ner": score_cameo_ner(sentences, ner_docs),
    }


# --------------------------------------------------------------------------------------------
# Printing
