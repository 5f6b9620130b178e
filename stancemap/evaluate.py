"""Scoring stancemap output against gold data, exactly as ``shared/spec/SCORING.md`` says.

Three kinds of gold are supported:

* ``stancemap-gold/1`` articles (``*.gold.json`` beside a ``.txt``): :func:`load_gold`,
  :func:`score_document`, :func:`evaluate_gold`. Layers: ``actors``, ``statements``,
  ``statements_attributed``, ``stances``, ``stances_country``, ``events``, ``events_target``.
* PolNeAR brat attribution files: :func:`load_polnear`, :func:`score_polnear`,
  :func:`evaluate_polnear`.
* ConfliBERT CAMEO sentence files: :func:`load_cameo_class`, :func:`load_cameo_ner`,
  :func:`score_cameo_class`, :func:`score_cameo_ner`, :func:`evaluate_cameo`.

The engine is passed in as a callable ``analyze(Article) -> Document`` so that this module
never imports the spaCy pipeline; saved stancemap/1 output can be scored instead
(:func:`load_system`).

Choices the spec leaves open, made here once:

* **Matching** is one-to-one: each gold item is matched at most once and each system item at
  most once. Candidate pairs are taken greedily best-first (highest score, then system order,
  then gold order) and the result is then completed with augmenting paths, so the number of
  matches is the maximum possible and never depends on the order of the records.
* The **actors** layer follows SCORING.md literally: precision is the share of system actors
  that map to some gold actor (two system actors for one gold entity both count), recall the
  share of gold actors mapped to. The ``one_per_entity`` check shows how many mapped system
  actors share their gold actor with another one (split coreference chains).
* **Stances** are compared as sets of ``(actor, proposition, polarity)`` triples on both sides
  (duplicates collapse), also before the country roll-up.
* **Content tokens** are the normalised words of a text minus :data:`STOP_WORDS`, as a set; a
  text made only of stop words keeps all its words. Proposition phrases use the same tokens.
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import StancemapError
from .model import SCHEMA, Actor, Article, Document, Event, Span, Statement

log = logging.getLogger("stancemap")

GOLD_FORMAT = "stancemap-gold/1"

LAYERS = (
    "actors",
    "statements",
    "statements_attributed",
    "stances",
    "stances_country",
    "events",
    "events_target",
)

#: Function words left out of content tokens (statements, proposition phrases). Negations,
#: modals and quantifiers are kept on purpose: they carry stance ("must not", "no such plans").
STOP_WORDS = frozenset(
    """
    a an the and or but of to in on at by for with from into as than that this these those
    which who it its he his she her they them their we our you your be is are was were been
    being has have had do does did s
    """.split()
)

# Thresholds of SCORING.md, as integer ratios so that "at least 30%" is exact.
STATEMENT_GOLD_COVER = (1, 2)  # system content covers >= 50% of the gold content tokens
STATEMENT_SYSTEM_COVER = (3, 10)  # >= 30% of the system content tokens are in the gold content
PROPOSITION_COVER = (3, 5)  # >= 60% of a gold phrase's tokens in the system proposition text

_WORD = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------------------------
# Text helpers


def tokens(text: str | None) -> list[str]:
    """Lower-cased runs of Unicode letters and digits; everything else separates."""
    if not text:
        return []
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def normalize(text: str | None) -> str:
    """Text as SCORING.md compares it: ``"Kalinak's"`` -> ``"kalinak s"``."""
    return " ".join(tokens(text))


def content_tokens(text: str | None) -> frozenset[str]:
    """Set of lower-cased words minus :data:`STOP_WORDS` (all words if only stop words)."""
    words = tokens(text)
    content = frozenset(w for w in words if w not in STOP_WORDS)
    return content if content else frozenset(words)


def _at_least(part: int, whole: int, ratio: tuple[int, int]) -> bool:
    """``part / whole >= num / den`` in integers; false for an empty whole."""
    num, den = ratio
    return whole > 0 and part * den >= num * whole


# --------------------------------------------------------------------------------------------
# Scores


@dataclass
class LayerScore:
    """Precision, recall and F1 of one layer.

    ``tp`` is the number of matched gold items. ``tp_system`` is the number of system items
    that count as right when that differs from ``tp`` (only the ``actors`` layer, where several
    system actors may map to one gold actor); ``None`` means "same as ``tp``".
    ``checks`` holds extra ``name -> [right, total]`` counts reported beside the layer.
    """

    tp: int = 0
    n_system: int = 0
    n_gold: int = 0
    tp_system: int | None = None
    checks: dict[str, list[int]] = field(default_factory=dict)

    @property
    def tp_sys(self) -> int:
        return self.tp if self.tp_system is None else self.tp_system

    @property
    def precision(self) -> float:
        return self.tp_sys / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: LayerScore) -> LayerScore:
        tp_system = None
        if self.tp_system is not None or other.tp_system is not None:
            tp_system = self.tp_sys + other.tp_sys
        checks = {k: list(v) for k, v in self.checks.items()}
        for k, (right, total) in other.checks.items():
            acc = checks.setdefault(k, [0, 0])
            acc[0] += right
            acc[1] += total
        return LayerScore(
            self.tp + other.tp,
            self.n_system + other.n_system,
            self.n_gold + other.n_gold,
            tp_system,
            checks,
        )

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "tp": self.tp,
            "n_system": self.n_system,
            "n_gold": self.n_gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }
        if self.tp_system is not None:
            d["tp_system"] = self.tp_system
        if self.checks:
            d["checks"] = {k: _accuracy(r, t) for k, (r, t) in self.checks.items()}
        return d


def _accuracy(right: int, total: int) -> dict[str, Any]:
    return {"right": right, "total": total, "accuracy": round(right / total, 4) if total else 0.0}


def _match(pairs: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """One-to-one matching ``system index -> gold index`` over scored candidate pairs.

    Greedy best-first (score desc, then system index, then gold index), then augmenting paths
    so that the matching has maximum cardinality.
    """
    ordered = sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))
    sys_to_gold: dict[int, int] = {}
    gold_to_sys: dict[int, int] = {}
    adj: dict[int, list[int]] = {}
    for _, i, j in ordered:
        adj.setdefault(i, []).append(j)
        if i not in sys_to_gold and j not in gold_to_sys:
            sys_to_gold[i] = j
            gold_to_sys[j] = i

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_to_sys or augment(gold_to_sys[j], seen):
                sys_to_gold[i] = j
                gold_to_sys[j] = i
                return True
        return False

    for i in adj:
        if i not in sys_to_gold:
            augment(i, set())
    return sys_to_gold


# --------------------------------------------------------------------------------------------
# stancemap-gold/1


@dataclass
class Gold:
    """One parsed ``stancemap-gold/1`` file and the text of its article."""

    id: str
    text: str
    date: str | None
    actors: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    propositions: list[dict[str, Any]]
    stances: list[dict[str, Any]]
    events: list[dict[str, Any]]
    path: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def article(self) -> Article:
        return Article(id=self.id, text=self.text, date=self.date, path=self.path)


_GOLD_SECTIONS: dict[str, tuple[str, ...]] = {
    "actors": ("name",),
    "quotes": ("speaker", "content"),
    "propositions": ("key", "label"),
    "stances": ("actor", "proposition", "polarity"),
    "events": ("source", "type"),
}


def load_gold(path: str | Path) -> Gold:
    """Read a ``stancemap-gold/1`` file and the ``text_file`` beside it. Errors: E010."""
    path = Path(path)
    where = str(path)

    def bad(detail: str) -> StancemapError:
        return StancemapError("E010", where, detail=detail)

    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise bad(f"cannot read: {e}") from e
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise bad(f"invalid JSON at line {e.lineno}: {e.msg}") from e
    if not isinstance(data, dict):
        raise bad("top level is not an object")
    if data.get("format") != GOLD_FORMAT:
        raise bad(f"'format' is {data.get('format')!r}, expected {GOLD_FORMAT!r}")
    gid = data.get("id")
    if not isinstance(gid, str) or not gid:
        raise bad("missing 'id'")
    text_file = data.get("text_file")
    if not isinstance(text_file, str) or not text_file:
        raise bad("missing 'text_file'")
    text_path = path.parent / text_file
    try:
        with open(text_path, encoding="utf-8", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise bad(f"cannot read text_file {text_file!r}: {e}") from e
    sections: dict[str, list[dict[str, Any]]] = {}
    for name, required in _GOLD_SECTIONS.items():
        items = data.get(name, [])
        if not isinstance(items, list):
            raise bad(f"'{name}' is not a list")
        for n, item in enumerate(items):
            if not isinstance(item, dict):
                raise bad(f"{name}[{n}] is not an object")
            for key in required:
                if key not in item:
                    raise bad(f"{name}[{n}] has no '{key}'")
        sections[name] = items
    for n, actor in enumerate(sections["actors"]):
        aliases = actor.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise bad(f"actors[{n}].aliases is not a list of strings")
    date = data.get("date")
    return Gold(
        id=gid,
        text=text,
        date=date if isinstance(date, str) else None,
        path=where,
        data=data,
        **sections,
    )


Key = tuple[str, str]


class _GoldActors:
    """Canonical identities of gold actors: ``("g", name)``, looked up by name or alias."""

    def __init__(self, actors: list[dict[str, Any]]) -> None:
        self.actors = actors
        self.names = [normalize(a["name"]) for a in actors]
        self.forms = [
            ({self.names[i]} | {normalize(x) for x in a.get("aliases") or []}) - {""}
            for i, a in enumerate(actors)
        ]
        self.lookup: dict[str, int] = {}
        for i, name in enumerate(self.names):  # canonical names first, then aliases
            self.lookup.setdefault(name, i)
        for i, forms in enumerate(self.forms):
            for form in sorted(forms):
                self.lookup.setdefault(form, i)

    def key_of(self, index: int) -> Key:
        return ("g", self.names[index])

    def ref(self, name: str | None) -> Key | None:
        """The identity a gold record's actor reference (a name) stands for."""
        if name is None:
            return None
        norm = normalize(name)
        if norm in self.lookup:
            return self.key_of(self.lookup[norm])
        return ("n", norm)

    def country_ref(self, name: str | None) -> Key | None:
        """Like :meth:`ref`, but an actor with a country becomes that country."""
        if name is None:
            return None
        norm = normalize(name)
        if norm in self.lookup:
            country = self.actors[self.lookup[norm]].get("country")
            if country:
                return ("c", str(country).upper())
        return self.ref(name)

    def map_actor(self, actor: Actor) -> int | None:
        """The gold actor whose name or alias equals the system actor's name or a mention text.

        Several candidates: one matching the system name wins, then the one matched by most
        mention texts, then the one matched earliest, then gold order.
        """
        name = normalize(actor.name)
        mention_forms = [normalize(m.text) for m in actor.mentions]
        best: tuple[int, int, int, int] | None = None
        best_index = None
        for i, forms in enumerate(self.forms):
            by_name = int(bool(name) and name in forms)
            hits = [k for k, f in enumerate(mention_forms) if f in forms]
            if not by_name and not hits:
                continue
            rank = (by_name, len(hits), -(hits[0] if hits else 0), -i)
            if best is None or rank > best:
                best, best_index = rank, i
        return best_index


