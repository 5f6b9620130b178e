"""The list after an including verb, read alike by the stance stage and the event coder
(``stancemap/voterlists.py``; own sentences)."""

from __future__ import annotations

from types import SimpleNamespace

from event_support import events
from stance_support import stances

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


def test_the_list_ends_at_the_next_clause_verb() -> None:
    span = included_list(DOC, 3, len(DOC), tally_words().including)
    assert span == (4, 9)
    assert listed(MMAP, *span) == ["Chile", "Peru"]


def test_a_word_that_is_no_including_verb_opens_no_list() -> None:
    assert included_list(DOC, 2, len(DOC), tally_words().including) is None
    assert included_list(DOC, len(DOC), len(DOC), tally_words().including) is None


def test_an_actor_of_a_later_clause_casts_no_vote_of_the_list(analyze) -> None:
    text = ("The Freedonian parliament on Tuesday approved the border treaty with Sylvania. "
            "Those voting against included the Green Party and the Farmers Party, which "
            "called the treaty a gift to the Labour Party.")
    found = events(analyze(text))
    rejects = {s for t, s, _ in found if t == "REJECT"}
    assert {"Green Party", "Farmers Party"} <= rejects, found
    assert "Labour Party" not in rejects, found


def test_a_voter_of_a_later_clause_holds_no_stance_of_the_list(engine) -> None:
    got = stances(engine, "The regional assembly adopted a motion on Friday condemning the "
                          "blockade of Port Amber by 40 votes to 6. Those voting against "
                          "included Norway and Chile; Ghana abstained.")
    on = next(s[2] for s in got if s[0] == "Norway")
    assert ("Chile", "oppose", on) in got
    assert ("Ghana", "oppose", on) not in got
