"""Stop 44: dev44's stance kinds that recur in other sets: a state's embassy, ministry or
office named by the state's possessive holds for the state; respecting another's decision or
view is deference, no stance; a naming "a solution in search of a problem" opposes what it
names; what a passed text "will" or "would" do is its proposition."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine


def test_a_states_embassy_holds_for_the_state(engine: Engine) -> None:
    got = stances(engine, "Latvia expelled three Russian diplomats on Monday. Germany's embassy "
                          "in Riga welcomed the expulsions.")
    assert ("Germany", "support") in [(h, p) for h, p, _ in got]


def test_a_states_ministry_holds_for_the_state(engine: Engine) -> None:
    got = stances(engine, "Kenya's foreign ministry rejected the new mining code on Friday.")
    assert [(h, p) for h, p, _ in got] == [("Kenya", "oppose")]


def test_an_office_of_a_person_is_not_a_state(engine: Engine) -> None:
    got = stances(engine, "Senator Ruiz's office rejected the new mining code on Friday.")
    assert not [s for s in got if s[0] not in ("Ruiz", "Senator Ruiz")]


def test_respecting_another_bodys_decision_is_no_stance(engine: Engine) -> None:
    got = stances(engine, "The Senate rejected the treaty on Monday. Canada said it respects "
                          "the sovereign decision of the Senate.")
    assert "Canada" not in [h for h, _, _ in got]


def test_a_solution_in_search_of_a_problem_opposes(engine: Engine) -> None:
    got = stances(engine, "Slovakia passed the language law. Michal Sebo called it \"a solution "
                          "in search of a problem\".")
    assert ("Michal Sebo", "oppose") in [(h, p) for h, p, _ in got]


def test_a_solution_looking_for_a_problem_opposes(engine: Engine) -> None:
    got = stances(engine, "Slovakia passed the language law. Michal Sebo called the law \"a "
                          "solution looking for a problem\".")
    assert ("Michal Sebo", "oppose") in [(h, p) for h, p, _ in got]


def test_a_solution_for_the_region_supports(engine: Engine) -> None:
    got = stances(engine, "Norway adopted a new fisheries law. Iceland called the law a "
                          "solution for the region.")
    assert ("Iceland", "support") in [(h, p) for h, p, _ in got]


def _mentions(engine: Engine, text: str) -> list[str]:
    from stancemap.model import Article

    doc = engine.analyze(Article(id="t", text=text))
    return [m.text for p in doc.propositions for m in p.mentions]


def test_what_a_passed_law_will_do_is_its_proposition(engine: Engine) -> None:
    said = _mentions(engine, "Slovenia's National Assembly on Wednesday passed a law that will "
                             "merge the country's municipalities. The Freedom Movement voted "
                             "for it.")
    assert any("merge the country's municipalities" in m for m in said)


def test_an_apposition_on_a_text_stays_a_comment(engine: Engine) -> None:
    said = _mentions(engine, "Slovakia's parliament passed a law that caps foreign ownership, a "
                             "measure that would force the sale of a station. PPF regretted the "
                             "measure.")
    assert not any("force the sale" in m for m in said)