def map_actors(gold: Gold, doc: Document) -> dict[str, int]:
    """System actor id -> index of the gold actor it maps to (unmapped actors left out)."""
    index = _GoldActors(gold.actors)
    mapping = {}
    for actor in doc.actors:
        g = index.map_actor(actor)
        if g is not None:
            mapping[actor.id] = g
    return mapping


def _proposition_key(
    gold_props: list[tuple[str, list[frozenset[str]]]], bag: set[str]
) -> str | None:
    """Key of the gold proposition best covered by ``bag`` (>= 60% of a phrase), or None."""
    best_share = -1.0
    best_key = None
    for key, phrases in gold_props:
        for phrase in phrases:
            hit = len(phrase & bag)
            if _at_least(hit, len(phrase), PROPOSITION_COVER):
                share = hit / len(phrase)
                if share > best_share:
                    best_share, best_key = share, key
    return best_key


def score_document(gold: Gold, doc: Document) -> dict[str, LayerScore]:
    """Score one system document against one gold article, layer by layer (SCORING.md)."""
    index = _GoldActors(gold.actors)
    actor_by_id = {a.id: a for a in doc.actors}
    mapped: dict[str, int] = {}
    for actor in doc.actors:
        g = index.map_actor(actor)
        if g is not None:
            mapped[actor.id] = g

    def sys_key(actor_id: str | None) -> Key | None:
        if actor_id is None:
            return None
        if actor_id in mapped:
            return index.key_of(mapped[actor_id])
        return ("s", actor_id)

    def sys_country_key(actor_id: str | None) -> Key | None:
        actor = actor_by_id.get(actor_id) if actor_id is not None else None
        if actor is not None and actor.country:
            return ("c", actor.country.upper())
        return sys_key(actor_id)

    scores: dict[str, LayerScore] = {}

    # actors
    gold_hit = set(mapped.values())
    per_gold: dict[int, int] = {}
    for g in mapped.values():
        per_gold[g] = per_gold.get(g, 0) + 1
    type_right = country_right = 0
    for actor_id, g in mapped.items():
        actor = actor_by_id[actor_id]
        gold_actor = gold.actors[g]
        type_right += int(actor.type == gold_actor.get("type"))
        gold_country = gold_actor.get("country")
        sys_country = actor.country.upper() if actor.country else None
        country_right += int(sys_country == (str(gold_country).upper() if gold_country else None))
    scores["actors"] = LayerScore(
        tp=len(gold_hit),
        n_system=len(doc.actors),
        n_gold=len(gold.actors),
        tp_system=len(mapped),
        checks={
            "type": [type_right, len(mapped)],
            "country": [country_right, len(mapped)],
            "one_per_entity": [sum(1 for g in mapped.values() if per_gold[g] == 1), len(mapped)],
        },
    )

    # statements
    gold_q = [(content_tokens(q["content"]), index.ref(q.get("speaker"))) for q in gold.quotes]
    sys_q = [
        (content_tokens(s.content.text if s.content else ""), sys_key(s.speaker))
        for s in doc.statements
    ]
    pairs: list[tuple[float, int, int]] = []
    attributed: list[tuple[float, int, int]] = []
    for k, (stoks, sspeaker) in enumerate(sys_q):
        for i, (gtoks, gspeaker) in enumerate(gold_q):
            hit = len(stoks & gtoks)
            if _at_least(hit, len(gtoks), STATEMENT_GOLD_COVER) and _at_least(
                hit, len(stoks), STATEMENT_SYSTEM_COVER
            ):
                score = 2 * hit / (len(gtoks) + len(stoks))
                pairs.append((score, k, i))
                if sspeaker is not None and sspeaker == gspeaker:
                    attributed.append((score, k, i))
    scores["statements"] = LayerScore(len(_match(pairs)), len(sys_q), len(gold_q))
    scores["statements_attributed"] = LayerScore(len(_match(attributed)), len(sys_q), len(gold_q))

    # stances
    gold_props = [
        (
            str(p["key"]),
            [t for t in (content_tokens(x) for x in [p["label"], *(p.get("mentions") or [])]) if t],
        )
        for p in gold.propositions
    ]
    prop_by_id = {p.id: p for p in doc.propositions}
    gold_triples = {
        (index.ref(s["actor"]), str(s["proposition"]), str(s["polarity"]).lower())
        for s in gold.stances
    }
    gold_country = {
        (index.country_ref(s["actor"]), str(s["proposition"]), str(s["polarity"]).lower())
        for s in gold.stances
    }
    sys_triples = set()
    sys_country = set()
    for st in doc.stances:
        bag = set(tokens(st.evidence.text if st.evidence else ""))
        prop = prop_by_id.get(st.proposition)
        if prop is not None:
            bag.update(tokens(prop.label))
            for m in prop.mentions:
                bag.update(tokens(m.text))
        gkey = _proposition_key(gold_props, bag)
        pkey = gkey if gkey is not None else f"\x00system:{st.proposition}"
        polarity = st.polarity.lower()
        sys_triples.add((sys_key(st.actor), pkey, polarity))
        sys_country.add((sys_country_key(st.actor), pkey, polarity))
    scores["stances"] = LayerScore(
        len(sys_triples & gold_triples), len(sys_triples), len(gold_triples)
    )
    scores["stances_country"] = LayerScore(
        len(sys_country & gold_country), len(sys_country), len(gold_country)
    )

    # events
    gold_ev = [
        (index.ref(e.get("source")), str(e["type"]).upper(), index.ref(e.get("target")))
        for e in gold.events
    ]
    sys_ev = [(sys_key(e.source), e.type.upper(), sys_key(e.target)) for e in doc.events]
    pairs = []
    with_target: list[tuple[float, int, int]] = []
    for k, (ssrc, stype, stgt) in enumerate(sys_ev):
        for i, (gsrc, gtype, gtgt) in enumerate(gold_ev):
            if ssrc != gsrc or stype != gtype:
                continue
            pairs.append((1.0 if stgt == gtgt else 0.5, k, i))
            if gtgt is None or stgt == gtgt:
                with_target.append((1.0 if stgt == gtgt else 0.5, k, i))
    scores["events"] = LayerScore(len(_match(pairs)), len(sys_ev), len(gold_ev))
    scores["events_target"] = LayerScore(len(_match(with_target)), len(sys_ev), len(gold_ev))
    return scores


