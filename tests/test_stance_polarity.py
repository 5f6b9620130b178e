"""Polarity composition (issue #13: no inverted stances). Sentences of our own, none from a gold
article: a stance or vote under a request, pledge or refusal; undoing nouns; double negation;
"it" under these shapes; an appositive that renames the proposition. Each row: the sentence,
then (holder, a word the proposition's label contains, polarity) for every stance expected
(None: no stance at all); a stance outside the row fails too."""

from __future__ import annotations

import pytest

from stancemap.model import Article

Want = tuple[str, str, str]

ROWS: list[tuple[str, list[Want]]] = [
    # a vote under a request, a pledge, a plan, a refusal, a negation
    ("Senator Maria Lopez urged senators to vote against the amendment.",
     [("Maria Lopez", "amendment", "oppose")]),
    ("Senator Rita Vance urged lawmakers to vote for the climate bill.",
     [("Rita Vance", "climate bill", "support")]),
    ("Governor Ana Ruiz will vote for the pension reform.",
     [("Ana Ruiz", "pension reform", "support")]),
    ("Deputy Tomas Berg refused to vote for the budget bill.",
     [("Tomas Berg", "budget bill", "oppose")]),
    ("Minister Lena Holm plans to vote in favour of the fishing quota.",
     [("Lena Holm", "fishing quota", "support")]),
    ("Senator Paul Grey did not vote against the farm subsidy plan.",
     [("Paul Grey", "farm subsidy plan", "support")]),
    # "it" under these shapes: the bill named before, never "vote against it"
    ("The Senate debated the mining bill. Senator Ann Roe pledged to vote against it.",
     [("Ann Roe", "mining bill", "oppose")]),
    ("The Senate debated the mining bill. Senator Ann Roe urged colleagues to vote for it.",
     [("Ann Roe", "mining bill", "support")]),
    ("The mining bill still needs the approval of the Senate, where a group of Democrats has "
     "pledged to vote against it.", [("Democratic Party", "mining bill", "oppose")]),
    # a stance noun's infinitive that is a vote or a request of its own
    ("Senator Ann Roe announced plans to vote against the mining bill.",
     [("Ann Roe", "mining bill", "oppose")]),
    ("Senator Ann Roe made plans to urge colleagues to vote against the mining bill.",
     [("Ann Roe", "mining bill", "oppose")]),
    ("The Senate debated the mining bill. Senator Ann Roe kept her pledge to vote against it.",
     [("Ann Roe", "mining bill", "oppose")]),
    # refusals
    ("Senator Omar Reed refused to back the border wall.",
     [("Omar Reed", "border wall", "oppose")]),
    ("Senator Ann Roe did not refuse to back the border wall.",
     [("Ann Roe", "border wall", "support")]),
    ("Minister Hana Ito declined to endorse the carbon tax.",
     [("Hana Ito", "carbon tax", "oppose")]),
    ("Senator Lisa Park said she would not support the trade pact.",
     [("Lisa Park", "trade pact", "oppose")]),
    ("The Senate debated the mining bill. Senator Eva Kerr refused to back the measure.",
     [("Eva Kerr", "mining bill", "oppose")]),
    ("The governors asked Congress not to pass the tax cut.", [("governors", "tax cut", "oppose")]),
    ("Senator Ann Roe refused to reject the mining bill.", [("Ann Roe", "mining bill", "support")]),
    ("Senator Tara Quinn urged colleagues to reject the ethics bill.",
     [("Tara Quinn", "ethics bill", "oppose")]),
    # requests to undo: against what is undone
    ("The union called for the repeal of the labour law.", [("union", "labour law", "oppose")]),
    ("The Fishers Union asked the High Court to strike down the fishing law.",
     [("Fishers Union", "fishing law", "oppose")]),
    ("Prime Minister Alan Fox called for an end to the fuel subsidies.",
     [("Alan Fox", "fuel subsid", "oppose")]),
    ("Senator Ian Cobb demanded an end to the blockade.", [("Ian Cobb", "blockade", "oppose")]),
    ("Mayor Clara Diaz demanded that the parking fee be scrapped.",
     [("Clara Diaz", "parking fee", "oppose")]),
    ("Senator Mia Ford urged the committee to repeal the gun law.",
     [("Mia Ford", "gun law", "oppose")]),
    ("Senator Ada Rowe called for scrapping the fuel tax.", [("Ada Rowe", "fuel tax", "oppose")]),
    ("Senator Cora Webb does not support the repeal of the health law.",
     [("Cora Webb", "health law", "support")]),
    ("President Lara Moss rejected calls for the repeal of the law.",
     [("Lara Moss", "law", "support")]),
    ("The city imposed a curfew on Monday. Mayor Ana Ruiz urged the council to limit the curfew "
     "to weekends.", [("Ana Ruiz", "curfew", "oppose")]),
    # asking that a thing in place be debated, heard or inquired into contests it
    ("France signed a defence pact with Indonesia. The Socialist Party demanded a "
     "parliamentary debate on the defence pact.",
     [("France", "defence pact", "support"), ("Socialist Party", "defence pact", "oppose")]),
    ("France signed a defence pact with Indonesia. Senator Carla Mendez said she would ask the "
     "committee to hold a hearing on the defence pact.",
     [("France", "defence pact", "support"), ("Carla Mendez", "defence pact", "oppose")]),
    ("Senator Carla Mendez called for an inquiry into alleged abuses.",
     [("Carla Mendez", "inquiry into alleged abuses", "support")]),
    # the possessor of a plan to undo or block X opposes X, as the plan does
    ("Germany criticised Poland's plan to block the budget.",
     [("Germany", "budget", "support"), ("Poland", "budget", "oppose")]),
    # a withdrawal stays a course of action of its own; "the end of" is a time
    ("President Kim Sato called for the withdrawal of the troops.",
     [("Kim Sato", "withdrawal", "support")]),
    ("Senator Ann Roe called for elections by the end of the year.",
     [("Ann Roe", "election", "support")]),
    # a relative pronoun under these shapes names the noun its clause modifies, or an actor
    ("Unions criticised the pension reform, which Minister Ana Ruiz refused to withdraw.",
     [("Unions", "pension reform", "oppose"), ("Ana Ruiz", "pension reform", "support")]),
    ("The senators rejected the pipeline that Governor Ana Ruiz wants to approve.",
     [("Ana Ruiz", "pipeline", "support")]),
    ("Senator Bob Lee endorsed Senator Ann Roe, whom he had declined to back last week.", []),
    # double negation
    ("Senator Mark Wolfe would not oppose the nomination of the new judge.",
     [("Mark Wolfe", "nomination", "support")]),
    # criticism withheld ("did not oppose") is neutral, no backing
    ("Senator Mark Wolfe did not oppose the nomination of the new judge.",
     [("Mark Wolfe", "nomination", "neutral")]),
    ("Premier Jane Cole no longer rejects the pipeline expansion.",
     [("Jane Cole", "pipeline expansion", "support")]),
    # an open question ("whether") is neutral, not the stance it weighs
    ("Senator Ann Roe is weighing whether to back the mining bill.",
     [("Ann Roe", "mining bill", "neutral")]),
    ("Senator Ann Roe is considering whether to vote for the mining bill.",
     [("Ann Roe", "mining bill", "neutral")]),
    # conditions
    ("Senator Ken Abe said he would support the defense bill only if it included pay raises.",
     [("Ken Abe", "defense bill", "conditional")]),
    # an act announced for an occasion ("if he sets foot ...") is support, a plain condition
    # on a stance verb stays conditional
    ("The court issued a warrant for the general's arrest. Kenya backed the warrant. France "
     "said it would execute the warrant if the general set foot on French soil.",
     [("Kenya", "warrant", "support"), ("France", "warrant", "support")]),
    ("Senator Ken Abe said he would support the defense bill if it included pay raises.",
     [("Ken Abe", "defense bill", "conditional")]),
    # an appositive renames the proposition
    ("The Senate will vote next week on the Clean Water Act amendment, a measure backed by "
     "the White House.", [("United States", "Clean Water Act amendment", "support")]),
    ("Parliament debated the pension reform, a plan that France and Italy also support.",
     [("France", "pension reform", "support"), ("Italy", "pension reform", "support")]),
    ("Minister Ben Ode voted against the wage freeze, a measure backed by employers.",
     [("Ben Ode", "wage freeze", "oppose")]),
    # raising a matter with someone is a grievance about it; raising taxes is not
    ("Vietnam imposed a ban on rice exports on Monday. Malaysia said it was disappointed and "
     "would raise the matter at the next meeting of ASEAN ministers.",
     [("Vietnam", "ban on rice exports", "support"),
      ("Malaysia", "ban on rice exports", "oppose")]),
    ("Senator Ann Roe wants to raise taxes on banks.", [("Ann Roe", "taxes on banks", "support")]),
    # a body's spokesperson or leader speaks for it: each holds the other's positions
    ("Minister Ann Roe backed the new coal mine. Greenpeace spokesman Tom Hale rejected it. "
     "Greenpeace also opposes the fuel tax.",
     [("Ann Roe", "coal mine", "support"), ("Tom Hale", "coal mine", "oppose"),
      ("Greenpeace", "coal mine", "oppose"), ("Greenpeace", "fuel tax", "oppose"),
      ("Tom Hale", "fuel tax", "oppose")]),
    ("Amnesty International criticised the deportation flights. Its spokeswoman, Lara Diaz, "
     "said the government must scrap the detention centres.",
     [("Amnesty International", "deportation flight", "oppose"),
      ("Lara Diaz", "deportation flight", "oppose")]),
]


def found(engine, text: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return [(names[s.actor], labels[s.proposition], s.polarity) for s in doc.stances]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[t[:60] for t, _ in ROWS])
def test_polarity_composition(engine, text: str, want: list[Want]) -> None:
    got = found(engine, text)
    for holder, label, pol in want:
        assert any(h == holder and label.lower() in lab.lower() and p == pol
                   for h, lab, p in got), (holder, label, pol, got)
    assert len(got) == len(want), got
    # never a bare act for a proposition ("vote against it", "back the measure")
    assert not any(lab.lower().startswith(("vote ", "back ", "repeal of", "end to"))
                   for _, lab, _ in got), got
