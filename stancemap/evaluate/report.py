"""The evaluation report as text or JSON."""

from __future__ import annotations

import json
from typing import Any

from .gold import Report


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


def _errors(errors: dict[str, dict[str, list[str]]] | None) -> list[str]:
    """What the scorer counted wrong, a line each, under its layer and kind."""
    lines = []
    for layer, kinds in (errors or {}).items():
        for kind, items in kinds.items():
            if items:
                lines.append(f"  {layer} {kind.replace('_', ' ')} ({len(items)}):")
                lines.extend(f"    - {item}" for item in items)
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
            lines.extend(_errors(d.get("errors")))
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
        if data.get("agreement"):
            agr = data["agreement"]
            lines.append(f"  the annotators with each other ({agr['articles']} article(s) "
                         "annotated twice, each scored against the other):")
            lines.append(_row("content (overlap)", agr["content"]))
            lines.append(_row("content (exact)", agr["content_exact"]))
            lines.append(_acc_line("cue accuracy", agr["cue"]))
    elif kind in ("cameo", "cameo_class", "cameo_ner"):
        parts = [data] if kind != "cameo" else [data["class"], data["ner"]]
        for part in parts:
            if part["kind"] == "cameo_class":
                half = f" ({data['half']} half)" if data.get("half") else ""
                conv = {"cameo": "; promised concessions AGREE, as CAMEO codes intents",
                        "plover": "; promised concessions CONCEDE, as PLOVER codes them"}.get(
                    data.get("concessions", ""), "")
                lines.append(f"CAMEO sentence class, {part['n']} sentence(s){half}{conv}")
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
