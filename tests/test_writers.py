"""Writers: json, jsonl, the text summary and PLOVER lines, on hand-built Documents."""

from __future__ import annotations

import io
import json

from stancemap.model import Actor, Document, Event, Proposition, Span, Stance, Statement
from stancemap.schema import check_offsets, validate_document, validate_output
from stancemap.writers import WRITERS, write_json, write_jsonl, write_plover, write_text

TEXT = (
    'Slovak Defense Minister Robert Kalinak said sending NATO troops to Ukraine was a "red '
    "line that must not be crossed\". Poland's Foreign Minister Radoslaw Sikorski said putting "
    'NATO boots on Ukraine\'s soil is "not unthinkable." Latvia backed the idea. '
    "Kalinak met Sikorski in Warsaw on Monday. Protesters rallied in Bratislava."
)


def sp(part: str, text: str = TEXT, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


SENTENCES = [
    'Slovak Defense Minister Robert Kalinak said sending NATO troops to Ukraine was a "red line '
    'that must not be crossed".',
    "Poland's Foreign Minister Radoslaw Sikorski said putting NATO boots on Ukraine's soil is "
    '"not unthinkable."',
    "Latvia backed the idea.",
    "Kalinak met Sikorski in Warsaw on Monday.",
    "Protesters rallied in Bratislava.",
]
assert " ".join(SENTENCES) == TEXT


def sentence(n: int) -> Span:
    return sp(SENTENCES[n])


def make_doc(doc_id: str = "d1") -> Document:
    return Document(
        id=doc_id,
        text=TEXT,
        title="NATO troops to Ukraine divide allies",
        date="2024-03-12",
        actors=[
            Actor(
                "a1",
                "Robert Kalinak",
                "person",
                "SVK",
                ["Defense Minister"],
                "GOV",
                [sp("Slovak Defense Minister Robert Kalinak"), sp("Kalinak", occurrence=1)],
            ),
            Actor(
                "a2",
                "Radoslaw Sikorski",
                "person",
                "POL",
                ["Foreign Minister"],
                "GOV",
                [sp("Poland's Foreign Minister Radoslaw Sikorski"), sp("Sikorski", occurrence=1)],
            ),
            Actor("a3", "Latvia", "country", "LVA", [], "GOV", [sp("Latvia")]),
            Actor("a4", "protesters", "group", "SVK", [], "CVL", [sp("Protesters")]),
        ],
        statements=[
            Statement(
                "s1",
                "a1",
                "mixed",
                sp("said"),
                sp('sending NATO troops to Ukraine was a "red line that must not be crossed"'),
            ),
            Statement(
                "s2",
                "a2",
                "mixed",
                sp("said", occurrence=1),
                sp('putting NATO boots on Ukraine\'s soil is "not unthinkable."'),
            ),
        ],
        propositions=[
            Proposition(
                "p1",
                "sending NATO troops to Ukraine",
                [
                    sp("sending NATO troops to Ukraine"),
                    sp("putting NATO boots on Ukraine's soil"),
                    sp("the idea"),
                ],
            ),
            Proposition("p2", "a ceasefire in Ukraine", []),
        ],
        stances=[
            Stance("a1", "p1", "oppose", "s1", sentence(0)),
            Stance("a2", "p1", "support", "s2", sentence(1)),
            Stance("a3", "p1", "support", None, sentence(2)),
        ],
        events=[
            Event("e1", "REJECT", None, "a1", None, None, "VERBAL_CONFLICT", sentence(0)),
            Event(
                "e2", "CONSULT", None, "a1", "a2", "2024-03-11", "VERBAL_COOPERATION", sentence(3)
            ),
            Event("e3", "PROTEST", None, "a4", None, None, "MATERIAL_CONFLICT", sentence(4)),
        ],
    )


def empty_doc() -> Document:
    return Document(id="empty", text="Nothing happened.", date=None)


def test_fixture_is_valid_stancemap() -> None:
    from stancemap.model import output

    obj = output([make_doc()])
    assert validate_output(obj) == []
    assert check_offsets(obj) == []


def test_json_writes_the_whole_object() -> None:
    fh = io.StringIO()
    write_json([make_doc(), empty_doc()], fh)
    obj = json.loads(fh.getvalue())
    assert obj["schema"] == "stancemap/1"
    assert [d["id"] for d in obj["documents"]] == ["d1", "empty"]
    assert validate_output(obj) == []
    assert "  " in fh.getvalue().splitlines()[1]  # indented


def test_json_keeps_non_ascii() -> None:
    doc = Document(id="u", text="Radosław Sikorski spoke in Kraków.")
    fh = io.StringIO()
    write_json([doc], fh)
    assert "Radosław" in fh.getvalue() and "\\u" not in fh.getvalue()


def test_jsonl_lines_parse_independently() -> None:
    fh = io.StringIO()
    write_jsonl(iter([make_doc("d1"), empty_doc(), make_doc("d3")]), fh)
    lines = fh.getvalue().splitlines()
    assert len(lines) == 3
    for line, want in zip(lines, ["d1", "empty", "d3"], strict=True):
        doc = json.loads(line)
        assert doc["schema"] == "stancemap/1"
        assert doc["id"] == want
        assert validate_document(doc) == []
        assert check_offsets(doc) == []
        assert Document.from_dict(doc).id == want


def summary(*docs: Document, color: bool = False) -> str:
    fh = io.StringIO()
    write_text(list(docs), fh, color=color)
    return fh.getvalue()


def test_text_summary_sections() -> None:
    out = summary(make_doc())
    lines = out.splitlines()
    assert "NATO troops to Ukraine divide allies" in lines[0]
    assert "d1" in lines[0] and "2024-03-12" in lines[0]
    for heading in ("ACTORS (4)", "STATEMENTS (2)", "PROPOSITIONS (2)", "EVENTS (3)"):
        assert heading in out
    kalinak = next(x for x in lines if x.strip().startswith("Robert Kalinak  "))
    assert "person" in kalinak and "SVK" in kalinak and "Defense Minister" in kalinak
    assert "2 mentions" in kalinak
    assert all(len(x) <= 100 for x in lines), max(lines, key=len)


def test_text_summary_puts_quotes_under_their_speaker() -> None:
    lines = summary(make_doc()).splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("STATEMENTS"))
    end = next(i for i, x in enumerate(lines) if x.startswith("PROPOSITIONS"))
    block = lines[start:end]
    i = next(i for i, x in enumerate(block) if x.strip().startswith("Robert Kalinak"))
    assert "red line" in block[i + 1] and "[mixed] said:" in block[i + 1]
    j = next(i for i, x in enumerate(block) if x.strip().startswith("Radoslaw Sikorski"))
    assert "not unthinkable" in " ".join(block[j + 1 : j + 3])


