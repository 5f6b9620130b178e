"""The named stance rules as tables: short sentences and the (holder, polarity) they give.

Each table is one rule of stancemap/stances/rules.py (or of the agreement step of resolve.py);
add a row to pin a case down. The holder is the actor's name as the actor layer gives it.
"""

from __future__ import annotations

import pytest

from stancemap.model import Article

Row = tuple[str, list[tuple[str, str]]]


def stances(engine, text: str) -> list[tuple[str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    return [(names[s.actor], s.polarity) for s in doc.stances]


def propositions(engine, text: str) -> int:
    return len(engine.analyze(Article(id="t", text=text)).propositions)


NEGATION: list[Row] = [
    ("Italy rejected the new tariff.", [("Italy", "oppose")]),
    ("Italy did not reject the new tariff.", [("Italy", "support")]),
    ("Germany never accepted the new tariff.", [("Germany", "oppose")]),
    # "neither X nor Y" negates its verb ("would back neither X nor Y")
    ("Germany said it would back neither the new tariff nor the quota.",
     [("Germany", "oppose")]),
    ("France did not back the proposal to lift sanctions.", [("France", "oppose")]),
    # criticism withheld is no backing: "did not oppose / criticise X" is neutral on X;
    # "would not oppose X" accepts it
    ("Chile did not oppose the tariff.", [("Chile", "neutral")]),
    ("Chile did not criticise the new tariff.", [("Chile", "neutral")]),
    ("Chile said it would not oppose the tariff.", [("Chile", "support")]),
    ("Brazil did not warn against a military intervention.", [("Brazil", "support")]),
    ("Turkey said the tariff was unthinkable.", [("Turkey", "oppose")]),
    ("Turkey said the tariff was not unthinkable.", [("Turkey", "support")]),
    # a judging complement's "on"/"to" object is what the judgement falls on, not the judgement
    ("Turkey called the tariff a threat to peace.", [("Turkey", "oppose")]),
    ("Turkey said the tariff was a burden on prosperity and innovation.", [("Turkey", "oppose")]),
    # protesting against a measure, defending one; one's own borders are no proposition
    ("Poland protested against the new tariff.", [("Poland", "oppose")]),
    ("Norway defended the reform.", [("Norway", "support")]),
    ("Norway defended its borders.", []),
    ("Norway vowed to defend every inch of its territory and the dignity of its people.", []),
    ("Norway said it respected the right to strike and the grief of the families.", []),
    ("Peru valued its relationship with Chile.", []),
    # rejecting another's words answers the speaker, no proposition
    ("Chile rejected the communique's language.", []),
    ("Chile rejected Peru's ultimatum.", []),
    # respecting an institution or a process is deference; respecting an agreement is a stance
    ("Chile said it respected the democratic process.", []),
    # so is respecting another's decision or view (the decision's own stance is its maker's)
    ("Canada said it respects the sovereign decision of the Philippine Senate.", []),
    ("Japan said it respects the views of its friends.", []),
    ("Chile said it would respect every word of the agreement.", [("Chile", "support")]),
    # a manner of acting is no proposition; an act coordinated with it is
    ("Chile urged both countries to show restraint.", []),
    ("Chile called for calm.", []),
    ("Chile urged both sides to show restraint and resume the border talks.",
     [("Chile", "support")]),
    # keeping to a course already taken is no proposition; a commitment whose content is said
    # is one
    ("Norway urged the coalition to stand firm.", []),
    ("Sweden urged the rebels to come home.", []),
    ("Norway called on Peru to honour its commitments.", []),
    ("Chile urged Peru to implement the promises it made last year.", []),
    ("Norway urged Peru to make a commitment to cut fishing quotas.", [("Norway", "support")]),
    ("Norway urged the coalition to stand firm and scrap the fishing levy.",
     [("Norway", "oppose")]),
    # a thing of one's own offered or enacted ("approved a grant", "pledged aid") is a stance
    # only where others address it; an offer to act is one
    ("The World Bank approved a $50 million grant for Chad.", []),
    ("Japan pledged new flood aid to Peru.", []),
    ("Chile announced a new levy on copper exports. Peru condemned the levy.",
     [("Chile", "support"), ("Peru", "oppose")]),
    ("Norway offered to send an envoy to the region.", [("Norway", "support")]),
    # an act left unnamed ("any step that could ...", "further steps") is no proposition;
    # a named one ("a unilateral step on the river", "steps to lift X") is
    ("Chile urged both neighbours to avoid any step that could inflame the dispute.", []),
    ("Chile warned Peru against steps that could damage the fishing fleet.", []),
    ("Chile urged both sides to show restraint and to avoid any step that could inflame the "
     "dispute.", []),
    ("Peru said it reserved the right to take further steps.", []),
    ("Chile rejected any unilateral step on the river.", [("Chile", "oppose")]),
    ("Peru backed steps to lift the sanctions on Chile.", [("Peru", "support")]),
    # a relation between actors is no proposition; suspending one, or a pact, is
    ("Peru valued its relations with Chile.", []),
    ("Peru supported close ties with Chile.", []),
    ("Peru said it was ready to work with Chile.", []),
    ("Peru urged the council to suspend all cooperation with Chile.", [("Peru", "support")]),
    ("Peru backed the new trade pact with Chile.", [("Peru", "support")]),
    # a CAMEO verb of praise or disapproval with no row of its own in stance_verbs.tsv
    ("Chile commended the ruling.", [("Chile", "support")]),
    # "remained neutral" is neutral on the question in play; "a neutral expert" is no stance
    ("Peru backed the new tariff. Italy remained neutral.",
     [("Peru", "support"), ("Italy", "neutral")]),
    # news verbs of endorsing or deploring beyond the CAMEO dictionary
    ("Chile slammed the new tariff.", [("Chile", "oppose")]),
    ("Chile objected to the new tariff.", [("Chile", "oppose")]),
    ("Chile deeply regrets the ruling.", [("Chile", "oppose")]),
    ("Chile embraced the reform.", [("Chile", "support")]),
    # what a measure would do, judged by the speaker
    ("Chile said the new tariff would bankrupt its farmers.", [("Chile", "oppose")]),
    ("Chile said the new pipeline would strengthen stability in the region.",
     [("Chile", "support")]),
    ("Chile decried the ruling.", [("Chile", "oppose")]),
    # enacting a measure is standing for it; imposing one's will is no proposition
    ("The European Union imposed sanctions on Georgian officials.",
     [("European Union", "support")]),
    ("Italy accused Austria of imposing its will.", []),
    # no evaluative entry: the complement's sentiment (VADER) judges the subject
    ("Canada said the new duties were a disaster for farmers.", [("Canada", "oppose")]),
    ("Canada said the new duties were not a disaster for farmers.", [("Canada", "support")]),
    ("Canada said the new duties were a measure adopted in 2024.", []),
    ('Chile called the levy "a disaster for farmers."', [("Chile", "oppose")]),
    ('Chile called the levy "the best investment we can make."', [("Chile", "support")]),
    # "rule out" with a gerund (the parse makes "out" a particle): not ruling it out backs it
    ("Chile did not rule out extending the fishing agreement.", [("Chile", "support")]),
    ("Chile ruled out extending the fishing agreement.", [("Chile", "oppose")]),
    # a mandative "that" clause of proposing, urging, asking: what it asks for
    ("Chile proposed that the new tariff be extended to steel.", [("Chile", "support")]),
    ("Chile urged that the new tariff be scrapped.", [("Chile", "oppose")]),
    ("Chile asked that the fishing agreement be renewed.", [("Chile", "support")]),
    ("Chile proposed that talks would resume.", []),
    # a reported copula whose complement an evaluative modifies: judged by it
    ("Chile said the new tariff was a proportionate measure.", [("Chile", "support")]),
    ("Chile said the new tariff was an unjustified measure.", [("Chile", "oppose")]),
    # a reaction with what caused it: "concerned by X" opposes X, "encouraged by X" backs it;
    # with no cause named, no stance
    ('Chile said it was "deeply concerned" by the new tariff.', [("Chile", "oppose")]),
    ("Chile said it was disappointed by the new tariff.", [("Chile", "oppose")]),
    ("Chile was encouraged by the fishing agreement.", [("Chile", "support")]),
    ("Chile said it was disappointed.", []),
    # a naming verb's complement: an evaluative entry among its words (a conjunct, a
    # modifier), a milder sentiment than a reported copula needs, a quoted adjective parsed
    # as a modifier; a prepositional phrase and a mild clause are no judgement
    ('Chile called the new tariff "costly and reckless."', [("Chile", "oppose")]),
    ('Chile called the new tariff "a reckless gamble with our farms."', [("Chile", "oppose")]),
    ("Chile called the new tariff childish.", [("Chile", "oppose")]),
    ('Peru called the fishing ban "dangerous and destabilising" on Monday.',
     [("Peru", "oppose")]),
    ('Chile called the new tariff "a step back from everything we agreed."', []),
    # a measure that risks or hurts something is judged by the speaker (like "harm", "erode")
    ("Chile said the new tariff risked provoking retaliation.", [("Chile", "oppose")]),
    ("Chile said the new tariff would hurt farmers.", [("Chile", "oppose")]),
    # making something a priority or a centrepiece supports it
    ("Chile has made the fishing agreement a priority.", [("Chile", "support")]),
    # "the only way/option/solution" supports what it names
    ("Chile said the new tariff was the only option.", [("Chile", "support")]),
    # legality and justification words VADER leaves unrated
    ('Chile said the new tariff was "fully consistent with WTO rules."', [("Chile", "support")]),
    ("Peru said the new tariff was unjustified.", [("Peru", "oppose")]),
    # "a case of X", "an example of X": judged as X
    ("Peru said the new tariff was a clear example of theft.", [("Peru", "oppose")]),
    ('Peru said the new tariff was "a textbook case of protectionism."', [("Peru", "oppose")]),
    # dismissive nouns VADER leaves unrated
    ("Chile said the new tariff was a sham.", [("Chile", "oppose")]),
    ("Peru called the subsidy a gimmick.", [("Peru", "oppose")]),
    # judging heads of a quoted naming VADER leaves unrated (stance_namings.tsv, stop 46)
    ('Peru called the new tariff "a legal nullity."', [("Peru", "oppose")]),
    ('Chile called the new tariff "a licence for the well connected."', [("Chile", "oppose")]),
    ('Chile called the new tariff "a takeover in slow motion."', [("Chile", "oppose")]),
    ('Peru called the new tariff "a death sentence for our fishermen."', [("Peru", "oppose")]),
    ('Chile called the new tariff "a recipe for disaster."', [("Chile", "oppose")]),
    # a negated verb over "the right to X" denies it, like "no right to X"
    ("Chile said Peru did not have the right to close the border.", [("Chile", "oppose")]),
    # a right is a claim only as what someone has; "the right to X" alone claims nothing
    ("Peru said it had every right to close the border.", [("Peru", "support")]),
    # a span of time after "for" is how long, not what ("pushed for weeks")
    ("The closure had been pushed for weeks by Peru.", []),
    ("Peru pushed for a two-year moratorium.", [("Peru", "support")]),
    ("Peru said the right to fish does not include the right to close the border.", []),
    # "no longer" negates like "not"
    ("Peru said it could no longer accept the new tariff.", [("Peru", "oppose")]),
]

HEDGE: list[Row] = [
    # "would consider X" leans to X (the development gold codes it as support)
    ("Japan would consider the tariff.", [("Japan", "support")]),
    ("Spain said it would consider sending troops.", [("Spain", "support")]),
    ("India has not taken a position on the tariff.", [("India", "neutral")]),
]

CONDITION: list[Row] = [
    ("Poland supports a ceasefire only if Russia withdraws its forces.",
     [("Poland", "conditional")]),
    ("Poland supports a ceasefire unless Russia attacks again.", [("Poland", "conditional")]),
    ("Poland would support a ceasefire if Russia withdrew its forces.",
     [("Poland", "conditional")]),
    ("Kenya would back the deal as long as the ceasefire holds.", [("Kenya", "conditional")]),
    ("Kenya would back the deal provided the ceasefire holds.", [("Kenya", "conditional")]),
    ("Poland would support a ceasefire even if Russia attacked.", [("Poland", "support")]),
    # "until" states a condition of a negated stance only; otherwise it is a time
    ("Kenya would not back the deal until the ceasefire holds.", [("Kenya", "conditional")]),
    ("Kenya said it could not vote for the grain deal until the ministry published its "
     "figures.", [("Kenya", "conditional")]),
    ("Kenya backed the grain deal until the ceasefire collapsed.", [("Kenya", "support")]),
    # a condition in a coordinated report of its own is that report's, not the stance's
    ("Kenya backed the grain deal but said the ministry would not intervene unless prices "
     "rose.", [("Kenya", "support")]),
    # a stance "in principle" is a conditional one
    ("Kenya said it did not oppose the grain deal in principle but expected to be consulted.",
     [("Kenya", "conditional")]),
]

# what a condition asks for is a stance of its own (stance_conditions.tsv, column asks)
ASKED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Chile would back the new tariff only if small farms were exempted.",
     [("Chile", "conditional", "new tariff"), ("Chile", "support", "small farms were exempted")]),
    ("Chile would block the new tariff unless the farm subsidies were removed.",
     [("Chile", "conditional", "new tariff"), ("Chile", "oppose", "farm subsidy")]),
    ("Chile would accept the new tariff only if Peru agreed to cut its farm subsidies.",
     [("Chile", "conditional", "new tariff"),
      ("Chile", "support", "Peru agreed to cut its farm subsidies")]),
    # another actor's act, a property of the proposition itself, a threat, a time: no reading
    ("Chile would accept the new tariff only if Peru withdrew its troops.",
     [("Chile", "conditional", "new tariff")]),
    ("Chile would accept a new tariff as long as it is applied equally.",
     [("Chile", "conditional", "new tariff")]),
    ("Chile would impose the new tariff unless the farm subsidies were removed.",
     [("Chile", "conditional", "new tariff")]),
    ("Chile would sign the trade pact only once the farm subsidies were removed.",
     [("Chile", "conditional", "trade pact")]),
    # a restrictive "only" on the means is a condition too
    ("Chile would seek access to the sea only through peaceful means.",
     [("Chile", "conditional", "access to the sea")]),
    ("Chile would back the trade pact only with the consent of parliament.",
     [("Chile", "conditional", "trade pact")]),
]

