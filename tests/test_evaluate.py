"""Scoring (stancemap.evaluate) against hand-written gold; no spaCy needed."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from stancemap import evaluate as ev
from stancemap.errors import StancemapError
from stancemap.model import (
    Actor,
    Article,
    Document,
    Event,
    Proposition,
    Span,
    Stance,
    Statement,
    output,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev"
CAMEO = SHARED / "data" / "cameo"
GOLD_DIR = SHARED / "gold"

needs_polnear = pytest.mark.skipif(
    not POLNEAR_DEV.is_dir(), reason=f"shared PolNeAR data not found at {POLNEAR_DEV}"
)
needs_cameo = pytest.mark.skipif(
    not CAMEO.is_dir(), reason=f"shared CAMEO data not found at {CAMEO}"
)

TEXT = (
    "Slovak Defense Minister Robert Kalinak rejected sending NATO troops to Ukraine, "
    'calling it "a dangerous idea that must be stopped." '
    "Kalinak's ally Peter Pellegrini said Bratislava would not send soldiers. "
    "French President Emmanuel Macron backed the deployment of NATO troops to Ukraine."
)

GOLD: dict[str, Any] = {
    "format": "stancemap-gold/1",
    "id": "t1",
    "text_file": "t1.txt",
    "date": "2024-03-12",
    "actors": [
        {
            "name": "Robert Kalinak",
            "type": "person",
            "country": "SVK",
            "role": "Defense Minister",
            "aliases": ["Kalinak", "Slovak Defense Minister Robert Kalinak"],
        },
        {
            "name": "Peter Pellegrini",
            "type": "person",
            "country": "SVK",
            "role": None,
            "aliases": ["Pellegrini"],
        },
        {
            "name": "Slovakia",
            "type": "country",
            "country": "SVK",
            "role": None,
            "aliases": ["Bratislava", "Slovak"],
        },
        {
            "name": "Emmanuel Macron",
            "type": "person",
            "country": "FRA",
            "role": "President",
            "aliases": ["Macron", "French President Emmanuel Macron"],
        },
        {"name": "NATO", "type": "organization", "country": None, "role": None, "aliases": []},
        {
            "name": "Ukraine",
            "type": "country",
            "country": "UKR",
            "role": None,
            "aliases": ["Ukraine's government"],
        },
    ],
    "quotes": [
        {
            "speaker": "Robert Kalinak",
            "cue": "calling",
            "content": "a dangerous idea that must be stopped.",
            "kind": "direct",
        },
        {
            "speaker": "Peter Pellegrini",
            "cue": "said",
            "content": "Bratislava would not send soldiers",
            "kind": "indirect",
        },
    ],
    "propositions": [
        {
            "key": "troops",
            "label": "Deploying NATO troops to Ukraine",
            "mentions": [
                "sending NATO troops to Ukraine",
                "not send soldiers",
                "deployment of NATO troops to Ukraine",
                "rapid deployment of allied NATO troops",
            ],
        },
        {"key": "talks", "label": "Peace talks with Russia", "mentions": ["negotiations"]},
    ],
    "stances": [
        {"actor": "Robert Kalinak", "proposition": "troops", "polarity": "oppose"},
        {"actor": "Peter Pellegrini", "proposition": "troops", "polarity": "oppose"},
        {"actor": "Emmanuel Macron", "proposition": "troops", "polarity": "support"},
    ],
    "events": [
        {"source": "Robert Kalinak", "type": "REJECT", "target": None},
        {"source": "Emmanuel Macron", "type": "SUPPORT", "target": "Ukraine"},
    ],
}


def sp(phrase: str, nth: int = 0, text: str = TEXT) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def free(text: str) -> Span:
    """A span whose offsets do not matter (gold scoring compares text only)."""
    return Span(0, len(text), text)


def actor(aid: str, name: str, type_: str, country: str | None, *mentions: str) -> Actor:
    return Actor(aid, name, type_, country, mentions=[sp(m) for m in mentions])


def perfect_doc() -> Document:
    first = TEXT[: TEXT.index("Kalinak's")].strip()
    second = TEXT[TEXT.index("Kalinak's") : TEXT.index("French")].strip()
    third = TEXT[TEXT.index("French") :]
    return Document(
        id="t1",
        text=TEXT,
        actors=[
            actor(
                "a1",
                "Robert Kalinak",
                "person",
                "SVK",
                "Slovak Defense Minister Robert Kalinak",
                "Kalinak",
            ),
            actor("a2", "Peter Pellegrini", "person", "SVK", "Peter Pellegrini"),
            actor("a3", "Slovakia", "country", "SVK", "Bratislava"),
            actor("a4", "Emmanuel Macron", "person", "FRA", "French President Emmanuel Macron"),
            actor("a5", "NATO", "organization", None, "NATO"),
            actor("a6", "Ukraine", "country", "UKR", "Ukraine"),
        ],  # fmt: skip
        statements=[
            Statement(
                "s1", "a1", "direct", sp("calling"), sp("a dangerous idea that must be stopped.")
            ),
            Statement("s2", "a2", "indirect", sp("said"), sp("Bratislava would not send soldiers")),
        ],  # fmt: skip
        propositions=[
            Proposition(
                "p1",
                "sending NATO troops to Ukraine",
                [sp("sending NATO troops to Ukraine"), sp("not send soldiers")],
            )
        ],
        stances=[
            Stance("a1", "p1", "oppose", "s1", sp(first)),
            Stance("a2", "p1", "oppose", "s2", sp(second)),
            Stance("a4", "p1", "support", None, sp(third)),
        ],
        events=[
            Event("e1", "REJECT", None, "a1", None, None, "VERBAL_CONFLICT", sp(first)),
            Event("e2", "SUPPORT", None, "a4", "a6", None, "VERBAL_COOPERATION", sp(third)),
        ],
    )


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    (tmp_path / "t1.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "t1.gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


@pytest.fixture
def gold(gold_path: Path) -> ev.Gold:
    return ev.load_gold(gold_path)


def only(doc: Document, **layers: list[Any]) -> Document:
    """A copy of ``doc`` with some layers replaced."""
    d = Document.from_dict(doc.to_dict())
    for name, value in layers.items():
        setattr(d, name, value)
    return d


# ---------------------------------------------------------------------------- gold articles


def test_normalisation_and_tokens() -> None:
    assert ev.normalize("Kalinak's") == ev.normalize("kalinak s") == "kalinak s"
    assert ev.normalize("  Kalinak’s  “red line” ") == "kalinak s red line"
    assert ev.normalize("Zürich-2024") == "zürich 2024"
    assert ev.content_tokens("a dangerous idea that must be stopped.") == {
        "dangerous", "idea", "must", "stopped",
    }  # fmt: skip
    assert ev.content_tokens("the") == {"the"}  # only stop words: keep them
    assert 30 <= len(ev.STOP_WORDS) <= 60


def test_load_gold(gold: ev.Gold) -> None:
    assert gold.id == "t1" and gold.text == TEXT and gold.date == "2024-03-12"
    assert len(gold.actors) == 6 and len(gold.quotes) == 2
    assert gold.article() == Article(id="t1", text=TEXT, date="2024-03-12", path=gold.path)


@pytest.mark.parametrize(
    "change, detail",
    [
        ({"format": "other/1"}, "format"),
        ({"text_file": "missing.txt"}, "text_file"),
        ({"actors": {"name": "x"}}, "actors"),
        ({"quotes": [{"speaker": "x"}]}, "content"),
    ],
)
def test_load_gold_errors(tmp_path: Path, change: dict[str, Any], detail: str) -> None:
    (tmp_path / "t1.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "bad.gold.json"
    path.write_text(json.dumps({**GOLD, **change}), encoding="utf-8")
    with pytest.raises(StancemapError) as e:
        ev.load_gold(path)
    assert e.value.code == "E010" and detail in str(e.value)


def test_load_gold_not_json(tmp_path: Path) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(StancemapError) as e:
        ev.load_gold(path)
    assert e.value.code == "E010"


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason=f"shared gold not found at {GOLD_DIR}")
def test_shared_gold_files_load() -> None:
    paths = sorted(GOLD_DIR.glob("*.gold.json"))
    assert paths
    for path in paths:
        gold = ev.load_gold(path)
        assert gold.text and gold.actors
        # every gold reference resolves to a gold actor
        actors = ev._GoldActors(gold.actors)
        for q in gold.quotes:
            assert actors.ref(q["speaker"])[0] == "g", (path, q)
        # an empty system scores 0 everywhere without crashing
        scores = ev.score_document(gold, Document(id=gold.id, text=gold.text))
        assert all(s.f1 == 0 and s.n_system == 0 for s in scores.values())


def test_perfect_system(gold: ev.Gold) -> None:
    scores = ev.score_document(gold, perfect_doc())
    assert set(scores) == set(ev.LAYERS)
    for name, s in scores.items():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), name
    assert scores["stances_country"].n_gold == 2  # Kalinak + Pellegrini collapse to SVK
    checks = scores["actors"].to_dict()["checks"]
    assert checks["type"]["accuracy"] == checks["country"]["accuracy"] == 1.0


def test_missing_actor_lowers_recall(gold: ev.Gold) -> None:
    doc = perfect_doc()
    doc.actors = [a for a in doc.actors if a.name != "NATO"]
    s = ev.score_document(gold, doc)["actors"]
    assert s.precision == 1.0 and s.recall == pytest.approx(5 / 6)


def test_invented_actor_lowers_precision(gold: ev.Gold) -> None:
    doc = perfect_doc()
    doc.actors.append(Actor("a7", "Vladimir Putin", "person", "RUS", mentions=[free("Putin")]))
    s = ev.score_document(gold, doc)["actors"]
    assert s.recall == 1.0 and s.precision == pytest.approx(6 / 7)


def test_actor_attribute_checks_and_split_actor(gold: ev.Gold) -> None:
    doc = perfect_doc()
    doc.actors[0].country = None  # Kalinak: country missed
    doc.actors[3].type = "organization"  # Macron: wrong type
    doc.actors.append(Actor("a8", "Kalinak", "person", "SVK", mentions=[free("Kalinak")]))
    s = ev.score_document(gold, doc)["actors"]
    # SCORING.md: precision = share of system actors that map (the split one maps too)
    assert s.precision == 1.0 and s.recall == 1.0
    assert s.tp == 6 and s.tp_system == 7
    d = s.to_dict()["checks"]
    assert d["type"] == {"right": 6, "total": 7, "accuracy": round(6 / 7, 4)}
    assert d["country"]["right"] == 6
    assert d["one_per_entity"]["right"] == 5


def test_alias_and_mention_matching_ignores_punctuation(gold: ev.Gold) -> None:
    doc = Document(
        id="t1",
        text=TEXT,
        actors=[
            # name matches after normalisation
            Actor("x1", "KALINAK!!", "person", "SVK"),
            # no name match; a mention matches the alias "Ukraine's government"
            Actor("x2", "Kyiv authorities", "country", "UKR",
                  mentions=[free("ukraine s government")]),
            # a mention with different punctuation matches the alias
            Actor("x3", "the president", "person", "FRA",
                  mentions=[free("French President Emmanuel-Macron")]),
            Actor("x4", "Kalinak’s", "person", None),  # "kalinak s" is not "kalinak"
        ],
    )  # fmt: skip
    mapping = ev.map_actors(gold, doc)
    names = {k: gold.actors[v]["name"] for k, v in mapping.items()}
    assert names == {"x1": "Robert Kalinak", "x2": "Ukraine", "x3": "Emmanuel Macron"}
    s = ev.score_document(gold, doc)["actors"]
    assert (s.tp, s.tp_system, s.n_system, s.n_gold) == (3, 3, 4, 6)


def test_actor_mapping_prefers_name_then_most_mentions(gold: ev.Gold) -> None:
    doc = Document(
        id="t1",
        text=TEXT,
        actors=[
            Actor("x1", "Robert Kalinak", "person", "SVK", mentions=[free("Slovak")]),
            Actor("x2", "someone", "person", None,
                  mentions=[free("Slovak"), free("Kalinak"), free("Robert Kalinak")]),
        ],
    )  # fmt: skip
    names = {k: gold.actors[v]["name"] for k, v in ev.map_actors(gold, doc).items()}
    assert names == {"x1": "Robert Kalinak", "x2": "Robert Kalinak"}


def _one_statement(gold: ev.Gold, content: str, speaker: str | None = "a1") -> ev.LayerScore:
    doc = only(perfect_doc(), statements=[Statement("s1", speaker, "direct", None, free(content))])
    return ev.score_document(gold, doc)["statements"]


FILLER = "alpha bravo charlie delta echo foxtrot golf hotel".split()


@pytest.mark.parametrize(
    "content, matches",
    [
        ("dangerous idea", True),  # covers 2/4 = 50% of the gold tokens
        ("dangerous", False),  # 1/4 = 25%
        ("the dangerous idea of the", True),  # stop words do not count on either side
        (" ".join(["dangerous idea must", *FILLER[:7]]), True),  # own tokens 3/10 = 30%
        (" ".join(["dangerous idea must", *FILLER[:8]]), False),  # 3/11 < 30%
        (" ".join(["dangerous idea", *FILLER[:4]]), True),  # 2/6 = 33%
        (" ".join(["dangerous idea", *FILLER[:5]]), False),  # 2/7 = 29%
    ],
)
def test_statement_thresholds(gold: ev.Gold, content: str, matches: bool) -> None:
    s = _one_statement(gold, content)
    assert (s.tp, s.n_system, s.n_gold) == (int(matches), 1, 2)


def test_each_gold_quote_matched_once(gold: ev.Gold) -> None:
    doc = only(
        perfect_doc(),
        statements=[
            Statement("s1", "a1", "direct", None, free("a dangerous idea that must be stopped.")),
            Statement("s2", "a1", "direct", None, free("dangerous idea must be stopped")),
        ],
    )
    s = ev.score_document(gold, doc)["statements"]
    assert (s.tp, s.n_system, s.n_gold) == (1, 2, 2)
    assert s.precision == 0.5 and s.recall == 0.5


def test_speaker_attributed_layer(gold: ev.Gold) -> None:
    doc = perfect_doc()
    doc.statements[1].speaker = "a3"  # Slovakia instead of Pellegrini
    scores = ev.score_document(gold, doc)
    assert scores["statements"].f1 == 1.0
    assert scores["statements_attributed"].tp == 1
    doc.statements[0].speaker = None
    assert ev.score_document(gold, doc)["statements_attributed"].tp == 0


def _stance_with(gold: ev.Gold, label: str, actor_id: str = "a1") -> ev.LayerScore:
    doc = only(
        perfect_doc(),
        propositions=[Proposition("p9", label)],
        stances=[Stance(actor_id, "p9", "oppose", None, free("He spoke."))],
    )
    return ev.score_document(gold, doc)["stances"]


@pytest.mark.parametrize(
    "label, matches",
    [
        ("NATO troops Ukraine", True),  # 3/4 of "sending NATO troops to Ukraine"
        ("NATO Ukraine", False),  # at most 2/4 = 50% of any phrase
        ("rapid allied NATO", True),  # exactly 3/5 of "rapid deployment of allied NATO troops"
        ("rapid allied", False),  # 2/5
        ("peace talks Russia NATO", False),  # maps to "talks" (100%), not "troops"
    ],
)
def test_stance_proposition_60_percent(gold: ev.Gold, label: str, matches: bool) -> None:
    s = _stance_with(gold, label)
    assert (s.tp, s.n_system, s.n_gold) == (int(matches), 1, 3)


def test_stance_evidence_and_mentions_count(gold: ev.Gold) -> None:
    doc = only(
        perfect_doc(),
        propositions=[Proposition("p9", "it", [free("NATO troops")])],
        stances=[Stance("a1", "p9", "oppose", None, free("Kalinak rejected it for Ukraine."))],
    )
    assert ev.score_document(gold, doc)["stances"].tp == 1


def test_stance_best_match_wins(gold: ev.Gold) -> None:
    talks = dict(GOLD["stances"][0], proposition="talks")
    g = ev.Gold(**{**gold.__dict__, "stances": [talks]})
    doc = only(
        perfect_doc(),
        propositions=[Proposition("p9", "peace talks with Russia, not NATO troops in Ukraine")],
        stances=[Stance("a1", "p9", "oppose", None, free("x"))],
    )
    # talks phrase 3/3 beats troops phrase 3/4
    assert ev.score_document(g, doc)["stances"].tp == 1


def test_stance_polarity_and_duplicates(gold: ev.Gold) -> None:
    doc = perfect_doc()
    doc.stances.append(Stance("a1", "p1", "oppose", None, free("again")))  # same triple
    s = ev.score_document(gold, doc)["stances"]
    assert (s.tp, s.n_system, s.n_gold) == (3, 3, 3)
    doc.stances[0].polarity = "support"
    s = ev.score_document(gold, doc)["stances"]
    assert (s.tp, s.n_system) == (3, 4)  # the duplicate still carries the right triple
    doc.stances.pop()
    assert ev.score_document(gold, doc)["stances"].tp == 2


def test_country_rollup(gold: ev.Gold) -> None:
    doc = perfect_doc()
    doc.stances = [
        Stance("a3", "p1", "oppose", None, free("x")),  # Slovakia, not in gold stances
        Stance("a4", "p1", "support", None, free("x")),
    ]
    scores = ev.score_document(gold, doc)
    assert (scores["stances"].tp, scores["stances"].n_system, scores["stances"].n_gold) == (1, 2, 3)
    c = scores["stances_country"]
    assert (c.tp, c.n_system, c.n_gold) == (2, 2, 2) and c.f1 == 1.0
    # a system actor without a country keeps its identity: Macron != FRA
    doc.actors[3].country = None
    c = ev.score_document(gold, doc)["stances_country"]
    assert (c.tp, c.n_system, c.n_gold) == (1, 2, 2)


def test_country_rollup_actor_without_country(gold: ev.Gold) -> None:
    nato = {"actor": "NATO", "proposition": "troops", "polarity": "support"}
    g = ev.Gold(**{**gold.__dict__, "stances": [nato]})
    doc = only(perfect_doc(), stances=[Stance("a5", "p1", "support", None, free("x"))])
    c = ev.score_document(g, doc)["stances_country"]
    assert (c.tp, c.n_system, c.n_gold) == (1, 1, 1)


def _events(gold: ev.Gold, *events: tuple[str, str | None, str | None]) -> dict[str, Any]:
    doc = only(
        perfect_doc(),
        events=[
            Event(f"e{n}", t, None, s, tg, None, "X", free("x"))
            for n, (t, s, tg) in enumerate(events)
        ],
    )
    scores = ev.score_document(gold, doc)
    layers = ("events", "events_target")
    return {k: (scores[k].tp, scores[k].n_system, scores[k].n_gold) for k in layers}


def test_events_with_and_without_target(gold: ev.Gold) -> None:
    # gold target null: any system target is fine
    both = {"events": (1, 1, 2), "events_target": (1, 1, 2)}
    source_only = {"events": (1, 1, 2), "events_target": (0, 1, 2)}
    assert _events(gold, ("REJECT", "a1", "a5")) == both
    # gold names Ukraine: NATO is wrong for the second figure only
    assert _events(gold, ("SUPPORT", "a4", "a5")) == source_only
    assert _events(gold, ("SUPPORT", "a4", None)) == source_only
    # wrong type or wrong source: no match
    assert _events(gold, ("ACCUSE", "a1", None), ("SUPPORT", "a3", "a6")) == {
        "events": (0, 2, 2),
        "events_target": (0, 2, 2),
    }
    # each gold event matched once
    assert _events(gold, ("REJECT", "a1", None), ("REJECT", "a1", None))["events"] == (1, 2, 2)
    # type case does not matter
    assert _events(gold, ("support", "a4", "a6"))["events_target"] == (1, 1, 2)
    # matching is maximal: the targetless system event must not take the gold that needs a target
    g = ev.Gold(**{**gold.__dict__, "events": [
        {"source": "Emmanuel Macron", "type": "SUPPORT", "target": "Ukraine"},
        {"source": "Emmanuel Macron", "type": "SUPPORT", "target": None},
    ]})  # fmt: skip
    pair = _events(g, ("SUPPORT", "a4", None), ("SUPPORT", "a4", "a6"))
    assert pair["events_target"] == (2, 2, 2)


def test_empty_system_scores_zero(gold: ev.Gold) -> None:
    scores = ev.score_document(gold, Document(id="t1", text=TEXT))
    for name, s in scores.items():
        assert (s.tp, s.n_system, s.precision, s.recall, s.f1) == (0, 0, 0.0, 0.0, 0.0), name
        assert s.n_gold > 0
    assert scores["actors"].to_dict()["checks"]["type"] == {"right": 0, "total": 0, "accuracy": 0.0}


def test_match_is_maximal() -> None:
    # greedy alone would pair 0-0 and leave 1 unmatched
    assert len(ev._match([(0.9, 0, 0), (0.8, 0, 1), (0.7, 1, 0)])) == 2
    assert ev._match([]) == {}


def test_evaluate_gold_with_analyze_and_report(gold_path: Path) -> None:
    seen: list[Article] = []

    def analyze(article: Article) -> Document:
        seen.append(article)
        return perfect_doc()

    report = ev.evaluate_gold([gold_path.parent], analyze=analyze)
    assert [a.id for a in seen] == ["t1"] and seen[0].date == "2024-03-12"
    assert all(s.f1 == 1.0 for s in report.total.values())
    d = report.to_dict()
    assert d["kind"] == "gold" and d["documents"][0]["id"] == "t1"
    assert d["total"]["actors"]["f1"] == 1.0 and set(d["total"]) == set(ev.LAYERS)
    table = ev.format_report(report, as_json=False)
    assert "micro total" in table and "statements_attributed" in table and "1.000" in table
    assert json.loads(ev.format_report(report, as_json=True)) == d


def test_evaluate_gold_micro_average(gold_path: Path, tmp_path: Path) -> None:
    other = dict(GOLD, id="t2")
    (tmp_path / "t2.gold.json").write_text(json.dumps(other), encoding="utf-8")
    docs = [perfect_doc(), Document(id="t2", text=TEXT)]
    report = ev.evaluate_gold([gold_path, tmp_path / "t2.gold.json"], system=docs)
    a = report.total["actors"]
    assert (a.tp, a.n_system, a.n_gold) == (6, 6, 12)
    assert a.precision == 1.0 and a.recall == 0.5


def test_evaluate_gold_missing_system_doc(gold_path: Path) -> None:
    report = ev.evaluate_gold([gold_path], system=[Document(id="other", text="x")])
    assert report.warnings and "t1" in report.warnings[0]
    assert all(s.f1 == 0.0 for s in report.total.values())
    assert "warning:" in ev.format_report(report, as_json=False)
    with pytest.raises(ValueError):
        ev.evaluate_gold([gold_path])


def test_load_system_json_and_jsonl(tmp_path: Path, gold: ev.Gold) -> None:
    docs = [perfect_doc(), Document(id="t2", text="Other.")]
    j = tmp_path / "out.json"
    j.write_text(json.dumps(output(docs)), encoding="utf-8")
    jl = tmp_path / "out.jsonl"
    jl.write_text("\n".join(json.dumps(d.to_dict()) for d in docs) + "\n", encoding="utf-8")
    for path in (j, jl):
        loaded = ev.load_system(path)
        assert [d.to_dict() for d in loaded] == [d.to_dict() for d in docs]
    one = tmp_path / "one.json"
    one.write_text(json.dumps(docs[0].to_dict(), indent=1), encoding="utf-8")
    assert ev.score_document(gold, ev.load_system(one)[0])["stances"].f1 == 1.0


@pytest.mark.parametrize(
    "content",
    [
        '{"schema": "stancemap/1", "documents": [{"id": "x"}]}',  # no text
        '{"id": "a", "text": "x"}\n{broken',
        '{"schema": "other/9", "documents": []}',
        "",
    ],
)
def test_load_system_errors(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StancemapError) as e:
        ev.load_system(path)
    assert e.value.code == "E011"
    with pytest.raises(StancemapError) as e:
        ev.load_system(tmp_path / "missing.json")
    assert e.value.code == "E011"


# ---------------------------------------------------------------------------- PolNeAR


@needs_polnear
def test_load_polnear_dev() -> None:
    articles = ev.load_polnear(POLNEAR_DEV)
    assert len(articles) == 84
    assert sum(len(a.attributions) for a in articles) == 2193
    by_id = {a.id: a for a in articles}
    for multi in (
        "politico_2016-09-08_flynn-says-trump-absolutely-righ",
        "wash-post_2016-09-26_charlotte-struggles-to-return-to",
    ):
        assert by_id[multi].annotator == "4b22"  # alphabetically first of six
    stein = by_id["breitbart_2016-09-26_green-party-candidate-jill-stein"]
    e2 = next(a for a in stein.attributions if a.id == "E2")
    assert [stein.text[s:e] for s, e in e2.source] == ["Stein spokeswoman Melezia Figueroa"]
    assert [stein.text[s:e] for s, e in e2.cue] == ["said"]
    assert stein.text[e2.content[0][0] : e2.content[0][1]].startswith("the candidate was headed")
    types = Counter(a.type for art in articles for a in art.attributions)
    assert set(types) == {"Attribution", "Attribution-no-source"}
    for art in articles:
        for a in art.attributions:
            for s, e in a.source + a.cue + a.content:
                assert 0 <= s < e <= len(art.text)
    assert any(len(a.content) > 1 for art in articles for a in art.attributions)
    # the dev split has one relation without roles (and so without content)
    assert sum(1 for art in articles for a in art.attributions if not a.content) == 1


def test_load_polnear_missing_dir(tmp_path: Path) -> None:
    with pytest.raises(StancemapError) as e:
        ev.load_polnear(tmp_path / "nope")
    assert e.value.code == "E001"


def _polnear_dir(root: Path, text: str, anns: dict[str, str]) -> None:
    """A PolNeAR-style folder: ``text/art.txt`` and ``attributions/art_<annotator>.ann``."""
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    (root / "text" / "art.txt").write_text(text, encoding="utf-8")
    for annotator, ann in anns.items():
        (root / "attributions" / f"art_{annotator}.ann").write_text(ann, encoding="utf-8")


def test_load_polnear_synthetic(tmp_path: Path) -> None:
    text = "Smith said the plan, he added, is bad.\n"
    ann = (
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 19;30 37\tthe plan is bad\n"
        "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "E2\tAttribution-no-source:T4 \n"
    )
    _polnear_dir(tmp_path, text, {"ffff": ann, "0aaa": "", "zzzz": ann})
    [art] = ev.load_polnear(tmp_path)
    assert art.annotator == "0aaa" and art.attributions == []
    (tmp_path / "attributions" / "art_0aaa.ann").unlink()
    [art] = ev.load_polnear(tmp_path)
    e1, e2 = art.attributions
    assert e1.content == [(11, 19), (30, 37)] and e1.source == [(0, 5)] and e1.cue == [(6, 10)]
    assert e2.type == "Attribution-no-source" and e2.content == []


def test_polnear_agreement_scores_one_annotator_against_the_other(tmp_path: Path) -> None:
    text = "Smith said the plan is bad. Jones thinks it will pass.\n"
    both = ("T1\tCue 6 10\tsaid\nT2\tContent 11 26\tthe plan is bad\n"
            "E1\tAttribution:T1 Content:T2 Cue:T1\n")
    more = both + ("T3\tCue 34 40\tthinks\nT4\tContent 41 53\tit will pass\n"
                   "E2\tAttribution:T3 Content:T4 Cue:T3\n")
    _polnear_dir(tmp_path, text, {"aaaa": both, "bbbb": more})
    agr = ev.polnear_agreement(tmp_path)
    # both ways: 1 of 1 and 1 of 2 found, so 2 matched of 3 each side
    assert agr["articles"] == 1
    assert (agr["content"]["tp"], agr["content"]["n_system"], agr["content"]["n_gold"]) == (2, 3, 3)
    assert agr["content_exact"]["tp"] == 2 and agr["cue"]["accuracy"] == 1.0
    (tmp_path / "attributions" / "art_bbbb.ann").unlink()
    assert ev.polnear_agreement(tmp_path)["articles"] == 0  # nothing annotated twice


def test_load_polnear_surface_with_newline(tmp_path: Path) -> None:
    """A span surface holding a newline continues on the next .ann line (as in PolNeAR train)."""
    text = "Smith said the plan\nThe end is near.\n"
    ann = (
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\n"
        "T3\tContent 11 36\tthe plan\nThe end is near.\n"
        "Every line here\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    _polnear_dir(tmp_path, text, {"0aaa": ann})
    [art] = ev.load_polnear(tmp_path)
    [e1] = art.attributions
    assert e1.content == [(11, 36)] and e1.source == [(0, 5)] and e1.cue == [(6, 10)]


PTEXT = 'Smith said "the plan is bad," and Jones, a senator, argued that taxes must rise soon.'


def _patt(aid: str, content: str, source: str | None, cue: str | None) -> ev.PolnearAttribution:
    def frags(p: str | None) -> list[tuple[int, int]]:
        return [] if p is None else [(sp(p, text=PTEXT).start, sp(p, text=PTEXT).end)]

    return ev.PolnearAttribution(aid, "Attribution", frags(source), frags(cue), frags(content))


def test_score_polnear_synthetic() -> None:
    art = ev.PolnearArticle(
        "p1",
        PTEXT,
        "0000",
        "p1_0000.ann",
        [
            _patt("E1", "the plan is bad", "Smith", "said"),
            _patt("E2", "taxes must rise soon", "Jones, a senator", "argued"),
            _patt("E3", "bad", None, None),  # overlaps nothing else once E1 is taken
        ],
    )

    def s(phrase: str) -> Span:
        return sp(phrase, text=PTEXT)

    doc = Document(
        id="p1",
        text=PTEXT,
        actors=[
            Actor("a1", "Smith", "person", mentions=[s("Smith")]),
            Actor("a2", "Jones", "person", mentions=[s("Jones")]),
        ],
        statements=[
            # exact after trimming quotes/commas; source and cue right
            Statement("s1", "a1", "direct", s("said"), s('"the plan is bad,"')),
            # longer than gold but overlap (20 chars) >= half of the shorter (gold, 20)
            Statement("s2", "a1", "indirect", s("that"), s("that taxes must rise soon.")),
            # overlaps a mere 4 chars of "and Jones, a senator" span: no gold content there
            Statement("s3", None, "indirect", None, s("and Jones")),
        ],
    )
    result = ev.score_polnear([art], [doc])
    assert result["content"]["tp"] == 2 and result["content"]["n_system"] == 3
    assert result["content"]["n_gold"] == 3
    assert result["content_exact"]["tp"] == 1
    assert result["source"] == {"right": 1, "total": 2, "accuracy": 0.5}  # s2 speaker Smith
    assert result["cue"] == {"right": 1, "total": 2, "accuracy": 0.5}  # "that" vs "argued"

    # the statement's own source words count only in the lenient figure (SCORING.md: a
    # mention of the speaker actor must overlap the gold Source)
    doc.statements[1].source = s("Jones, a senator")
    again = ev.score_polnear([art], [doc])
    assert again["source"]["right"] == 1 and again["source_lenient"]["right"] == 2
    # the speaker actor's own mention does count
    doc.statements[1].speaker = "a2"
    assert ev.score_polnear([art], [doc])["source"]["right"] == 2
    # a pair whose gold has a Source but whose statement has no speaker actor is counted
    doc.statements[1].speaker = None
    assert ev.score_polnear([art], [doc])["no_speaker"] == {"right": 1, "total": 2, "accuracy": 0.5}
    # gold without source: right when the statement has no speaker
    art3 = ev.PolnearArticle("p1", PTEXT, "0000", "x", [_patt("E3", "the plan is bad", None, None)])
    nospeaker = Statement("s9", None, "direct", None, s("the plan is bad"))
    r = ev.score_polnear([art3], [Document(id="p1", text=PTEXT, statements=[nospeaker])])
    assert r["source"]["right"] == 1 and r["cue"]["right"] == 1
    assert "content (overlap)" in ev.format_report(result, as_json=False)


def test_score_polnear_overlap_threshold_and_fragments() -> None:
    text = "0123456789abcdefghij0123456789ABCDEFGHIJ"
    gold = ev.PolnearAttribution("E1", "Attribution-no-source", [], [], [(0, 10), (20, 30)])
    art = ev.PolnearArticle("p", text, "0000", "x", [gold])

    def score(start: int, end: int) -> int:
        st = Statement("s", None, "indirect", None, Span(start, end, text[start:end]))
        return ev.score_polnear([art], [Document(id="p", text=text, statements=[st])])["content"][
            "tp"
        ]

    assert score(5, 25) == 1  # 5 + 5 = 10 overlapping chars, shorter side 20: exactly half
    assert score(6, 25) == 0  # 4 + 5 = 9 < 10
    assert score(22, 26) == 1  # short system span fully inside a fragment
    assert score(10, 20) == 0  # the gap between the fragments overlaps nothing
    # exact match on a discontinuous content: fragments joined by a space, or the whole stretch
    st = Statement("s", None, "indirect", None, Span(0, 30, text[0:30]))
    r = ev.score_polnear([art], [Document(id="p", text=text, statements=[st])])
    assert r["content_exact"]["tp"] == 1


def test_score_polnear_statement_fragments() -> None:
    # a statement in fragments (its tag between them) is scored by its fragments: it overlaps
    # and equals a two-fragment gold content though its stretch also holds the tag
    text = '"We will not sign," Laine said, "the text is not ready."'
    a, b = text.index("We"), text.index("the text")
    gold = ev.PolnearAttribution("E1", "Attribution-no-source", [], [],
                                 [(a, text.index(",")), (b, len(text) - 2)])
    art = ev.PolnearArticle("p", text, "0000", "x", [gold])
    pieces = [Span(a, text.index('"', a), "We will not sign,"),
              Span(b, len(text) - 1, "the text is not ready.")]
    st = Statement("s", None, "direct", None, Span(a, len(text) - 1, text[a:-1]),
                   fragments=pieces)
    r = ev.score_polnear([art], [Document(id="p", text=text, statements=[st])])
    assert r["content"]["tp"] == 1 and r["content_exact"]["tp"] == 1
    # its words are the fragments joined: a statement ending in the tag is not exact
    cut = Statement("s", None, "direct", None, Span(a, b + 8, text[a:b + 8]),
                    fragments=[pieces[0], Span(b, b + 8, "the text")])
    r = ev.score_polnear([art], [Document(id="p", text=text, statements=[cut])])
    assert r["content"]["tp"] == 1 and r["content_exact"]["tp"] == 0


def test_score_polnear_missing_doc() -> None:
    art = ev.PolnearArticle("p1", PTEXT, "0000", "x", [_patt("E1", "the plan is bad", None, None)])
    r = ev.score_polnear([art], [])
    assert r["content"]["tp"] == 0 and r["content"]["n_gold"] == 1 and r["warnings"]


# ---------------------------------------------------------------------------- CAMEO


@needs_cameo
def test_load_cameo_class() -> None:
    rows = ev.load_cameo_class(CAMEO / "cameo_class" / "train.tsv")
    assert len(rows) == 1349
    assert len({s for s, _ in rows}) == 1346
    assert Counter(label for _, label in rows) == {0: 240, 1: 248, 2: 303, 3: 337, 4: 221}
    assert not any("\r" in s or "\t" in s for s, _ in rows)
    assert rows[0] == (
        "In September, a car bomb in Kiev killed another ethnic Chechen who had fought on "
        "the Ukrainian side.",
        4,
    )
    assert sum(1 for s, _ in rows if '"' in s) == 4


@needs_cameo
def test_load_cameo_ner() -> None:
    sents = ev.load_cameo_ner(CAMEO / "cameo_ner" / "train.txt")
    assert len(sents) == 1153
    assert sum(len(t) for t, _ in sents) == 28815
    assert all(len(t) == len(g) for t, g in sents)
    tag_counts = Counter(t for _, tags in sents for t in tags)
    assert tag_counts == {
        "O": 21240, "B-S": 1094, "I-S": 2412, "B-T": 963, "I-T": 2570, "B-R": 102, "I-R": 434,
    }  # fmt: skip
    spans = Counter(kind for _, tags in sents for kind, _, _ in ev.bio_spans(tags))
    # README counts spans by B- tags; its three I-S tags after a B-T start spans of their own
    assert spans == {"S": 1094 + 3, "T": 963, "R": 102}
    toks, tags = sents[0]
    text, offsets = ev.cameo_text(toks)
    assert text.startswith("In September , a car bomb in Kiev killed")
    assert [(k, " ".join(toks[s:e])) for k, s, e in ev.bio_spans(tags)] == [
        ("S", "a car bomb"),
        ("T", "another ethnic Chechen"),
    ]
    assert all(text[s:e] == t for (s, e), t in zip(offsets, toks, strict=True))


def test_bio_spans_edge_cases() -> None:
    assert ev.bio_spans(["B-S", "I-S", "I-T", "O", "I-R", "I-R", "B-R", "B-T"]) == [
        ("S", 0, 2),
        ("T", 2, 3),
        ("R", 4, 6),
        ("R", 6, 7),
        ("T", 7, 8),
    ]
    assert ev.bio_spans(["O", "O"]) == []


def _ev(etype: str, mode: str | None = None, start: int = 0, source: str | None = None) -> Event:
    return Event("e", etype, mode, source, None, None, "X", Span(start, start + 5, "xxxxx"))


@pytest.mark.parametrize(
    "etype, mode, label",
    [
        ("AGREE", None, 1), ("CONSULT", None, 1), ("SUPPORT", None, 1),
        ("COOPERATE", None, 2), ("AID", None, 2), ("CONCEDE", None, 2), ("RETREAT", None, 2),
        ("ACCUSE", None, 3), ("REJECT", None, 3), ("THREATEN", None, 3), ("SANCTION", None, 3),
        ("REQUEST", "demand", 3), ("REQUEST", "Order", 3), ("REQUEST", "ultimatum", 3),
        ("REQUEST", "yield", 3), ("REQUEST", "assist", 0), ("REQUEST", None, 0),
        ("PROTEST", None, 4), ("MOBILIZE", None, 4), ("COERCE", None, 4), ("ASSAULT", None, 4),
    ],
)  # fmt: skip
def test_event_class(etype: str, mode: str | None, label: int) -> None:
    assert ev.event_class(_ev(etype, mode)) == label
    assert ev.event_class(_ev(etype.lower(), mode)) == label


def test_sentence_class_takes_first_event() -> None:
    text = "Iran and Iraq attacked rebels after they agreed to talks."
    a1 = Actor("a1", "Iran", "country", "IRN", mentions=[Span(0, 4, "Iran")])
    a2 = Actor("a2", "Iraq", "country", "IRQ", mentions=[Span(9, 13, "Iraq")])
    assert ev.sentence_class(Document(id="x", text=text)) == 0
    doc = Document(
        id="x", text=text, actors=[a1, a2],
        events=[_ev("AGREE", start=20), _ev("ASSAULT", start=3)],
    )  # fmt: skip
    assert ev.sentence_class(doc) == 4
    # same evidence start: the source mentioned first wins
    doc.events = [_ev("AGREE", start=0, source="a2"), _ev("REJECT", start=0, source="a1")]
    assert ev.sentence_class(doc) == 3
    doc.events = [_ev("REQUEST", "assist", start=0)]
    assert ev.sentence_class(doc) == 0


def test_score_cameo_class() -> None:
    rows = [("a", 4), ("b", 1), ("c", 0), ("d", 3)]
    docs = [
        Document(id="1", text="a", events=[_ev("ASSAULT")]),
        Document(id="2", text="b", events=[_ev("REJECT")]),
        Document(id="3", text="c"),
        Document(id="4", text="d", events=[_ev("REQUEST", "demand")]),
    ]
    r = ev.score_cameo_class(rows, docs)
    assert r["accuracy"] == 0.75
    assert r["confusion"][1][3] == 1 and r["confusion"][4][4] == 1
    assert r["per_class"]["3"]["precision"] == 0.5 and r["per_class"]["3"]["recall"] == 1.0
    assert r["per_class"]["2"]["f1"] == 0.0
    f1s = [r["per_class"][str(c)]["f1"] for c in range(5)]
    assert r["macro_f1"] == pytest.approx(sum(f1s) / 5, abs=1e-4)
    assert "confusion" in ev.format_report(r, as_json=False)


def test_score_cameo_ner() -> None:
    toks = "Erdogan will meet Italian President Mattarella in Rome , police said .".split()
    tags = ["B-R", "O", "O", "B-R", "I-R", "I-R", "O", "O", "O", "B-S", "O", "O"]
    text, offsets = ev.cameo_text(toks)

    def at(phrase: str) -> Span:
        return sp(phrase, text=text)

    doc = Document(
        id="n",
        text=text,
        actors=[
            Actor("a1", "Erdogan", "person", "TUR", mentions=[at("Erdogan")]),
            Actor("a2", "Mattarella", "person", "ITA",
                  mentions=[at("Italian President Mattarella"), at("Mattarella")]),
            Actor("a3", "Rome", "city", "ITA", mentions=[at("Rome")]),
        ],
        events=[
            Event("e1", "CONSULT", None, "a1", "a2", None, "X", at("Erdogan will meet Italian")),
        ],
    )  # fmt: skip
    r = ev.score_cameo_ner([(toks, tags)], [doc])
    # target mention: the one inside the evidence is not whole, so the first one is taken
    assert r["spans"]["tp"] == 2 and r["spans"]["n_system"] == 2 and r["spans"]["n_gold"] == 3
    assert r["recall_by_gold_type"]["R"] == {"tp": 2, "n_gold": 2, "recall": 1.0}
    assert r["recall_by_gold_type"]["S"]["tp"] == 0
    # a source on the wrong span, and a role that does not fit an S span
    doc.events.append(Event("e2", "ACCUSE", None, "a3", "a1", None, "X", at("Rome")))
    r = ev.score_cameo_ner([(toks, tags)], [doc])
    assert r["spans"]["tp"] == 2 and r["spans"]["n_system"] == 4
    assert "source/target" in ev.format_report({"kind": "cameo", "class": ev.score_cameo_class(
        [("x", 0)], [Document(id="x", text="x")]), "ner": r}, as_json=False)  # fmt: skip


def test_evaluate_cameo_with_stub(tmp_path: Path) -> None:
    (tmp_path / "cameo_class").mkdir()
    (tmp_path / "cameo_ner").mkdir()
    (tmp_path / "cameo_class" / "train.tsv").write_bytes(
        b'Police attacked protesters.\t4\r\nTalks "went" well.\t1\r\nPolice attacked protesters.\t4'
    )
    (tmp_path / "cameo_ner" / "train.txt").write_text(
        "Police B-S\nattacked O\nprotesters B-T\n. O\n\n", encoding="utf-8"
    )
    calls: list[str] = []

    def analyze(article: Article) -> Document:
        calls.append(article.text)
        text = article.text
        if "attacked" not in text:
            return Document(id=article.id, text=text)
        a1 = Actor("a1", "Police", "group", None, mentions=[Span(0, 6, "Police")])
        start = text.index("protesters")
        a2 = Actor("a2", "protesters", "group", None, mentions=[Span(start, start + 10, "x")])
        e = Event("e1", "ASSAULT", None, "a1", "a2", None, "X", Span(0, len(text), text))
        return Document(id=article.id, text=text, actors=[a1, a2], events=[e])

    r = ev.evaluate_cameo(tmp_path, analyze)
    assert r["class"]["n"] == 3 and r["class"]["per_class"]["4"]["f1"] == 1.0
    assert r["class"]["confusion"][1][0] == 1
    assert r["ner"]["spans"]["f1"] == 1.0
    assert len(calls) == 3  # the duplicate sentence was analysed once
    assert ev.evaluate_cameo(tmp_path, analyze, limit=1)["class"]["n"] == 1
    tune = ev.evaluate_cameo(tmp_path, analyze, half="tune")
    assert tune["half"] == "tune" and tune["class"]["n"] == 2 and tune["ner"]["n"] == 1
    held = ev.evaluate_cameo(tmp_path, analyze, half="heldout")
    assert held["class"]["n"] == 1 and held["class"]["confusion"][1][0] == 1
    assert held["ner"]["n"] == 0
    assert "(heldout half)" in ev.format_report(held, as_json=False)


def test_cameo_half() -> None:
    assert ev.cameo_half("abcde", "tune") == ["a", "c", "e"]
    assert ev.cameo_half("abcde", "heldout") == ["b", "d"]
    assert ev.cameo_half("abc", None) == ["a", "b", "c"]
    with pytest.raises(ValueError):
        ev.cameo_half("abc", "test")


def test_cli_cameo_half_option() -> None:
    from click.testing import CliRunner

    from stancemap.cli import main

    out = CliRunner().invoke(main, ["evaluate", "--help"]).output
    assert "--cameo-half" in out and "heldout" in out


def test_promised_concession_follows_the_convention_asked_for() -> None:
    """CAMEO codes a promised concession as an intent (verbal cooperation, class 1), PLOVER as
    CONCEDE (class 2); ``evaluate --cameo`` scores CAMEO's way unless told otherwise."""
    from stancemap.model import Article
    from stancemap.pipeline import default_engine, with_concessions

    article = Article(id="t", text="China has agreed to lift its ban on British beef.")
    plover = default_engine().analyze(article)
    cameo = with_concessions(default_engine(), "AGREE").analyze(article)
    assert [e.type for e in plover.events] == ["CONCEDE"]
    assert [e.type for e in cameo.events] == ["AGREE"]
    assert (ev.sentence_class(plover), ev.sentence_class(cameo)) == (2, 1)


