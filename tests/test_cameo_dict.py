"""The CAMEO verb dictionary (PETRARCH2, compiled to PLOVER): the compiled table loads, one line
of data adds a rule, sentences of our own get the dictionary's code, the PLOVER export carries
it, and the compile script reads the dictionary's formats."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from stancemap.events import EventStage, Lexicon
from stancemap.events.cameo import CAMEO_DATA, CameoDictionary
from stancemap.lexicon import LexiconError
from stancemap.model import Article, Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _script():
    path = ROOT / "scripts" / "compile_cameo_dictionary.py"
    spec = importlib.util.spec_from_file_location("compile_cameo_dictionary", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


def _analyze(engine, text: str, stage: EventStage | None = None) -> Document:
    """The document as CAMEO's sentences are coded: acts whose doer names no actor kept."""
    stage = stage if stage is not None else EventStage(agentless=True)
    stages = [stage if isinstance(s, EventStage) else s for s in engine.stages]
    old, engine.stages = engine.stages, stages
    try:
        return engine.analyze(Article(id="t", text=text, date="2024-03-14"))
    finally:
        engine.stages = old


def _events(doc: Document) -> list[tuple[str, str | None, str | None, str | None]]:
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source or ""), names.get(e.target or ""), e.cameo)
            for e in doc.events]


# -- the compiled table ---------------------------------------------------------------------


def test_the_compiled_table_loads():
    d = CameoDictionary.load()
    assert len(d.verbs) > 10_000
    assert d.verbs["chastise"].type == "ACCUSE" and d.verbs["chastise"].cameo == "111"
    assert d.verbs["encircle"].cameo == "190" and d.verbs["encircle"].type == "ASSAULT"
    assert "&weapon" in d.synsets["rifle"]
    assert Lexicon.load().cameo is not None and Lexicon.load(cameo=False).cameo is None
    for name in ("LICENSE-PETRARCH2.txt", "README.md"):
        assert (CAMEO_DATA / name).exists()


def test_a_bad_row_is_an_error_naming_file_and_line(tmp_path: Path):
    path = tmp_path / "cameo_verbs.tsv"
    path.write_text("snub\t120\tREJECT\t-\t-\tREFUSE\nsnub\t120\tSNUB\t-\t-\tREFUSE\n")
    with pytest.raises(LexiconError, match=r"cameo_verbs\.tsv:2: "):
        CameoDictionary.load(path, None)
    path.write_text("snub\t120\tREJECT\tdemand\t-\tREFUSE\n")
    with pytest.raises(LexiconError, match="not a mode of REJECT"):
        CameoDictionary.load(path, None)


def test_one_line_of_data_adds_a_rule(engine, tmp_path: Path):
    verbs = tmp_path / "cameo_verbs.tsv"
    text = "Peru chastised Chile on Monday."
    lex = Lexicon.load(cameo=False)
    assert _events(_analyze(engine, text, EventStage(lexicon=lex))) == []
    verbs.write_text("chastise\t111\tACCUSE\tdisapprove\tdisapprove\tDENOUNCE\n")
    lex.cameo = CameoDictionary.load(verbs, None)
    assert _events(_analyze(engine, text, EventStage(lexicon=lex))) == [
        ("ACCUSE", "Peru", "Chile", "111")]


# -- the dictionary in the coder ------------------------------------------------------------


@pytest.mark.parametrize("text, event", [
    ("Mexico chastised Guatemala over the border incident.",
     ("ACCUSE", "Mexico", "Guatemala", "111")),
    ("Rebel fighters encircled Ethiopian troops near Gondar.",
     ("ASSAULT", "Rebel fighters", "Ethiopian troops", "190")),
    ("Turkey notified Greece of the naval exercise.", ("CONSULT", "Turkey", "Greece", "040")),
])
def test_the_dictionary_codes_what_our_tables_lack(engine, text: str, event: tuple):
    found = _events(_analyze(engine, text))
    assert [e[0::3] for e in found] == [event[0::3]]
    assert found[0][1] is not None and found[0][2] is not None


def test_a_subject_pattern_of_the_dictionary(engine):
    """"COURT *" in the BLAME block: a court that faults someone charges him (173)."""
    court = _events(_analyze(engine, "A Kenyan court faulted Raila Odinga on Friday."))
    assert [(e[0], e[2], e[3]) for e in court] == [("COERCE", "Raila Odinga", "173")]
    person = _events(_analyze(engine, "Kenyan President William Ruto faulted Raila Odinga."))
    assert [(e[0], e[3]) for e in person] == [("ACCUSE", "112")]


