"""PLOVER event coding on the dependency parse.

``EventStage()(doc)`` sets ``doc._.events``: a list of :class:`PloverEvent` (a ``model.Event``
with the trigger, the source/target phrases, the rule that fired and the resolved date).

How a sentence is coded (one linear pass over its tokens):

1. **Triggers.** A verb is looked up in ``data/event_verbs.tsv`` by lemma, particle or
   preposition, and object ("call on", "lift [@restriction]", "go on [strike]"); a light verb
   ("launched an attack", "held talks") takes its type from the object noun
   (``data/event_nouns.tsv``). Adjectives of willingness ("ready to", "open to") and nouns of
   commitment or refusal ("has no plans to") are triggers too (``data/event_control.tsv``).
   A verb ``event_verbs.tsv`` does not know is looked up in PETRARCH2's CAMEO verb dictionary
   compiled to PLOVER (:mod:`.cameo`, ``events/data/cameo_verbs.tsv``); its events carry the
   CAMEO code (``Event.cameo``) and need a target actor.
2. **Context.** Climbing the parse from the trigger decides whether it is an event at all:
   negated ("did not attack": none; "will not accept": REJECT), future ("will meet": AGREE;
   "will impose sanctions": THREATEN), hypothetical or conditional (none), only claimed or
   wanted (none), the complement of another event ("urged X to talk": one REQUEST, mode meet;
   "offered to host talks": one AGREE), or reported speech (the event stays with its own
   subject; "we" is the speaker). In reported speech some predicates are the speaker's own act
   (``data/event_speaker.tsv``: "they are stirring up trouble" is the speaker's ACCUSE; "Y must
   withdraw" the speaker's REQUEST, mode demand), and a position or intention of the speaker's
   own state or body is the speaker's ("Karimi said Tehran would never accept X" is Karimi
   REJECT; "the envoy said the AU would invite both sides" the envoy's AGREE); completed acts
   ("said Lima had rejected it") and acts of other actors the speaker reports stay theirs. Not
   acts at all: "provided (that)" as a conjunction, "Asked about X, he said", a present-tense
   clause of time ("before leaders meet"), the means of a future response ("would respond by
   seizing X": a THREATEN), a warning that a thing would have consequences (no threat). A
   condition on the complement ("would support making X permanent only if ...") makes the
   whole conditional; a relative clause set off by commas on an actor ("France, which pushed
   for X, welcomed Y") is background, not an event, and so is a source's anonymity ("an
   official who asked not to be named", ``anonymity_verbs``). An act coordinated with a
   reported clause that only describes a state ("He said X was 'safe' and accused Y") is the
   reporter's.
3. **Arguments.** Subject -> source (the agent of a passive), object or prepositional object ->
   target, with conjuncts expanded into one event per source and target ("Latvia, Lithuania and
   Estonia backed X" is three events), appositions and "like/such as" lists opened, the owner of
   a thing taken for the target ("backed Macron's idea" -> Macron; "rejected the draft" -> who
   circulated it; "voted for the text" -> its drafter; "condemned the strikes" -> whoever
   struck last; "X left after Y refused their request" -> X, the main subject, where "their"
   names no actor; a bare plural, "accused rich countries", is generic and nobody's; refusing
   or granting "its demand" also records the owner's REQUEST to the one who answers), goods
   taken for where they come from ("tariffs on cars made in China" -> China), "both sides"
   ("both countries", "the two governments": ``actors.sources.both_parties``, the heads of
   ``member_*_nouns`` in ``data/actors/words.tsv``) for the two parties last seen
   fighting, addressed or acting together (with none seen, a consultation "with both
   governments" is with the two parties of the first conflict event between two non-person
   actors: "Algeria cut gas deliveries to Spain"; an appeal to "both sides" then keeps no
   target), a bare "the sanctions" / "the duties" / "the decision" for the article's first
   sanction, not a later retaliation or parallel one ("the brandy duties" names its own),
   symmetric events (talks, cooperation, signing an agreement) and reciprocal acts ("traded
   fire", ``reciprocal_acts``) coded both ways, "of" after a noun of an act on someone as its
   target ("the expulsion of two diplomats"), a nominal event with its agent in a by-phrase
   ("the expulsion of X by Poland angered Moscow") as the agent's act, and one event per act and
   source when some object is an actor ("sanctions on an RSF commander and two companies").
   Parties from the story around an act (:mod:`.context`): a verbal conflict
   (``adversarial`` in ``event_types.tsv``) that names no target at all ("Zhou warned that
   Beijing would respond", "Tehran would never accept") is aimed at the other side of the
   source's (or a person's state's) latest conflict event, abroad and within five sentences;
   an untargeted act of a party or civic group (``domestic``) at its own government when the
   sentence or the one before names it; an arrest in the passive with no agent (``authority``)
   is done by whoever used force earlier in the sentence, else the state of the place named
   ("detained at Vilnius airport"). "The mediators" are whoever mediated before; "Indian and
   Pakistani troops" are both armies; telling or ordering diplomats to leave is an expulsion;
   "also" repeats the target of the same act before ("Vox also backed"). A position voiced by
   an official whose title names the body by its short name or by "Its" ("The AU's special
   envoy", "Its head, X" after a sentence about the EU) is the official's own act.
4. **Special predicates.** "X expected Y to act" is REQUEST; "X called Y's conduct 'a test'"
   ACCUSE (unless the label is praise); what an act, measure or charge "is" in a speaker's
   quoted words, when the predicate blames it ('X said the levy was "a barrier disguised as
   ..."', 'the charges were "fabricated"': ``blame_labels`` or a negative word in VADER),
   X's ACCUSE of whoever the story ties the thing to (none for a charge: whose, the story
   tells); "its investigation found that Y ..." ACCUSE by the
   inquiry's owner; "X told <another person>" CONSULT; "would seek sanctions" THREATEN; a
   watchdog (``watchdog_sectors``: NGO) reporting in plain speech what happens in or by a
   state ("Amnesty said migrants intercepted in Mauritania had been abandoned") ACCUSE of the
   first state its clause names, unless the clause is an act of its own or praise, or the
   speaker's blame or praise is told in the same sentence. Any speaker's plain (unquoted)
   report that another actor, or an act or measure of another actor, does or is something
   blamed ("X said Y had damaged the country's interests", "X said the decision was a
   mistake": predicate words in ``blame_labels`` or negative in VADER; not the subject's
   loss, ``misfortune_verbs``, nor "failed to show", ``proof_verbs``, nor a mixed verdict) is
   X's ACCUSE (``criticism.py``); so is a speaker's saying it is dismayed ("said it was
   deeply disappointed", ``dismay_words``), at whoever the "by"/"at" phrase names.
5. **Date.** A date expression on the trigger's clause is resolved by :mod:`stancemap.dates`
   against the publication date; without one, the event gets the publication date. An act in
   a "when" clause hanging on a date takes that date ("since 2023, when X were arrested").

Actors come from the actor stage (``doc._.mention_map``). Where the subject or object names no
actor ("a car bomb", "police"), the event keeps ``source``/``target`` null and records the
phrase in ``source_text``/``target_text``. Events with no source actor are kept (CAMEO-style
data codes agentless violence such as "40 people were killed"); the gold articles never code
them.

The phrases (``parse._phrase``): a noun's subtree without coordinated phrases, relative and
participial clauses at any depth (a passive participle with its agent stays: "the missiles
fired by the Israeli military"), dates, a descriptive appositive of a place or body ("Estonia,
a small country in Northern Europe") and prepositions other than ``phrase_preps``
(``event_words.tsv``: "fighters near the border" keeps its place, "resolutions on depleted
uranium" loses its topic); conjuncts that share the first one's modifiers are one phrase ("the
Palestinian people and organizations"), and so are the coordinated parties of a symmetric act
("US and China agreed": both events name "US and China"). A phrase stops before its event's own
trigger. A ``placed`` act (``event_types.tsv``) that names no party takes the country or region
it happens in ("declared a ceasefire in Somalia"). Pre-tokenized text ("Syria ’ s", "Mr .
Erdogan", "16 , 000") is joined back into words before the tagger (:mod:`stancemap.clitics`).
"""

from __future__ import annotations

from .lexicon import Lexicon, load_lexicon
from .records import PloverEvent
from .stage import EventStage, code_events
from .vocab import QUAD

__all__ = ["EventStage", "PloverEvent", "Lexicon", "load_lexicon", "QUAD", "code_events"]
