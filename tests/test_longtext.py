"""Long and pathological texts finish in bounded time, with one document and a warning
(stancemap/longtext.py, the sentence cap in stancemap/segment.py)."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from stancemap.longtext import MAX_RUN, PART_CHARS, RUN_PIECE, part_bounds
from stancemap.model import Article, Document
from stancemap.segment import MAX_SENT_TOKENS, capped_starts

GOLD = Path(__file__).parent / "gold"
WORDS = "the minister said that the government would support talks with Russia over trade".split()


@pytest.fixture(scope="module")
def nlp():
    from stancemap.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def engine(nlp):
    from stancemap.pipeline import Engine

    return Engine(nlp, part_chars=4000)


def no_punctuation(chars: int) -> str:
    words = (WORDS * (chars // 40 + 1))
    return " ".join(words)[:chars].rstrip()


def spans_of(doc: Document) -> list:
    out = [m for a in doc.actors for m in a.mentions]
    out += [m for p in doc.propositions for m in p.mentions]
    for s in doc.statements:
        out += [sp for sp in (s.content, s.cue, s.source) if sp is not None]
    out += [s.evidence for s in doc.stances]
    for e in doc.events:
        out += [sp for sp in (e.evidence, getattr(e, "trigger", None),
                              getattr(e, "source_text", None), getattr(e, "target_text", None))
                if sp is not None]
    return out


def gold_text(*names: str) -> str:
    return "\n\n".join((GOLD / f"{n}.txt").read_text().strip() for n in names)


# -- the pieces on pathological sizes (no model run) ----------------------------------------


def test_a_2mb_run_of_words_without_punctuation_gets_a_break_every_cap_tokens():
    texts = no_punctuation(2_000_000).split()  # ~330,000 tokens
    t = time.perf_counter()
    starts = capped_starts(texts, set())
    assert time.perf_counter() - t < 5
    assert len(starts) == (len(texts) - 1) // MAX_SENT_TOKENS
    assert all(b - a == MAX_SENT_TOKENS for a, b in zip([0, *starts], starts, strict=False))


def test_sentences_with_punctuation_or_line_breaks_are_not_capped():
    texts = (["word"] * 200 + ["."]) * 50 + (["word"] * 250 + ["\n"]) * 10
    assert capped_starts(texts, set()) == []
    assert capped_starts(["word"] * 400, {200}) == []


def test_a_2_2m_character_single_paragraph_is_cut_at_sentence_ends_into_bounded_parts():
    sentence = "The minister said on Monday that the talks would go on in Geneva. "
    text = sentence * (2_200_000 // len(sentence))
    bounds = part_bounds(text)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(e - s <= PART_CHARS for s, e in bounds) and len(bounds) >= 22
    assert all(text[e - 2:e] == ". " for _, e in bounds[:-1])


def test_parts_prefer_a_blank_line_then_a_line_break_after_a_sentence():
    text = "A b c.\nD e f\n\nG h i. J k.\nL m n o p"
    assert [text[s:e] for s, e in part_bounds(text, 24)][0] == "A b c.\nD e f\n\n"
    text = "A b c. D e f.\nG h\ni j. k l m n o p q r"
    assert [text[s:e] for s, e in part_bounds(text, 20)][0] == "A b c. D e f.\n"


def test_a_2mb_run_without_spaces_is_cut_into_words_and_keeps_its_text(nlp):
    text = "Russia said " + ")" * 2_000_000 + " and left."
    t = time.perf_counter()
    doc = nlp.tokenizer(text)
    assert time.perf_counter() - t < 20
    assert doc.text == text
    assert max(len(tok) for tok in doc) == RUN_PIECE
    assert doc.user_data["stancemap.warnings"][0][0] == "W011"


def test_normal_text_is_tokenized_as_by_spacy(nlp):
    text = gold_text("arctic-council") + " https://example.org/" + "a" * (MAX_RUN - 25)
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in nlp.tokenizer.inner(text)]


# -- end to end ------------------------------------------------------------------------------


def test_a_long_sentence_without_punctuation_finishes_with_a_warning(engine, caplog):
    text = no_punctuation(15_000)
    with caplog.at_level(logging.WARNING, logger="stancemap"):
        t = time.perf_counter()
        doc = engine.analyze(Article(id="flat", text=text))
        assert time.perf_counter() - t < 60
    assert doc.text == text and doc.id == "flat"
    codes = [r.getMessage()[-6:] for r in caplog.records]
    assert "[W010]" in codes and "[W012]" in codes
    assert all(text[s.start:s.end] == s.text for s in spans_of(doc))


def test_a_text_in_parts_gives_one_document_with_the_parts_findings(engine, nlp):
    from stancemap.pipeline import Engine

    first, second = gold_text("arctic-council"), gold_text("eu-belarus")
    text = first + "\n\n" + second
    assert len(first) <= engine.part_chars < len(text) and len(text) <= 2 * engine.part_chars
    whole = engine.analyze(Article(id="two", text=text))
    single = Engine(nlp)
    alone = [single.analyze(Article(id="a", text=first + "\n\n")),
             single.analyze(Article(id="b", text=second))]
    offset = len(first) + 2
    want = {(m.start, m.end, m.text) for m in spans_of(alone[0])} | {
        (m.start + offset, m.end + offset, m.text) for m in spans_of(alone[1])}
    assert {(m.start, m.end, m.text) for m in spans_of(whole)} == want
    assert all(text[m.start:m.end] == m.text for m in spans_of(whole))
    # ids are the whole document's: one actor per name, references resolve
    names = [(a.name, a.type, a.country) for a in whole.actors]
    assert len(names) == len(set(names))
    ids = {a.id for a in whole.actors}
    assert [s.id for s in whole.statements] == [f"s{k}" for k in range(1, len(whole.statements)
                                                                        + 1)]
    assert all(s.speaker is None or s.speaker in ids for s in whole.statements)
    assert all(e.source is None or e.source in ids for e in whole.events)
    props = {p.id for p in whole.propositions}
    assert all(s.actor in ids and s.proposition in props for s in whole.stances)
    sentences = [e.sentence for e in whole.events]
    assert sentences == sorted(sentences)


def test_analyze_many_keeps_the_order_around_a_long_text(engine):
    long = gold_text("arctic-council", "eu-belarus")
    items = [Article(id="a", text="Chile thanked Peru."), Article(id="b", text=long),
             Article(id="c", text="Kenya criticised Uganda.")]
    docs = list(engine.analyze_many(items, batch_size=2))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert docs[1].text == long and docs[1].events