# calling, backing or joining a protest holds the protest's stance (protests.py)
PROTEST: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Farmers marched in Lima to protest against the new tariff. The march was organised by "
     "the Fishers Union. The Green Party backed the protest.",
     [("Farmers", "oppose", "new tariff"), ("Fishers Union", "oppose", "new tariff"),
      ("Green Party", "oppose", "new tariff")]),
    ("The Green Party backed the protest against the new tariff.",
     [("Green Party", "oppose", "new tariff")]),
    # no protest named before: nothing to share
    ("The Green Party backed the protest.", []),
]

# a counted part of a party or body is not the whole; one that crosses the aisle, breaks ranks
# or defects acts against the whole's line
SUBGROUP: list[Row] = [
    ("The Senate passed the bill. Three Republicans voted against it.", [("Senate", "support")]),
    ("The Senate passed the bill. Several Labour members abstained.", [("Senate", "support")]),
    ("The Senate passed the bill. Three of its senators voted against it.",
     [("Senate", "support")]),
    ("The Senate passed the bill. Four Democrats crossed the aisle to vote for it.",
     [("Senate", "support"), ("Democratic Party", "oppose")]),
    ("The Senate passed the bill. Four Democrats broke ranks and voted for it.",
     [("Senate", "support"), ("Democratic Party", "oppose")]),
    # the whole: a body's members counted with their possessor
    ("The European Union met. Its 27 members backed the new tariff.",
     [("European Union", "support")]),
]

# a reduced passive on the noun: the agent stands on it ("the motion, tabled by A")
REDUCED_PASSIVE: list[Row] = [
    ("The plan, proposed by Germany, was rejected by France.",
     [("Germany", "support"), ("France", "oppose")]),
    ("The sanctions imposed by the European Union hurt Georgia.",
     [("European Union", "support")]),
]

