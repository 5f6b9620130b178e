"""The relations layer: the signed actor network, from the engine to the store and GraphML.

The sentences are written for these tests; each names its actors with a title so that the
actor stage finds them.
"""

from __future__ import annotations

import io
import json

import pytest
import spacy
from click.testing import CliRunner
from test_store_support import db_url, make_doc  # noqa: F401 - fixture

from stancemap.cli import main
from stancemap.model import Document, Relation, Span
from stancemap.relations import Collector
from stancemap.relations.lexicon import load_lexicon
from stancemap.schema import check_offsets, validate_output
from stancemap.store import Store
from stancemap.store import export as ex
from stancemap.store import query as q

# (sentence, source, target, polarity, allowed bases); target None: no relation at all.
# Where the event stage codes the same act (praise: SUPPORT, criticism: ACCUSE), the event
# basis wins; the parse gives the statement basis when no event is coded.
SPOKEN = {"statement", "event"}
CASES = [
    ("Chancellor Merkel praised President Macron on Tuesday.",
     "Merkel", "Macron", "positive", SPOKEN),
    ("Senator Warren sharply criticized Senator Manchin.",
     "Warren", "Manchin", "negative", SPOKEN),
    ("Prime Minister Johnson accused President Putin of lying.",
     "Johnson", "Putin", "negative", SPOKEN),
    ("Senator Cruz called Governor Christie a liar.",
     "Cruz", "Christie", "negative", SPOKEN),
    ("Senator Sanders thanked Senator Schumer for his help.",
     "Sanders", "Schumer", "positive", SPOKEN),
    ("Foreign Minister Lavrov said President Macron was reckless.",
     "Lavrov", "Macron", "negative", {"statement"}),
    ("Governor Newsom said President Biden was not a competent leader.",
     "Newsom", "Biden", "negative", {"statement"}),
    ("“I admire President Biden,” Governor Hogan said.", "Hogan", "Biden", "positive", SPOKEN),
    ("Senator Cruz said President Obama's disastrous policies had failed.",
     "Cruz", "Obama", "negative", {"statement", "stance"}),
    ("Defense Minister Kalinak rejected President Macron's proposal.",
     "Kalinak", "Macron", "negative", {"stance"}),
    ("Russian forces attacked Ukrainian troops near Bakhmut.",
     "Russia", "Ukraine", "negative", {"event"}),
    ("Germany signed a trade agreement with France.",
     "Germany", "France", "positive", {"event"}),
    ("Bill Donohue, a frequent critic of President Obama, spoke.",
     "Donohue", "Obama", "negative", {"statement"}),
    ("Senator Graham is fiercely loyal to President Biden.",
     "Graham", "Biden", "positive", {"statement"}),
    ("Senator Cruz drew criticism from Senator Rubio.", "Rubio", "Cruz", "negative", SPOKEN),
    ("Senator McCaskill said she won't support Senator Reid.",
     "McCaskill", "Reid", "negative", SPOKEN),
    ("President Obama campaigned for Senator Peters.", "Obama", "Peters", "positive", SPOKEN),
    # one who works or speaks for another: the possessor or "to" object only
    ("President Marlow spoke. Jane Tolver, Marlow's chief of staff, told reporters.",
     "Tolver", "Marlow", "positive", {"statement"}),
    ("Senator Dunmore spoke. Rick Alder, one of Dunmore's lawyers, said little.",
     "Alder", "Dunmore", "positive", {"statement"}),
    ("Mayor Petrov hired Anna Kell, a lawyer of the city bank.", "Kell", None, None, set()),
    ("Mayor Petrov spoke. Anna Kell, an attorney for Petrov, declined to comment.",
     "Kell", "Petrov", "positive", {"statement"}),
    # one whom another picked: the chooser toward the chosen
    ("Judge Nora Lynch, President Tom Marlow's nominee for the court, testified on Monday.",
     "Marlow", "Lynch", "positive", {"statement"}),
    ("Anna Kell is Governor Petrov's pick for the post.", "Petrov", "Kell", "positive",
     {"statement"}),
    ("President Tom Marlow spoke. Senator Jane Kell, a Marlow critic, disagreed.",
     "Kell", "Marlow", "negative", {"statement"}),
    ("Senator Tom Marlow has suffered criticism from Senator Dunmore.",
     "Dunmore", "Marlow", "negative", SPOKEN),
    # what Y said or a relation of Y's is no judgement of Y
    ("Governor Nora Kell said President Tom Marlow had promised a wonderful budget.",
     "Kell", None, None, set()),
    ("Governor Nora Kell said President Tom Marlow's allies were meeting on Monday.",
     "Kell", None, None, set()),
    # who receives support is no supporter
    ("In the poll, Senator Nora Kell drew 39% support to 32% for Governor Tom Marlow.",
     "Kell", None, None, set()),
    # a counted part of a party is not the party
    ("In that vote, 22 Democrats joined Republicans in the Senate.", "Democrat", None, None,
     set()),
    # one of a group that does something does it
    ("Senator Nora Kell is among those criticizing Governor Tom Marlow for his response.",
     "Kell", "Marlow", "negative", {"statement"}),
    ("Senator Nora Kell was among the senators who praised Governor Tom Marlow on Monday.",
     "Kell", "Marlow", "positive", SPOKEN),
    # a title before the name, through the compound's own compound
    ("Sanders campaign manager Jeff Weaver spoke on Monday.",
     "Weaver", "Sanders", "positive", {"statement"}),
    # an evaluative cue verb judges the subject of what it reports
    ("Senator Nora Kell warned that Governor Tom Marlow would raise taxes.",
     "Kell", "Marlow", "negative", {"statement"}),
    ("Senator Nora Kell did not warn that Governor Tom Marlow would raise taxes.",
     "Kell", None, None, set()),
    # a judgement of what the subject's possessor did or holds
    ("Governor Christie said President Obama's new plan was brilliant.",
     "Christie", "Obama", "positive", {"statement"}),
    # what is done to a possessor is no position of the possessor's
    ("Senator Tom Marlow called for Director Jane Kell's removal.",
     "Marlow", "Kell", "negative", {"stance"}),
    ("Senator Tom Marlow backed Judge Jane Kell's confirmation.",
     "Marlow", "Kell", "positive", {"stance", "statement", "event"}),
    # a relation noun under "under": who gives it toward the clause's subject
    ("Governor Ana Ruiz came under fire from Senator Tom Marlow on Monday.",
     "Marlow", "Ruiz", "negative", {"statement"}),
    ("Governor Ana Ruiz did not come under fire from Senator Tom Marlow.",
     "Marlow", None, None, set()),
    # a prepositional target's possessor, but not of an agent noun ("Y's critics")
    ("Governor Ana Ruiz pushed back against Senator Tom Marlow's accusations.",
     "Ruiz", "Marlow", "negative", {"statement"}),
    ("Governor Ana Ruiz railed against Senator Tom Marlow's critics.",
     "Ruiz", None, None, set()),
    # one said to be of a group does what the group does
    ("Senator Ana Ruiz, one of several senators who criticized Governor Tom Marlow, spoke.",
     "Ruiz", "Marlow", "negative", {"statement"}),
    # a verb VADER rates, with an actor as its object (or the passive's subject)
    ("Governor Ana Ruiz is widely disliked by Senator Tom Marlow.",
     "Marlow", "Ruiz", "negative", {"statement"}),
    ("Senator Tom Marlow, who admires Governor Ana Ruiz, spoke on Monday.",
     "Marlow", "Ruiz", "positive", {"statement"}),
    ("Senator Tom Marlow does not distrust Governor Ana Ruiz.", "Marlow", None, None, set()),
    # ... but not one VADER rates by the outcome for the subject
    ("Senator Tom Marlow succeeded Governor Ana Ruiz in 2019.", "Marlow", None, None, set()),
    # a relation noun's holder after "from", on the noun or on its verb
    ("The week brought sharp criticism of Governor Ana Ruiz from Senator Tom Marlow.",
     "Marlow", "Ruiz", "negative", {"statement"}),
    ("There was strong support for Governor Ana Ruiz from Senator Tom Marlow.",
     "Marlow", "Ruiz", "positive", {"statement", "event"}),
    # a gerund after "by" or "in" is done by the subject of the verb it hangs from
    ("Senator Tom Marlow energized the crowd by bashing Governor Ana Ruiz.",
     "Marlow", "Ruiz", "negative", {"statement"}),
    # a judgement in a clause deeper in what the speaker said
    ("Senator Tom Marlow said he told reporters that he believed Governor Ana Ruiz was "
     "dishonest.", "Marlow", "Ruiz", "negative", {"statement"}),
    # the adjectives of the object rate what the content's subject did
    ("Senator Tom Marlow said Governor Ana Ruiz had given a brilliant speech.",
     "Marlow", "Ruiz", "positive", {"statement"}),
    # reported blame is also an ACCUSE event (stop 27), which the relation may rest on
    ("Senator Tom Marlow said Governor Ana Ruiz had made a terrible mistake.",
     "Marlow", "Ruiz", "negative", {"statement", "event"}),
    # "too" makes a quality a fault
    ("Senator Tom Marlow said Governor Ana Ruiz was too friendly.",
     "Marlow", "Ruiz", "negative", {"statement"}),
    # a relation word's target is also whose thing its preposition names
    ("Governor Ana Ruiz said she was proud of Senator Tom Marlow's record.",
     "Ruiz", "Marlow", "positive", {"statement"}),
    # a relative clause on a description in apposition is the named person's
    ("The mayor thanked Senator Tom Marlow, a Democrat who praised Governor Ana Ruiz.",
     "Marlow", "Ruiz", "positive", {"statement", "event"}),
    # ... and an object pronoun in that clause is not the named person (coreference)
    ("Senator Tom Marlow got a boost from Governor Sam Ruiz, a Republican who endorsed him "
     "on Monday.", "Ruiz", "Marlow", "positive", {"statement", "event"}),
    # a naming verb's predicate: on the object's possession, or hung on the object
    ("Senator Tom Marlow described Governor Ana Ruiz's budget as reckless.",
     "Marlow", "Ruiz", "negative", {"statement", "event"}),
    ("Senator Tom Marlow called Governor Ana Ruiz one of “the worst liars” in the state.",
     "Marlow", "Ruiz", "negative", {"statement"}),
    # a gerund after "of" or "for" is done by the object of the verb it hangs from
    ("Mayor Li Chen accused Governor Ana Ruiz of attacking Senator Tom Marlow.",
     "Ruiz", "Marlow", "negative", {"statement"}),
    ("Mayor Li Chen praised Governor Ana Ruiz for defending Senator Tom Marlow.",
     "Ruiz", "Marlow", "positive", {"statement"}),
    # members a group names share what the group does or is
    ("Critics of Governor Ana Ruiz, including Senator Tom Marlow, say the plan is too costly.",
     "Marlow", "Ruiz", "negative", {"statement"}),
    # electoral competition: a lead or a win over a rival, taking a rival on
    ("Governor Ana Ruiz holds a six-point lead over Senator Tom Marlow in the new poll.",
     "Ruiz", "Marlow", "negative", {"statement"}),
    ("In 2014, Ana Ruiz narrowly eked out a victory over Tom Marlow in the primary.",
     "Ruiz", "Marlow", "negative", {"statement"}),
    ("Businessman Li Chen is taking on Senator Tom Marlow in the August primary.",
     "Chen", "Marlow", "negative", {"statement"}),
    # "trust" is a positive verb (its negation already turned it: a "flip" row)
    ("Governor Ana Ruiz said she trusted Senator Tom Marlow to settle the dispute.",
     "Ruiz", "Marlow", "positive", {"statement"}),
    ("Governor Ana Ruiz does not trust Senator Tom Marlow.",
     "Ruiz", "Marlow", "negative", {"statement"}),
    # a stance on what is done to Y ("patient" verbs and nouns with "of") stands toward Y
    ("Senate Republicans refused to confirm Judge Ana Ruiz.",
     "Republican", "Ruiz", "negative", {"stance"}),
    ("House Democrats want to impeach Governor Tom Marlow.",
     "Democratic", "Marlow", "negative", {"stance"}),
    ("Mayor Li Chen opposed the impeachment of Governor Tom Marlow.",
     "Chen", "Marlow", "positive", {"stance"}),
    # stop 30: rift and spat nouns hold both ways, scorn is criticism, news idioms
    ("There is a deep rift between Senator Ana Ruiz and Governor Tom Marlow.",
     "Ruiz", "Marlow", "negative", SPOKEN),
    ("There is a deep rift between Senator Ana Ruiz and Governor Tom Marlow.",
     "Marlow", "Ruiz", "negative", SPOKEN),
    ("Governor Tom Marlow earned the scorn of Senator Ana Ruiz.",
     "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz fumed that Governor Tom Marlow had stalled the budget.",
     "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz broke from Governor Tom Marlow on taxes.",
     "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz unloaded on Governor Tom Marlow.", "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz disavowed Governor Tom Marlow.", "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz hit back at Governor Tom Marlow.", "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz tore into Governor Tom Marlow.", "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz took issue with Governor Tom Marlow.",
     "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz distanced herself from Governor Tom Marlow.",
     "Ruiz", "Marlow", "negative", SPOKEN),
    ("Senator Ana Ruiz courted Governor Tom Marlow.", "Ruiz", "Marlow", "positive", SPOKEN),
    ("Senator Ana Ruiz took office with Governor Tom Marlow.", "Ruiz", None, None, set()),
    # kin stand by each other, both ways
    ("Tom Marlow, the husband of Senator Ana Ruiz, spoke.", "Marlow", "Ruiz", "positive", SPOKEN),
    ("Tom Marlow, the husband of Senator Ana Ruiz, spoke.", "Ruiz", "Marlow", "positive", SPOKEN),
    # "it is not Y's fault" clears Y
    ("“It is not Governor Tom Marlow's fault,” Senator Ana Ruiz said.",
     "Ruiz", "Marlow", "positive", {"statement"}),
    ("“It is Governor Tom Marlow's fault,” Senator Ana Ruiz said.",
     "Ruiz", "Marlow", "negative", {"statement"}),
    ("Chancellor Scholz did not praise President Erdogan.", "Scholz", None, None, set()),
    ("Governor Hogan was not critical of President Biden.", "Hogan", None, None, set()),
]


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import default_engine

    return default_engine()