OWN_GOLD_FILES = sorted((Path(__file__).resolve().parent / "gold").rglob("*.gold.json"))


@pytest.mark.parametrize("path", OWN_GOLD_FILES, ids=lambda p: p.stem)
def test_own_gold_is_consistent(path: Path) -> None:
    """Our own annotations quote their text exactly and name only listed actors."""
    gold = ev.load_gold(path)
    names = {a["name"] for a in gold.actors}  # aliases may add usual forms the text lacks
    for q in gold.quotes:
        assert q["content"] in gold.text, q["content"]
        assert q["speaker"] in names, q["speaker"]
    keys = {p["key"] for p in gold.propositions}
    for p in gold.propositions:
        for m in p.get("mentions") or []:
            assert m in gold.text, m
    for s in gold.stances:
        assert s["actor"] in names and s["proposition"] in keys, s
    for e in gold.events:
        assert e["source"] in names and (e.get("target") is None or e["target"] in names), e


# ---------------------------------------------------------------------------- evaluate --errors


def test_errors_a_perfect_document_has_no_errors(gold: ev.Gold) -> None:
    errors = ev.document_errors(gold, perfect_doc())
    assert all(not items for kinds in errors.values() for items in kinds.values())


def test_errors_a_flipped_stance_is_one_missed_and_one_false_saying_why(gold: ev.Gold) -> None:
    doc = perfect_doc()
    flipped = [Stance(s.actor, s.proposition, "support" if s.actor == "a2" else s.polarity,
                      s.statement, s.evidence) for s in doc.stances]
    errors = ev.document_errors(gold, only(doc, stances=flipped))["stances"]
    assert errors["missed"] == [
        "Peter Pellegrini oppose Deploying NATO troops to Ukraine (found as support)"]
    assert len(errors["false"]) == 1
    assert errors["false"][0].startswith("Peter Pellegrini support Deploying NATO troops")