# backing a dispute over X opposes X; the dispute itself ends before "over"; a quantity is no
# modifier that tells two propositions apart ("20 percent tariffs on steel" vs "on wine")
DISPUTE: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Mexico asked the World Trade Organization to set up a dispute panel over the new steel "
     "tariffs.",
     [("Mexico", "support", "set up a dispute panel"), ("Mexico", "oppose", "new steel tariffs")]),
    ("Peru imposed 20 percent tariffs on steel. Chile opposed 10 percent tariffs on wine.",
     [("Peru", "support", "20 percent tariffs on steel"),
      ("Chile", "oppose", "10 percent tariffs on wine")]),
]

# a stance noun's possessor holds the noun's own stance on what it is about
OWNER: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Chile backed Peru's call for joint fuel purchasing.",
     [("Chile", "support", "joint fuel purchasing"), ("Peru", "support", "joint fuel purchasing")]),
    ("Chile welcomed Peru's opposition to the new tariff.",
     [("Chile", "oppose", "new tariff"), ("Peru", "oppose", "new tariff")]),
    ("Chile rejected the call for joint fuel purchasing.",
     [("Chile", "oppose", "joint fuel purchasing")]),
]

# an object "it" after a clause of its own sentence names that clause's subject
IT_NAMED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Peru said the fishing quota had served the region well and urged Chile to preserve it.",
     [("Peru", "support", "fishing quota")]),
    ("Peru said the fishing quota had served the region well and urged Chile to lift it.",
     [("Peru", "oppose", "fishing quota")]),
    # ... or the object of an opening "Asked about X" clause, before an earlier sentence's
    ("Chile proposed a fishing quota. Asked about the new tariff, Peru said it rejected it.",
     [("Chile", "support", "fishing quota"), ("Peru", "oppose", "new tariff")]),
    ("Chile signed the fishing agreement. Peru rejected it.",
     [("Chile", "support", "fishing agreement"), ("Peru", "oppose", "fishing agreement")]),
]

REVERSAL: list[Row] = [
    # "stop V-ing X" undoes V-ing X: a call to stop it opposes it
    ("Peru asked Interpol to keep the warrant in force. Chile urged other governments to "
     "stop honouring the warrant.", [("Peru", "support"), ("Chile", "oppose")]),
    ("Austria opposed postponing the talks.", [("Austria", "support")]),
    # a weakening of X cuts X back: refusing it keeps X
    ("Norway would not accept any weakening of the fishing quota.", [("Norway", "support")]),
    ("Norway called for a weakening of the fishing quota.", [("Norway", "oppose")]),
    ("Chile urged the government to strip out the investment chapter.", [("Chile", "oppose")]),
    # closing a thing is a course against it: praising the thing opposes closing it
    ("Norway wants to close the fishing zone. Sweden said the fishing zone was vital.",
     [("Norway", "support"), ("Sweden", "oppose")]),
    # a rejected inquiry into X backs no X: the stance is against the inquiry
    ("Mali rejected a call for a joint investigation into the shooting.", [("Mali", "oppose")]),
    ("Mexico opposed delaying the talks.", [("Mexico", "support")]),
    ("Canada opposed zero enrichment.", [("Canada", "support")]),
    ("Britain opposed lifting sanctions.", [("United Kingdom", "oppose")]),
    ("France wants to lift the sanctions. Germany wants to keep the sanctions.",
     [("France", "support"), ("Germany", "oppose")]),
    ("France called for lifting the sanctions. Germany wants to keep the sanctions.",
     [("France", "support"), ("Germany", "oppose")]),
    # withdrawing a measure reverses it; so does an announced withdrawal
    ("Mexico opposed withdrawing the decree.", [("Mexico", "support")]),
    ("Peru backed the decree. Chile said it would not withdraw the decree.",
     [("Peru", "support"), ("Chile", "support")]),
    ("Peru backed the decree. Chile said it would withdraw the decree.",
     [("Peru", "support"), ("Chile", "oppose")]),
    # undoing a decision reverses it when supported too; suspending one is a measure of its own
    ("Peru backed the military drills. Chile urged Peru to scale back the drills.",
     [("Peru", "support"), ("Chile", "oppose")]),
    ("Peru backed the pension increase. Chile welcomed the decision to scrap the increase.",
     [("Peru", "support"), ("Chile", "oppose")]),
    ("Peru defended the new tariff. Chile called on Peru to repeal the tariff.",
     [("Peru", "support"), ("Chile", "oppose")]),
    ("Mexico opposed cancelling the summit.", [("Mexico", "support")]),
    ("Chile asked Congress to suspend arms transfers to Peru.", [("Chile", "support")]),
    # ... but suspending or halting what the text already speaks of (a definite object) undoes it
    ("Peru defended the river dredging. Chile asked Peru to suspend the dredging.",
     [("Peru", "support"), ("Chile", "oppose")]),
    ("Peru defended the river dredging. Chile said the dredging harmed fisheries and urged "
     "Peru to halt it.", [("Peru", "support"), ("Chile", "oppose")]),
    # asking that a thing in place be reviewed or debated contests it
    ("Peru defended the fishing licence. Chile called on the council to review the licence.",
     [("Peru", "support"), ("Chile", "oppose")]),
    # opposing what lacks X supports X
    ("Peru backed deeper cuts in foreign aid. Chile would oppose any final version that did "
     "not include deeper cuts in foreign aid.", [("Peru", "support"), ("Chile", "support")]),
    # asking another to reject X opposes X
    ("Peru backed the new tariff. Chile urged Congress to reject the new tariff.",
     [("Peru", "support"), ("Chile", "oppose")]),
    # preventing X (PETRARCH2's averting, foiling and hindering verbs) undoes X
    ("Peru backed the fishing quota. Chile urged the council to block the fishing quota.",
     [("Peru", "support"), ("Chile", "oppose")]),
    ("Peru backed the fishing quota. Chile wanted the council to avoid a fishing quota.",
     [("Peru", "support"), ("Chile", "oppose")]),
    ("Peru backed the fishing quota. Chile criticised the attempt to thwart the fishing quota.",
     [("Peru", "support"), ("Chile", "support")]),
    # ... also as the purpose of an act, or an act coordinated with one of no object
    ("Peru backed the fishing quota. Chile said it would use its votes in the council to "
     "block the fishing quota.", [("Peru", "support"), ("Chile", "oppose")]),
    ("Peru backed the fishing quota. Chile demanded that the council go further and scrap "
     "the fishing quota.", [("Peru", "support"), ("Chile", "oppose")]),
    # a demanded "that" clause: an undoing reverses, a negation flips
    ("Peru backed the fishing quota. Chile demanded that the council scrap the fishing quota.",
     [("Peru", "support"), ("Chile", "oppose")]),
    ("Peru backed the fishing quota. Chile demanded that the council not scrap the fishing "
     "quota.", [("Peru", "support"), ("Chile", "support")]),
    ("Peru backed raising the fishing quota. Chile demanded that the council not raise the "
     "fishing quota.", [("Peru", "support"), ("Chile", "oppose")]),
]

AGREEMENT: list[Row] = [
    ("Germany proposed a ceasefire. France backed Germany.",
     [("Germany", "support"), ("France", "support")]),
    ("Germany proposed a ceasefire. France echoed Germany.",
     [("Germany", "support"), ("France", "support")]),
    ("Germany proposed a ceasefire. France sided with Germany.",
     [("Germany", "support"), ("France", "support")]),
    ("Germany proposed a ceasefire. France stood with Germany.",
     [("Germany", "support"), ("France", "support")]),
    ("Germany proposed a ceasefire. France said it stands with Germany.",
     [("Germany", "support"), ("France", "support")]),
    ("Germany proposed a ceasefire. France contradicted Germany.",
     [("Germany", "support"), ("France", "oppose")]),
    ("Germany proposed a ceasefire. France did not back Germany.",
     [("Germany", "support"), ("France", "oppose")]),
    # "A voted for X, joined by B"; a majority of a body stands for the body
    ("France and Spain voted for the new tariff, joined by a majority of the European People's "
     "Party.", [("European People's Party", "support"), ("France", "support"),
                ("Spain", "support")]),
    ("A majority of the European People's Party voted for the new tariff.",
     [("European People's Party", "support")]),
]