def _named(doc: Document) -> list[tuple[str, str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return [(names[r.source], names[r.target], r.polarity, r.basis) for r in doc.relations]


@pytest.mark.parametrize("text,source,target,polarity,bases", CASES,
                         ids=[c[0][:40] for c in CASES])
def test_relation_table(engine, text, source, target, polarity, bases) -> None:
    from stancemap.model import Article

    doc = engine.analyze(Article(id="t", text=text))
    got = _named(doc)
    if target is None:
        assert not [g for g in got if source in g[0]], got
        return
    hits = [g for g in got if source in g[0] and target in g[1]]
    assert hits, got
    assert {g[2] for g in hits} == {polarity}, got
    assert hits[0][3] in bases, got
    obj = json.loads(json.dumps({"schema": "stancemap/1", "documents": [doc.to_dict()]}))
    assert validate_output(obj) == [] and check_offsets(obj) == []


def test_mutual_verb_holds_both_ways(engine) -> None:
    from stancemap.model import Article

    doc = engine.analyze(Article(id="t", text="Senator Cruz and Senator Rubio clashed on Tuesday."))
    assert sorted(_named(doc)) == [("Cruz", "Rubio", "negative", "statement"),
                                   ("Rubio", "Cruz", "negative", "statement")]


def test_relation_evidence_is_the_sentence_and_ids_run_in_text_order(engine) -> None:
    from stancemap.model import Article

    text = ("Foreign Minister Lavrov said President Macron was reckless. "
            "Chancellor Merkel praised President Macron on Tuesday.")
    doc = engine.analyze(Article(id="t", text=text))
    assert [r.id for r in doc.relations] == [f"r{i}" for i in range(1, len(doc.relations) + 1)]
    first = doc.relations[0]
    assert first.evidence.text == text[first.evidence.start:first.evidence.end]
    assert first.evidence.text.startswith("Foreign Minister Lavrov said")
    assert [r.evidence.start for r in doc.relations] == sorted(
        r.evidence.start for r in doc.relations)


# --- the collector: one relation per (source, target, polarity, sentence) ------------------


def _blank_doc(text: str):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def test_collector_keeps_one_per_sentence_and_prefers_stance_then_event() -> None:
    text = "A rejected B's plan. A rejected B again. A met B."
    col = Collector(_blank_doc(text))
    col.add("a1", "a2", "negative", "statement", 0, 20)
    col.add("a1", "a2", "negative", "event", 0, 10)
    col.add("a1", "a2", "negative", "stance", 0, 20)
    col.add("a1", "a2", "positive", "statement", 0, 20)  # the stance's reading wins
    col.add("a1", "a2", "negative", "statement", 21, 40)
    col.add("a1", "a2", "positive", "statement", 21, 40)  # both ways: nothing sure
    col.add("a1", "a2", "positive", "event", 41, 49)
    col.add("a1", "a1", "negative", "statement", 0, 20)  # never toward oneself
    col.add("a1", None, "negative", "event", 0, 20)
    rels = col.relations()
    assert [(r.id, r.polarity, r.basis, r.evidence.start) for r in rels] == [
        ("r1", "negative", "stance", 0), ("r2", "positive", "event", 41)]
    assert all(r.evidence.text == text[r.evidence.start:r.evidence.end] for r in rels)


def test_lexicon_reads_cameo_verbs_cues_and_vader() -> None:
    lex = load_lexicon()
    assert lex.verbs["praise"] == "positive" and lex.verbs["denounce"] == "negative"
    assert lex.verbs["accuse"] == "negative" and lex.verbs["reject"] == "negative"
    assert "overshadow" not in lex.verbs  # removed by relation_cues.tsv
    assert lex.preps[("side", "with")] == "positive"
    assert lex.word_valence("reckless") < -1 and lex.word_valence("brilliant") > 1
    assert lex.word_valence("war") == 0.0  # a topic word, not an evaluation
    assert "not" in lex.negations and "idea" in lex.positions


# --- model and schema ----------------------------------------------------------------------


def _doc_with_relations() -> Document:
    text = "Poland praised Hungary. Hungary attacked Poland."
    doc = make_doc("r1", text, actors=[("Poland", "country", "POL", "Poland"),
                                       ("Hungary", "country", "HUN", "Hungary")])
    doc.relations = [
        Relation("r1", "a1", "a2", "positive", "statement", Span(0, 23, text[0:23])),
        Relation("r2", "a2", "a1", "negative", "event", Span(24, 48, text[24:48])),
    ]
    return doc


def test_relations_round_trip_and_validate() -> None:
    doc = _doc_with_relations()
    d = doc.to_dict()
    assert d["relations"][0] == {"id": "r1", "source": "a1", "target": "a2",
                                 "polarity": "positive", "basis": "statement",
                                 "evidence": {"start": 0, "end": 23,
                                              "text": "Poland praised Hungary."}}
    assert Document.from_dict(d).to_dict() == d
    obj = {"schema": "stancemap/1", "documents": [d]}
    assert validate_output(obj) == [] and check_offsets(obj) == []
    d["relations"][0]["target"] = "a1"
    d["relations"][1]["polarity"] = "hostile"
    assert any("same actor" in m for m in check_offsets(obj))
    assert any("relations/1/polarity" in m for m in validate_output(obj))
    del d["relations"]  # output without the layer (older files) stays valid
    assert validate_output(obj) == [] and Document.from_dict(d).relations == []


# --- store, query, GraphML, CLI ------------------------------------------------------------


def test_store_query_and_signed_graphml(db_url, tmp_path):  # noqa: F811
    nx = pytest.importorskip("networkx")
    st = Store(db_url)
    doc = _doc_with_relations()
    st.add(doc)
    rows = q.relations(st.db).records()
    assert [(r["source"], r["target"], r["polarity"], r["basis"]) for r in rows] == [
        ("Poland", "Hungary", "positive", "statement"), ("Hungary", "Poland", "negative", "event")]
    assert rows[0]["evidence"] == "Poland praised Hungary." and rows[0]["start"] == 0
    assert len(q.relations(st.db, polarity="negative")) == 1
    assert len(q.relations(st.db, basis="statement,event", actor="hungary")) == 2
    assert len(q.relations(st.db, country="POL", basis="stance")) == 0
    buf = io.StringIO()
    ex.export_jsonl(st.db, buf)
    assert Document.from_dict(json.loads(buf.getvalue())).relations == doc.relations
    assert st.add(doc, replace=True)[0] == "replaced"  # re-analysis replaces, never doubles
    assert len(q.relations(st.db)) == 2
    path = tmp_path / "rel.graphml"
    with path.open("w", encoding="utf-8") as fh:
        assert ex.export_graphml(st.db, fh, network="relations") == (2, 2)
    g = nx.read_graphml(path)
    assert g.is_directed()
    names = {d["label"]: n for n, d in g.nodes(data=True)}
    pol, hun = names["Poland"], names["Hungary"]
    assert g.edges[pol, hun]["sign"] == 1 and g.edges[pol, hun]["type"] == "positive"
    assert g.edges[hun, pol]["sign"] == -1 and g.edges[hun, pol]["negative"] == 1
    with path.open("w", encoding="utf-8") as fh:
        ex.export_graphml(st.db, fh, network="relations", by="country")
    assert sorted(nx.read_graphml(path).edges()) == [("HUN", "POL"), ("POL", "HUN")]
    st.close()


def test_cli_query_relations_and_export(tmp_path) -> None:
    url = str(tmp_path / "store.db")
    st = Store(url)
    st.add(_doc_with_relations())
    st.close()
    runner = CliRunner()
    res = runner.invoke(main, ["query", "relations", "--db", url, "--polarity", "negative",
                               "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert [(r["source"], r["target"], r["basis"]) for r in rows] == [
        ("Hungary", "Poland", "event")]
    res = runner.invoke(main, ["query", "relations", "--db", url, "--basis", "rumour"])
    assert res.exit_code == 2 and "rumour" in res.output
    out = tmp_path / "g.graphml"
    res = runner.invoke(main, ["export", "graphml", "--db", url, "--network", "relations",
                               "-o", str(out)])
    assert res.exit_code == 0 and 'edgedefault="directed"' in out.read_text(encoding="utf-8")