def test_text_summary_groups_stances_by_proposition() -> None:
    lines = summary(make_doc()).splitlines()
    p1 = next(i for i, x in enumerate(lines) if x.strip().startswith("p1  sending NATO troops"))
    p2 = next(i for i, x in enumerate(lines) if x.strip().startswith("p2  a ceasefire"))
    block = "\n".join(lines[p1:p2])
    support = next(x for x in lines[p1:p2] if "SUPPORT:" in x)
    oppose = next(x for x in lines[p1:p2] if "OPPOSE:" in x)
    assert "Radoslaw Sikorski" in support and "Latvia" in support
    assert "Robert Kalinak" in oppose and "Sikorski" not in oppose
    assert "putting NATO boots on Ukraine's soil" in block  # the paraphrase is listed
    by_country = " ".join(lines[p1:p2])[" ".join(lines[p1:p2]).index("by country:") :]
    assert "Poland (Radoslaw Sikorski)" in by_country
    assert "Slovakia (Robert Kalinak)" in by_country
    assert "Latvia" in by_country
    assert by_country.index("SUPPORT") < by_country.index("Poland") < by_country.index("OPPOSE")
    assert "(no stances found)" in lines[p2 + 1]


def test_text_summary_events() -> None:
    out = summary(make_doc())
    assert "Robert Kalinak -CONSULT-> Radoslaw Sikorski (2024-03-11): “Kalinak met" in out
    assert "Robert Kalinak -REJECT-> — (2024-03-12):" in out  # falls back to the doc date
    assert "protesters -PROTEST-> —" in out


