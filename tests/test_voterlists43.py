"""The list after an including verb, read alike by the stance stage and the event coder
(``stancemap/voterlists.py``; own sentences)."""

from __future__ import annotations

from types import SimpleNamespace

from event_support import events

from stancemap.stances.tallies import tally_words
from stancemap.voterlists import included_list, listed

# "Those voting against included Chile and Peru, which called it unfair to Ghana."
WORDS = [("those", "those", "PRON", "nsubj"), ("voting", "vote", "VERB", "acl"),
         ("against", "against", "ADP", "prep"), ("included", "include", "VERB", "ROOT"),
         ("Chile", "Chile", "PROPN", "dobj"), ("and", "and", "CCONJ", "cc"),
         ("Peru", "Peru", "PROPN", "conj"), (",", ",", "PUNCT", "punct"),
         ("which", "which", "PRON", "nsubj"), ("called", "call", "VERB", "relcl"),
         ("it", "it", "PRON", "nsubj"), ("unfair", "unfair", "ADJ", "oprd"),
         ("to", "to", "ADP", "prep"), ("Ghana", "Ghana", "PROPN", "pobj"),
         (".", ".", "PUNCT", "punct")]
DOC = [SimpleNamespace(lower_=w.lower(), lemma_=lem, pos_=pos, dep_=dep)
       for w, lem, pos, dep in WORDS]
MMAP = {4: "Chile", 6: "Peru", 13: "Ghana"}


def test_the_list_bounded_by_its_clause_ends_at_the_next_verb() -> None:
    span = included_list(DOC, 3, len(DOC), tally_words().including, clause_bounded=True)
    assert span == (4, 9)
    assert listed(MMAP, *span) == ["Chile", "Peru"]


def test_the_unbounded_list_runs_to_the_sentence_end() -> None:
    span = included_list(DOC, 3, len(DOC), tally_words().including, clause_bounded=False)
    assert span == (4, len(DOC))
    assert listed(MMAP, *span) == ["Chile", "Peru", "Ghana"]


def test_a_word_that_is_no_including_verb_opens_no_list() -> None:
    assert included_list(DOC, 2, len(DOC), tally_words().including, clause_bounded=True) is None
    assert included_list(DOC, len(DOC), len(DOC), tally_words().including,
                         clause_bounded=True) is None


def test_an_actor_of_a_later_clause_casts_no_vote_of_the_list(analyze) -> None:
    text = ("The Freedonian parliament on Tuesday approved the border treaty with Sylvania. "
            "Those voting against included the Green Party and the Farmers Party, which "
            "called the treaty a gift to the Labour Party.")
    found = events(analyze(text))
    rejects = {s for t, s, _ in found if t == "REJECT"}
    assert {"Green Party", "Farmers Party"} <= rejects, found
    assert "Labour Party" not in rejects, found
