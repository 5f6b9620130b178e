"""Propositions and stances: who stands where on which policy, claim or course of action.

The stage reads the parse, the actor layer (``doc._.mention_map``) and, when present, the
statement layer (``doc._.statements``), and finds stance expressions from lexicons in
``stancemap/data/stance_*.tsv``:

* stance verbs ("backed X", "cautioned against X", "offered to host X", "X could erode Y"),
* stance nouns ("a firm stance against X", "a commitment not to X", "no such plans"),
* evaluative predicates ("X is not unthinkable", "labeling it a red line", "lambasted as absurd",
  "We remain open to X"),
* agreement cues ("X was echoed by Y", "Y backed X", "rebuttals of X's idea").

Polarity: negation ("did not back", "never accept", "no such plans") flips support and oppose;
a hedge such as "not unthinkable" is the negation of an opposing predicate and so reads as
support. "would consider X" leans to X (support, as the development gold codes it); a hedge
("reviewing options") is neutral, whereas ``conditional`` needs a stated condition ("only if",
"as long as", "unless", "before talks can proceed"). Opposing a reversal ("postponing talks", "zero
enrichment", "a deal that left the roadmap out") is support for what is reversed.

Votes: "vetoed X" and "would vote against X"/"vote no" oppose, "voted for X"/"in favour" support,
"abstained" is neutral; without an object (or with a bare "the text" naming no earlier "draft
resolution on X") a vote is on what was last voted on, and "welcomed the veto" opposes the
vetoed text. An open question ("had not decided how it would vote", "declined to say whether
the bloc would extend X", "has not said yes") is neutral. "a position shared by Y", "He was
backed by Y" give Y the position; "the Finnish proposal" is supported by Finland. Hosting a
meeting, blocking an entrance, rejecting accusations (unless a claim names them, below) and
counterfactuals ("would have demanded") are no stances.

Questions: "Asked whether X, she said all options remained on the table" (an evasive hedge)
is neutral on X; a reporter's question ("Q: Will Poland send troops?") is no one's stance, and a
transcript answer opening with a bare "No."/"Yes." is the answerer's (and the asked state's).
"took note of X" is neutral on X. A non-restrictive relative clause on an actor ("Japan, which
hosts major drugmakers,") describes it: no stance from its object.

Announced actions: "Ethiopia will begin the next filling", "Ankara would open its border as soon
as X" support (or, negated, oppose) the action, but only when another stance expression addresses
the same proposition or a condition is stated (``Cand.weak``); so does a thing of one's own
offered or enacted with an ``offering`` verb ("pledged reconstruction aid", "approved a grant";
not "offered to send an envoy"). A plain "if" clause on the stance's
own clause ("ready to sign if Baku dropped X", ", provided Serbia stopped X") makes it conditional;
"even if", "asked if", a condition inside a coordinated clause ("never accept X and that Y would
last as long as Z") and "before" + a time ("before the lean season begins") do not. "still
studying X", "did not commit either way", "remained undecided", "was reviewing the request",
"would decide its position later" are neutral on the question in play. Passive agents hold the
stance: "X is recognised by A, but not by B, nor by five members: C, D and E" (B..E oppose).

Enacted acts: "Vietnam banned exports of rice ... the ban" supports the act, named as the story
later names it: a noun of the verb's stem or one ``stance_act_nouns.tsv`` gives ("walked out" /
"the stoppage", "expels" / "the expulsions"); a past passive's "by" agent is its doer ("were
declared persona non grata by Moldova"). The act the story's opening tells (its root, the
root's coordinated verbs, an "after" clause), renamed later, is the doer's stance of its own;
one told further on is weak, like an announced action.

Charges: "A accused B of 'protectionism'" (no stance expression in the charge) opposes what B
stands for (the first proposition B supports), unless A backs it too, it is talks, or B is a
court; "A accused B of blocking X" is the accusation rule (B opposes X, A supports it).

Claims: a charge or a blame of ``stance_claims.tsv`` ("prosecutors charged two men with
spying for Moscow", "blamed China for a cyberattack": an act of the ``attack`` class of
event_nouns.tsv) states a claim, a proposition the accuser supports; "the charges", "the
accusation" (class ``claim`` of stance_descriptions.tsv) name it afterwards, so "rejected the
accusations as a spy mania" and "the charges were fabricated" oppose it. A reduced clause
("journalists, most of them charged with X") states no claim. A claim of fact told in reported
speech ("Bangladesh said India had opened the gates without warning": a past act of another
actor than the teller and its state) is the claim a later bare "the charge" names, and the
teller supports it (``claims.reported``, ``descriptions.reported_claims``).

No proposition: a manner of acting ("show restraint"), an act left unnamed ("avoid any step
that could X", "take further steps"), alone or coordinated.

Propositions: each stance expression yields a phrase; phrases are merged into one proposition
when their content lemmas, normalised through a small synonym lexicon, overlap (with word
vectors as a fallback). Anaphoric phrases ("such plans", "the demand", "Macron's idea", "it")
resolve to an earlier proposition: the one the possessor supports, else the latest one. A bare
definite description ("rejected the deal", "this arrangement", "the text") is the proposition of
the nearest earlier mention of its class ("an agreement on X"), and a further mention of it;
so is "it" right after a sentence whose subject or object is such a mention.
Phrases whose noun modifiers name different targets ("brandy duties", "car duties"; "talks with
A", "talks with B") are not merged; a phrase of the opposite direction ("keep the sanctions" into
"lift sanctions") merges with its polarity flipped.

Where things live (see also README.md, "Where the stance rules live and how to add one"):

* ``lexicon.py``      loads and checks the data files ``stancemap/data/stance_*.tsv``
* ``stage.py``        the stage: find expressions, interpret, merge, emit
* ``context.py``      one document as the rules see it (actors, subjects, speakers, holders)
* ``verbs.py``        stance verbs by frame, passives, announced actions
* ``votes.py``        votes, open questions, shared positions
* ``nouns.py``        stance nouns and evaluative predicates (multiword ones from the data)
* ``rules.py``        negation, hedge, condition, reversal and accusation rules
* ``claims.py``      charges and blames as claims ("charged B with Z")
* ``agreement.py``    the agreement rule: "Y backed X", "X was echoed by Y"
* ``record.py``       from a matched expression to candidate stances
* ``descriptions.py`` the earlier mention a bare "the deal" names (``stance_descriptions.tsv``)
* ``phrases.py``      where a proposition phrase starts and ends
* ``propositions.py`` proposition merging and labels
* ``resolve.py``      officials, one polarity per actor and proposition
* ``sides.py``        an actor that speaks of a proposition takes its side's stance there
                      ("Green Party MP X" the party's; ``stance_sides.tsv``)
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from .lexicon import Lexicon, LexiconError, load_lexicon
from .stage import StanceStage, proposition_text

__all__ = ["Lexicon", "LexiconError", "SpacySpan", "StanceStage", "load_lexicon",
           "proposition_text"]