@dataclass
class DocumentScore:
    id: str
    layers: dict[str, LayerScore]
    gold_path: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "gold": self.gold_path,
            "layers": {k: v.to_dict() for k, v in self.layers.items()},
            "warnings": list(self.warnings),
        }


@dataclass
class Report:
    """Per-document scores and their micro-averaged total (counts summed over documents)."""

    documents: list[DocumentScore] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> dict[str, LayerScore]:
        total = {name: LayerScore() for name in LAYERS}
        for d in self.documents:
            for name, score in d.layers.items():
                total[name] = total.get(name, LayerScore()) + score
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "gold",
            "documents": [d.to_dict() for d in self.documents],
            "total": {k: v.to_dict() for k, v in self.total.items()},
            "warnings": list(self.warnings),
        }


def _gold_paths(paths: Sequence[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(p.glob("*.gold.json"))
            if not found:
                raise StancemapError("E010", str(p), detail="directory holds no *.gold.json")
            out.extend(found)
        else:
            out.append(p)
    return out


def evaluate_gold(
    paths: Sequence[str | Path],
    analyze: Callable[[Article], Document] | None = None,
    system: Sequence[Document] | None = None,
) -> Report:
    """Score gold articles (files, or directories of ``*.gold.json``).

    Each article is either run through ``analyze`` or looked up by id in ``system`` (saved
    stancemap/1 output). A gold article with no system document scores 0 with a warning.
    """
    if analyze is None and system is None:
        raise ValueError("evaluate_gold needs analyze or system")
    by_id = {d.id: d for d in system} if system is not None else {}
    report = Report()
    for path in _gold_paths(paths):
        gold = load_gold(path)
        warnings: list[str] = []
        if system is not None:
            doc = by_id.get(gold.id)
            if doc is None:
                msg = f"{path}: no system document with id {gold.id!r}; scored as empty"
                log.warning(msg)
                warnings.append(msg)
                report.warnings.append(msg)
                doc = Document(id=gold.id, text=gold.text)
        else:
            assert analyze is not None
            doc = analyze(gold.article())
        report.documents.append(
            DocumentScore(gold.id, score_document(gold, doc), str(path), warnings)
        )
    return report


def load_system(path: str | Path) -> list[Document]:
    """Read saved stancemap/1 output: a JSON object with ``documents``, one document object,
    or JSONL (one document per line). Errors: E011."""
    path = Path(path)
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise StancemapError("E011", where, detail=f"cannot read: {e}") from e

    def build(obj: Any, loc: str) -> Document:
        if not isinstance(obj, dict):
            raise StancemapError("E011", loc, detail="document is not a JSON object")
        try:
            return Document.from_dict(obj)
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise StancemapError("E011", loc, detail=f"bad document: {e!r}") from e

    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = None
        lines = raw.split("\n")
    else:
        lines = []
    if data is not None:
        if isinstance(data, dict) and "documents" in data:
            schema = data.get("schema")
            if schema is not None and schema != SCHEMA:
                raise StancemapError("E011", where, detail=f"schema {schema!r}, not {SCHEMA!r}")
            if not isinstance(data["documents"], list):
                raise StancemapError("E011", where, detail="'documents' is not a list")
            return [build(d, where) for d in data["documents"]]
        if isinstance(data, list):
            return [build(d, where) for d in data]
        return [build(data, where)]
    docs = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise StancemapError("E011", f"{where}:{n}", detail=f"invalid JSON: {e.msg}") from e
        if isinstance(obj, dict) and "documents" in obj:
            docs.extend(build(d, f"{where}:{n}") for d in obj["documents"])
        else:
            docs.append(build(obj, f"{where}:{n}"))
    if not docs:
        raise StancemapError("E011", where, detail="no documents")
    return docs


# --------------------------------------------------------------------------------------------
# PolNeAR brat attributions

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


def _parse_ann(path: Path) -> list[PolnearAttribution]:
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise StancemapError("E013", where, detail=str(e)) from e
    spans: dict[str, list[Frag]] = {}
    relations: list[tuple[str, list[str]]] = []
    for n, line in enumerate(raw.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
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
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(article, ann)
    articles = []
    for article_id, ann in sorted(chosen.items()):
        text_path = root / "text" / f"{article_id}.txt"
        try:
            with open(text_path, encoding="utf-8", newline="") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise StancemapError("E013", str(text_path), detail=str(e)) from e
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


def _trim(text: str) -> str:
    """Strip spaces, punctuation and quotation marks from both ends; collapse inner spaces."""

    def junk(c: str) -> bool:
        return c.isspace() or unicodedata.category(c).startswith("P") or c in "`´^~|"

    i, j = 0, len(text)
    while i < j and junk(text[i]):
        i += 1
    while j > i and junk(text[j - 1]):
        j -= 1
    return " ".join(text[i:j].split())


def _span_frags(span: Span | None) -> list[Frag]:
    return [] if span is None else [(span.start, span.end)]


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
      punctuation and quotation marks from both ends; a multi-fragment gold content may equal
      either its fragments joined by one space or the whole stretch from first to last.
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
    total_content = LayerScore()
    total_exact = LayerScore()
    source_right = source_total = cue_right = cue_total = 0
    lenient_right = no_speaker = with_source = 0
    skipped = 0
    per_doc = []
    warnings: list[str] = []
    for article, doc in zip(articles, _docs_for([a.id for a in articles], docs), strict=True):
        if doc is None:
            msg = f"{article.id}: no system document; scored as empty"
            log.warning(msg)
            warnings.append(msg)
            doc = Document(id=article.id, text=article.text)
        elif doc.text != article.text:
            msg = f"{article.id}: system text differs from the article text; offsets may not agree"
            log.warning(msg)
            warnings.append(msg)
        gold = [a for a in article.attributions if a.content]
        skipped += len(article.attributions) - len(gold)
        stmts = doc.statements
        actors = {a.id: a for a in doc.actors}
        pairs = []
        exact_pairs = []
        gold_texts = []
        for g in gold:
            frags = _merge(g.content)
            variants = {_trim(" ".join(article.text[s:e] for s, e in frags))}
            variants.add(_trim(article.text[frags[0][0] : frags[-1][1]]))
            gold_texts.append(variants)
        for k, st in enumerate(stmts):
            sfr = _span_frags(st.content)
            slen = _length(sfr)
            stext = _trim(article.text[st.content.start : st.content.end])
            for i, g in enumerate(gold):
                ov = _overlap(sfr, g.content)
                glen = _length(g.content)
                if ov > 0 and 2 * ov >= min(slen, glen):
                    pairs.append((ov / max(slen, glen), k, i))
                if stext and stext in gold_texts[i]:
                    exact_pairs.append((1.0, k, i))
        matched = _match(pairs)
        content = LayerScore(len(matched), len(stmts), len(gold))
        exact = LayerScore(len(_match(exact_pairs)), len(stmts), len(gold))
        s_right = c_right = 0
        for k, i in matched.items():
            st, g = stmts[k], gold[i]
            ok, lenient = _source_right(st, g, actors)
            s_right += int(ok)
            lenient_right += int(lenient)
            if g.source:
                with_source += 1
                no_speaker += int(actors.get(st.speaker or "") is None)
            if g.cue:
                c_right += int(_overlap(_span_frags(st.cue), g.cue) > 0)
            else:
                c_right += int(st.cue is None)
        source_right += s_right
        cue_right += c_right
        source_total += len(matched)
        cue_total += len(matched)
        total_content = total_content + content
        total_exact = total_exact + exact
        per_doc.append(
            {
                "id": article.id,
                "annotator": article.annotator,
                "content": content.to_dict(),
                "content_exact": exact.to_dict(),
                "source": _accuracy(s_right, len(matched)),
                "cue": _accuracy(c_right, len(matched)),
            }
        )
    return {
        "kind": "polnear",
        "articles": len(articles),
        "content": total_content.to_dict(),
        "content_exact": total_exact.to_dict(),
        "source": _accuracy(source_right, source_total),
        "source_lenient": _accuracy(lenient_right, source_total),
        "no_speaker": _accuracy(no_speaker, with_source),
        "cue": _accuracy(cue_right, cue_total),
        "gold_without_content": skipped,
        "documents": per_doc,
        "warnings": warnings,
    }


def evaluate_polnear(
    directory: str | Path, analyze: Callable[[Article], Document], limit: int | None = None
) -> dict[str, Any]:
    """Run ``analyze`` over the PolNeAR articles in ``directory`` (first ``limit``) and score."""
    articles = load_polnear(directory)
    if limit is not None:
        articles = articles[:limit]
    docs = [analyze(Article(id=a.id, text=a.text, path=a.ann_path)) for a in articles]
    return score_polnear(articles, docs)


# --------------------------------------------------------------------------------------------
# CAMEO sentences

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


def evaluate_cameo(
    directory: str | Path, analyze: Callable[[Article], Document], limit: int | None = None
) -> dict[str, Any]:
    """Run ``analyze`` over ``cameo_class/train.tsv`` and ``cameo_ner/train.txt`` under
    ``directory`` (the first ``limit`` rows of each) and score both."""
    root = Path(directory)
    if not root.is_dir():
        raise StancemapError("E001", str(root))
    rows = load_cameo_class(root / "cameo_class" / "train.tsv")
    sentences = load_cameo_ner(root / "cameo_ner" / "train.txt")
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
        "class": score_cameo_class(rows, class_docs),
        "ner": score_cameo_ner(sentences, ner_docs),
    }


# --------------------------------------------------------------------------------------------
# Printing


def _row(name: str, s: dict[str, Any]) -> str:
    tp = str(s["tp"])
    if "tp_system" in s and s["tp_system"] != s["tp"]:
        tp = f"{s['tp']} (sys {s['tp_system']})"
    return (
        f"  {name:<22} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
        f"   {tp}/{s['n_system']}/{s['n_gold']}"
    )


_HEADER = f"  {'layer':<22} {'P':>6} {'R':>6} {'F1':>6}   tp/sys/gold"


def _table(layers: dict[str, dict[str, Any]]) -> list[str]:
    lines = [_HEADER]
    for name, s in layers.items():
        lines.append(_row(name, s))
        for check, c in (s.get("checks") or {}).items():
            lines.append(
                f"  {'':<4}{name} {check}: {c['accuracy']:.3f} ({c['right']}/{c['total']})"
            )
    return lines


def _acc_line(name: str, a: dict[str, Any]) -> str:
    return f"  {name:<22} {a['accuracy']:.3f} ({a['right']}/{a['total']})"


def format_report(report: Report | dict[str, Any], as_json: bool = False) -> str:
    """A readable table (or JSON) of a :class:`Report` or of a PolNeAR/CAMEO result dict."""
    data = report.to_dict() if isinstance(report, Report) else report
    if as_json:
        return json.dumps(data, indent=2, ensure_ascii=False)
    kind = data.get("kind")
    lines: list[str] = []
    if kind == "gold":
        for d in data["documents"]:
            lines.append(f"document {d['id']}  ({d['gold']})")
            lines.extend(_table(d["layers"]))
            lines.append("")
        lines.append(f"micro total over {len(data['documents'])} document(s)")
        lines.extend(_table(data["total"]))
    elif kind == "polnear":
        lines.append(f"PolNeAR attributions, {data['articles']} article(s)")
        lines.append(_HEADER)
        lines.append(_row("content (overlap)", data["content"]))
        lines.append(_row("content (exact)", data["content_exact"]))
        lines.append("  over matched pairs:")
        lines.append(_acc_line("source accuracy", data["source"]))
        if "source_lenient" in data:
            lines.append(_acc_line("source, lenient", data["source_lenient"]))
            lines.append(_acc_line("no speaker actor", data["no_speaker"]))
        lines.append(_acc_line("cue accuracy", data["cue"]))
    elif kind in ("cameo", "cameo_class", "cameo_ner"):
        parts = [data] if kind != "cameo" else [data["class"], data["ner"]]
        for part in parts:
            if part["kind"] == "cameo_class":
                lines.append(f"CAMEO sentence class, {part['n']} sentence(s)")
                lines.append(f"  accuracy {part['accuracy']:.3f}   macro-F1 {part['macro_f1']:.3f}")
                lines.append(_HEADER.replace("layer", "class"))
                for c, s in part["per_class"].items():
                    lines.append(_row(c, s))
                lines.append("  confusion (rows gold, columns predicted):")
                lines.append("        " + "".join(f"{c:>6}" for c in part["labels"]))
                for c, row in zip(part["labels"], part["confusion"], strict=True):
                    lines.append(f"  {c:>6}" + "".join(f"{v:>6}" for v in row))
            else:
                lines.append(f"CAMEO actor spans, {part['n']} sentence(s)")
                lines.append(_HEADER)
                lines.append(_row("source/target", part["spans"]))
                lines.append(_row("unlabelled", part["unlabelled"]))
                for k, r in part["recall_by_gold_type"].items():
                    lines.append(
                        f"  recall of gold {k}: {r['recall']:.3f} ({r['tp']}/{r['n_gold']})"
                    )
            lines.append("")
    else:
        return json.dumps(data, indent=2, ensure_ascii=False)
    for w in data.get("warnings") or []:
        lines.append(f"warning: {w}")
    return "\n".join(lines).rstrip() + "\n"
