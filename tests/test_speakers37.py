"""Speakers of stop 37, on our own sentences: a Q&A interview's answers, and "his office"
speaking for the person it serves."""

from __future__ import annotations

from statement_support import said

INTERVIEW = ("The harbour authority fined the ferry company on Monday.\n\n"
             "Portugal's sea minister, Rui Carvalho, spoke to us after the ruling. "
             "The interview has been shortened.\n\n"
             "Q: Is the fine too low?\n\n"
             "A: It is what the law allows. We will ask parliament to raise it.\n\n"
             "Q: Will the company appeal?\n\n"
             "A: That is their right, and I will not comment on it.")


def test_the_answers_of_an_interview_are_the_named_persons(analyze_undated) -> None:
    got = said(analyze_undated(INTERVIEW))
    assert ("Rui Carvalho",
            "It is what the law allows. We will ask parliament to raise it") in got
    assert ("Rui Carvalho", "That is their right, and I will not comment on it") in got
    # the answer's "we" and "I" are the minister's, not the writer's
    assert all(name != "the author" for name, _ in got)


def test_answers_without_a_question_are_no_interview(analyze_undated) -> None:
    doc = analyze_undated("Rui Carvalho, the sea minister, spoke on Monday.\n\n"
                          "A: It is what the law allows.")
    assert ("Rui Carvalho", "It is what the law allows") not in said(doc)


def test_an_interview_with_no_person_named_before_it_has_no_speaker(analyze_undated) -> None:
    doc = analyze_undated("The ferry company was fined on Monday.\n\n"
                          "Q: Is the fine too low?\n\n"
                          "A: It is what the law allows.")
    assert ("Rui Carvalho", "It is what the law allows") not in said(doc)
    assert all(s.content.text != "It is what the law allows" or s.speaker is None
               for s in doc.statements)


def test_his_office_speaks_for_the_person(analyze_undated) -> None:
    doc = analyze_undated("Chile's president stayed silent on Monday. His office said in a "
                          "statement that the country would not be bullied.")
    assert said(doc) == [("Chile's president", "the country would not be bullied")]


def test_an_office_holder_set_off_by_commas_is_a_person_of_their_own(analyze_undated) -> None:
    doc = analyze_undated("The OSCE's secretary general, in a written statement, said the "
                          "vote had been calm.")
    assert said(doc) == [("OSCE secretary general", "the vote had been calm")]
    named = analyze_undated("The OSCE's secretary general, Anna Berg, said the vote had been "
                            "calm.")
    assert said(named) == [("Anna Berg", "the vote had been calm")]


def test_a_relative_is_a_source_of_their_own(analyze_undated) -> None:
    doc = analyze_undated("The mayor was arrested on Friday. A relative said the family had "
                          "not been told where he was held.")
    assert said(doc) == [("relative", "the family had not been told where he was held")]


def _tagged(words: list[str], pos: list[str], deps: list[str], heads: list[int],
            ents: list[str]):
    import spacy
    from spacy.tokens import Doc

    lemmas = [w.lower() for w in words]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads,
               ents=ents, lemmas=lemmas)


def test_a_name_tagged_as_a_place_after_a_person_noun_is_a_person() -> None:
    from stancemap.actors.detect import Detector
    from stancemap.actors.gazetteer import gazetteer

    # "A spokeswoman from Galle, Ruwan Perera, said it.": the tagger calls the name a place
    # and hangs it on the town
    doc = _tagged(
        ["A", "spokeswoman", "from", "Galle", ",", "Ruwan", "Perera", ",", "said", "it", "."],
        ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON",
         "PUNCT"],
        ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "dobj",
         "punct"],
        [1, 8, 1, 2, 3, 6, 3, 1, 8, 8, 8],
        ["O", "O", "O", "B-PERSON", "O", "B-GPE", "I-GPE", "O", "O", "O", "O"])
    det = Detector(gazetteer())
    det._things, det._surnames = None, None  # (set per Doc by Detector.__call__)
    m = det._classify(doc.ents[1])
    assert m is not None and (m.kind, m.name) == ("person", "Ruwan Perera")
    # the same words as a place of their own ("talks in Ruwan Perera") stay no person
    place = _tagged(["Talks", "in", "Ruwan", "Perera", "ended", "."],
                    ["NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"],
                    ["nsubj", "prep", "compound", "pobj", "ROOT", "punct"],
                    [4, 0, 3, 1, 4, 4], ["O", "O", "B-GPE", "I-GPE", "O", "O"])
    det._things, det._surnames = None, None
    found = det._classify(place.ents[0])
    assert found is None or found.kind != "person"


def test_a_live_blog_time_stamp_is_no_part_of_a_name() -> None:
    from spacy.tokens import Span

    from stancemap.actors.spans import _past_slug

    doc = _tagged(["09:40", "-", "Portugal", "says", "no", "."],
                  ["NUM", "PUNCT", "PROPN", "VERB", "INTJ", "PUNCT"],
                  ["nummod", "punct", "nsubj", "ROOT", "dobj", "punct"],
                  [2, 2, 3, 3, 3, 3], ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert _past_slug(Span(doc, 0, 3, label="ORG")).text == "Portugal"
    # a name that merely holds a number stays whole
    assert _past_slug(Span(doc, 2, 4, label="ORG")).text == "Portugal says"


def test_a_statement_with_a_possessive_pronoun_speaks_for_the_body_before(
        analyze_undated) -> None:
    doc = analyze_undated("The farmers' union said the plan was unfair. Its statement urged "
                          "the minister to resign.")
    assert said(doc) == [("farmers' union", "the plan was unfair"),
                         ("farmers' union", "the minister to resign")]