def test_text_summary_empty_sections_and_color() -> None:
    out = summary(empty_doc())
    assert out.count("(none found)") == 5  # actors, statements, propositions, events, relations
    assert "undated" in out.splitlines()[0]
    colored = summary(make_doc(), color=True)
    assert "\033[" in colored and "\033[" not in summary(make_doc())
    both = summary(make_doc(), empty_doc())
    assert both.count("=== ") == 2


def test_text_summary_truncates_long_quotes() -> None:
    body = " ".join(["word"] * 200)
    text = f'The minister said: "{body}"'
    start = text.index(body)
    doc = Document(
        id="long",
        text=text,
        actors=[Actor("a1", "The minister", "person", mentions=[Span(0, 12, "The minister")])],
        statements=[
            Statement(
                "s1", "a1", "direct", Span(13, 17, "said"), Span(start, start + len(body), body)
            )
        ],
    )
    out = summary(doc)
    quote = next(x for x in out.splitlines() if "[direct]" in x)
    assert "…" in out and len(out) < len(body)
    assert quote.strip().startswith("[direct] said: “word")


def test_plover_one_line_per_event_with_names_resolved() -> None:
    fh = io.StringIO()
    write_plover([make_doc("d1"), empty_doc(), make_doc("d2")], fh)
    records = [json.loads(x) for x in fh.getvalue().splitlines()]
    assert len(records) == 6
    assert len({r["id"] for r in records}) == 6
    consult = next(r for r in records if r["event"] == "CONSULT" and r["doc_id"] == "d1")
    assert consult["actor"] == {
        "name": "Robert Kalinak",
        "country": "SVK",
        "sector": "GOV",
        "id": "a1",
    }
    assert consult["recipient"]["name"] == "Radoslaw Sikorski"
    assert consult["recipient"]["country"] == "POL"
    assert consult["date"] == "2024-03-11"
    assert consult["quad"] == "VERBAL_COOPERATION"
    assert consult["context"] == [] and consult["mode"] is None
    ev = consult["evidence"]
    assert TEXT[ev["start"] : ev["end"]] == consult["text"]
    reject = next(r for r in records if r["event"] == "REJECT")
    assert reject["recipient"] is None
    assert reject["date"] == "2024-03-12"
    assert set(reject) >= {
        "id",
        "actor",
        "recipient",
        "event",
        "mode",
        "context",
        "date",
        "text",
        "doc_id",
        "evidence",
        "quad",
    }


def test_plover_unknown_actor_keeps_the_id() -> None:
    doc = Document(
        id="x",
        text="Someone attacked.",
        events=[
            Event(
                "e1",
                "ASSAULT",
                None,
                None,
                "a9",
                None,
                "MATERIAL_CONFLICT",
                Span(0, 17, "Someone attacked."),
            )
        ],
    )
    fh = io.StringIO()
    write_plover([doc], fh)
    rec = json.loads(fh.getvalue())
    assert rec["actor"] == {"name": None, "country": None, "sector": None, "id": None}
    assert rec["recipient"]["id"] == "a9" and rec["recipient"]["name"] is None


def test_writers_registry() -> None:
    assert set(WRITERS) == {"json", "jsonl", "text", "plover"}
    for name, writer in WRITERS.items():
        fh = io.StringIO()
        writer([make_doc()], fh)
        assert fh.getvalue().endswith("\n"), name
