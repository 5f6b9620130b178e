"""Stop 38, fewer false events and right sources (issue #12): a past participle with its
agent that describes a thing is background, not an act in the news; a body that a name owns
in a possessive ("Brazil's central bank", "Kenya's largest teachers' union") acts for itself,
not for its owner; an interview ("spoke to Reuters") is no consultation. Our own sentences."""

from event_support import events


def test_a_participle_with_its_agent_describing_a_thing_is_no_act(analyze):
    doc = analyze("The draft, proposed by France, was adopted by the assembly on Friday.")
    assert [e for e in events(doc) if e[1] == "France"] == []
    doc = analyze("The letter, signed by Estonia's foreign minister, was sent to the council on "
                  "Monday.")
    assert [e for e in events(doc) if e[1] == "Estonia"] == []


def test_the_making_of_a_law_told_in_a_participle_stays_an_act(analyze):
    doc = analyze("The media law, passed by the Senate of Chile in May and signed by the "
                  "president last week, takes effect on Monday.")
    assert any(src == "Senate of Chile" for _, src, _ in events(doc))


def test_mediation_told_in_a_participle_stays_an_act(analyze):
    doc = analyze("Ukraine and Russia exchanged 90 prisoners each on Friday in a swap brokered "
                  "by the United Arab Emirates.")
    assert any(src == "United Arab Emirates" for _, src, _ in events(doc))


def test_a_body_a_state_owns_is_not_the_state(analyze):
    doc = analyze("Brazil's central bank defied the government on Wednesday.")
    assert [e for e in events(doc) if e[1] == "Brazil"] == []
    doc = analyze("Kenya's largest teachers' union called a national strike on Monday.")
    assert [e for e in events(doc) if e[1] == "Kenya"] == []


def test_a_named_party_after_its_state_is_the_doer(analyze):
    doc = analyze("Poland's opposition Law and Justice party criticised the handover.")
    assert ("ACCUSE", "Law and Justice", None) in events(doc)
    assert [e for e in events(doc) if e[1] == "Poland"] == []


def test_a_state_s_ministry_still_speaks_for_the_state(analyze):
    doc = analyze("Russia's foreign ministry accused Estonia of a provocation on Monday.")
    assert ("ACCUSE", "Russia", "Estonia") in events(doc)


def test_an_interview_is_no_consultation(analyze):
    doc = analyze("Dutch minister Marloes Vermeulen spoke to Reuters on Tuesday about the deal.")
    assert [e for e in events(doc) if e[0] == "CONSULT"] == []
    doc = analyze("Latvia's agriculture minister, Ilze Berzina, spoke to us by phone from Riga.")
    assert [e for e in events(doc) if e[0] == "CONSULT"] == []
    doc = analyze("Chile's foreign minister met his Peruvian counterpart, Ana Vela, in Lima.")
    assert [e for e in events(doc) if e[0] == "CONSULT"]
