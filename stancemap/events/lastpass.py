"""Event coder: the last pass over a document's events: background and recalled acts left
out, an act aimed at its own source or the state it speaks for untargeted, repeats merged,
ids given."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..actors.tokens import expanded_span
from ..model import Span
from .predicates import VERDICT
from .records import PloverEvent
from .vocab import FIRST_PERSON, MEDIA_SECTORS, OFFICE_HOLDER_NOUNS, SPEAKER_VOICED

#: dependencies of a clause that modifies another: a participle or relative clause on a noun,
#: an adverbial clause
MODIFIER_CLAUSES = frozenset({"acl", "relcl", "advcl"})


PERSONAL_FORCE = ("ASSAULT", "COERCE")  # not between two persons
#: subject pronouns of a speaker telling their own act ("we are asking", "I refused")
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
NOBODY = frozenset({"i", "you", "we", "he", "she", "it", "they", "some", "others", "one",
                    "someone", "anyone", "everyone", "nobody"})


def _nobody(e: PloverEvent) -> bool:
    """An event whose doer is a pronoun no actor was found for, or a generic one ("they just
    press a lever", "you have to keep asking", "some want to be left off"). With no
    target either it names no actor at all (none of our gold events does); an event with no
    subject at all stays (a passive, a CAMEO headline sentence)."""
    return e.source_text is not None and e.source_text.text.lower() in NOBODY


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _first_person(tok: Token) -> bool:
    """Is the word the pronoun "I" or "we" (not a capitalised "We" inside a name: "We
    Continue the Change")?"""
    if tok.lower_ not in FIRST_PERSON_SUBJECTS:
        return False
    if tok.lower_ == "i" or tok.text == "we" or tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_quote or (prev.is_punct and prev.text in (":", "(", "\u2014", "-"))


def _shares_the_act(clause: Token) -> bool:
    """Is the clause an adverbial one without a subject or subordinator of its own (a
    participle, "signed the deal, committing to a ceasefire"; an infinitive of purpose,
    "sent a team to investigate")? Its doer is the main clause's: part of the news."""
    return clause.dep_ == "advcl" and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children)


class LastPass:
    """The last pass over a document's events (``_finish``) and the tests it makes."""

    def _unowned_background(self, e: PloverEvent) -> bool:
        """Is the event one nobody named does, told in a clause that modifies another (a
        participle or relative clause on a noun, an adverbial clause with its own subject or
        subordinator: "a law allowing ...", "after the hostages had been freed")? Background
        to the sentence's news, not an event of its own."""
        if e.source is not None or e.trigger is None:
            return False
        span = expanded_span(self.doc, e.trigger.start, e.trigger.end)
        if span is None or not len(span):
            return False
        tok = span.root
        while tok.head.i != tok.i:
            if tok.dep_ in MODIFIER_CLAUSES and not _shares_the_act(tok):
                return True
            tok = tok.head
        return False

    def _recalled(self, e: PloverEvent) -> bool:
        """Is the event dated by a year the text names, before the article's year ("broke
        off relations in 2021", "has supplied Spain since 1996")? Background a story
        recalls, not its news."""
        pub = self.pub
        if not pub or not pub[:4].isdigit() or not e.date_text:
            return False
        years = [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", e.date_text)]
        return bool(years) and max(years) < int(pub[:4])

    def _interview(self, e: PloverEvent) -> bool:
        """Is the meeting one with the news medium ("the minister spoke to Reuters", "told
        the newspaper"), or with the reporter ("spoke to us", no actor for the target)? An
        interview is how the story learned what was said, no consultation between its
        parties."""
        if e.type != "CONSULT":
            return False
        target = self.actor_by_id.get(e.target) if e.target else None
        if target is None:
            return e.target is None and e.target_text is not None and (
                e.target_text.text.lower() in FIRST_PERSON)
        return (target.sector or "").lower() in MEDIA_SECTORS

    def _told_in_first_person(self, e: PloverEvent) -> bool:
        """Is the act one its doer tells in the first person, as done or under way ("I asked
        him twice", "we are asking the court to act", "we invited them")? The speaker's own
        account of the act: the story's news is what the speaker says now (the statement),
        or the act told in the narrative. An act said in the present or to come ("we urge",
        "we will not accept") is a position and stays."""
        if e.trigger is None:
            return False
        span = expanded_span(self.doc, e.trigger.start, e.trigger.end)
        if span is None or not len(span):
            return False
        tok = span.root
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        ongoing = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be"
                                            for c in tok.children)
        if not (ongoing or tok.tag_ == "VBD"):
            return False
        subj = _subject(tok)
        if subj is None and tok.dep_ in ("xcomp", "conj"):
            subj = _subject(tok.head)  # "we are asking X to do Y", "we met and agreed"
        return subj is not None and _first_person(subj)

    def _aimed_at_itself(self, e: PloverEvent, states: dict[str, str | None]) -> bool:
        """Is the target the source, or the state whose position its official voices? Not
        when the words name the state's government ("the opposition spokesperson accused
        the government"): domestic politics sets a state's own people against it."""
        if e.source is None or e.target is None:
            return False
        if e.target == e.source:
            return True
        if e.type not in SPEAKER_VOICED:
            return False
        if e.source not in states:
            states[e.source] = self._state_of(e.source)
        return e.target == states[e.source] and not self._names_government(e.target_text)

    def _names_government(self, span: Span | None) -> bool:
        """Does the phrase name a state by a word for its government ("the government",
        "the Socialist-led administration") or those who govern it ("the authorities",
        ``office_holder_nouns``), not by its name?"""
        if span is None:
            return False
        words = expanded_span(self.doc, span.start, span.end)
        return self._names_executive(span) or (
            words is not None and len(words) > 0 and words.root.lower_ in OFFICE_HOLDER_NOUNS)

    def _finish(self) -> list[PloverEvent]:
        evs = sorted(self.events, key=lambda e: (e.evidence.start, e.trigger.start
                                                 if e.trigger else 0))
        out: list[PloverEvent] = []
        seen: dict[tuple, PloverEvent] = {}
        with_target = {(e.source, e.type) for e in evs if e.source and e.target}
        states: dict[str, str | None] = {}
        kept = []
        for e in evs:
            gate = ("recalled" if self._recalled(e) else "background"
                    if self._unowned_background(e) else "prior-position"
                    if self._prior_position(e) else "figurative"
                    if self._figurative_force(e) else "first-person"
                    if self._told_in_first_person(e) else "interview"
                    if self._interview(e) else "")
            if gate:
                self._dropped_late(e, gate)
            else:
                kept.append(e)
        evs = kept
        done = {e.type for e in evs if e.source is not None}
        joint = {(e.type, e.trigger.start) for e in evs if e.source is not None and e.trigger}
        # an act of a kind the story tells with its doer, told again with nobody doing it
        # (its crowd: "110,000 people marched"; its toll), is that act, not another; not the
        # other side of the same words' joint act ("X and Y agreed", Y no actor)
        evs = [e for e in evs if e.source is not None or e.type not in done or (
            e.trigger is not None and (e.type, e.trigger.start) in joint)]
        self._context_targets(evs, with_target)
        self._foreign_makers(evs)
        self._states_of_forces(evs)
        self._crowd_targets(evs)
        self._announced_protests(evs)
        self._state_protests(evs)
        self._enacting_chamber_targets(evs)
        self._rejected_drafts(evs)
        evs = self._state_approvals(evs)
        self._joint_counterparts(evs)
        # "you have to keep asking": an act of nobody the text names, at nobody
        evs = [e for e in evs if e.source is not None or e.target is not None or not _nobody(e)]
        # "battling the mayor for first place", "forcing two rivals out of the primary": force
        # between two persons is a contest in words or votes (none of our gold events is one)
        persons: frozenset[str] = getattr(self, "persons", frozenset())
        evs = [e for e in evs if e.type not in PERSONAL_FORCE or e.source not in persons
               or e.target not in persons]
        for e in evs:
            if self._aimed_at_itself(e, states):
                e.target = None  # nobody threatens or accuses itself
            if e.source is not None:
                key: tuple = (e.source, e.type, e.target, e.mode if e.type == "REQUEST" else "")
                if key in seen:
                    prev = seen[key]  # a quoted verdict may yet lose its place (no target
                    if VERDICT in prev.rule and VERDICT not in e.rule:  # found): the act
                        out[out.index(prev)] = seen[key] = e  # told otherwise takes it
                    continue
                if e.target is None and e.target_text is None and (
                    e.source, e.type) in with_target:
                    continue
                seen[key] = e
            else:
                key = (None, e.type, e.target, e.trigger.start if e.trigger else 0,
                       e.source_text.start if e.source_text else None)
                if key in seen:
                    continue
                seen[key] = e
            out.append(e)
        for n, e in enumerate(out, 1):
            e.id = f"e{n}"
        return out
