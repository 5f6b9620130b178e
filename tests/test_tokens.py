"""The per-Doc token helpers the stages share (stancemap/actors/tokens.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def doc():
    from stancemap.pipeline import load_nlp

    return load_nlp()('Kalinak said "we will not sign it." Finland disagreed.\n\n'
                      "The talks go on in Oslo next week.")


def test_sentence_of_is_the_token_sentence(doc):
    from stancemap.actors.tokens import sentence_of

    for tok in doc:
        sent = sentence_of(doc, tok.i)
        assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)


def test_doc_text_and_table_match_the_doc(doc):
    from stancemap.actors.tokens import doc_text, table

    assert doc_text(doc) == doc.text
    tab = table(doc)
    assert tab.text == [t.text for t in doc]
    assert tab.lemma == [t.lemma_.lower() for t in doc]
    assert tab.idx == [t.idx for t in doc]


def test_span_text_is_the_span_text(doc):
    from stancemap.actors.tokens import span_text

    n = len(doc)
    for start, end in [(0, 1), (0, n), (2, 5), (n - 3, n), (3, 3), (5, 2), (0, n + 4)]:
        assert span_text(doc, start, end) == doc[start:end].text


def test_parse_matches_the_tokens(doc):
    from stancemap.actors.tokens import parse

    p = parse(doc)
    assert p.dep == [t.dep_ for t in doc]
    assert p.head == [t.head.i for t in doc]
    assert p.is_punct == [t.is_punct for t in doc]
    assert p.is_space == [t.is_space for t in doc]
    assert p.is_quote == [t.is_quote for t in doc]
    assert parse(doc) is p  # once per Doc


def test_doc_text_follows_a_retokenized_doc():
    from stancemap.actors.tokens import doc_text, table
    from stancemap.pipeline import load_nlp

    d = load_nlp()("The Oslo talks ended . Both sides left.")
    assert doc_text(d) == d.text
    with d.retokenize() as r:
        r.merge(d[3:5])
    assert doc_text(d) == d.text
    assert table(d).text == [t.text for t in d]


def test_children_index_and_stop_flags_are_the_parse(doc):
    from stancemap.actors.tokens import parse

    p = parse(doc)
    assert p.kids == [[c.i for c in t.children] for t in doc]
    assert p.is_stop == [t.is_stop for t in doc]


def test_entities_are_the_doc_entities(doc):
    from stancemap.actors.tokens import entities

    ents = entities(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [
        (e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is ents  # made once per Doc


def test_expanded_span_is_spacy_expand(doc):
    from stancemap.actors.tokens import _expand

    def outcome(make, start, end):
        try:
            span = make(start, end)
        except IndexError:
            return "IndexError"
        return None if span is None else (span.start, span.end)

    size = len(doc.text)
    for start in range(-1, size + 2):
        for end in range(start - 1, min(size + 2, start + 40)):
            want = outcome(lambda a, b: doc.char_span(a, b, alignment_mode="expand"), start, end)
            assert outcome(lambda a, b: _expand(doc, a, b), start, end) == want, (start, end)
