"""What the scorer counted wrong in one document: missed gold records and false system ones.

Built on the very matching :mod:`.gold` scores with (same keys, same pairs, same one-to-one
matching), so every line is one unit of a figure ``evaluate`` prints: a missed record is a
point of recall lost, a false one a point of precision. ``evaluate --errors`` prints them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..model import Document
from .gold import (
    Gold,
    Key,
    _event_pairs,
    _GoldActors,
    _stance_proposition_keys,
    _statement_pairs,
    _SystemKeys,
)
from .scoring import _match

#: Longest quoted text in a line (contents and evidence are cut with an ellipsis).
SNIPPET = 90

ErrorLists = dict[str, dict[str, list[str]]]


def document_errors(gold: Gold, doc: Document) -> ErrorLists:
    """``layer -> {"missed": [...], "false": [...]}`` (lines of text), for the layers whose
    records the scorer matches: actors, statements (with the speaker), stances, events.
    Events also list ``wrong_target``: matched on source and type, so right for ``events``,
    but with another target than the gold's, so wrong for ``events_target``; stances list
    ``propositions_never_reached``: gold propositions no system stance maps to (every gold
    stance on them is missed)."""
    keys = _SystemKeys(_GoldActors(gold.actors), doc)
    names = _Names(gold, doc, keys)
    return {
        "actors": _actor_errors(gold, doc, keys),
        "statements_attributed": _statement_errors(gold, doc, keys, names),
        "stances": _stance_errors(gold, doc, keys, names),
        "events": _event_errors(gold, doc, keys, names),
    }


def _snippet(text: str | None) -> str:
    text = " ".join((text or "").split())
    return f'"{text}"' if len(text) <= SNIPPET else f'"{text[: SNIPPET - 3]}..."'


class _Names:
    """Readable names for the scorer's actor keys."""

    def __init__(self, gold: Gold, doc: Document, keys: _SystemKeys) -> None:
        self.gold_names = {keys.index.key_of(i): a["name"] for i, a in enumerate(gold.actors)}
        self.keys = keys

    def of_key(self, key: Key | None) -> str:
        if key is None:
            return "(none)"
        if key in self.gold_names:
            return str(self.gold_names[key])
        if key[0] == "s":
            actor = self.keys.actor_by_id.get(key[1])
            return f"{actor.name if actor else key[1]} (not a gold actor)"
        return f"{key[1]} (not a gold actor)"

    def of_actor(self, actor_id: str | None) -> str:
        return self.of_key(self.keys.key(actor_id))


def _actor_errors(gold: Gold, doc: Document, keys: _SystemKeys) -> dict[str, list[str]]:
    hit = set(keys.mapped.values())
    missed = [
        f"{a['name']} ({a.get('type') or '-'}, {a.get('country') or '-'})"
        for i, a in enumerate(gold.actors)
        if i not in hit
    ]
    false = [
        f"{a.name} ({a.type}, {a.country or '-'}): {_snippet(a.mentions[0].text)}"
        if a.mentions else f"{a.name} ({a.type}, {a.country or '-'})"
        for a in doc.actors
        if a.id not in keys.mapped
    ]
    return {"missed": missed, "false": false}


def _statement_errors(
    gold: Gold, doc: Document, keys: _SystemKeys, names: _Names
) -> dict[str, list[str]]:
    pairs, attributed = _statement_pairs(gold, doc, keys)
    by_content, right = _match(pairs), _match(attributed)
    content_of_gold = {g: k for k, g in by_content.items()}
    right_gold = set(right.values())
    missed = []
    for i, q in enumerate(gold.quotes):
        if i in right_gold:
            continue
        k = content_of_gold.get(i)
        why = ("no statement covers it" if k is None
               else f"found with speaker {names.of_actor(doc.statements[k].speaker)}")
        missed.append(f"{q.get('speaker')}: {_snippet(q['content'])} ({why})")
    false = []
    for k, st in enumerate(doc.statements):
        if k in right:
            continue
        g = by_content.get(k)
        why = ("no gold quote" if g is None
               else f"the gold quote is {gold.quotes[g].get('speaker')}'s")
        false.append(f"{names.of_actor(st.speaker)}: {_snippet(st.content_text)} ({why})")
    return {"missed": missed, "false": false}


def _stance_errors(
    gold: Gold, doc: Document, keys: _SystemKeys, names: _Names
) -> dict[str, list[str]]:
    index = keys.index
    labels = {str(p["key"]): str(p["label"]) for p in gold.propositions}
    system_labels = {p.id: p.label for p in doc.propositions}
    gold_triples = {
        (index.ref(s["actor"]), str(s["proposition"]), str(s["polarity"]).lower())
        for s in gold.stances
    }
    system: dict[tuple[Key | None, str, str], Any] = {}
    for st, pkey in _stance_proposition_keys(gold, doc):
        system.setdefault((keys.key(st.actor), pkey, st.polarity.lower()), st)
    reached = {pkey for _, pkey, _ in system}
    held = Counter(str(s["proposition"]) for s in gold.stances)
    unreached = [f"{p['label']} ({held[str(p['key'])]} gold stances)"
                 for p in gold.propositions
                 if held[str(p["key"])] and str(p["key"]) not in reached]
    missed = []
    for actor, pkey, polarity in sorted(gold_triples - system.keys(), key=str):
        other = sorted({p for a, k, p in system if a == actor and k == pkey})
        holders = sorted({names.of_key(a) for a, k, p in system
                          if k == pkey and p == polarity and a != actor})
        why = (f"found as {'/'.join(other)}" if other
               else f"found for {', '.join(holders)}" if holders else "not found")
        missed.append(f"{names.of_key(actor)} {polarity} {labels.get(pkey, pkey)} ({why})")
    false = []
    for (actor, pkey, polarity), st in system.items():
        if (actor, pkey, polarity) in gold_triples:
            continue
        label = labels.get(pkey) or system_labels.get(st.proposition, pkey)
        where = "" if pkey in labels else " (no gold proposition)"
        evidence = st.evidence.text if st.evidence else ""
        false.append(f"{names.of_key(actor)} {polarity} {label}{where}: {_snippet(evidence)}")
    return {"missed": missed, "false": false, "propositions_never_reached": unreached}


def _event_errors(
    gold: Gold, doc: Document, keys: _SystemKeys, names: _Names
) -> dict[str, list[str]]:
    pairs, _ = _event_pairs(gold, doc, keys)
    matched = _match(pairs)
    matched_gold = {g: k for k, g in matched.items()}

    def gold_line(e: dict[str, Any]) -> str:
        target = f" -> {e['target']}" if e.get("target") else ""
        return f"{e.get('source') or '(none)'} {str(e['type']).upper()}{target}"

    missed = [gold_line(e) for i, e in enumerate(gold.events) if i not in matched_gold]
    false, wrong_target = [], []
    for k, ev in enumerate(doc.events):
        target = f" -> {names.of_actor(ev.target)}" if ev.target else ""
        line = f"{names.of_actor(ev.source)} {ev.type.upper()}{target}"
        evidence = _snippet(ev.evidence.text if ev.evidence else "")
        if k not in matched:
            false.append(f"{line}: {evidence}")
            continue
        wanted = gold.events[matched[k]].get("target")
        if wanted and keys.key(ev.target) != keys.index.ref(wanted):
            wrong_target.append(f"{line}: {evidence} (gold target {wanted})")
    return {"missed": missed, "false": false, "wrong_target": wrong_target}