ACCUSATION: list[Row] = [
    ("Spain accused Italy of blocking the tariff.", [("Italy", "oppose"), ("Spain", "support")]),
    # a finite verb the parse hangs on the accused gerund is the accuser's own clause
    ("Spain accused Italy of sacrificing its farmers and called on Portugal to reopen the "
     "fishing talks.", [("Spain", "support")]),
    # a charge with no stance expression opposes what the accused stands for ...
    ('Canada imposed a new levy on imported steel. Brazil accused Canada of "naked '
     'protectionism."', [("Canada", "support"), ("Brazil", "oppose")]),
    # ... but not what the accuser backs too, nor talks the accused offers
    ("Chile and Peru agreed to set up a joint fisheries commission. Chile accused Peru of "
     "overfishing in the south.", [("Chile", "support"), ("Peru", "support")]),
    ("Peru said it was ready to return to the border talks. Chile accused Peru of stalling.",
     [("Peru", "support")]),
    # reporting another person's position is a view of that person, not of the position
    ("Senator Ellen Marsh said Senator Tom Reyes favors the new tariff.",
     [("Tom Reyes", "support")]),
    ('"Senator Reyes wants to hand the keys to the lobbyists," Senator Ellen Marsh said.',
     [("Reyes", "support")]),
    # an unnamed group reporting others' position holds none of its own
    ("Diplomats said several capitals, including Warsaw and Rome, were pushing for a longer "
     "transition.", [("Poland", "support"), ("Italy", "support")]),
    # an unresolved "they" acting on the speaker's side ("us") is another side, not the speaker
    ('"They are asking us to accept the new tariff," Chilean farm leader Ana Soto told the '
     'crowd.', []),
    ('"We are asking them to drop the new tariff," Chilean farm leader Ana Soto told the crowd.',
     [("Ana Soto", "support")]),
    # a generic subject is no one's stance; a naming of "what" names no proposition
    ('"Those who beat peaceful demonstrators cannot expect to travel freely in Europe," the '
     'foreign minister, Ana Berg, told reporters.', []),
    ("Finland protested over what it called the harassment of its ships.", []),
    ('"Whichever side loses in the appeals court will almost certainly seek review," said Ana '
     'Ruiz, a law professor.', []),
    # how hard an act is says no stance on it
    ("Peru warned that the reform would make it harder to pass the new tariff.", []),
    # "X in exchange for the removal of Y": against Y as well
    ("Chile has lobbied for the government to drop the steel tariffs in exchange for the "
     "removal of the copper duties.", [("Chile", "oppose"), ("Chile", "oppose")]),
    # the narrator's "X can block Y" says what X may do; a speaker's "it can accept X" is a stance
    ("Under the treaty, Chile can block the new tariff.", []),
    ("Chile said it can accept the new tariff.", [("Chile", "support")]),
    # who led the lawsuit or brought the case opposes what the court ruled on
    ("The Supreme Court blocked the new tariff on Monday. Senator Tom Vidal, who led the "
     "lawsuit, spoke to reporters.", [("Tom Vidal", "oppose")]),
    # a court's ruling is no stance of the court (ruling_sectors in stance_words.tsv)
    ("The Supreme Court blocked the new tariff on Monday.", []),
    # a named person's plan that another only discusses is the plan's owner's
    ("Speaking in Lima, Governor Ana Ruiz singled out Senator Tom Vidal's plan to cut the fuel "
     "tax.", [("Tom Vidal", "support")]),
    # the wrong stances issue #13 saw on real news, in sentences of our own of the same shape
    ("The IMF did not single out the president's proposals for criticism in its report.", []),
    ('"Not going to go into that," the spokesman said when asked to describe the device.', []),
    ("Senator Ellen Marsh says Governor Tom Reyes is lying about his support for the trade "
     "deal.", [("Tom Reyes", "support")]),
    ('The group said women deserve better. "Thanks, mama," she wrote on its website. "I '
     'know," he said.', []),
    # a state's position in its official's words stays the official's too
    ("Foreign Minister Anna Berg said Norway would back the new tariff.",
     [("Norway", "support"), ("Anna Berg", "support")]),
    # a state's spokesperson opening the next sentence of the paragraph shares its stance
    ("Russia condemned the new tariff. Foreign ministry spokesperson Anna Petrova said the West "
     "was interfering in trade.", [("Russia", "oppose"), ("Anna Petrova", "oppose")]),
    ("Russia condemned the new tariff.\nForeign ministry spokesperson Anna Petrova said the "
     "West was interfering in trade.", [("Russia", "oppose")]),
    # "its spokesperson" after a party is the party's, not the state's official: she holds
    # the party's position (resolve.bodies), not Germany's
    ("Germany backed the Olympic bid on Monday. The Left party opposed the bid. Its "
     "spokesperson, Mara Kilic, said the money was needed for schools.",
     [("Germany", "support"), ("Left party", "oppose"), ("Mara Kilic", "oppose")]),
]

# "her party would ...", "the party would ...": the speaker, and the body the speaker's title
# names (or the possessor of the title); an unnamed plural ("the unions") is neither
OWN_BODY: list[Row] = [
    ("The Farmers Party (FP) met on Monday. FP chairman Ivan Horvat said his party would "
     "oppose the new tariff.", [("Farmers Party", "oppose"), ("Ivan Horvat", "oppose")]),
    ("The Farmers Party met on Monday. Its chairman, Ivan Horvat, said the party could no "
     "longer back the new tariff.", [("Farmers Party", "oppose"), ("Ivan Horvat", "oppose")]),
    ("Ivan Horvat said the party would oppose the new tariff.", [("Ivan Horvat", "oppose")]),
    # "Their leader, X" after the organisation that opened the sentence before
    ("The Greens are divided. Their leader, Ivan Horvat, said the party would oppose the new "
     "tariff.", [("Greens", "oppose"), ("Ivan Horvat", "oppose")]),
    # "The group" with no speaker: the organisation a sentence before (past its speaker's)
    ('The Farmers Union met on Monday. "We cannot wait," union president Ivan Horvat said. '
     "The group has lobbied for the government to drop the new tariff.",
     [("Farmers Union", "oppose")]),
    # "the Vox party" is the organisation its compound names
    ("Vox held a rally on Monday. The far-right Vox party opposed the new tariff.",
     [("Vox", "oppose")]),
    # a coordinated reporting verb with no subject of its own holds for the statement's
    # speaker, not for the subject of the reported clause it is parsed under
    ("Peru demanded an apology from President Lopez. The Radical Party said the president "
     "had harmed the country, and urged him to apologise.",
     [("Peru", "support"), ("Radical Party", "support")]),
]

NESTED_REPORT: list[Row] = [
    # a report inside a statement ("X said Y had signalled that ...") is Y's position
    ("Analysts said Chile and Peru had signalled they would oppose the new tariff.",
     [("Chile", "oppose"), ("Peru", "oppose")]),
    # ... and the speaker's too when Y is the speaker's own state
    ("Chilean Foreign Minister Ana Ruiz said Santiago still believed the new tariff was "
     "a mistake.", [("Ana Ruiz", "oppose"), ("Chile", "oppose")]),
]

MULTIWORD: list[Row] = [
    ("Russia called the deployment a red line.", [("Russia", "oppose")]),
    ("Russia called the deployment a clear red line.", [("Russia", "oppose")]),
    ("Sweden said the deal was the way forward.", [("Sweden", "support")]),
]

