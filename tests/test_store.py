"""The corpus store with hand-built documents, against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import csv
import io
import json
import time

import pytest
from test_store_support import db_url, make_doc  # noqa: F401 - fixture

from stancemap.model import Document
from stancemap.schema import check_offsets, validate_output
from stancemap.store import Corpus, Store, content_hash, open_store
from stancemap.store import export as ex
from stancemap.store import query as q
from stancemap.store.schema import LATEST, migrate, version

WIRE = (
    "WARSAW (Reuters) - Poland's Foreign Minister Radoslaw Sikorski said on Tuesday that "
    "sending NATO troops to Ukraine was not unthinkable, while Slovakia's prime minister "
    "rejected the idea outright. The debate has divided the alliance since February, when "
    "France first raised the prospect. Diplomats in Brussels said talks would continue next "
    "week, and several member states asked for more time to consult their parliaments before "
    "any decision is taken on the deployment."
)


def _sikorski_docs() -> list[Document]:
    t1 = "Radosław Sikorski backs sending NATO troops to Ukraine, Poland said."
    t2 = ("Sikorski, Poland's foreign minister, defended sending NATO troops to Ukraine in Kyiv. "
          "Sikorski met officials in Kiev.")
    t3 = "Radoslaw Sikorski criticised Hungary over sending NATO troops to Ukraine."
    t4 = "Jan Sikorski, an American banker, opposes sending NATO troops to Ukraine."
    return [
        make_doc("d1", t1, actors=[("Radosław Sikorski", "person", "POL", "Radosław Sikorski"),
                                   ("Poland", "country", "POL", "Poland")],
                 stances=[("Radosław Sikorski", "sending NATO troops to Ukraine", "support",
                           "backs sending NATO troops to Ukraine")]),
        make_doc("d2", t2, date="2024-03-13",
                 actors=[("Sikorski", "person", None, "Sikorski"),
                         ("Ukraine", "country", "UKR", "Kyiv")],
                 stances=[("Sikorski", "Sending NATO troops to Ukraine", "support",
                           "defended sending NATO troops to Ukraine")]),
        make_doc("d3", t3, date="2024-03-20",
                 actors=[("Radoslaw Sikorski", "person", "POL", "Radoslaw Sikorski"),
                         ("Hungary", "country", "HUN", "Hungary")],
                 events=[("ACCUSE", "Radoslaw Sikorski", "Hungary", "criticised Hungary")]),
        make_doc("d4", t4, date="2024-04-01",
                 actors=[("Jan Sikorski", "person", "USA", "Jan Sikorski")],
                 stances=[("Jan Sikorski", "troops of NATO sent to Ukraine", "oppose",
                           "opposes sending NATO troops to Ukraine")]),
    ]


def test_store_is_idempotent_by_content_hash(db_url):  # noqa: F811
    st = Store(db_url)
    doc = _sikorski_docs()[0]
    assert st.add(doc)[0] == "stored"
    assert st.add(doc)[0] == "duplicate"
    again = Document.from_dict(doc.to_dict())
    again.id = "another-id"
    again.text = "  " + doc.text.replace(" ", "\n", 1) + "\n"  # same text, other spacing
    assert st.add(again)[0] == "duplicate"
    assert st.db.scalar("SELECT COUNT(*) FROM documents") == 1
    assert content_hash(doc.text) == content_hash(again.text)
    st.close()


def test_one_actor_and_one_proposition_across_documents(db_url):  # noqa: F811
    st = Store(db_url)
    for d in _sikorski_docs():
        st.add(d)
    ents = st.db.fetchall("SELECT name, kind, country FROM entities ORDER BY id")
    people = [e for e in ents if e[1] == "person"]
    # Radosław Sikorski, Sikorski and Radoslaw Sikorski are one person; Jan Sikorski (USA) not.
    assert len(people) == 2, people
    assert ("Jan Sikorski", "person", "USA") in people
    assert any(e[2] == "POL" and "Sikorski" in e[0] for e in people)
    # Kiev / Kyiv: one country entity by ISO3.
    assert [e for e in ents if e[1] == "country" and e[2] == "UKR"] == [
        ("Ukraine", "country", "UKR")]
    # One proposition for the three labels.
    assert st.db.scalar("SELECT COUNT(*) FROM propositions") == 1
    c = Corpus(st.db)
    df = c.stances(actor="sikorski")
    assert len(df) == 3
    assert df["proposition_id"].nunique() == 1
    assert set(c.stances(country="POL")["actor"]) == {"Radosław Sikorski"}  # first full form
    st.close()


def test_queries_filter_and_count_per_cluster(db_url):  # noqa: F811
    st = Store(db_url)
    for d in _sikorski_docs():
        st.add(d)
    db = st.db
    assert len(q.stances(db, polarity="oppose")) == 1
    assert len(q.stances(db, since="2024-03-13", until="2024-03-31")) == 1
    assert len(q.stances(db, proposition="troops Ukraine")) == 3
    assert len(q.stances(db, proposition="climate")) == 0
    ev = q.events(db, country="HUN")
    assert ev.records()[0]["type"] == "ACCUSE" and ev.records()[0]["target"] == "Hungary"
    acts = q.actors(db, kind="person")
    assert {r["name"] for r in acts.records()} == {"Radosław Sikorski", "Jan Sikorski"}
    m = Corpus(db).matrix(by="country")
    assert m.loc["POL"].iloc[0] == 1.0 and m.loc["USA"].iloc[0] == -1.0
    st.close()


def test_near_duplicate_wire_copies_count_once(db_url):  # noqa: F811
    st = Store(db_url)
    copies = [
        WIRE,
        WIRE.replace("WARSAW (Reuters) - ", "WARSAW, March 12 (AP) -- "),
        WIRE.replace("before any decision is taken on the deployment.", "before deciding."),
    ]
    other = ("Kenya's president announced new trade measures with Uganda on Monday, saying the "
             "agreement would cut tariffs on farm goods and open markets for small traders.")
    for i, text in enumerate([*copies, other]):
        st.add(make_doc(f"w{i}", text, date=f"2024-03-1{i}",
                        actors=[("Radoslaw Sikorski", "person", "POL", "Radoslaw Sikorski")]
                        if "Sikorski" in text else [("Kenya", "country", "KEN", "Kenya")],
                        stances=[("Radoslaw Sikorski", "sending NATO troops to Ukraine",
                                  "support", "sending NATO troops to Ukraine was not "
                                  "unthinkable")] if "Sikorski" in text else []))
    clusters = st.db.fetchall("SELECT doc_id, cluster_id FROM documents ORDER BY id")
    assert len({c for _, c in clusters[:3]}) == 1  # the three copies share one cluster
    assert clusters[3][1] != clusters[0][1]
    long = Corpus(st.db).matrix(long=True)
    assert long["clusters"].tolist() == [1] and long["support"].tolist() == [1]
    assert len(q.stances(st.db)) == 3  # every copy's stance is kept, counted once
    st.close()


def test_reanalyze_replaces_rows_without_orphans_or_duplicates(db_url):  # noqa: F811
    st = Store(db_url)
    d1, d2 = _sikorski_docs()[:2]
    st.add(d1)
    st.add(d2)
    row = st.find(content_hash(d1.text))
    before = st.db.scalar("SELECT COUNT(*) FROM entities")
    # The "improved engine" now finds only Poland in d1, with an event instead of a stance.
    better = make_doc("d1", d1.text, actors=[("Poland", "country", "POL", "Poland")],
                      events=[("AGREE", "Poland", None, "backs")])
    assert st.add(better, replace=True) == ("replaced", row)
    db = st.db
    assert db.scalar("SELECT COUNT(*) FROM documents") == 2
    assert db.scalar("SELECT COUNT(*) FROM stances WHERE document_id = ?", (row,)) == 0
    assert db.scalar("SELECT COUNT(*) FROM events WHERE document_id = ?", (row,)) == 1
    # Sikorski is still used by d2; the proposition too: nothing deleted, nothing twice.
    assert db.scalar("SELECT COUNT(*) FROM entities") == before
    # Replace d2 as well: now no document mentions Sikorski or the proposition.
    st.add(make_doc("d2", d2.text, actors=[("Ukraine", "country", "UKR", "Kyiv")]),
           replace=True)
    assert db.fetchall("SELECT name FROM entities WHERE kind = 'person'") == []
    assert db.scalar("SELECT COUNT(*) FROM propositions") == 0
    for table, col in (("doc_actors", "entity_id"), ("doc_propositions", "proposition_id")):
        parent = "entities" if col == "entity_id" else "propositions"
        assert db.scalar(f"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS "
                         f"(SELECT 1 FROM {parent} p WHERE p.id = t.{col})") == 0
    assert db.scalar("SELECT COUNT(*) FROM entities e WHERE NOT EXISTS "
                     "(SELECT 1 FROM doc_actors a WHERE a.entity_id = e.id)") == 0
    assert st.gc() == (0, 0)
    # Same analysis again: a new Sikorski stance links back to a fresh entity, once.
    st.add(d1, replace=True)
    st.add(d1, replace=True)
    assert db.scalar("SELECT COUNT(*) FROM entities WHERE kind = 'person'") == 1
    assert db.scalar("SELECT COUNT(*) FROM stances") == 1
    st.close()


def test_failed_document_rolls_back_whole(db_url):  # noqa: F811
    st = Store(db_url)
    good = _sikorski_docs()[0]
    bad = Document.from_dict(good.to_dict())
    bad.text = good.text + " More."
    bad.actors[0].mentions = None  # type: ignore[assignment] - breaks in the middle of add()
    with pytest.raises(TypeError):
        st.add(bad)
    for table in ("documents", "entities", "doc_actors", "doc_bands", "stances"):
        assert st.db.scalar(f"SELECT COUNT(*) FROM {table}") == 0, table
    assert st.add(good)[0] == "stored"
    assert st.db.scalar("SELECT COUNT(*) FROM entities") == 2
    st.close()


def test_export_jsonl_round_trips_and_validates(db_url):  # noqa: F811
    st = Store(db_url)
    docs = _sikorski_docs()
    docs[0].statements = make_doc("x", docs[0].text, actors=[
        ("Poland", "country", "POL", "Poland")], statements=[("Poland", "Radosław Sikorski backs")]
    ).statements
    docs[0].statements[0].speaker = "a2"
    docs[2].events[0].cameo = "111"  # coded by the CAMEO verb dictionary
    for d in docs:
        st.add(d)
    buf = io.StringIO()
    assert ex.export_jsonl(st.db, buf) == 4
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    obj = {"schema": "stancemap/1", "documents": lines}
    assert validate_output(obj) == [] and check_offsets(obj) == []
    for d, got in zip(docs, lines, strict=True):
        assert Document.from_dict(got).to_dict() == d.to_dict()
    assert lines[0]["actors"][0]["entity"].startswith("E")
    assert lines[1]["propositions"][0]["global"] == lines[0]["propositions"][0]["global"]
    plover = io.StringIO()
    assert ex.export_plover(st.db, plover) == 1
    rec = json.loads(plover.getvalue())
    assert rec["event"] == "ACCUSE" and rec["recipient"]["country"] == "HUN"
    assert rec["cameo"] == "111" and lines[2]["events"][0]["cameo"] == "111"
    assert rec["actor"]["entity"].startswith("E")
    st.close()


def test_graphml_opens_in_networkx(db_url, tmp_path):  # noqa: F811
    nx = pytest.importorskip("networkx")
    st = Store(db_url)
    text = ("Germany and France support the carbon border tax, Italy opposes the carbon "
            "border tax. Germany attacked Italy. France and Italy back the grain deal.")
    st.add(make_doc("g1", text,
                    actors=[("Germany", "country", "DEU", "Germany"),
                            ("France", "country", "FRA", "France"),
                            ("Italy", "country", "ITA", "Italy")],
                    stances=[("Germany", "carbon border tax", "support", "Germany and France"),
                             ("France", "carbon border tax", "support", "France support"),
                             ("Italy", "carbon border tax", "oppose", "Italy opposes"),
                             ("France", "grain deal", "support", "France and Italy back"),
                             ("Italy", "grain deal", "support", "Italy back")],
                    events=[("ASSAULT", "Germany", "Italy", "Germany attacked Italy")]))
    path = tmp_path / "net.graphml"
    with path.open("w", encoding="utf-8") as fh:
        n_nodes, n_edges = ex.export_graphml(st.db, fh)
    g = nx.read_graphml(path)
    assert (g.number_of_nodes(), g.number_of_edges()) == (n_nodes, n_edges) == (3, 3)
    names = {d["label"]: n for n, d in g.nodes(data=True)}
    de, fr, it = names["Germany"], names["France"], names["Italy"]
    assert g.nodes[de]["country"] == "DEU" and isinstance(g.nodes[de]["stances"], int)
    assert g.edges[de, fr]["agreement"] == 1 and g.edges[de, fr]["type"] == "agreement"
    assert g.edges[de, it]["conflict"] == 1 and g.edges[de, it]["conflict_events"] == 1
    assert g.edges[fr, it]["type"] == "mixed" and isinstance(g.edges[fr, it]["weight"], float)
    with path.open("w", encoding="utf-8") as fh:
        ex.export_graphml(st.db, fh, network="conflict", by="country")
    g = nx.read_graphml(path)
    assert sorted(g.edges()) in ([("DEU", "ITA"), ("FRA", "ITA")], [("FRA", "ITA"),
                                                                    ("DEU", "ITA")])
    st.close()


def test_dna_table_keeps_text_and_offsets(db_url):  # noqa: F811
    st = Store(db_url)
    text = 'Sikorski said: "We back it, fully,\nand now." Hungary opposes it.'
    st.add(make_doc("q1", text,
                    actors=[("Radoslaw Sikorski", "person", "POL", "Sikorski"),
                            ("Hungary", "country", "HUN", "Hungary")],
                    stances=[("Sikorski", "the plan", "support", '"We back it, fully,\nand now."'),
                             ("Hungary", "the plan", "oppose", "Hungary opposes it")]))
    buf = io.StringIO()
    assert ex.export_dna(st.db, buf) == 2
    assert "\r\n" in buf.getvalue()
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert rows[0]["person"] == "Radoslaw Sikorski" and rows[0]["organization"] == "Poland"
    assert rows[0]["text"] == '"We back it, fully,\nand now."'
    assert text[int(rows[0]["start"]):int(rows[0]["stop"])] == rows[0]["text"]
    assert (rows[0]["agreement"], rows[1]["agreement"]) == ("1", "0")
    assert rows[1]["person"] == "" and rows[1]["organization"] == "Hungary"
    assert rows[0]["concept"] == "the plan"
    st.close()


def test_statements_keep_what_their_words_are(db_url):  # noqa: F811
    st = Store(db_url)
    doc = make_doc("b1", "Poland believes the talks will fail.", actors=[
        ("Poland", "country", "POL", "Poland")],
        statements=[("Poland", "the talks will fail")])
    doc.statements[0].speaker = doc.actors[0].id
    doc.statements[0].attribution = "belief"
    st.add(doc)
    table = q.statements(st.db)
    rows = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
    assert [(r["speaker"], r["attribution"]) for r in rows] == [("Poland", "belief")]
    st.close()


def test_a_statement_in_fragments_is_stored_without_its_tag(db_url):  # noqa: F811
    from stancemap.model import Span

    text = '"We will not sign," Ruiz said, "not this year."'
    st = Store(db_url)
    doc = make_doc("f1", text, actors=[("Ruiz", "person", None, "Ruiz")],
                   statements=[("Ruiz", 'We will not sign," Ruiz said, "not this year.')])
    doc.statements[0].fragments = [Span(1, 18, "We will not sign,"), Span(32, 46, "not this year.")]
    st.add(doc)
    table = q.statements(st.db)
    rows = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
    assert [r["content"] for r in rows] == ["We will not sign, not this year."]
    buf = io.StringIO()
    ex.export_jsonl(st.db, buf)  # the record keeps its fragments
    exported = json.loads(buf.getvalue().splitlines()[0])
    assert [f["text"] for f in exported["statements"][0]["fragments"]] == [
        "We will not sign,", "not this year."]
    st.close()


def test_v1_database_is_migrated(db_url):  # noqa: F811
    from stancemap.store.db import connect

    db = connect(db_url)
    assert migrate(db, target=1) == [1]
    assert version(db) == 1
    # What version 1 wrote: two wire copies and a stance, no cluster columns yet.
    for i, text in enumerate([WIRE, WIRE.replace("(Reuters)", "(AP)")], 1):
        db.execute("INSERT INTO documents (content_hash, doc_id, text, layers, ingested_at) "
                   "VALUES (?, ?, ?, ?, ?)",
                   (content_hash(text), f"old{i}", text, '{"actors":[]}', "2024-01-01"))
    db.execute("INSERT INTO stances (document_id, polarity, ev_start, ev_end, ev_text) "
               "VALUES (1, 'support', 0, 6, 'WARSAW')")
    db.close()
    db = open_store(db_url)  # current code
    assert version(db) == LATEST == 5
    rows = db.fetchall("SELECT id, cluster_id, minhash FROM documents ORDER BY id")
    assert [r[1] for r in rows] == [1, 1] and all(r[2] for r in rows)
    assert db.scalar("SELECT cluster_id FROM stances") == 1
    assert db.scalar("SELECT COUNT(*) FROM doc_bands") == 32
    assert migrate(db) == []  # opening again changes nothing
    db.close()
    st = Store(db_url)  # and the migrated store takes new documents
    assert st.add(_sikorski_docs()[0])[0] == "stored"
    st.close()


def test_matrix_query_is_fast_on_a_few_thousand_stances(db_url):  # noqa: F811
    st = Store(db_url)
    countries = ["POL", "DEU", "FRA", "ITA", "ESP", "HUN", "SVK", "CZE"]
    labels = [f"proposal number {w}" for w in ("alpha", "beta", "gamma", "delta", "epsilon")]
    for i in range(150):
        c = countries[i % len(countries)]
        names = [(f"Country{c}", "country", c, f"Country{c}")]
        text = f"Story {i}: Country{c} " + " ".join(
            f"{'backs' if (i + k) % 3 else 'rejects'} {lab} (item {i}-{k})."
            for k, lab in enumerate(labels))
        st.add(make_doc(f"m{i}", text, actors=names,
                        stances=[(f"Country{c}", lab, "support" if (i + k) % 3 else "oppose",
                                  f"{lab} (item {i}-{k})") for k, lab in enumerate(labels)]))
    t0 = time.perf_counter()
    m = Corpus(st.db).matrix(by="country")
    assert time.perf_counter() - t0 < 1.0
    assert m.shape == (8, 5)
    st.close()


class _FakeEngine:
    """Hands back hand-built documents for ingest (no NLP): ``bad`` maps an article id to a
    function that spoils its document."""

    def __init__(self, bad: dict | None = None) -> None:
        self.bad = bad or {}

    def analyze_many(self, articles, batch_size=16, on_error=None):
        for art in articles:
            doc = make_doc(art.id, art.text, date=art.date,
                           actors=[("Poland", "country", "POL", "Poland")])
            if art.id in self.bad:
                self.bad[art.id](doc)
            yield doc


def _corpus(tmp_path, n: int):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(
        json.dumps({"id": f"n{i}", "text": f"Poland said story number {i} is news.",
                    "date": "2024-05-01"}) + "\n" for i in range(n)))
    return path


def test_ingest_reports_a_document_the_store_rejects_and_stores_the_rest(db_url, tmp_path):  # noqa: F811
    from stancemap.store import ingest

    def no_id(doc: Document) -> None:
        doc.id = None  # type: ignore[assignment] - documents.doc_id is NOT NULL

    path = _corpus(tmp_path, 12)
    seen: list[str] = []
    rep = ingest([str(path)], db_url, engine=_FakeEngine({"n3": no_id, "n8": no_id}),
                 queue_size=2, on_stored=lambda outcome, row: seen.append(outcome))
    assert (rep.stored, rep.failed, rep.duplicates, rep.interrupted) == (10, 2, 0, False)
    assert rep.reasons == {"E021": 2}
    assert len(rep.errors) == 2 and all("[E021]" in e for e in rep.errors)
    assert seen == ["stored"] * 10
    db = open_store(db_url)
    # stored whole, in input order, the rejected ones rolled back without a trace
    assert [r[0] for r in db.fetchall("SELECT doc_id FROM documents ORDER BY id")] == [
        f"n{i}" for i in range(12) if i not in (3, 8)]
    assert db.scalar("SELECT COUNT(*) FROM doc_actors") == 10
    db.close()
    # a re-run stores nothing twice and still reports the two it cannot store
    again = ingest([str(path)], db_url, engine=_FakeEngine({"n3": no_id, "n8": no_id}))
    assert (again.stored, again.duplicates, again.failed) == (0, 10, 2)


def test_ingest_raises_what_breaks_the_writer_and_keeps_what_it_stored(db_url, tmp_path):  # noqa: F811
    from stancemap.store import ingest

    def broken(doc: Document) -> None:
        doc.actors[0].mentions = None  # type: ignore[assignment] - a TypeError inside add()

    path = _corpus(tmp_path, 40)
    with pytest.raises(TypeError):
        ingest([str(path)], db_url, engine=_FakeEngine({"n5": broken}), queue_size=4)
    db = open_store(db_url)
    assert [r[0] for r in db.fetchall("SELECT doc_id FROM documents ORDER BY id")] == [
        f"n{i}" for i in range(5)]
    db.close()
    rep = ingest([str(path)], db_url, engine=_FakeEngine())  # the re-run completes
    assert (rep.stored, rep.duplicates, rep.failed) == (35, 5, 0)


def test_ingest_interrupted_stores_what_was_analysed_and_resumes(db_url, tmp_path):  # noqa: F811
    from stancemap.store import ingest

    class Interrupted(_FakeEngine):
        def analyze_many(self, articles, batch_size=16, on_error=None):
            for i, doc in enumerate(super().analyze_many(articles, batch_size, on_error)):
                if i == 7:
                    raise KeyboardInterrupt
                yield doc

    path = _corpus(tmp_path, 20)
    rep = ingest([str(path)], db_url, engine=Interrupted(), queue_size=32)
    assert rep.interrupted and (rep.stored, rep.failed) == (7, 0)
    assert "interrupted" in rep.summary()
    rep = ingest([str(path)], db_url, engine=_FakeEngine())
    assert (rep.stored, rep.duplicates, rep.interrupted) == (13, 7, False)
    db = open_store(db_url)
    assert [r[0] for r in db.fetchall("SELECT doc_id FROM documents ORDER BY id")] == [
        f"n{i}" for i in range(20)]
    db.close()
