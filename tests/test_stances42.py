"""Stop 42: propositions never reached (issue #13): a denial opposes the claim it denies; denying
someone access or a right withholds it, no denial of a claim."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine


def test_denying_a_wrongdoing_opposes_the_claim(engine: Engine) -> None:
    got = stances(engine, "Auditors said the Farmers' Union had hidden its accounts. The "
                          "Farmers' Union denied any wrongdoing on Monday.")
    assert [(h, p) for h, p, _ in got] == [("Farmers' Union", "oppose")]
    assert "wrongdoing" in got[0][2]


def test_denying_an_act_opposes_it(engine: Engine) -> None:
    got = stances(engine, "The Coast Guard denied turning the fishing boats back toward the reef.")
    assert [(h, p) for h, p, _ in got] == [("Coast Guard", "oppose")]
    assert "turning the fishing boats back" in got[0][2]


def test_being_denied_access_is_no_denial(engine: Engine) -> None:
    got = stances(engine, "Two Chilean reporters were denied access to the courtroom on Friday, "
                          "Chile's foreign ministry said.")
    assert got == []


def test_denying_people_a_right_is_no_denial(engine: Engine) -> None:
    got = stances(engine, "Observers said that Latvia was denying people who speak Russian "
                          "the right to vote.")
    assert not [s for s in got if s[0] == "Latvia"]


def test_asking_for_a_thing_supports_it(engine: Engine) -> None:
    got = stances(engine, "The Pirate Party asked for an independent audit of the port contracts.")
    assert [(h, p) for h, p, _ in got] == [("Pirate Party", "support")]
    assert "independent audit" in got[0][2]