def test_our_table_comes_first(engine):
    doc = _analyze(engine, "Brazil rebuked Venezuela on Tuesday.")  # "rebuke": event_verbs.tsv
    assert [(e.type, e.cameo) for e in doc.events] == [("ACCUSE", None)]


def test_no_event_without_a_target_actor_or_over_a_clause(engine):
    """PETRARCH codes one actor's act toward another; a clause is coded on its own."""
    assert _analyze(engine, "Japan is considering the proposal.").events == []
    doc = _analyze(engine, "The rebels claimed that the army had shelled the town.")
    assert all(e.cameo is None for e in doc.events)


def test_the_plover_export_and_the_json_carry_the_cameo_code(engine):
    from stancemap.schema import validate_output
    from stancemap.writers import plover_records, write_plover

    doc = _analyze(engine, "Mexico chastised Guatemala over the border incident.")
    rec = plover_records(doc)[0]
    assert (rec["event"], rec["mode"], rec["cameo"]) == ("ACCUSE", "disapprove", "111")
    fh = io.StringIO()
    write_plover([doc], fh)
    assert json.loads(fh.getvalue().splitlines()[0])["cameo"] == "111"
    out = {"schema": "stancemap/1", "documents": [doc.to_dict()]}
    assert out["documents"][0]["events"][0]["cameo"] == "111"
    assert validate_output(json.loads(json.dumps(out))) == []
    back = Document.from_dict(out["documents"][0])
    assert back.events[0].cameo == "111"
    # a round trip gives the same record, fields in the same order
    saved = out["documents"][0]["events"][0]
    assert list(back.events[0].to_dict().items()) == list(saved.items())
    other = _analyze(engine, "Brazil rebuked Venezuela on Tuesday.")
    assert plover_records(other)[0]["cameo"] is None
    assert "cameo" not in other.to_dict()["events"][0]


# -- the compile script ---------------------------------------------------------------------


def test_the_script_reads_patterns_synsets_and_the_plover_table():
    m = _script()
    synsets = {"&WEAPON": ["rifle", "mortar shell"]}
    assert m.pattern_keys("fire", "* &WEAPON", synsets) == (["fire [@&weapon]"], True)
    assert m.pattern_keys("rush", "* (TO BORDER)", synsets) == (["rush to [border]"], True)
    assert m.pattern_keys("rush", "* (TO/FOR)", synsets) == (["rush to", "rush for"], True)
    keys, simple = m.pattern_keys("put", "* FORWARD {PEACE PLAN}", synsets)
    assert keys == ["put forward [plan]"] and not simple
    keys, simple = m.pattern_keys("add", "* SANCTIONS", synsets)
    assert keys == ["add [sanction]", "add [sanctions]"] and simple
    assert m.pattern_keys("set", "* OFF (FROM ^)", synsets) == ([], False)
    assert m.pattern_keys("fire", "POLICE *", synsets) == (["[police] fire"], True)
    assert m.pattern_keys("fire", "&WEAPON *", synsets) == ([], True)
    assert m.pattern_keys("stage", "&WEAPON * RAID", synsets) == ([], True)
    table = m.parse_plover(["03: AGREE", "036: AGREE,  , diplomatic # meet",
                            "1053: REQUEST, yield, legal # release"])
    assert m.plover_of("0361", table) == ("AGREE", "")
    assert m.plover_of("039", table) == ("AGREE", "")
    assert m.plover_of("010", table) is None
    modes = {"REQUEST": {"appeal", "demand", "yield"}, "AGREE": {"meet"}}
    assert m.stancemap_mode("101", "REQUEST", "assist", modes) == "demand"
    assert m.stancemap_mode("1053", "REQUEST", "yield", modes) == "yield"


@pytest.mark.skipif(not (SHARED / "petrarch2" / "CAMEO.2.0.txt").exists(),
                    reason="../shared/data/petrarch2 not present")