# A bare definite description ("the deal") is the proposition of the nearest earlier mention of
# its class (stance_descriptions.tsv): (holder, polarity, the proposition's label).
Labelled = tuple[str, list[tuple[str, str, str]]]
FISHING = "agreement on river fishing"
GRAIN = "agreement on grain exports"
DAM = "plan to build a dam on the Orange River"
LAW = "law banning foreign agents"
DARFUR = "draft resolution demanding a ceasefire in Darfur"
CEASEFIRE = "ceasefire agreement with Sudan"
QUOTAS = "Danish proposal to cap fishing quotas"
ENVOYS = "Denmark and Iceland sent envoys."
DESCRIPTION: list[Labelled] = [
    ("Chad and Niger signed an agreement on river fishing. Mali rejected the deal.",
     [("Chad", "support", FISHING), ("Niger", "support", FISHING), ("Mali", "oppose", FISHING)]),
    ("Germany backed an agreement on grain exports. Poland rejected the arrangement.",
     [("Germany", "support", GRAIN), ("Poland", "oppose", GRAIN)]),
    ("Chad and Niger agreed a border pact last year. Mali said this arrangement was illegal. "
     "Benin backed the accord.",
     [("Mali", "oppose", "border pact"), ("Benin", "support", "border pact")]),
    ("Lesotho tabled a plan to build a dam on the Orange River. Namibia opposed the initiative.",
     [("Lesotho", "support", DAM), ("Namibia", "oppose", DAM)]),
    ("Parliament passed a law banning foreign agents. The European Union criticised the "
     "measure.", [("Parliament", "support", LAW), ("European Union", "oppose", LAW)]),
    ("Peru circulated a draft resolution demanding a ceasefire in Darfur. Russia opposed the "
     "text.", [("Russia", "oppose", DARFUR)]),
    ("Chad and Niger signed an agreement on river fishing. Mali rejected the proposed deal.",
     [("Chad", "support", FISHING), ("Niger", "support", FISHING), ("Mali", "oppose", FISHING)]),
    # a plural description names no singular mention: "the measures" are no "law on X"
    ("Parliament passed a law banning foreign agents. Hungary opposed the measures.",
     [("Parliament", "support", LAW), ("Hungary", "oppose", "measures")]),
    # a bare "the vote" is what was voted on
    ("Parliament voted for a law banning foreign agents. The European Union welcomed the vote.",
     [("Parliament", "support", LAW), ("European Union", "support", LAW)]),
    # "voted to X": the voter backs the act its vote carries; an undoing reads its own rule;
    # "voted against en bloc" votes on what was voted on, not on a bloc
    ("Parliament voted on Thursday to ban foreign agents. The Greens voted against it.",
     [("Parliament", "support", "ban foreign agents"), ("Greens", "oppose", "ban foreign agents")]),
    ("Parliament passed a law banning foreign agents. The Greens vowed to vote to repeal the law.",
     [("Parliament", "support", LAW), ("Greens", "oppose", LAW)]),
    ("Parliament passed a law banning foreign agents. The Greens voted against en bloc.",
     [("Parliament", "support", LAW), ("Greens", "oppose", LAW)]),
    # a body's decision on a text is what its members' votes are on, even when a later
    # phrase of the same sentence is a stance of its own
    ("Parliament rejected a law banning foreign agents, ending a long effort to curb foreign "
     "funding. The Greens voted in favour.",
     [("Parliament", "oppose", LAW), ("Parliament", "oppose", "foreign funding"),
      ("Greens", "support", LAW)]),
    # welcoming or regretting a vote that rejected a text: against or for the text
    ("Parliament rejected a law banning foreign agents. The European Union welcomed the vote.",
     [("Parliament", "oppose", LAW), ("European Union", "oppose", LAW)]),
    ("Parliament rejected a law banning foreign agents. The European Union regretted the vote.",
     [("Parliament", "oppose", LAW), ("European Union", "support", LAW)]),
    # "the outcome" / "the result" of a told vote is what was voted on, as "the vote" is;
    # with no vote or decision told before it, it is no vote ("disagreed with the outcome")
    ("Parliament rejected a law banning foreign agents. The European Union regretted the "
     "outcome.", [("Parliament", "oppose", LAW), ("European Union", "support", LAW)]),
    ("Parliament passed a law banning foreign agents. The European Union welcomed the result.",
     [("Parliament", "support", LAW), ("European Union", "support", LAW)]),
    ("The court struck down a law banning foreign agents. Chile disagreed with the outcome.",
     [("Chile", "oppose", "outcome")]),
    # voting "present" is neither for nor against what is voted on
    ("Parliament voted for a law banning foreign agents. Senator Ana Ruiz voted present.",
     [("Parliament", "support", LAW), ("Ana Ruiz", "neutral", LAW)]),
    # campaigning for a yes or no vote: for or against what is voted on; against or for X
    ("Chile backed the Olympic bid. The Left party is campaigning for a no vote.",
     [("Chile", "support", "Olympic bid"), ("Left party", "oppose", "Olympic bid")]),
    ("Chile backed the Olympic bid. The Left party is campaigning for a yes vote.",
     [("Chile", "support", "Olympic bid"), ("Left party", "support", "Olympic bid")]),
    ("Chile campaigned against the new tariff.", [("Chile", "oppose", "new tariff")]),
    ("Chile has lobbied for lower tariffs.", [("Chile", "support", "lower tariffs")]),
    # a campaign, petition or signatures for or against X
    ("Chile launched a campaign against the new tariff.", [("Chile", "oppose", "new tariff")]),
    ("Chile collected 80,000 signatures for the fishing agreement.",
     [("Chile", "support", "fishing agreement")]),
    # a vote on a bare "the resolution" with nothing voted on before
    ("Peru circulated a draft resolution demanding a ceasefire in Darfur. Chile voted for the "
     "resolution. Russia vetoed the text.",
     [("Chile", "support", DARFUR), ("Russia", "oppose", DARFUR)]),
    # the proposer's demonym is no content of its own; another proposer's is another one
    (f"{ENVOYS} Norway rejected a Danish proposal to cap fishing quotas. Finland welcomed "
     "the Danish initiative.",
     [("Norway", "oppose", QUOTAS), ("Denmark", "support", QUOTAS),
      ("Finland", "support", QUOTAS)]),
    (f"{ENVOYS} Norway rejected a Danish proposal to cap fishing quotas. Finland welcomed "
     "the Icelandic initiative.",
     [("Norway", "oppose", QUOTAS), ("Denmark", "support", QUOTAS),
      ("Finland", "support", "Icelandic initiative"),
      ("Iceland", "support", "Icelandic initiative")]),
    # another class: not the agreement
    ("Kenya signed a ceasefire agreement with Sudan. Uganda opposed the measure.",
     [("Kenya", "support", CEASEFIRE), ("Uganda", "oppose", "measure")]),
    ("Parliament debated a bill on fishing quotas. Kenya signed a ceasefire agreement with "
     "Sudan. Uganda opposed the bill.",
     [("Kenya", "support", CEASEFIRE), ("Uganda", "oppose", "bill on fishing quotas")]),
    # nothing earlier: as without the rule
    ("Uganda opposed the measure.", [("Uganda", "oppose", "measure")]),
    # "it" right after such a mention was the subject or object of the sentence before
    ("Fiji backed more talks. The fishing agreement was signed last month. Tonga rejected it.",
     [("Fiji", "support", "more talks"), ("Tonga", "oppose", "fishing agreement")]),
    ("Fiji backed more talks. The fishing agreement was signed last month. Tonga warned "
     "against it.", [("Fiji", "support", "more talks"), ("Tonga", "oppose", "fishing agreement")]),
    ("Fiji backed more talks. The harvest was poor. Tonga rejected it.",
     [("Fiji", "support", "more talks"), ("Tonga", "oppose", "more talks")]),
]


# an official of a state speaks in the state's capacity (capacity in resolve.py): where the state
# already shares two positions with its minister, the minister's position on what a third actor
# also addresses is the state's too; not with one shared position, not on what no one else takes
# up, and not for an office that is no state office (an opposition leader)
_CAPACITY = ("Norway backed the fishing quota and opposed the drilling ban. {who} Ida Berg said "
             "she supported the fishing quota and rejected the drilling ban. Berg also welcomed "
             "the new treaty.")
_TWO = [("Norway", "support", "fishing quota"), ("Norway", "oppose", "drilling ban"),
        ("Ida Berg", "support", "fishing quota"), ("Ida Berg", "oppose", "drilling ban"),
        ("Ida Berg", "support", "new treaty")]