def test_errors_a_wrong_speaker_and_a_wrong_target_are_told_apart(gold: ev.Gold) -> None:
    doc = perfect_doc()
    doc.statements[1].speaker = "a3"  # Slovakia, not Pellegrini
    doc.events[1].target = "a5"  # NATO, not Ukraine
    errors = ev.document_errors(gold, doc)
    said = errors["statements_attributed"]
    assert said["missed"] == ['Peter Pellegrini: "Bratislava would not send soldiers" '
                              "(found with speaker Slovakia)"]
    assert said["false"] == ['Slovakia: "Bratislava would not send soldiers" '
                             "(the gold quote is Peter Pellegrini's)"]
    events = errors["events"]
    assert events["missed"] == [] and events["false"] == []
    assert len(events["wrong_target"]) == 1
    assert events["wrong_target"][0].startswith("Emmanuel Macron SUPPORT -> NATO:")
    assert events["wrong_target"][0].endswith("(gold target Ukraine)")


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="shared gold not found")
def test_errors_lines_add_up_to_the_figures(engine) -> None:
    """Each missed line is a point of recall lost, each false line one of precision."""
    report = ev.evaluate_gold([GOLD_DIR / "d03.gold.json", GOLD_DIR / "d05.gold.json"],
                              analyze=engine.analyze, errors=True)
    for d in report.documents:
        errors, layers = d.errors, d.layers
        assert errors is not None
        for layer in ("statements_attributed", "stances", "events"):
            s = layers[layer]
            assert len(errors[layer]["missed"]) == s.n_gold - s.tp, (d.id, layer)
            assert len(errors[layer]["false"]) == s.n_system - s.tp, (d.id, layer)
        actors = layers["actors"]
        assert len(errors["actors"]["missed"]) == actors.n_gold - actors.tp
        assert len(errors["actors"]["false"]) == actors.n_system - actors.tp_sys


