"""stancemap-gold/1 articles: loading, scoring a document, evaluating a folder; saved output."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import StancemapError
from ..model import SCHEMA, Actor, Article, Document, Stance
from .scoring import (
    GOLD_FORMAT,
    LAYERS,
    PROPOSITION_COVER,
    STATEMENT_GOLD_COVER,
    STATEMENT_SYSTEM_COVER,
    LayerScore,
    _at_least,
    _match,
    content_tokens,
    log,
    normalize,
    tokens,
)


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


class _SystemKeys:
    """Keys of system actors: the gold actor's key where mapped, else the system id."""

    def __init__(self, index: _GoldActors, doc: Document) -> None:
        self.index = index
        self.actor_by_id = {a.id: a for a in doc.actors}
        self.mapped: dict[str, int] = {}
        for actor in doc.actors:
            g = index.map_actor(actor)
            if g is not None:
                self.mapped[actor.id] = g

    def key(self, actor_id: str | None) -> Key | None:
        if actor_id is None:
            return None
        if actor_id in self.mapped:
            return self.index.key_of(self.mapped[actor_id])
        return ("s", actor_id)

    def country_key(self, actor_id: str | None) -> Key | None:
        actor = self.actor_by_id.get(actor_id) if actor_id is not None else None
        if actor is not None and actor.country:
            return ("c", actor.country.upper())
        return self.key(actor_id)


def score_document(gold: Gold, doc: Document) -> dict[str, LayerScore]:
    """Score one system document against one gold article, layer by layer (SCORING.md)."""
    index = _GoldActors(gold.actors)
    keys = _SystemKeys(index, doc)
    scores: dict[str, LayerScore] = {"actors": _score_actors(gold, doc, keys)}
    scores.update(_score_statements(gold, doc, keys))
    scores.update(_score_stances(gold, doc, keys))
    scores.update(_score_events(gold, doc, keys))
    return scores


