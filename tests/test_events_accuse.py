"""ACCUSE recall from critical speech (issue #12), on our own sentences, through the engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # what another actor did, in the speaker's quoted words, is judged by the act itself:
    # kind words in its object or in a relative clause do not make it praise
    ("Peruvian Foreign Minister Ana Ruiz said Chile had \"abandoned the families it promised "
     "to protect.\"", ("ACCUSE", "Ana Ruiz", "Chile")),
    ("Peruvian Foreign Minister Ana Ruiz said Chile had \"emptied the treaty of its value.\"",
     ("ACCUSE", "Ana Ruiz", "Chile")),
])
def test_quoted_act_with_kind_words_in_its_object_is_criticism(analyze, text, expected):
    assert expected in events(analyze(text))


@pytest.mark.parametrize("text", [
    # praise of what the actor is or did stays praise
    "Peruvian Foreign Minister Ana Ruiz said Chile had \"helped the families in need.\"",
    "Peruvian Foreign Minister Ana Ruiz said Chile was \"a safe and trusted partner.\"",
])
def test_quoted_praise_is_no_accusation(analyze, text):
    assert "ACCUSE" not in [t for t, _, _ in events(analyze(text))]


@pytest.mark.parametrize("text, expected", [
    # summoning an envoy is aimed at the state the envoy represents: by nationality word,
    # by possessor, and not at the envoy named beside it
    ("Peru accused Chile of spying on its navy. Peru summoned the Chilean ambassador on "
     "Monday.", ("ACCUSE", "Peru", "Chile")),
    ("Peru accused Chile of spying on its navy. Peru summoned Chile's ambassador on Monday.",
     ("ACCUSE", "Peru", "Chile")),
    ("Germany expelled two Russian diplomats. Germany would also summon the Russian "
     "ambassador, Sergei Malyshev, to lodge a formal protest.", ("ACCUSE", "Germany", "Russia")),
])
def test_summoning_an_envoy_accuses_the_envoys_state(analyze, text, expected):
    found = events(analyze(text))
    assert expected in found
    assert not any(t == "ACCUSE" and tgt == "Sergei Malyshev" for t, _, tgt in found)


def test_quoted_adjective_after_the_object_is_a_label(analyze):
    # 'called the X "dangerous"': the parse hangs the quoted adjective on the object
    doc = analyze("A Chinese ship rammed a Vietnamese boat on Monday. Foreign Minister Helen "
                  "Crossley of Australia called the ramming \"dangerous and destabilising\" "
                  "and said Canberra would raise it with Beijing.")
    assert any(t == "ACCUSE" and s == "Helen Crossley" for t, s, _ in events(doc))


@pytest.mark.parametrize("text", [
    # a label that speaks ill as a whole, through its relative clause, blames
    "OPEC+ agreed to cut output by a million barrels. White House spokeswoman Dana Whitfield "
    "called the cut \"a shortsighted decision that punishes families around the world.\"",
])
def test_label_whose_clause_speaks_ill_is_criticism(analyze, text):
    assert any(t == "ACCUSE" and s == "Dana Whitfield" for t, s, _ in events(analyze(text)))


def test_label_whose_clause_is_kind_is_no_criticism(analyze):
    doc = analyze("OPEC+ agreed to cut output by a million barrels. White House spokeswoman "
                  "Dana Whitfield called the cut \"a decision that helps families everywhere.\"")
    assert not any(t == "ACCUSE" for t, _, _ in events(doc))


def test_quoted_act_in_a_second_clause_shares_the_first_ones_subject(analyze):
    # 'said Y had done A and was "doing B"': Y is the subject of the quoted act too
    doc = analyze("Spokesman Lin Zhao of China's foreign ministry said Japan had produced "
                  "\"no evidence\" and was \"smearing China to please certain forces.\"")
    assert ("ACCUSE", "Lin Zhao", "Japan") in events(doc)


@pytest.mark.parametrize("text", [
    # labels that blame by themselves though no valence lexicon marks them
    "The farmers' union FNX called the quota \"unworkable\" and urged parliament to amend it.",
    "The Chamber of Commerce of Ruritania called the tariff a blow to exporters.",
    "The opposition Civic Party called the budget \"a populist gamble with public money.\"",
    "The Foreign Ministry of Ruritania called the court's order \"legally void.\"",
])
def test_label_that_blames_by_itself_is_criticism(analyze, text):
    assert any(t == "ACCUSE" for t, _, _ in events(analyze(text)))


def test_described_as_with_the_as_phrase_on_the_object(analyze):
    # 'described Y's remarks as "unworthy of ..."': the parse hangs "as" on the object
    doc = analyze("Interior Minister Petra Holm said the cabinet would not resign, and described "
                  "opposition leader Jonas Berg's speech as \"unworthy of a democrat.\"")
    assert ("ACCUSE", "Petra Holm", "Jonas Berg") in events(doc)


def test_a_kind_label_stays_no_criticism(analyze):
    doc = analyze("The Chamber of Commerce of Ruritania called the tariff a boost for exporters.")
    assert not any(t == "ACCUSE" for t, _, _ in events(doc))


@pytest.mark.parametrize("text, expected", [
    # criticism reported in plain speech, no quotation marks
    ("The opposition Civic Union said President Marco Bell had once again damaged the "
     "interests of the country.", ("ACCUSE", "Civic Union", "Marco Bell")),
    ("The farmers' federation AgriNord said Environment Minister Lena Dahl had ignored the "
     "warnings of the growers.", ("ACCUSE", "AgriNord", "Lena Dahl")),
])
def test_unquoted_reported_criticism_of_an_actor(analyze, text, expected):
    assert expected in events(analyze(text))


def test_unquoted_reported_verdict_on_an_act(analyze):
    # 'said the decision was a mistake': what an act is, by a word of blame
    doc = analyze("The central bank raised its key rate on Tuesday. Finance Minister Ana Souza "
                  "said the decision was a mistake that would cost jobs.")
    assert any(t == "ACCUSE" and s == "Ana Souza" for t, s, _ in events(doc))


@pytest.mark.parametrize("text", [
    # the subject's own loss or fear, a mixed verdict, a finding on the evidence, a forecast
    "The party lost seats in May, its leader Jan Holt said.",
    "The Civic Union said President Marco Bell had faced heavy criticism.",
    "The Civic Union said President Marco Bell had received threats.",
    "The central bank raised its key rate on Tuesday. Finance Minister Ana Souza said the "
    "decision was unfortunate but understandable.",
    "Judge Mara Koss said Ruritania had failed to show that Osterland breached the treaty.",
    "The opposition Civic Union said President Marco Bell would damage the interests of the "
    "country.",
    "The opposition Civic Union said President Marco Bell had not damaged the interests of "
    "the country.",
    # an act against an ill is no blame of its doer
    "The opposition Civic Union said President Marco Bell had tackled corruption.",
    "The opposition Civic Union said President Marco Bell had fought terrorism.",
    "The opposition Civic Union said President Marco Bell had resolved the crisis.",
    "The opposition Civic Union said President Marco Bell had denied the allegations.",
    # an ill the act deals with is no blame of its doer
    "The opposition Civic Union said President Marco Bell had documented the abuses.",
    "The opposition Civic Union said President Marco Bell had predicted a recession.",
    # a verdict that an act is hard, not wrong
    "Ruritania imposed the sanctions on Monday. The Civic Union said the decision was "
    "difficult.",
])
def test_no_unquoted_criticism(analyze, text):
    assert not any(t == "ACCUSE" for t, _, _ in events(analyze(text)))


@pytest.mark.parametrize("text, source", [
    # someone's act whose owner the story leaves unnamed ("the minister's remarks")
    ("The opposition Green Alliance said the minister's remarks had needlessly damaged ties "
     "with Osterland.", "Green Alliance"),
    # blame carried by the object of the reported act ("repeated the mistakes")
    ("The aid group MediCare said the draft repeated the mistakes of the last epidemic.",
     "MediCare"),
])
def test_unquoted_criticism_of_someones_act(analyze, text, source):
    assert any(t == "ACCUSE" and s == source for t, s, _ in events(analyze(text)))


def test_a_blaming_label_with_a_kind_word_inside_stays_blame(analyze):
    # 'as "unworthy of a partner"': the head of the label blames; "partner" inside it is no praise
    doc = analyze("Foreign Minister Petra Holm described Osterland envoy Jonas Berg's remarks as "
                  "\"unworthy of a partner.\"")
    assert ("ACCUSE", "Petra Holm", "Jonas Berg") in events(doc)


@pytest.mark.parametrize("text", [
    # a speaker that says it is dismayed at another's act criticises it
    "Ruritania said it was disappointed and would raise the matter with Osterland.",
    "The UN mission in Ruritania said it was deeply alarmed by reports of civilian deaths.",
])
def test_reported_dismay_is_criticism(analyze, text):
    doc = analyze(text)
    assert any(t == "ACCUSE" for t, _, _ in events(doc)), events(doc)


@pytest.mark.parametrize("text", [
    "Finance Minister Ana Souza said she was disappointed but not surprised.",
    "Finance Minister Ana Souza said she was not disappointed.",
    "Finance Minister Ana Souza said she would be disappointed if the talks failed.",
])
def test_no_reported_dismay(analyze, text):
    assert not any(t == "ACCUSE" for t, _, _ in events(analyze(text)))


def test_reported_dismay_of_a_named_person_is_that_persons(analyze):
    # "the Foreign Office said Minister X was disappointed": X's criticism, not the office's
    doc = analyze("The Ruritanian Foreign Office said Foreign Minister Petra Holm was "
                  "disappointed by the vote.")
    assert any(t == "ACCUSE" and s == "Petra Holm" for t, s, _ in events(doc)), events(doc)


def test_what_a_decision_taken_will_do_is_a_verdict_on_it(analyze):
    # 'said the decision would discourage investment': a forecast of harm from an act done
    doc = analyze("The European Commission fined Searchly 2 billion euros on Monday. The "
                  "Digital Trade Council said the decision would discourage investment in "
                  "Europe.")
    assert any(t == "ACCUSE" and s == "Digital Trade Council" for t, s, _ in events(doc)), \
        events(doc)


@pytest.mark.parametrize("text", [
    # concern is dismay too: plain, quoted, with its cause
    "Peru said it was deeply concerned and offered to host new talks.",
    "Peru's foreign ministry said it was \"seriously concerned\" by the drills.",
])
def test_reported_concern_is_criticism(analyze, text):
    doc = analyze(text)
    assert any(t == "ACCUSE" and s == "Peru" for t, s, _ in events(doc)), events(doc)


@pytest.mark.parametrize("text", [
    "Finance Minister Ana Souza said she was not concerned.",
    "Finance Minister Ana Souza said she would be concerned if the talks failed.",
])
def test_no_reported_concern(analyze, text):
    assert not any(t == "ACCUSE" for t, _, _ in events(analyze(text)))


@pytest.mark.parametrize("text, expected", [
    # an actor said to be critical criticises what its "of" phrase names, or no one named
    ("Chile opened talks with Peru on Monday. Bolivia was sharply critical of the talks and of "
     "Peru's new port.", ("ACCUSE", "Bolivia", "Peru")),
    ("Brazil banned beef exports in May. Argentina and Uruguay were among the most critical "
     "of the ban.", ("ACCUSE", "Uruguay", "Brazil")),
    # with no "of" phrase: of the act the story leads with
    ("Brazil banned beef exports in May. Uruguay was more critical.",
     ("ACCUSE", "Uruguay", "Brazil")),
])
def test_being_critical_is_criticism(analyze, text, expected):
    found = events(analyze(text))
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # "critical" as crucial, as an attribute, or negated, is no criticism
    "Bolivia was critical to the success of the talks.",
    "Bolivia was critical for the success of the talks.",
    "Bolivia protects its critical infrastructure.",
    "Bolivia was not critical of the ban.",
])
def test_critical_that_is_no_criticism(analyze, text):
    assert not any(t == "ACCUSE" for t, _, _ in events(analyze(text)))


def test_label_of_pretence_blames(analyze):
    # 'a tax dressed up as climate policy': what it is said to pretend to be is blame
    doc = analyze("The European Union imposed a levy on imported steel. India's trade "
                  "minister, Ravi Kumar, said the levy was \"a tax dressed up as climate "
                  "policy.\"")
    assert ("ACCUSE", "Ravi Kumar", "European Union") in events(doc), events(doc)


@pytest.mark.parametrize("text, expected", [
    # an opposition lawmaker's quoted blame of the own state's act is criticism: only an
    # office holder's own state is its camp ("handing" is no praise: VADER's "hand" is a
    # chat acronym)
    ("The United States agreed to sell jets to Egypt. Democratic Senator Jane Doe of Ohio said "
     "the administration was \"handing advanced weapons to a government that jails its "
     "critics.\"", ("ACCUSE", "Jane Doe", "United States")),
])
def test_opposition_lawmakers_quoted_blame_of_own_state(analyze, text, expected):
    found = events(analyze(text))
    assert expected in found, found


def test_minister_on_own_state_is_no_accusation(analyze):
    # a minister's quoted words on the own state's police stay no accusation
    doc = analyze("French Interior Minister Paul Roux said the French police had "
                  "\"acted with restraint and professionalism.\"")
    assert not any(t == "ACCUSE" for t, _, _ in events(doc))


def test_party_leaders_quoted_blame_of_own_government(analyze):
    # "FPO leader X": a title that names a party speaks for the party, not the state, so
    # its quoted blame of the government is an accusation
    doc = analyze("Austria's government dropped the pension reform on Wednesday. The opposition "
                  "Freedom Party (FPO) called for early elections. FPO leader Karl Huber said "
                  "the government had \"betrayed every voter.\"")
    assert ("ACCUSE", "Karl Huber", "Austria") in events(doc), events(doc)


def test_concern_with_no_cause_is_at_the_lead_act(analyze):
    # "said it was deeply concerned", naming no cause: at the act the story leads with
    doc = analyze("Brazil banned beef exports in May. Uruguay said it was deeply concerned.")
    assert ("ACCUSE", "Uruguay", "Brazil") in events(doc), events(doc)
