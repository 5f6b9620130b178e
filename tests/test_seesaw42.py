"""Stop 42's SEESAW mends (issue #13) in the speech rules of the relation stage, with sentences
written for these tests.

- a hostile act a named actor tries, attempts or appears to do ("X said Y tried to mislead the
  voters") is the speaker's judgement of Y, as a hostile verb of its own is; a kind act it tries
  to do is not ("X said Y tried to help the voters");
- a verb conjoined to another without a subject of its own is said of the other's subject ("X
  said Y met the donors and deceived the voters");
- the tone of a quote says nothing of a person named only after "than", "unlike" or "against"
  ("a better mayor than Y", "the attacks against Y");
- the tone of a person's quote also says how the speaker stands toward an organisation it
  names ("'we owe a great debt to the Y Union,' X said"), not toward a country;
- verbs of overstepping or twisting what one is bound by, which VADER does not rate, are rated
  as it rates "overreach" ("X said Y overstepped her authority").
"""

from __future__ import annotations

import pytest

from stancemap.relations import parse

MISLEAD = "Senator Mark Ridley said Governor Paula Kent tried to mislead the voters."
UNDERCUT = "Senator Mark Ridley said Governor Paula Kent tried to undercut the inquiry."
SABOTAGE = "Senator Mark Ridley said Governor Paula Kent attempted to sabotage the inquiry."
HELP = "Senator Mark Ridley said Governor Paula Kent tried to help the voters."
DECEIVED = "Senator Mark Ridley said Governor Paula Kent met the donors and deceived the voters."
THAN = '"Our town deserves a far better, kinder mayor than Paula Kent," Senator Tom Marlow said.'
UNLIKE = '"The town wants a better, kinder mayor, unlike Paula Kent," Senator Tom Marlow said.'
OVERSTEPPED = "Senator Mark Ridley said Governor Paula Kent overstepped her authority."
FLOUTED = "Senator Mark Ridley said Governor Paula Kent flouted the court's order."
UNION_WARM = ('"We all owe a wonderful, great debt to the Northfield Teachers Union," Senator '
              'Tom Marlow said.')
UNION_COLD = ('"Our real trouble is obviously the cruel, dishonest leadership of the Harbor '
              'Workers Union," Senator Tom Marlow said.')
COUNTRY_WARM = '"We owe a wonderful, great debt to France," Senator Tom Marlow said.'
AGAINST = ('"The vicious, cruel attacks against Paula Kent must end," Senator Tom Marlow '
           'said.')


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


@pytest.mark.parametrize("text", [MISLEAD, SABOTAGE])
def test_a_hostile_act_the_actor_tries_is_judged(analyze, text: str) -> None:
    assert ("Mark Ridley", "negative", "Paula Kent") in _relations(analyze(text))


@pytest.mark.parametrize("text", [MISLEAD, SABOTAGE, UNDERCUT])
def test_without_the_complement_the_act_went_unread(analyze, monkeypatch, text: str) -> None:
    monkeypatch.setattr(parse, "_hostile_acts", lambda pred, lex: {})
    assert not _relations(analyze(text))


def test_a_kind_act_the_actor_tries_is_no_judgement(analyze) -> None:
    assert not _relations(analyze(HELP))


def test_a_lexicon_verb_vader_does_not_rate_counts_as_hostile(analyze) -> None:
    doc = analyze(UNDERCUT)
    from stancemap.relations.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.word_valence("undercut") == 0.0 and lex.verbs.get("undercut") == "negative"
    assert ("Mark Ridley", "negative", "Paula Kent") in _relations(doc)


def test_a_conjoined_verb_is_said_of_the_first_verbs_subject(analyze) -> None:
    assert ("Mark Ridley", "negative", "Paula Kent") in _relations(analyze(DECEIVED))


def test_without_the_shared_subject_the_conjoined_verb_went_unread(analyze, monkeypatch) -> None:
    monkeypatch.setattr(parse, "_predicate_subjects", lambda pred, pt: [
        si for si in pt.kids[pred.i] if pt.dep[si] == "nsubj"])
    assert ("Mark Ridley", "negative", "Paula Kent") not in _relations(analyze(DECEIVED))


@pytest.mark.parametrize("text", [THAN, UNLIKE, AGAINST])
def test_a_person_named_after_than_unlike_or_against_gets_no_tone(analyze, text: str) -> None:
    assert not {r for r in _relations(analyze(text)) if r[2] == "Paula Kent"}


@pytest.mark.parametrize(("text", "polarity"), [(THAN, "positive"), (UNLIKE, "positive"),
                                                (AGAINST, "negative")])
def test_before_the_exclusion_the_tone_read_them(analyze, monkeypatch, text: str,
                                                 polarity: str) -> None:
    monkeypatch.setattr(parse, "UNTONED_PREPS", frozenset())
    assert ("Tom Marlow", polarity, "Paula Kent") in _relations(analyze(text))


@pytest.mark.parametrize("text", [OVERSTEPPED, FLOUTED])
def test_overstepping_ones_bounds_is_judged(analyze, text: str) -> None:
    assert ("Mark Ridley", "negative", "Paula Kent") in _relations(analyze(text))


@pytest.mark.parametrize(("text", "word"), [(OVERSTEPPED, "overstep"), (FLOUTED, "flout")])
def test_without_the_rating_the_verb_went_unread(analyze, monkeypatch, text: str,
                                                 word: str) -> None:
    from stancemap.relations.lexicon import load_lexicon

    monkeypatch.delitem(load_lexicon().valence, word)
    assert ("Mark Ridley", "negative", "Paula Kent") not in _relations(analyze(text))


@pytest.mark.parametrize(("text", "polarity", "union"), [
    (UNION_WARM, "positive", "Northfield Teachers Union"),
    (UNION_COLD, "negative", "Harbor Workers Union")])
def test_the_tone_of_a_quote_reaches_an_organisation(analyze, text: str, polarity: str,
                                                      union: str) -> None:
    assert ("Tom Marlow", polarity, union) in _relations(analyze(text))


@pytest.mark.parametrize("text", [UNION_WARM, UNION_COLD])
def test_persons_only_left_the_organisation_unread(analyze, monkeypatch, text: str) -> None:
    monkeypatch.setattr(parse, "TONED_TYPES", frozenset({"person"}))
    assert not _relations(analyze(text))


def test_the_tone_of_a_quote_does_not_reach_a_country(analyze) -> None:
    assert not _relations(analyze(COUNTRY_WARM))