def test_the_shipped_table_is_the_compiled_dictionary():
    m = _script()
    rows, words = m.compile_dictionary(SHARED / "petrarch2" / "CAMEO.2.0.txt",
                                       SHARED / "plover" / "CAMEO2PLOVER-2021.txt")
    shipped = CameoDictionary.load()
    assert set(rows) == set(shipped.verbs)
    assert all(shipped.verbs[k].cameo == r[0] and shipped.verbs[k].type == r[1]
               for k, r in rows.items())
    assert {w: frozenset(s) for w, s in words.items()} == shipped.synsets


def test_a_place_after_a_person_is_where_not_which_person(engine):
    """ "met Duda in Warsaw": the target phrase is the person; "the mayor of Istanbul" keeps
    its place."""
    doc = _analyze(engine, "German Chancellor Olaf Scholz met Polish President Andrzej Duda "
                           "in Warsaw on Friday.")
    assert [e.target_text.text for e in doc.events if e.target_text] == [
        "Polish President Andrzej Duda"]
    doc = _analyze(engine, "Police arrested the mayor of Istanbul on Wednesday.")
    assert [e.target_text.text for e in doc.events] == ["the mayor of Istanbul"]


# -- reciprocal acts (event_words.tsv: reciprocal_acts) --------------------------------------


@pytest.mark.parametrize("text, etype, cameo", [
    ("India and Pakistan exchanged fire across the frontier on Monday.", "ASSAULT", "193"),
    ("India traded fire with Pakistan on Monday.", "ASSAULT", "193"),
    ("Armenia and Azerbaijan traded accusations on Monday.", "ACCUSE", "112"),
    ("Israel and Hezbollah skirmished near the border.", "ASSAULT", "190"),
])
def test_a_reciprocal_act_is_one_event_each_way(engine, text: str, etype: str, cameo):
    found = sorted(_events(_analyze(engine, text)))
    assert len(found) == 2 and {(e[0], e[3]) for e in found} == {(etype, cameo)}
    assert {(e[1], e[2]) for e in found} == {(found[0][1], found[0][2]),
                                            (found[0][2], found[0][1])}
    assert None not in {e[1] for e in found} | {e[2] for e in found}


def test_the_two_sides_of_a_joint_act_act_each_way(engine):
    doc = _analyze(engine, "Armenia and Azerbaijan held talks in Geneva on Monday. "
                           "The two sides agreed to exchange prisoners.")
    names = {a.id: a.name for a in doc.actors}
    agree = {(names.get(e.source or ""), names.get(e.target or ""))
             for e in doc.events if e.type == "AGREE"}
    assert agree == {("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")}


def test_a_nominal_event_with_its_agent_is_the_agents_act(engine):
    doc = _analyze(engine, "The expulsion of two Russian diplomats by Poland angered Moscow.")
    assert [e[:3] for e in _events(doc) if e[0] == "COERCE"] == [("COERCE", "Poland", "Russia")]
    assert _events(_analyze(engine, "Kyiv fears an invasion by Russia.")) == []


def test_a_pronoun_source_is_named_by_its_antecedent(engine):
    doc = _analyze(engine, "The Iraqi army says it has seized two oil fields near Kirkuk.")
    assert [e.source_text.text for e in doc.events] == ["The Iraqi army"]


def test_a_medium_object_is_no_act_of_its_own(engine):
    """CAMEO's "send [message]" is a consultation; what the message says is the act."""
    doc = _analyze(engine, "Kenyan President William Ruto sent a message to Raila Odinga.")
    assert [e for e in doc.events if e.cameo] == []


def test_of_names_the_target_after_a_noun_of_an_act_on_someone(engine):
    """event_types.tsv group of_patient: "the expulsion of X" (COERCE), not "a boycott of"."""
    doc = _analyze(engine, "Poland announced the expulsion of two Russian diplomats.")
    assert [e[:3] for e in _events(doc)] == [("COERCE", "Poland", "Russia")]


def test_a_dictionary_pattern_on_the_object_word_can_change_the_quad(engine):
    """Our "approve" is SUPPORT; CAMEO's "approve [extradition]" is judicial cooperation
    (063), material, so the dictionary's longer key wins; "approved the plan" stays ours."""
    doc = _analyze(engine, "A Kenyan judge approved the extradition of Raila Odinga to Uganda.")
    assert [(e.type, e.cameo) for e in doc.events] == [("COOPERATE", "063")]
    doc = _analyze(engine, "Kenya approved the plan.")
    assert [(e.type, e.cameo) for e in doc.events] == [("SUPPORT", None)]
