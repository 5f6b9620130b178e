"""The verb tables' compiled key shapes (stop 41, issue #12's 2 ms): a lookup builds only keys
a lemma's entries can hold, and finds what the full set of keys finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.events import Lexicon
from stancemap.events.cameo import CameoDictionary
from stancemap.events.coder import _Coder
from stancemap.events.lexicon import _ANY_KEYS, _TABLE_INDEX, Entry, _table_index
from stancemap.model import Article

#: a small dictionary of my own: one key of each shape
ROWS = [
    ("lash at [@actor]", "111", "ACCUSE"),  # a preposition, a class
    ("lash out", "110", "ACCUSE"),  # particle, no object
    ("fend off [@actor]", "111", "ACCUSE"),  # a particle, a class
    ("scold [togo]", "111", "ACCUSE"),  # an object word
    ("[@actor] berate", "111", "ACCUSE"),  # a subject class
    ("chide [@any]", "111", "ACCUSE"),  # any object
    ("chide", "---", "NONE"),
    ("rail against [togo]", "111", "ACCUSE"),  # a preposition, an object word
    ("take umbrage at", "111", "ACCUSE"),  # a longer key without an object
    ("take", "---", "NONE"),
]


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory) -> Lexicon:
    verbs = tmp_path_factory.mktemp("cameo") / "cameo_verbs.tsv"
    verbs.write_text("".join(f"{k}\t{c}\t{t}\t\t\tX\n" for k, c, t in ROWS))
    lex = Lexicon.load(cameo=False)
    lex.cameo = CameoDictionary.load(verbs, None)
    return lex


def _coder(engine, text: str, lex: Lexicon) -> _Coder:
    from stancemap.events import EventStage

    stage = next(s for s in engine.stages if isinstance(s, EventStage))
    doc = engine.nlp(text)
    doc._.article = Article(id="t", text=text, date="2025-05-02")
    for s in engine.stages[:engine.stages.index(stage)]:
        doc = s(doc)
    return _Coder(doc, lex)


def test_the_shapes_of_a_lemmas_keys():
    """Per lemma: the classes named after each particle or preposition, right after the
    lemma, before it; the object words; what follows the lemma with no object."""
    e = Entry("ACCUSE", None)
    index = _table_index({k: e for k, _, _ in ROWS})
    lash, scold, berate, chide, take = (index[w] for w in ("lash", "scold", "berate", "chide",
                                                            "take"))
    assert lash.part_classes == {"at": {"actor"}} and lash.bare_parts == {"out"}
    assert lash.classes_of("at") == {"actor"} and lash.classes_of("out") == frozenset()
    assert lash.classes_of("") == frozenset() and not lash.any_object
    assert scold.object_words == {"togo"} and not scold.needs_parts and scold.needs_objects
    assert berate.subject_classes == {"actor"} and berate.classes_of(None) == {"actor"}
    assert not berate.needs_objects and not berate.needs_parts
    assert chide.any_object and chide.object_classes == {"any"}
    assert take.bare_parts == {"umbrage at"} and take.phrase_words == {"umbrage"}
    assert take.needs_objects and not take.object_words  # (a phrase's object word)
    # a lemma the index cannot foresee allows any key
    assert _ANY_KEYS.classes_of("on") is None and _ANY_KEYS.needs_objects


@pytest.mark.parametrize("text, verb, key", [
    ("Ghana lashed out at Togo on Monday.", "lashed", "lash at [@actor]"),
    ("Ghana lashed out on Monday.", "lashed", "lash out"),
    ("Ghana fended off Togo at the summit.", "fended", "fend off [@actor]"),
    ("Ghana scolded Togo on Monday.", "scolded", "scold [togo]"),
    ("Ghana scolded Mali on Monday.", "scolded", None),  # no key for this object
    ("Ghana berated Togo on Monday.", "berated", "[@actor] berate"),
    ("Ghana chided Togo on Monday.", "chided", "chide [@any]"),
    ("Ghana chided on Monday.", "chided", "chide"),
    ("Ghana railed against Togo on Monday.", "railed", "rail against [togo]"),
    ("Ghana took umbrage at the remarks.", "took", "take umbrage at"),
    ("Ghana took the remarks badly.", "took", "take"),
])
def test_each_shape_is_found_as_the_full_set_of_keys_finds_it(engine, lexicon, text: str,
                                                              verb: str, key: str | None):
    """The lookup finds the key of each shape, and the same key as a lookup that builds every
    key of every shape (the index of a lemma it cannot foresee)."""
    coder = _coder(engine, text, lexicon)
    v = next(t for t in coder.sdoc.toks if t.text == verb)
    f = coder.cameo_frame(v)
    assert (f.key if f is not None else None) == key
    table = lexicon.cameo.verbs
    every = coder._match_keys(v, table, coder._frame_keys(v, _ANY_KEYS, coder._objects(v)))
    assert (every.key, every.type) == (f.key, f.type) if f is not None else every is None


def test_the_indexes_are_built_when_the_lexicon_is_loaded():
    """The first document does not build the CAMEO dictionary's index: loading does."""
    lex = Lexicon.load()
    assert lex.cameo is not None
    assert _TABLE_INDEX[id(lex.cameo.verbs)][0] is lex.cameo.verbs
    assert _TABLE_INDEX[id(lex.verbs)][0] is lex.verbs


def test_a_key_added_after_loading_is_indexed(tmp_path: Path):
    """A table that grows after it was indexed is indexed again (its size is checked)."""
    verbs = tmp_path / "cameo_verbs.tsv"
    verbs.write_text("rebuke\t111\tACCUSE\t\t\tX\n")
    cameo = CameoDictionary.load(verbs, None)
    assert _table_index(cameo.verbs)["rebuke"].only_lemma
    cameo.verbs["rebuke [@actor]"] = cameo.verbs["rebuke"]
    info = _table_index(cameo.verbs)["rebuke"]
    assert not info.only_lemma and info.object_classes == {"actor"}