def test_errors_cli_lists_under_each_document(tmp_path: Path, gold_path: Path) -> None:
    from click.testing import CliRunner

    from stancemap.cli import main

    doc = perfect_doc()
    doc.events[1].target = "a5"
    system = tmp_path / "out.json"
    system.write_text(json.dumps(doc.to_dict()), encoding="utf-8")
    args = ["evaluate", str(gold_path), "--system", str(system)]
    plain = CliRunner().invoke(main, args)
    listed = CliRunner().invoke(main, [*args, "--errors"])
    assert plain.exit_code == listed.exit_code == 0
    assert "wrong target" not in plain.output
    assert "  events wrong target (1):\n    - Emmanuel Macron SUPPORT -> NATO:" in listed.output
    as_json = json.loads(CliRunner().invoke(main, [*args, "--errors", "--json"]).output)
    assert as_json["documents"][0]["errors"]["events"]["wrong_target"]
    assert "errors" not in json.loads(CliRunner().invoke(main, [*args, "--json"]).output)[
        "documents"][0]


def test_errors_a_proposition_no_stance_reaches_is_named(gold: ev.Gold) -> None:
    errors = ev.document_errors(gold, only(perfect_doc(), stances=[]))["stances"]
    assert errors["propositions_never_reached"] == [
        "Deploying NATO troops to Ukraine (3 gold stances)"]  # "talks" holds no gold stance
    assert len(errors["missed"]) == 3
