"""Scoring against SEESAW stance triplets, exactly as the SEESAW section of SCORING.md says.

SEESAW (``shared/data/seesaw/train/``: ``articles/*.json``, ``annotations/*.json``) marks, per
sentence, triplets ``(subject entity, POS|NEG, object entity)`` whose entity names come from each
article's ``entity lists``. The data is CC BY-NC-SA: it is read at evaluation time only.

* **Input**: the article's sentences joined with ``"\\n"`` (an empty sentence stays a blank
  line), its title as ``title``.
* **System triplets** (:func:`system_triplets`): every relation (positive -> POS, negative ->
  NEG); every event with a source and a target (cooperation quad -> POS, conflict -> NEG);
  every stance (support, conditional -> POS; oppose -> NEG; neutral ignored) toward the entity
  that its proposition's label or a mention equals after folding, and toward actor X when a
  mention of the proposition reads "X's ...".
* **Actors to entities** (:class:`EntityMap`): folded name, else folded mention text, else
  (persons) surname equal to the entity's last word, given names agreeing when several
  entities share it.
* **Gold** (:func:`load_seesaw`): the alphabetically first annotator of each article, and
  triplets whose subject and object are both in that annotator's entity list.
* **Score**: micro P/R/F1 of the per-article sets of ``(subject, polarity, object)``;
  precision counts the system triplets whose two ends both map.

Choices the spec leaves open, made here once: the entity list an article is scored with is the
entries its chosen annotator listed; when an actor's mentions fold to several entity names, the
first mention in text order wins; "X's" is resolved to the actor whose name or a mention folds
to X, else X itself is mapped like an actor's name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import StancemapError
from .model import Actor, Article, Document

POS, NEG = "POS", "NEG"
#: Subject/object values that are no entity of the list.
NOT_ENTITIES = frozenset({"Not in the list", "None"})
STANCE_SIGN = {"support": POS, "conditional": POS, "oppose": NEG}
RELATION_SIGN = {"positive": POS, "negative": NEG}
#: Apostrophes and periods are dropped by folding; other punctuation becomes a space.
_DROPPED = frozenset(".'’‘ʼ`´")
_POSSESSIVE = re.compile(r"^(.+?)\s*['’ʼ]s?\s+\S")

Triplet = tuple[str, str, str]


# --------------------------------------------------------------------------------------------
# Folding and entity mapping


def fold(text: str | None) -> str:
    """NFKD, diacritics removed, case-folded, periods and apostrophes dropped, other
    punctuation to a space, a leading "the" dropped, spaces collapsed."""
    if not text:
        return ""
    chars = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) or ch in _DROPPED:
            continue
        chars.append(" " if unicodedata.category(ch)[0] in "PZC" else ch)
    words = "".join(chars).casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


class EntityMap:
    """Maps actors (and names) to the entity names of one article's entity list."""

    def __init__(self, entities: Iterable[str]) -> None:
        self.by_fold: dict[str, str] = {}
        self.by_last: dict[str, list[tuple[str, str]]] = {}
        for name in entities:
            key = fold(name)
            if not key or key in self.by_fold:
                continue
            self.by_fold[key] = name
            words = key.split()
            self.by_last.setdefault(words[-1], []).append((words[0], name))

    def name(self, text: str | None) -> str | None:
        """The entity whose folded name equals the folded ``text``."""
        return self.by_fold.get(fold(text))

    def surname(self, name: str) -> str | None:
        """The entity whose last word is the person's surname (given names decide ties)."""
        words = fold(name).split()
        if not words:
            return None
        cands = self.by_last.get(words[-1], [])
        if len(cands) == 1:
            return cands[0][1]
        if len(words) < 2:
            return None
        agree = [n for first, n in cands if first == words[0]]
        return agree[0] if len(agree) == 1 else None

    def actor(self, actor: Actor) -> str | None:
        """Folded name, else folded mention text, else (persons) the surname rule."""
        got = self.name(actor.name)
        if got is not None:
            return got
        for m in sorted(actor.mentions, key=lambda m: (m.start, m.end)):
            got = self.name(m.text)
            if got is not None:
                return got
        if actor.type == "person":
            return self.surname(actor.name)
        return None


# --------------------------------------------------------------------------------------------
# Gold


@dataclass
class SeesawArticle:
    """One SEESAW article: the input text, the chosen annotator's entities and triplets."""

    id: str
    title: str | None
    text: str
    annotator: str | None
    entities: list[str]
    gold: set[Triplet] = field(default_factory=set)

    def article(self) -> Article:
        return Article(id=self.id, text=self.text, title=self.title, path=self.id)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StancemapError("E013", str(path), detail=str(exc)) from exc


def article_text(article: dict[str, Any]) -> str:
    """The sentences joined with "\\n" (an empty sentence stays a blank line)."""
    sentences = sorted(article.get("text") or [], key=lambda s: int(s["id"]))
    return "\n".join(s.get("text") or "" for s in sentences)


def _first_annotator(annotation: dict[str, Any]) -> str | None:
    names: set[str] = set()
    for entry in annotation.get("entity lists") or []:
        names.update(entry[3])
    for triplets in (annotation.get("sentence-level stances") or {}).values():
        for t in triplets:
            names.update(t.get("annotators") or [])
    return min(names) if names else None


def gold_of(annotation: dict[str, Any]) -> tuple[str | None, list[str], set[Triplet]]:
    """(annotator, entity list, triplet set) of the alphabetically first annotator."""
    who = _first_annotator(annotation)
    entities = [e[0] for e in annotation.get("entity lists") or [] if who in e[3]]
    listed = set(entities) - NOT_ENTITIES
    gold: set[Triplet] = set()
    for triplets in (annotation.get("sentence-level stances") or {}).values():
        for t in triplets:
            if who not in (t.get("annotators") or []):
                continue
            if t["subject"] in listed and t["object"] in listed and t["sentiment"] in (POS, NEG):
                gold.add((t["subject"], t["sentiment"], t["object"]))
    return who, entities, gold