def _score_actors(gold: Gold, doc: Document, keys: _SystemKeys) -> LayerScore:
    mapped = keys.mapped
    gold_hit = set(mapped.values())
    per_gold: dict[int, int] = {}
    for g in mapped.values():
        per_gold[g] = per_gold.get(g, 0) + 1
    type_right = country_right = 0
    for actor_id, g in mapped.items():
        actor = keys.actor_by_id[actor_id]
        gold_actor = gold.actors[g]
        type_right += int(actor.type == gold_actor.get("type"))
        gold_country = gold_actor.get("country")
        sys_country = actor.country.upper() if actor.country else None
        country_right += int(sys_country == (str(gold_country).upper() if gold_country else None))
    return LayerScore(
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


def _statement_pairs(
    gold: Gold, doc: Document, keys: _SystemKeys
) -> tuple[list[tuple[float, int, int]], list[tuple[float, int, int]]]:
    """Candidate (score, system, gold) pairs of statements: content alone, and with the
    speaker mapped to the gold speaker too."""
    index = keys.index
    gold_q = [(content_tokens(q["content"]), index.ref(q.get("speaker"))) for q in gold.quotes]
    sys_q = [
        (content_tokens(s.content_text if s.content else ""), keys.key(s.speaker))
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
    return pairs, attributed


def _score_statements(gold: Gold, doc: Document, keys: _SystemKeys) -> dict[str, LayerScore]:
    pairs, attributed = _statement_pairs(gold, doc, keys)
    n_sys, n_gold = len(doc.statements), len(gold.quotes)
    return {
        "statements": LayerScore(len(_match(pairs)), n_sys, n_gold),
        "statements_attributed": LayerScore(len(_match(attributed)), n_sys, n_gold),
    }


def _score_stances(gold: Gold, doc: Document, keys: _SystemKeys) -> dict[str, LayerScore]:
    index = keys.index
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
    for st, pkey in _stance_proposition_keys(gold, doc):
        polarity = st.polarity.lower()
        sys_triples.add((keys.key(st.actor), pkey, polarity))
        sys_country.add((keys.country_key(st.actor), pkey, polarity))
    return {
        "stances": LayerScore(
            len(sys_triples & gold_triples), len(sys_triples), len(gold_triples)
        ),
        "stances_country": LayerScore(
            len(sys_country & gold_country), len(sys_country), len(gold_country)
        ),
    }


def stance_words(st: Any, prop: Any) -> set[str]:
    """The words a stance is keyed to a gold proposition by: its evidence, and its proposition's
    label and mentions."""
    bag = set(tokens(st.evidence.text if st.evidence else ""))
    if prop is not None:
        bag.update(tokens(prop.label))
        for m in prop.mentions:
            bag.update(tokens(m.text))
    return bag


def _stance_proposition_keys(gold: Gold, doc: Document) -> list[tuple[Stance, str]]:
    """Each system stance with the key of the gold proposition it maps to (or its own)."""
    gold_props = [
        (
            str(p["key"]),
            [t for t in (content_tokens(x) for x in [p["label"], *(p.get("mentions") or [])]) if t],
        )
        for p in gold.propositions
    ]
    prop_by_id = {p.id: p for p in doc.propositions}
    out = []
    for st in doc.stances:
        bag = stance_words(st, prop_by_id.get(st.proposition))
        gkey = _proposition_key(gold_props, bag)
        out.append((st, gkey if gkey is not None else f"\x00system:{st.proposition}"))
    return out


def _event_pairs(
    gold: Gold, doc: Document, keys: _SystemKeys
) -> tuple[list[tuple[float, int, int]], list[tuple[float, int, int]]]:
    """Candidate (score, system, gold) pairs of events: source and type, and with the target
    too where gold names one."""
    index = keys.index
    gold_ev = [
        (index.ref(e.get("source")), str(e["type"]).upper(), index.ref(e.get("target")))
        for e in gold.events
    ]
    sys_ev = [(keys.key(e.source), e.type.upper(), keys.key(e.target)) for e in doc.events]
    pairs: list[tuple[float, int, int]] = []
    with_target: list[tuple[float, int, int]] = []
    for k, (ssrc, stype, stgt) in enumerate(sys_ev):
        for i, (gsrc, gtype, gtgt) in enumerate(gold_ev):
            if ssrc != gsrc or stype != gtype:
                continue
            pairs.append((1.0 if stgt == gtgt else 0.5, k, i))
            if gtgt is None or stgt == gtgt:
                with_target.append((1.0 if stgt == gtgt else 0.5, k, i))
    return pairs, with_target


def _score_events(gold: Gold, doc: Document, keys: _SystemKeys) -> dict[str, LayerScore]:
    pairs, with_target = _event_pairs(gold, doc, keys)
    n_sys, n_gold = len(doc.events), len(gold.events)
    return {
        "events": LayerScore(len(_match(pairs)), n_sys, n_gold),
        "events_target": LayerScore(len(_match(with_target)), n_sys, n_gold),
    }


@dataclass
class DocumentScore:
    id: str
    layers: dict[str, LayerScore]
    gold_path: str | None = None
    warnings: list[str] = field(default_factory=list)
    errors: dict[str, dict[str, list[str]]] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id,
            "gold": self.gold_path,
            "layers": {k: v.to_dict() for k, v in self.layers.items()},
            "warnings": list(self.warnings),
        }
        if self.errors is not None:
            d["errors"] = self.errors
        return d


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
    errors: bool = False,
) -> Report:
    """Score gold articles (files, or directories of ``*.gold.json``).

    Each article is either run through ``analyze`` or looked up by id in ``system`` (saved
    stancemap/1 output). A gold article with no system document scores 0 with a warning.
    With ``errors``, each document also lists what the scorer counted wrong
    (:func:`stancemap.evaluate.errors.document_errors`).
    """
    from .errors import document_errors

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
            DocumentScore(gold.id, score_document(gold, doc), str(path), warnings,
                          document_errors(gold, doc) if errors else None)
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
