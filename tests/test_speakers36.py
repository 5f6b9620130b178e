"""Speakers of stop 36, on our own sentences: a feature lede that opens on a pronoun and
names its person later, and a bare surname the tagger leaves out of every entity."""

from __future__ import annotations

from statement_support import said

LEDE = ("LIMA, March 3 - She has run the same market stall for thirty years and says she "
        "has never paid a bribe to anyone.\n\n"
        "On Monday she told reporters that the new licence fee would ruin her.\n\n"
        "Rosa Quispe, the head of the vendors' union, announced a strike for Friday.")


def test_a_lede_pronoun_speaks_for_the_person_named_after_it(analyze_undated) -> None:
    got = said(analyze_undated(LEDE))
    assert ("Rosa Quispe", "the new licence fee would ruin her") in got
    assert ("Rosa Quispe", "she has never paid a bribe to anyone") in got


def test_a_lede_pronoun_does_not_skip_to_a_person_of_the_other_sex(analyze_undated) -> None:
    doc = analyze_undated("OSLO, May 2 - He says the harbour fee is unfair.\n\n"
                  "Ingrid Dahl, the harbour master, said the fee would stay.")
    got = said(doc)
    assert ("Ingrid Dahl", "the harbour fee is unfair") not in got
    assert ("Ingrid Dahl", "the fee would stay") in got


def test_a_pronoun_after_a_named_person_keeps_its_antecedent(analyze_undated) -> None:
    doc = analyze_undated("Paolo Venti, a farmer, said the drought was the worst he had seen. "
                  "He said the ministry had done nothing.\n\n"
                  "Marco Bassi, the agriculture minister, said aid would come next week.")
    assert ("Paolo Venti", "the ministry had done nothing") in said(doc)


def test_a_bare_surname_left_untagged_is_the_named_person() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from stancemap.actors.spans import _untagged_surnames

    words = ["Kwame", "Boateng", "spoke", ".", "Boateng", "called", "it", "unfair", "."]
    doc = Doc(Vocab(), words=words,
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "INTJ", "VERB", "PRON", "ADJ", "PUNCT"],
              deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "oprd",
                    "punct"],
              heads=[1, 2, 2, 2, 5, 5, 5, 5, 5],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    found = _untagged_surnames(doc, {"Boateng"})
    assert [(s.start, s.label_) for s in found] == [(4, "PERSON")]
    assert _untagged_surnames(doc, {"Kwame"}) == []  # inside a tagged name


def test_a_national_chapter_of_a_known_organisation_is_one_speaker(analyze_undated) -> None:
    doc = analyze_undated("Transparency International Kenya said the audit law was "
                  "\"written to hide the money.\"")
    assert said(doc) == [("Transparency International Kenya",
                          "the audit law was \"written to hide the money.\"")]
    assert "Kenya" not in [a.name for a in doc.actors]


def test_a_named_person_s_party_speaks_for_itself(analyze_undated) -> None:
    doc = analyze_undated("Former senator Mirela Dobrescu's party said it would boycott the vote.")
    assert said(doc) == [("Mirela Dobrescu's party", "it would boycott the vote")]


def test_a_named_person_s_spokesman_still_speaks_for_the_person(analyze_undated) -> None:
    doc = analyze_undated("Mirela Dobrescu's spokesman said she would boycott the vote.")
    assert said(doc)[0][1] == "she would boycott the vote"
    assert said(doc)[0][0] != "Mirela Dobrescu's party"


def test_a_placard_carried_by_some_of_a_crowd_is_the_crowd_s_words(analyze_undated) -> None:
    doc = analyze_undated("Several hundred farmers rallied outside parliament on Wednesday, some "
                  "carrying placards reading \"No farms, no food.\"")
    assert said(doc) == [("Several hundred farmers", "No farms, no food.")]


def test_a_banner_held_by_a_crowd_is_no_speaker_of_its_own(analyze_undated) -> None:
    doc = analyze_undated("About 300 villagers gathered on the riverbank on Thursday afternoon, "
                  "holding banners reading \"The river is not for sale.\"")
    assert said(doc) == [("About 300 villagers", "The river is not for sale.")]
    assert not any("banner" in a.name for a in doc.actors)


def test_a_banner_carried_after_a_clause_is_its_subjects_words(analyze_undated) -> None:
    doc = analyze_undated("About 200 people blocked the border crossing for an hour on Thursday, "
                          "carrying banners reading \"Our air is not for sale.\" No arrests were "
                          "made.")
    assert said(doc) == [("protesters", "Our air is not for sale.")]  # the blocking crowd
    assert not any("banner" in a.name for a in doc.actors)


def test_a_banner_whose_carriers_the_parse_loses_is_no_actor(analyze_undated) -> None:
    doc = analyze_undated("Outside Congress, about 2,000 students waited through the night. "
                          "Several carried Peruvian and Bolivian flags and a banner reading "
                          "\"Latin America studies here.\" There were no arrests.")
    assert not any("banner" in a.name for a in doc.actors)
