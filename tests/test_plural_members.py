"""A plural that stands for actors named before ("both candidates", "the two leaders"): what it
says or holds is each member's (stancemap.actors.sources.plural_members)."""

from __future__ import annotations

import stancemap


def _names(doc):
    return {a.id: a.name for a in doc.actors}


def _speakers(doc, words):
    names = _names(doc)
    return sorted(names.get(s.speaker) for s in doc.statements if words in s.content.text)


def test_the_two_leaders_said_is_a_statement_of_each_leader():
    doc = stancemap.analyze(
        "Governor Maria Lund of Norway met President Pablo Ortiz of Chile in Oslo on Monday. "
        'The two leaders said the new trade accord would "open a new chapter" for both '
        "economies.", date="2024-05-01")
    assert _speakers(doc, "trade accord") == ["Maria Lund", "Pablo Ortiz"]
    assert "two leaders" not in {a.name.lower() for a in doc.actors}


def test_a_document_the_pair_issued_speaks_for_each():
    doc = stancemap.analyze(
        "Prime Minister Anna Berg of Sweden hosted Chancellor Erik Vogt of Austria in "
        "Stockholm. In a joint statement, the two leaders said the summit had been useful. "
        'The statement also condemned "the shelling of civilian areas in the region."',
        date="2024-05-01")
    assert _speakers(doc, "shelling") == ["Anna Berg", "Erik Vogt"]


def test_both_candidates_oppose_is_a_stance_of_each_candidate():
    doc = stancemap.analyze(
        "Senator Ann Brooks and Mayor Tom Hale are running for governor. On energy, both "
        "candidates criticised the proposed pipeline.", date="2024-05-01")
    names = _names(doc)
    holders = sorted(names[s.actor] for s in doc.stances if s.polarity == "oppose")
    assert holders == ["Ann Brooks", "Tom Hale"]
    # a bare noun phrase is no words of theirs: a stance, no statement
    assert not doc.statements
    # and no group actor of its own, for an event or anything else
    assert all(a.name.lower() != "both candidates" for a in doc.actors)
    assert all(names.get(e.source) != "both candidates" for e in doc.events)


def test_unclear_members_keep_the_plural_as_its_own_actor():
    # three persons named before "both men": who the two are is not clear
    doc = stancemap.analyze(
        "Finance Minister Ana Silva met Luis Gomez and Pedro Ramos in Lisbon. Both men said "
        "the new tariffs would hurt exporters.", date="2024-05-01")
    assert "Both men" in _speakers(doc, "tariffs")


def test_both_sides_and_both_leaders_are_read_from_one_table():
    """The event stage's "both sides" and the actor stage's "the two leaders" share one word
    table (``member_*_nouns``) through ``actors.sources.party_noun`` / ``both_parties``."""
    from stancemap.actors.sources import both_parties, party_noun
    from stancemap.pipeline import default_engine

    nlp = default_engine().nlp
    doc = nlp("The two sides met. Both neighbours agreed. Two sides met. Both candidates spoke.")
    heads = {t.text: t for t in doc if t.pos_ == "NOUN"}
    assert doc[2].text == "sides" and both_parties(doc[2])  # "The two sides"
    assert both_parties(heads["neighbours"]) and both_parties(heads["candidates"])
    assert doc[10].text == "sides" and not both_parties(doc[10])  # "Two sides": no "the"
    assert party_noun("leader") and party_noun("side") and not party_noun("tariff")
    # and the event stage reads it: an appeal to "both neighbours" after their talks
    d = stancemap.analyze("Ecuador and Colombia held talks in Quito on Tuesday. The Red Cross "
                          "urged both neighbours to reopen the border crossing.",
                          date="2024-05-01")
    names = {a.id: a.name for a in d.actors}
    assert sorted(names.get(e.target) for e in d.events if e.type == "REQUEST") == [
        "Colombia", "Ecuador"]
