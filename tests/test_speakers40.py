"""Speakers of stop 40, on our own sentences: "he" after a sentence led by an unnamed office
holder stays with that holder across the speaker's own following sentences."""

from __future__ import annotations


def _said(doc) -> dict[str, str | None]:
    names = {a.id: a.name for a in doc.actors}
    return {s.content_text: names.get(s.speaker) for s in doc.statements}


def test_a_holders_he_carries_over_his_own_next_sentences(analyze_undated) -> None:
    doc = analyze_undated('The transport minister is visiting the flooded depot in Brno. '
                          'He says the trains will run again by Friday. "We lost three '
                          'bridges in a night," he says. "They will be rebuilt." Repairs '
                          'will cost millions, he adds.')
    said = _said(doc)
    speaker = said["the trains will run again by Friday"]
    assert speaker is not None and "minister" in speaker
    assert said["We lost three bridges in a night,"] == speaker
    assert said["Repairs will cost millions"] == speaker


def test_a_holder_topic_sentence_wins_over_a_speaker_before_it(analyze_undated) -> None:
    doc = analyze_undated('Tomas Berger, the union leader, said the strike would go on.\n\n'
                          'The mayor of Graz, whose council is run by the Greens, was more '
                          'careful. He would back a wage deal, he told a radio station, '
                          '"only if the state pays for it."')
    said = _said(doc)
    speaker = said["only if the state pays for it."]
    assert speaker is not None and "mayor" in speaker.lower()
    assert said["the strike would go on"] == "Tomas Berger"



def test_a_live_pages_time_stamp_is_no_part_of_the_speaker(analyze_undated) -> None:
    doc = analyze_undated("Live: the port strike, day two\n\n"
                          "10:20 - Dockers have blocked the gates since dawn. Nobody has been "
                          "hurt.\n\n"
                          "17:05 - One of the dockers, a crane driver who gave his name as "
                          "Marko, tells our reporter he has not been paid since May.")
    st = next(s for s in doc.statements if s.content_text.startswith("he has not been paid"))
    assert st.source is not None and st.source.text.startswith("One of the dockers")
    assert not any(m.text.startswith("17:05") for a in doc.actors for m in a.mentions)


def test_a_plural_whose_apposition_lists_people_speaks_as_each(analyze_undated) -> None:
    doc = analyze_undated("Two congressional Democrats, Representatives Tom Baker and Lisa "
                          "Chen, said Washington should act.")
    names = {a.id: a.name for a in doc.actors}
    speakers = {names.get(s.speaker) for s in doc.statements
                if s.content_text == "Washington should act"}
    assert speakers == {"Tom Baker", "Lisa Chen"}


def test_the_same_office_of_two_owners_is_two_people(analyze_undated) -> None:
    doc = analyze_undated("Chile's ambassador said her country would abstain. The African "
                          "Union's ambassador, speaking for the union, said the text was too "
                          "weak.")
    said = _said(doc)
    by_content = {s.content_text: s.speaker for s in doc.statements}
    assert by_content["her country would abstain"] != by_content["the text was too weak"]
    assert said["the text was too weak"] is not None