CAPACITY: list[tuple[str, list[tuple[str, str, str]]]] = [
    (_CAPACITY.format(who="Norwegian Foreign Minister") + " Sweden opposed the new treaty.",
     [*_TWO, ("Sweden", "oppose", "new treaty"), ("Norway", "support", "new treaty")]),
    (_CAPACITY.format(who="Norwegian Foreign Minister"), _TWO),
    (_CAPACITY.format(who="Norwegian opposition leader") + " Sweden opposed the new treaty.",
     [*_TWO, ("Sweden", "oppose", "new treaty")]),
    ("Norway backed the fishing quota. Norwegian Foreign Minister Ida Berg said she supported "
     "the fishing quota. Berg also welcomed the new treaty. Sweden opposed the new treaty.",
     [("Norway", "support", "fishing quota"), ("Ida Berg", "support", "fishing quota"),
      ("Ida Berg", "support", "new treaty"), ("Sweden", "oppose", "new treaty")]),
]


def labelled(engine, text: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return [(names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances]


def ids(rows: list[Row]) -> list[str]:
    return [text for text, _ in rows]


@pytest.mark.parametrize(("text", "want"), NEGATION, ids=ids(NEGATION))
def test_negation_flips(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want


@pytest.mark.parametrize(("text", "want"), HEDGE, ids=ids(HEDGE))
def test_hedge_is_neutral(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want


@pytest.mark.parametrize(("text", "want"), CONDITION, ids=ids(CONDITION))
def test_condition_is_conditional(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want


@pytest.mark.parametrize(("text", "want"), ASKED, ids=[t for t, _ in ASKED])
def test_condition_asks(engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert sorted(labelled(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), PROTEST, ids=[t for t, _ in PROTEST])
def test_joining_a_protest(engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert sorted(labelled(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), SUBGROUP, ids=ids(SUBGROUP))
def test_counted_part_is_not_the_whole(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert sorted(stances(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), REDUCED_PASSIVE, ids=ids(REDUCED_PASSIVE))
def test_reduced_passive_agent(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert sorted(stances(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), DISPUTE, ids=[t for t, _ in DISPUTE])
def test_dispute_over_x_opposes_x(engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert sorted(labelled(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), OWNER, ids=[t for t, _ in OWNER])
def test_a_stance_nouns_possessor_holds_its_stance(engine, text: str,
                                                    want: list[tuple[str, str, str]]) -> None:
    assert sorted(labelled(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), IT_NAMED, ids=[t for t, _ in IT_NAMED])
def test_it_names_a_subject_of_its_own_sentence(engine, text: str,
                                                want: list[tuple[str, str, str]]) -> None:
    assert sorted(labelled(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), REVERSAL, ids=ids(REVERSAL))
def test_reversal(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want
    assert propositions(engine, text) == 1


@pytest.mark.parametrize(("text", "want"), AGREEMENT, ids=ids(AGREEMENT))
def test_agreement(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want
    assert propositions(engine, text) == 1


@pytest.mark.parametrize(("text", "want"), ACCUSATION, ids=ids(ACCUSATION))
def test_accusation(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want


CABLE = "charged two engineers with sabotaging the Baltic cable"
GRID = "blamed Russia for a cyberattack on its power grid"
SAILORS = "Two Chilean sailors were charged with smuggling fuel into Peru"
ACCUSED = "accused Russia of an attack on its power grid"
CLAIMS: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a charge states a claim: the charged act is a proposition the accuser supports
    ("Norway charged two engineers with sabotaging the Baltic cable.",
     [("Norway", "support", CABLE)]),
    # the accusation named afterwards: rejecting it, calling it absurd, opposes the claim
    ("Norway charged two engineers with sabotaging the Baltic cable. Russia rejected the "
     "accusations as a provocation.",
     [("Norway", "support", CABLE), ("Russia", "oppose", CABLE)]),
    ('Estonia blamed Russia for a cyberattack on its power grid. Russia rejected the '
     'accusation.', [("Estonia", "support", GRID),
                     ("Russia", "oppose", GRID)]),
    ("Two activists were charged with sabotaging the Baltic cable. Sweden said the charges "
     "were absurd.",
     [("Sweden", "oppose", "Two activists were charged with sabotaging the Baltic cable")]),
    # "the Peruvian account": the claim as the state its demonym names tells it
    ("Two Chilean sailors were charged with smuggling fuel into Peru. Chile disputed the "
     "Peruvian account.", [("Chile", "oppose", SAILORS), ("Peru", "support", SAILORS)]),
    ("Estonia accused Russia of an attack on its power grid. Russia rejected the "
     "accusation.", [("Estonia", "support", ACCUSED),
                                      ("Russia", "oppose", ACCUSED)]),
    # a claim stated with the accusation
    ("Myanmar rejected allegations that its army had shelled the convoy.",
     [("Myanmar", "oppose", "allegations that its army had shelled the convoy")]),
    # a body charged with a task is given it, not accused of it
    ("The African Union was charged with monitoring the truce. Sudan rejected the "
     "accusation.", []),
    # blame for a failure, not an act: no claim; an accusation with no claim before it is
    # an answer to the accuser, no stance
    ("Estonia blamed Russia for the collapse of the talks. Russia rejected the accusation.",
     []),
    # a reduced clause describes the accused, it states no charge of the story's own
    ("Sweden said ten activists, most of them charged with trespassing, were in jail.", []),
]


@pytest.mark.parametrize(("text", "want"), CLAIMS, ids=[t for t, _ in CLAIMS])
def test_claim(engine, text: str, want: list[tuple[str, str, str]]) -> None:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    assert [(names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances] == want


@pytest.mark.parametrize(("text", "want"), NESTED_REPORT, ids=ids(NESTED_REPORT))
def test_nested_report(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert sorted(stances(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), OWN_BODY, ids=ids(OWN_BODY))
def test_own_body_is_the_speakers(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert sorted(stances(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), MULTIWORD, ids=ids(MULTIWORD))
def test_multiword_evaluative(engine, text: str, want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want


@pytest.mark.parametrize(("text", "want"), DESCRIPTION, ids=[t for t, _ in DESCRIPTION])
def test_definite_description(engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


def test_a_description_is_a_further_mention(engine) -> None:
    doc = engine.analyze(Article(id="t", text=DESCRIPTION[1][0]))
    (prop,) = doc.propositions
    # "agreement": the name inside the phrase (propositions.names)
    assert [m.text for m in prop.mentions] == ["agreement", GRAIN, "arrangement"]


@pytest.mark.parametrize("text, want", [
    ("The United States issued a statement welcoming the new tariff.",
     [("United States", "support")]),
    ("Britain released a statement criticising the new tariff.", [("United Kingdom", "oppose")]),
])
def test_a_statement_its_issuer_released_holds_the_issuers_stance(engine, text, want) -> None:
    assert stances(engine, text) == want


def test_a_hyphenated_word_split_by_the_parse_stays_whole(engine) -> None:
    doc = engine.analyze(Article(id="t", text="Hollerer defended the U-turn as the price of "
                                               "keeping the government together."))
    assert [p.label for p in doc.propositions] == ["U-turn"]


def test_a_called_for_clause_keeps_its_complements(engine) -> None:
    """"called for the dispute to be settled through talks": the proposition is the whole
    clause, not one cut at its verb."""
    text = "Hungary called for the dispute to be settled through talks."
    assert labelled(engine, text) == [
        ("Hungary", "support", "dispute to be settled through talks")]


@pytest.mark.parametrize(("text", "want"), CAPACITY, ids=[t for t, _ in CAPACITY])
def test_official_speaks_in_the_states_capacity(engine, text: str,
                                                 want: list[tuple[str, str, str]]) -> None:
    assert sorted(labelled(engine, text)) == sorted(want)


@pytest.mark.parametrize(("text", "want"), [
    ("Senator Ada Whitfield criticized the governor's expensive congestion charge, which "
     "took effect in May.", {"expensive congestion charge", "congestion charge"}),
    ("Senator Ada Whitfield defended the tax credit and the new bike lanes.",
     {"tax credit", "new bike lanes", "bike lanes"}),
])
def test_a_named_thing_is_a_mention(engine, text: str, want: set[str]) -> None:
    """Who is for or against "the congestion charge": a stance on a noun phrase has the
    thing's name (without owner, article, clauses or conjuncts) among its mentions; two
    determined conjuncts ("the tax credit and the new bike lanes") are two propositions
    (stop 29, issue #13), each with its own name."""
    doc = engine.analyze(Article(id="t", text=text))
    mentions = {m.text for prop in doc.propositions for m in prop.mentions}
    assert want <= mentions
    assert not any("which" in m for m in mentions if m in want)


@pytest.mark.parametrize(("text", "holder", "name", "mention"), [
    ("Mayor Anna Berg said she favoured a public inquiry to settle the matter.",
     "Anna Berg", "public inquiry", "public inquiry to settle the matter"),
    ("The farmers' union would push for the drought years to count toward a pension.",
     "union", "drought year", "drought years to count toward a pension"),
])
def test_an_infinitive_after_the_object_is_part_of_it(engine, text: str, holder: str,
                                                      name: str, mention: str) -> None:
    """"favoured a joint statement to close the matter": the parse hangs the infinitive on the
    stance verb, but it says what the thing is for, so the proposition's mention runs through
    it; the label stays the thing's name."""
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    props = {p.id: p for p in doc.propositions}
    (st,) = [s for s in doc.stances if holder in names[s.actor]]
    prop = props[st.proposition]
    assert st.polarity == "support"
    assert prop.label.startswith(name) and "to " not in prop.label, prop.label
    assert mention in {m.text for m in prop.mentions}


def test_an_infinitive_that_undoes_is_not_part_of_the_object(engine) -> None:
    """"introduced a resolution to block the sale": what the resolution undoes is a
    proposition of its own, not part of the resolution's phrase."""
    got = labelled(engine, "Two senators introduced a resolution to block the sale.")
    assert not any("block" in label and "resolution" in label for _, _, label in got), got


def test_a_similar_thing_is_a_proposition_of_its_own(engine) -> None:
    """"called for other trade agreements with Peru": an ``alternatives`` word ("other",
    "similar", "separate") says it is another agreement than the one named before, not a
    further mention of it."""
    doc = engine.analyze(Article(id="t", text=(
        "Germany supported the trade agreement with Chile. France called for other trade "
        "agreements with Peru and Bolivia.")))
    names = {a.id: a.name for a in doc.actors}
    props = {names[s.actor]: s.proposition for s in doc.stances}
    assert props["Germany"] != props["France"]


@pytest.mark.parametrize("text", [
    "The senator said the family was grateful for the help.",
    "A diplomat said twenty governments were ready to approve the text.",
    "The minister said the villagers were happy and safe.",
])
def test_people_noun_subject_is_no_proposition(engine, text: str) -> None:
    """"the family was grateful", "governments were ready": a common noun for people
    (source_nouns.tsv, the PETRARCH2 agents) as a predicate's subject says how they are; it
    is no proposition the speaker judges."""
    doc = engine.analyze(Article(id="t", text=text))
    labels = {p.id: p.label for p in doc.propositions}
    got = [labels[s.proposition] for s in doc.stances]
    assert not any(w in label for label in got
                   for w in ("family", "governments", "villagers")), got


def test_a_thing_subject_is_still_judged(engine) -> None:
    """The same predicate on a measure stays the speaker's judgement."""
    assert stances(engine, "Turkey said the tariff was vital.") == [("Turkey", "support")]


def test_a_person_noun_object_is_no_proposition(engine) -> None:
    """"declined to endorse either candidate": a common noun for a person as what a stance
    verb takes names who, not what; no proposition "candidate"."""
    doc = engine.analyze(Article(id="t", text=(
        "The Teachers' Federation said it would not endorse either candidate.")))
    assert not any("candidate" in p.label for p in doc.propositions), doc.propositions


@pytest.mark.parametrize(("text", "want"), [
    # a past stance dated by "in" and a year is history, not the actor's stance now
    ("Norway voted for a carbon tax in 2009.", []),
    ("Norway stopped applying the fishing accord in 2019.", []),
    ("Norway voted for a carbon tax.", [("Norway", "support")]),
    # judged now, or held since then: a stance
    ("Norway said the quotas imposed in 2019 were unacceptable.", [("Norway", "oppose")]),
])
def test_dated_past_stance_is_background(engine, text: str, want) -> None:
    assert stances(engine, text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a requested manner of acting is no proposition: only a named act counts
    ("Norway urged the protesters to stay calm.", []),
    ("Norway urged both sides to keep the border stable.", []),
    ("Norway urged the parties to put stability first.", []),
    ("Norway urged the parties to approve the budget.", [("Norway", "support")]),
])
def test_requested_conduct_is_no_proposition(engine, text: str, want) -> None:
    assert stances(engine, text) == want


_QUOTA = "Sweden and Finland backed the new fishing quota, and Denmark welcomed it. "


@pytest.mark.parametrize(("text", "holder", "want"), [
    # the ministry's spokesman speaks for the state: the state takes his position ...
    ("Norway hosted the talks on Monday. " + _QUOTA + "Norwegian Foreign Ministry spokesman "
     "Lars Dahl rejected the fishing quota.", "Norway", "oppose"),
    # ... and he takes the state's
    ("Norway rejected the new fishing quota. " + _QUOTA + "Norwegian Foreign Ministry "
     "spokesman Lars Dahl spoke to reporters on Tuesday.", "Lars Dahl", "oppose"),
    # a party's spokesman speaks for the party, not the state
    ("Norway hosted the talks on Monday. " + _QUOTA + "Norwegian Labour Party spokesman "
     "Lars Dahl rejected the fishing quota.", "Norway", None),
    # a proposition only one other actor takes up is the spokesman's own remark
    ("Norway hosted the talks on Monday. Sweden backed the new fishing quota. Norwegian "
     "Foreign Ministry spokesman Lars Dahl rejected the fishing quota.", "Norway", None),
])
def test_a_government_spokesperson_speaks_for_the_state(engine, text: str, holder: str,
                                                        want: str | None) -> None:
    """"Foreign Ministry spokesman X": a government body's spokesperson and the state share
    positions both ways on what several other actors address (resolve.state_voices)."""
    got = [pol for who, pol, label in labelled(engine, text)
           if who == holder and "fishing quota" in label]
    assert got == ([want] if want else [])


# backing sanctions on the doers of an act opposes the act; the sanctions stay a
# proposition of their own, on the people (punished.py)
PUNISHED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Norway said it would push for sanctions against the generals who ordered the crackdown.",
     [("Norway", "support", "sanctions against the generals"),
      ("Norway", "oppose", "crackdown")]),
    ("Canada called for visa restrictions on officials involved in the deportations.",
     [("Canada", "support", "visa restrictions on officials"),
      ("Canada", "oppose", "deportations")]),
    ("Chile backed penalties for officials responsible for the blockade.",
     [("Chile", "support", "penalties for officials responsible for the blockade")]),
    ("Canada called for sanctions on Russia.", [("Canada", "support", "sanctions on Russia")]),
]


@pytest.mark.parametrize(("text", "want"), PUNISHED, ids=[t for t, _ in PUNISHED])
def test_sanctions_on_the_doers_oppose_the_act(engine, text: str,
                                               want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# an actor's or a place's bare name after a stance word names who or where, no proposition;
# a name that is neither ("Brexit") stays one (record._named_who)
NAMED_WHO: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Two unions are campaigning for Maria Delgado, the Labour candidate.", []),
    ("Canada said it remained committed to NATO.", []),
    ("Senator Joe Brandt said he applauds Oregon for standing firm.", []),
    # a bare definite state noun is a state, no proposition
    ("The Serb leader Milan Kostic said the entity was prepared to go it alone.", []),
    ("Chile's foreign minister said her country stays a faithful ally.", []),
    ("The Liberal Democrats opposed Brexit.",
     [("Liberal Democrats", "oppose", "Brexit")]),
    ("Canada said it remained committed to the NATO spending pledge.",
     [("Canada", "support", "NATO spending pledge")]),
]


@pytest.mark.parametrize(("text", "want"), NAMED_WHO, ids=[t for t, _ in NAMED_WHO])
def test_a_bare_name_is_no_proposition(engine, text: str,
                                       want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# a bare "Yes" or "No" after a stance preposition is the ballot on the question in play
# ("campaigning for No" opposes it, verbs._bare_ballot)
BARE_BALLOT: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Greens backed the pension reform. Labour and the Liberals are campaigning for No.",
     [("Greens", "support", "pension reform"), ("Labour Party", "oppose", "pension reform"),
      ("Liberals", "oppose", "pension reform")]),
    ("The Greens backed the pension reform. The Liberals campaigned for Yes.",
     [("Greens", "support", "pension reform"), ("Liberals", "support", "pension reform")]),
]


@pytest.mark.parametrize(("text", "want"), BARE_BALLOT, ids=[t for t, _ in BARE_BALLOT])
def test_a_bare_yes_or_no_is_the_ballot(engine, text: str,
                                        want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# whoever files, submits, moves or sponsors a motion, bill or amendment backs it; the verb is
# read only with such a text (presented.py, stance_presented.tsv)
PRESENTED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Labour Party moved a motion to censure the minister.",
     [("Labour Party", "support", "motion to censure the minister")]),
    ("The Greens submitted an amendment to freeze rents.",
     [("Greens", "support", "amendment to freeze rents")]),
    ("The censure motion, moved by backbencher Tom Price, was defeated on Monday.",
     [("Tom Price", "support", "censure motion")]),
    ("The Labour Party did not file the motion.", []),
    ("The army moved troops to the border.", []),
]


@pytest.mark.parametrize(("text", "want"), PRESENTED, ids=[t for t, _ in PRESENTED])
def test_presenting_a_text_backs_it(engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# a relative clause on an appositive noun is the described actor's ("Senator X, a moderate from
# Ohio who voted for the bill": X; context._described)
APPOSITIVE_RELATIVE: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Senate debated the mining bill. Senator Jo Reyes, a moderate from Ohio who voted "
     "against the bill, said it went too far.",
     [("Jo Reyes", "oppose", "mining bill")]),
]


@pytest.mark.parametrize(("text", "want"), APPOSITIVE_RELATIVE,
                         ids=[t for t, _ in APPOSITIVE_RELATIVE])
def test_a_relative_clause_on_an_appositive_is_the_actors(
        engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# refusing to leave one's office opposes one's own resignation; a resignation told as done or
# announced is an act, no stance (staying.py, stance_staying.tsv)
STAYING: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Senator Paul Varga brushed off the demands, insisting he would not resign.",
     [("Paul Varga", "oppose", "resign")]),
    ('"I will not resign, whoever wins," Governor Ines Albu told supporters.',
     [("Ines Albu", "oppose", "resign, whoever wins")]),
    ("Mayor Karl Betz refused to step down.", [("Karl Betz", "oppose", "step down")]),
    ("Mayor Karl Betz resigned on Friday.", []),
    ("Mayor Karl Betz said he would step down next year.", []),
]


@pytest.mark.parametrize(("text", "want"), STAYING, ids=[t for t, _ in STAYING])
def test_refusing_to_resign_opposes_it(engine, text: str,
                                       want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# one verb that names no course of action alone is no proposition ("offered to help"); with
# what it is about it stands (stage._unnamed_act, unnamed_acts of stance_words.tsv)
UNNAMED_ACT: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Chile offered to help.", []),
    ("Canada urged Peru to reconsider.", []),
    ("Chile offered to help rebuild the port.", [("Chile", "support", "help rebuild the port")]),
    ("Canada pressed the two parties to agree to a truce.",
     [("Canada", "support", "agree to a truce")]),
]


@pytest.mark.parametrize(("text", "want"), UNNAMED_ACT, ids=[t for t, _ in UNNAMED_ACT])
def test_a_bare_unnamed_act_is_no_proposition(engine, text: str,
                                              want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# concerns about a measure oppose it (stance_nouns.tsv "concern", preposition "about")
CONCERNS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The donors said they had raised their concerns about the media law for months.",
     [("donors", "oppose", "media law")]),
    ("The minister said his main concern was the economy.", []),
]


@pytest.mark.parametrize(("text", "want"), CONCERNS, ids=[t for t, _ in CONCERNS])
def test_concerns_about_a_measure_oppose_it(engine, text: str,
                                            want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# a definite measure raised with an actor is a grievance about it (verbs.raised_grievance)
RAISED_WITH: list[Row] = [
    ("Austria said it would raise the border decree with the European Commission.",
     [("Austria", "oppose")]),
    ("Austria said it would raise the decree at the United Nations.", [("Austria", "oppose")]),
]


@pytest.mark.parametrize(("text", "want"), RAISED_WITH, ids=ids(RAISED_WITH))
def test_raising_a_measure_with_an_actor_opposes_it(engine, text: str,
                                                     want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want


# a wish that a text be enacted backs it; a wish for another's conduct or for what a measure
# brings is no stance on a text (wishes.py, stance_wishes.tsv)
WISHES: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The European Commission said it hoped the annex would be agreed in May.",
     [("European Commission", "support", "annex")]),
    ("Azerbaijan's foreign ministry said Baku hoped the peace treaty would be signed without "
     "further delay.", [("Azerbaijan", "support", "peace treaty")]),
    ("Norway said it hoped both sides would exercise restraint.", []),
    ("Chile said it hoped the pardons would open a new page.", []),
]


@pytest.mark.parametrize(("text", "want"), WISHES, ids=[t for t, _ in WISHES])
def test_a_wish_that_a_text_be_enacted_backs_it(engine, text: str,
                                                 want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# signatures against a thing oppose it; signatures "for" a petition or referendum name the vehicle
# they are gathered for, which tells no side (vehicles of stance_words.tsv, nouns._complement)
SIGNATURES: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Green League collected signatures against the airport expansion.",
     [("Green League", "oppose", "airport expansion")]),
    ("The Green League said it would collect signatures for a referendum on the airport "
     "expansion.", []),
]


@pytest.mark.parametrize(("text", "want"), SIGNATURES, ids=[t for t, _ in SIGNATURES])
def test_signatures_for_a_vehicle_tell_no_side(engine, text: str,
                                               want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want


# refusing an ask that names what it asks opposes what it asks ("refused a request to X",
# "turned down calls for X"); a refusal of a bare ask or of a request for comment states none;
# "turned down X" is "rejected X" (verbs.refused_ask, refused_asks and turning_down of
# stance_words.tsv)
REFUSED_ASK: list[Row] = [
    ("Kazakhstan refused a Russian request to extradite the activist.",
     [("Kazakhstan", "oppose")]),
    ("Germany refused a request to lift sanctions on Belarus.", [("Germany", "oppose")]),
    ("Germany declined a request to lift sanctions on Belarus.", [("Germany", "oppose")]),
    ("Germany turned down calls for a joint investigation into the shooting.",
     [("Germany", "oppose")]),
    # "turned down" rejects whatever its object is, as "rejected" does
    ("The Senate turned down the defence treaty.", [("Senate", "oppose")]),
    ("Several delegates proposed a new clause on tariffs, but China turned it down.",
     [("delegates", "support"), ("China", "oppose")]),
    ("Germany did not turn down the request to lift sanctions on Belarus.",
     [("Germany", "support")]),
    ("Amnesty refused a request for comment.", []),
    ("Germany refused Hungary's request to lift sanctions on Belarus.", [("Germany", "oppose")]),
    ("The government declined the invitation.", []),
    ("Germany turned the request to lift sanctions on Belarus over to its lawyers.", []),
]


@pytest.mark.parametrize(("text", "want"), REFUSED_ASK, ids=ids(REFUSED_ASK))
def test_refusing_an_ask_opposes_what_it_asks(engine, text: str,
                                              want: list[tuple[str, str]]) -> None:
    assert stances(engine, text) == want