def load_seesaw(directory: str | Path) -> list[SeesawArticle]:
    """The articles of a SEESAW split (``articles/`` and ``annotations/``), by file name."""
    root = Path(directory)
    if not (root / "articles").is_dir() or not (root / "annotations").is_dir():
        raise StancemapError("E001", str(root / "articles"))
    out = []
    for path in sorted((root / "articles").glob("*.json")):
        art = _read_json(path)
        ann_path = root / "annotations" / path.name
        ann = _read_json(ann_path) if ann_path.exists() else {}
        who, entities, gold = gold_of(ann)
        out.append(SeesawArticle(path.stem, art.get("title"), article_text(art), who,
                                 entities, gold))
    return out


# --------------------------------------------------------------------------------------------
# System triplets


def _possessor(text: str) -> str | None:
    """X of a proposition mention that reads "X's ..." (or "X' ...")."""
    m = _POSSESSIVE.match(text.strip())
    return m.group(1) if m else None


def _possessor_entity(x: str, doc: Document, emap: EntityMap,
                      mapped: dict[str, str | None]) -> str | None:
    """The entity of actor X: the actor whose name or a mention folds to X, else X itself."""
    key = fold(x)
    for a in doc.actors:
        if fold(a.name) == key or any(fold(m.text) == key for m in a.mentions):
            return mapped.get(a.id)
    return emap.name(x) or emap.surname(x)


def _stance_objects(doc: Document, emap: EntityMap, mapped: dict[str, str | None]
                    ) -> dict[str, set[str]]:
    """Proposition id -> the entities its stances are toward."""
    out: dict[str, set[str]] = {}
    for p in doc.propositions:
        objs = out.setdefault(p.id, set())
        for text in [p.label, *(m.text for m in p.mentions)]:
            got = emap.name(text)
            if got is not None:
                objs.add(got)
        for m in p.mentions:
            x = _possessor(m.text)
            got = _possessor_entity(x, doc, emap, mapped) if x else None
            if got is not None:
                objs.add(got)
    return out


def system_triplets(doc: Document, emap: EntityMap) -> tuple[set[Triplet], Counter[str]]:
    """The document's mapped triplets and how many each layer contributed (before dedup)."""
    mapped = {a.id: emap.actor(a) for a in doc.actors}
    found: set[Triplet] = set()
    origin: Counter[str] = Counter()

    def add(layer: str, src: str | None, sign: str | None, obj: str | None) -> None:
        if src is not None and sign is not None and obj is not None:
            found.add((src, sign, obj))
            origin[layer] += 1

    for r in doc.relations:
        add("relations", mapped.get(r.source), RELATION_SIGN.get(r.polarity),
            mapped.get(r.target))
    for e in doc.events:
        if e.source and e.target:
            sign = POS if "COOPERATION" in e.quad else NEG if "CONFLICT" in e.quad else None
            add("events", mapped.get(e.source), sign, mapped.get(e.target))
    objects = _stance_objects(doc, emap, mapped)
    for st in doc.stances:
        for obj in sorted(objects.get(st.proposition, ())):
            add("stances", mapped.get(st.actor), STANCE_SIGN.get(st.polarity), obj)
    return found, origin


# --------------------------------------------------------------------------------------------
# Scoring


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "n_system": n_sys, "n_gold": n_gold, "precision": round(p, 4),
            "recall": round(r, 4), "f1": round(f, 4)}


def score_seesaw(articles: Sequence[SeesawArticle], docs: Sequence[Document]) -> dict[str, Any]:
    """Micro P/R/F1 of per-article triplet sets (see the module docstring)."""
    tp = n_sys = n_gold = 0
    origin: Counter[str] = Counter()
    per_doc = []
    for art, doc in zip(articles, docs, strict=True):
        found, seen = system_triplets(doc, EntityMap(art.entities))
        origin.update(seen)
        hit = len(found & art.gold)
        tp, n_sys, n_gold = tp + hit, n_sys + len(found), n_gold + len(art.gold)
        per_doc.append({"id": art.id, "tp": hit, "n_system": len(found),
                        "n_gold": len(art.gold)})
    return {"kind": "seesaw", "articles": len(articles), "triplets": _prf(tp, n_sys, n_gold),
            "mapped_by_layer": dict(sorted(origin.items())), "documents": per_doc}


def evaluate_seesaw(directory: str | Path, analyze: Callable[[Article], Document],
                    limit: int | None = None) -> dict[str, Any]:
    """Run ``analyze`` over the SEESAW articles in ``directory`` (first ``limit``) and score."""
    articles = load_seesaw(directory)
    if limit is not None:
        articles = articles[:limit]
    return score_seesaw(articles, [analyze(a.article()) for a in articles])


def format_seesaw(data: dict[str, Any]) -> str:
    """The readable report of :func:`score_seesaw`'s result."""
    t = data["triplets"]
    lines = [
        f"SEESAW stance triplets, {data['articles']} article(s)",
        f"  {'':<22} {'P':>6} {'R':>6} {'F1':>6}   tp/sys/gold",
        f"  {'triplets':<22} {t['precision']:>6.3f} {t['recall']:>6.3f} {t['f1']:>6.3f}"
        f"   {t['tp']}/{t['n_system']}/{t['n_gold']}",
    ]
    if data["mapped_by_layer"]:
        parts = ", ".join(f"{k} {v}" for k, v in data["mapped_by_layer"].items())
        lines.append(f"  mapped system triplets by layer (before dedup): {parts}")
    return "\n".join(lines) + "\n"
