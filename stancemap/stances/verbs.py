"""Stance verbs (``stance_verbs.tsv``) and agreement cues (``stance_agreement.tsv``).

A verb row names the verb's polarity and its frames: where the proposition is in the parse.
:func:`verb` tries the frames in the row's order; the first that finds its proposition
records the stance. Each frame is one function in ``FRAMES``:

* ``obj``    the direct object ("backed X")
* ``xcomp``  a to-infinitive complement ("offered to host talks")
* ``prep:P`` the object of preposition P ("cautioned against X")
* ``subj``   the subject, judged by the speaker ("X could erode Y")
* ``self``   the act itself ("would not negotiate under fire")
* ``that``   a that-clause ("demanded that the council designate X")
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors.tokens import reciprocal, sentence_of, sentences
from ..segment import FINAL
from . import agreement, claims, descriptions, phrases, votes
from .candidates import Agreement, Cand, flip
from .context import PRONOUNS, STEM_LETTERS, Reading
from .overrides import override_words
from .propositions import LEAD_SENTENCES, act_nouns
from .record import (
    ACTOR_RELATIVES,
    RELATIVE_OBJECTS,
    add,
    relative_object,
    renamed,
    undoing_terms,
)
from .rules import condition, negated, open_clause, refused, reversal, reversal_kind, reverse

REJECTING = "oppose"  # a refused ask: its content opposed, as "rejected" does
DOWN = "down"  # "turned down": the particle of a ``turning_down`` verb
STOP = "stop"  # "urged both sides to stop fighting": the urging is the stance
PRESENT_TAGS = ("VBZ", "VBP")  # "X, who supports Y,": a view held now ("which opposed Y" is past)
SHARE = "share"  # "a position shared by Hungary"
FUTURE = ("will", "would")
PREP_FRAME = "prep:"
ASKED_FOR = "for"  # "asked Qatar for X" (asked_of of stance_words.tsv)
OPEN_QUESTION = ("whether", "if", "how", "when")
ABILITY = ("can", "may")  # a narrator's "X can block Y" says what X may do, not what it wants
ACTION_DEPS = ("dobj", "prt", "prep", "xcomp", "oprd", "dative")  # an action's extent
MAX_AGENT_GROUPS = 8
#: Where a bare past participle is a reduced passive clause ("when asked to X", "urged to X").
REDUCED_CLAUSE_DEPS = ("advcl", "acl", "relcl", "xcomp", "conj")
DURATION_MODS = ("several", "many", "a", "few")  # "for several weeks"
DATES = ("DATE", "TIME")  # "called a strike for Monday": when, not what
PROPER = "PROPN"
BY = "by"  # "were expelled by Moldova": the doer of a passive act
LEAD_ACTS = True  # an enacted act of the opening, renamed later, is a stance of its own
FrameRule = Callable[[Reading, Token, str, list[Cand]], bool]


def verb(r: Reading, tok: Token, cands: list[Cand], agreements: list[Agreement]) -> None:
    """The stance a verb expresses, or the agreement it states."""
    if tok.pos_ not in ("VERB",):
        return
    lemma = tok.lemma_.lower()
    if lemma in r.words.vote_verbs:
        votes.vote(r, tok, cands)
        return
    if lemma in r.words.undecided and votes.undecided(r, tok, cands):
        return
    neg = negated(tok) != refused(r.words, tok)  # "refused to back X" is a negated backing
    ag = r.lex.agreement.get(lemma)
    if ag is not None and agreement.cue(r, tok, ag, neg, agreements):
        return
    if (lemma == SHARE or (ag is not None and ag[0] == "same")) and tok.dep_ == "acl" and (
            tok.head.lemma_.lower() in r.words.positions):  # "... , a position backed by X"
        votes.shared(r, tok, cands)
        return
    entry = r.lex.verbs.get(lemma)
    if refused_ask(r, tok):  # "refused a request to X": a rejection of what is asked
        entry = (REJECTING, ("obj",))
    if entry is None:
        if ag is not None:  # "would join talks": an announced action, not agreement
            announced(r, tok, neg, cands)
        return
    pol, frames = entry
    if _no_stance(r, tok, lemma):
        return
    if raised_grievance(r, tok):
        pol = flip(pol)  # "would raise it with Chinese officials": a grievance about it
    if neg:
        pol = "neutral" if _withheld(r, tok, lemma) else flip(pol)
    if open_clause(r.words, tok):
        pol = "neutral"  # "is weighing whether to back X"
    if "obj" in frames and passive(r, tok, pol, cands):
        return
    for frame in frames:
        if frame_rule(r, tok, pol, cands, frame):
            return


def refused_ask(r: Reading, tok: Token) -> bool:
    """"refused a request to extradite X", "declined the call for an inquiry": a ``declining``
    verb whose direct object is one of ``refused_asks`` naming what it asks (a refusal verb's
    other objects, "refused bail", state no stance); "turned down X": a ``turning_down`` verb
    with its particle "down" rejects whatever its object is, as "rejected X" does."""
    w = r.words
    lemma = tok.lemma_.lower()
    if lemma in w.turning_down:  # "turned down the treaty", "the request was turned down"
        return any(c.dep_ == "prt" and c.lower_ == DOWN for c in tok.children)
    if lemma not in w.declining:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in w.refused_asks and _asks_for(c)
               for c in tok.children)


def _asks_for(ask: Token) -> bool:
    """The ask names what it asks: "a request to extradite X" (a to-infinitive), "calls for an
    inquiry" (its "for" with a phrase of its own); a bare "the request" or "a request for comment"
    names no course of action."""
    return any((c.dep_ == "acl" and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        or (c.dep_ == "prep" and c.lower_ == ASKED_FOR and any(
            g.dep_ == "pobj" and any(True for _ in g.children) for g in c.children))
        for c in ask.children)


def frame_rule(r: Reading, tok: Token, pol: str, cands: list[Cand], frame: str) -> bool:
    """Applies one frame of a verb row: True when it found the proposition (or found that
    the verb states no stance here), False to try the row's next frame."""
    if frame.startswith(PREP_FRAME):
        return prep_frame(r, tok, pol, cands, frame[len(PREP_FRAME):])
    return FRAMES[frame](r, tok, pol, cands)


def _withheld(r: Reading, tok: Token, lemma: str) -> bool:
    """"The party did not oppose the fishing accord", "Spain did not criticise the ruling":
    criticism withheld (``withheld`` of stance_words.tsv, plainly negated, no refusal and no
    "would"/"will") is no backing: neutral on X."""
    return lemma in r.words.withheld and negated(tok) and not refused(r.words, tok) and not any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "should") for c in tok.children
    ) and condition(r, tok) is None  # "did not oppose X in principle but ...": conditional


def raised_grievance(r: Reading, tok: Token) -> bool:
    """"would raise the matter at the next meeting", "raise it with Chinese officials": a raising
    verb whose object is a topic noun or a pronoun and which names before whom (or a definite
    measure raised with an actor, "raise the law with the Commission"): a grievance about what
    the object refers to, not support for it."""
    w = r.words
    if tok.lemma_.lower() not in w.raising:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in w.raised_topics for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in w.raised_before for c in tok.children):
        return True
    # "would raise the decree with the Commission", "raise the ban at the UN": a
    # definite measure brought before an actor
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)), None)
    # (the parse may hang "with X" on the object)
    return obj is not None and any(
        c.dep_ == "prep" and c.lower_ in RAISED_BEFORE_ACTOR and any(
            g.dep_ == "pobj" and g.i in r.mmap for g in c.children)
        for c in [*tok.children, *obj.children])


DEFINITE = ("the", "this", "that")
RAISED_BEFORE_ACTOR = ("with", "at", "before")  # not "in" ("raise the tax in 2026")


def _no_stance(r: Reading, tok: Token, lemma: str) -> bool:
    """Consequences, counterfactuals and a plain "stop" state no stance of their own."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "mark") for c in tok.children) and (
            tok.head.lemma_.lower() in r.words.vote_verbs or tok.head.lemma_ in r.lex.verbs) and (
            not any(c.dep_ == "dobj" and c.i in r.mmap for c in tok.head.children)):
        return True  # "vetoed X, blocking Y": the consequence of a stance, not a second one
    if {"would", "have"} <= {c.lower_ for c in tok.children if c.dep_ == "aux"}:
        return True  # "it would have demanded X": a counterfactual, no one's position
    ow = override_words()
    if (lemma in ow.overriding or tok.lower_ in ow.overriding) and tok.dep_ == "xcomp" and (
            tok.head.lemma_.lower() in ow.failing):
        return True  # "failed to override the veto": an outcome (as overrides.find reads it)
    if tok.dep_ in ("xcomp", "advcl", "ccomp") and tok.head.pos_ == "ADJ" and (
            tok.head.tag_ == "JJR" or tok.head.lemma_.lower() in r.words.difficulty):
        return True  # "would make it harder to pass laws": how hard an act is, no stance
    if tok.dep_ == "ROOT" and tok.i not in r.stmt_of and not r.quoted(tok) and any(
            c.dep_ == "aux" and c.lower_ in ABILITY for c in tok.children):
        return True  # the narrator's "Under the rules, China can block X": what one may do
    return lemma == STOP and (tok.dep_ not in ("ROOT", "ccomp", "conj") or not any(
        c.dep_ == "nsubj" for c in tok.children) or tok.tag_ not in ("VBD", "VBN"))


# -- frames ---------------------------------------------------------------------------------
def obj_frame(r: Reading, tok: Token, pol: str, cands: list[Cand]) -> bool:
    """"backed X": the direct object (or what a relative clause's object refers to)."""
    lemma = tok.lemma_.lower()
    if _describes_actor(r, tok):
        return True
    for c in tok.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in ACTOR_RELATIVES:
            return True  # "McCain, whom he declined to back": an actor, no proposition
        obj = relative_object(r, tok, c)
        if reciprocal(obj):
            return True  # "blamed each other": the subjects themselves, no proposition
        if obj.i in r.mmap and not r.self_pronoun(obj, tok) and not (
                lemma in r.words.actor_objects and obj.pos_ == "PROPN"):
            continue  # an actor ("backed Egypt"); recognising a state is not
        if obj.lemma_.lower() in r.lex.nonprops.get(lemma, ()) and not _claim_named(r, obj):
            return True  # "host a meeting", "blocking the entrance": an event
        if obj.lemma_.lower() in r.words.protests and lemma in r.words.joining:
            return True  # "backed the protest": the protest's stance (protests.py)
        if lemma not in r.words.judged_verbs and r.thing_subject(tok):
            return True  # "the tariffs would raise prices": no one's stance
        if obj.i in r.mmap and obj.pos_ == "PROPN":  # "recognise Kosovo"
            add(r, cands, r.holders(tok), pol, tok, tok, phrase=(tok.i, obj.right_edge.i + 1))
            return True
        add(r, cands, r.holders(tok), pol, obj, tok)
        return True
    return _obj_elsewhere(r, tok, pol, cands)


def _claim_named(r: Reading, obj: Token) -> bool:
    """"rejected the accusation" after "blamed China for a cyberattack": a claim named
    before (claims.py), which the object names, or "rejected allegations that X": a claim
    stated with it; without one, an answer to the accuser."""
    return r.lex.descriptions.get(obj.lemma_.lower()) == claims.CLAIM and (
        descriptions.named(r, obj) or claims.stated(obj))


def _describes_actor(r: Reading, tok: Token) -> bool:
    """"Germany and France, which drafted the 2023 agreement, said ...": a non-restrictive
    relative clause on an actor says who the actor is, not where it stands now; a verb of a
    held view in the present ("Warren, who supports X,") says where it stands ("Russia, which
    opposed X last year,", "which had opposed X" tell past acts)."""
    if tok.dep_ != "relcl" or tok.head.i not in r.mmap or (
            tok.lemma_.lower() in r.words.held_views and tok.tag_ in PRESENT_TAGS):
        return False
    rel = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ in ("which", "who")), None)
    return rel is not None and rel.i > 0 and r.doc[rel.i - 1].text == ","


def _obj_elsewhere(r: Reading, tok: Token, pol: str, cands: list[Cand]) -> bool:
    """An object frame without a plain object: "what he called X", "support making X Y",
    "a plan France also supports", "would sign only once X"."""
    for c in tok.children:  # "would not sign what he called X": X
        if c.dep_ == "ccomp" and any(g.dep_ == "dobj" and g.lower_ == "what"
                                     for g in c.children):
            named = next((g for g in c.children if g.dep_ in ("oprd", "xcomp")
                          and g.pos_ == "NOUN"), None)
            if named is not None:
                add(r, cands, r.holders(tok), pol, named, tok)
                return True
    for c in tok.children:  # "would support making the tariffs permanent"
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and not any(
                g.dep_ == "aux" for g in c.children):
            add(r, cands, r.holders(tok), pol, c, tok)
            return True
    if _relative_to_proposal(r, tok):
        # "a plan France and Italy also support": the plan
        add(r, cands, r.holders(tok), pol, renamed(r, tok.head), tok)
        return True
    if _bare_future(r, tok):
        # "Baku would sign only once X": what is in play
        add(r, cands, r.holders(tok), pol, None, tok, anaphor="")
        return True
    return False


def _relative_to_proposal(r: Reading, tok: Token) -> bool:
    return tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and (
        tok.head.lemma_.lower() in r.words.proposals) and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in tok.children) and any(
        c.dep_ == "nsubj" and c.i in r.mmap for c in tok.children)


def _bare_future(r: Reading, tok: Token) -> bool:
    entry = r.lex.verbs.get(tok.lemma_.lower())  # (none for "turned down": verbs.refused_ask)
    return entry is not None and entry[1] == ("obj",) and tok.dep_ in ("ROOT", "ccomp") and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "prt", "nsubjpass")
        for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children
    ) and r.subject(tok) is not None and not r.thing_subject(tok)


def xcomp_frame(r: Reading, tok: Token, pol: str, cands: list[Cand]) -> bool:
    """"offered to host X", "expected Israel to allow X"; "urged them not to let X" opposes
    what the complement says."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False  # "were expected to join", "was urged to": not the subject's
    if tok.tag_ == "VBN" and tok.dep_ in REDUCED_CLAUSE_DEPS and not any(
            c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children):
        return False  # "when asked to describe the device": the asker's, not the answerer's
    for c in tok.children:
        if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (
                c.dep_ in ("ccomp", "advcl") and c.i > tok.i and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and (c.dep_ == "ccomp" or not any(
                    g.dep_ in ("nsubj", "mark") for g in c.children)))):
            if c.lemma_.lower() in r.words.inquiring:
                return True  # "wanted to know whether X": a question, no course of action
            inner = flip(pol) if any(g.dep_ == "neg" for g in c.children) else pol
            if open_clause(r.words, c):
                inner = "neutral"  # "is considering whether to vote for X"
            # ("did not refuse to back X": a refusal undone, composed all the same)
            nested = composed(r, c, "oppose" if tok.lemma_.lower() in r.words.refusing
                              else inner)
            if nested is None:  # ("urged X to restore Y": the act as it stands)
                add(r, cands, r.holders(tok), inner, c, tok)
            elif nested[1] is not None:
                # "pressed the government to refuse the request", "urged senators to vote
                # against X", "refused to back X": the complement's own stance, composed
                c_pol, obj = nested
                add(r, cands, r.holders(tok), flip(inner) if c_pol == "oppose" else inner,
                    obj, tok)
            return True
    return False


def composed(r: Reading, verb: Token, pol: str) -> tuple[str, Token | None] | None:
    """A complement that is a stance of its own on a thing, where composing the two
    polarities is not plain support ("urged X to reject Y", "refused to back Y", "asked X not
    to pass Y") or is a vote for or against Y ("pledged to vote against it"): (its polarity,
    Y); Y None for a vote on nothing named (the vote rule's). An actor object ("urged them to
    respect the court") keeps the act as it stands."""
    lemma = verb.lemma_.lower()
    if lemma in r.words.vote_verbs and lemma not in (votes.VETO, votes.ABSTAIN):
        ballot, obj, yes_no = votes.ballot(verb)
        if ballot is None or yes_no or (obj is not None and obj.i in r.mmap):
            return None
        return ballot, obj
    entry = r.lex.verbs.get(lemma)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    relative = obj is not None and obj.lower_ in RELATIVE_OBJECTS + ACTOR_RELATIVES
    if entry is None or entry[0] not in ("support", "oppose") or (
            entry[0] == "support" and not relative and (
                pol == "support" or "obj" not in entry[1])):
        return None
    if obj is not None and obj.lower_ in ACTOR_RELATIVES:
        return entry[0], None  # "whom he declined to back": an actor, no proposition
    if obj is None or obj.i in r.mmap:
        return None
    return entry[0], relative_object(r, verb, obj)


def self_frame(r: Reading, tok: Token, pol: str, cands: list[Cand]) -> bool:
    """"it would not negotiate under fire": the act itself."""
    if tok.dep_ in ("ROOT", "ccomp", "conj") and not r.thing_subject(tok) and (
            r.subject(tok) is not None):
        end = phrases.phrase(tok, r.words)[1]
        add(r, cands, r.holders(tok), pol, tok, tok, phrase=(tok.i, end))
        return True
    return False


def that_frame(r: Reading, tok: Token, pol: str, cands: list[Cand]) -> bool:
    """"demanded that the council designate X"."""
    subj = r.subject(tok)
    if subj is None or (subj.i not in r.mmap and not r.actors_in(subj)):
        return False  # "the text would have demanded that ...": no actor's stance
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and (
                not any(g.dep_ == "aux" for g in c.children)):
            undone = _undone(r, c)
            if undone is not None:  # "demanded that the charges be dropped": against them
                n = len(cands)
                add(r, cands, r.holders(tok), flip(pol), undone, tok)
                _through(cands[n:], c)
                return True
            # "demanded that the government scrap X": against X ("not scrap X": for it)
            rpol, inner = reverse(r.lex, flip(pol) if negated(c) else pol, c)
            if inner is not c:
                n = len(cands)
                add(r, cands, r.holders(tok), rpol, inner, tok)
                _through(cands[n:], c)
                return True
            end = phrases.phrase(c, r.words)[1]
            passive = next((g for g in c.children if g.dep_ == "nsubjpass"
                            and g.i not in r.mmap and g.pos_ == "NOUN"), None)
            # "demanded that the embargo be lifted": lifting the embargo, subject and all
            start = passive.left_edge.i if passive is not None else c.i
            # "demanded that the council not extend X": against extending X
            add(r, cands, r.holders(tok), flip(pol) if negated(c) else pol, c, tok,
                phrase=(start, end))
            return True
    return False


def _undone(r: Reading, verb: Token) -> Token | None:
    """"that the charges be dropped": the non-actor subject of a passive reversal verb
    (``stance_reversal.tsv``), what is to be undone."""
    subj = next((g for g in verb.children if g.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.i in r.mmap or (
            reversal_kind(r.lex, verb) is None):
        return None
    return subj


def prep_frame(r: Reading, tok: Token, pol: str, cands: list[Cand], p: str) -> bool:
    """"cautioned against X", "called for the measures to be lifted"."""
    if p == ASKED_FOR and tok.lemma_.lower() in r.words.asked_of and _party_asked(tok):
        return False  # "asked Qatar for an explanation": a request put to Qatar
    # "calling in a statement for X": the preposition hangs on the medium
    media = [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in r.words.media
             for x in g.children]
    for c in tok.children:
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if c.dep_ == "advcl" and subj is not None and any(
                g.dep_ == "mark" and g.lower_ == p for g in c.children):
            # "called for the measures to be lifted": the clause is the proposition
            obj = next((g for g in c.children if g.dep_ == "dobj" and g.pos_ == "NOUN"), None)
            if obj is None and subj.dep_ == "nsubjpass" and subj.pos_ == "NOUN":
                obj = subj  # "called for the charges to be dropped": against the charges
            reversed_obj = obj is not None and reversal_kind(r.lex, c) is not None
            if subj.i in r.mmap and not reversed_obj:
                continue  # an actor's own act is read by the other frames
            if pol == "neutral" and p in r.lex.preps:
                pol = flip(r.lex.preps[p]) if negated(tok) else r.lex.preps[p]
            if reversed_obj:
                # "lobbied for the government to drop the tariffs": against the tariffs,
                # whoever is to drop them
                n = len(cands)
                add(r, cands, r.holders(tok), flip(pol), obj, tok)
                if obj is subj:  # "called for the charges to be dropped": all of it
                    _through(cands[n:], c)
                return True
            add(r, cands, r.holders(tok), pol, c, tok,
                phrase=(subj.left_edge.i, max(c.i + 1, phrases.phrase(c, r.words)[1])))
            return True
    for c in [*tok.children, *media]:
        if c.dep_ in ("prep", "prt") and c.lower_ == p and not _duration(r, c):
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                if pol == "neutral" and p in r.lex.preps:
                    # "campaigned against X" / "for X": the preposition decides
                    pol = flip(r.lex.preps[p]) if negated(tok) else r.lex.preps[p]
                undoing = _undoing_clause(r, objs[0])
                if undoing is not None:
                    # "called for the charges to be dropped" (parsed as a relative clause)
                    n = len(cands)
                    add(r, cands, r.holders(tok), flip(pol), objs[0], tok,
                        phrase=(objs[0].left_edge.i, undoing.left_edge.i))
                    _through(cands[n:], undoing)
                    return True
                if _bare_ballot(objs[0]):
                    # "campaigning for No": a vote on the question in play, "No" against it
                    n = len(cands)
                    add(r, cands, r.holders(tok), flip(pol) if objs[0].lower_ == NO else pol,
                        None, tok, anaphor="")
                    for cand in cands[n:]:
                        cand.vote = True
                    return True
                add(r, cands, r.holders(tok), pol, objs[0], tok)
                return True
    return False


NO, BALLOT_WORDS = "no", ("yes", "no")


def _party_asked(tok: Token) -> bool:
    """"asked Qatar for X": an object before the "for" is the party asked (not "asked for the
    release of two prisoners, a demand Berlin refused", whose apposition spaCy hangs on the
    verb)."""
    first_for = next((c.i for c in tok.children if c.dep_ == "prep" and c.lower_ == ASKED_FOR),
                     None)
    return first_for is not None and any(
        c.dep_ in ("dobj", "dative") and c.i < first_for for c in tok.children)


def _bare_ballot(obj: Token) -> bool:
    """"campaigning for No", "argued for Yes": a bare Yes or No (no noun after it) is the
    ballot, not a thing of its own."""
    return obj.lower_ in BALLOT_WORDS and not any(
        c.dep_ in ("prep", "acl", "relcl", "amod", "compound") for c in obj.children)


def _duration(r: Reading, prep: Token) -> bool:
    """"pushed for weeks", "lobbying for months against X": a bare span of time (a
    ``time_units`` noun with at most a number, "several" or "many") is how long, not what;
    a date is when ("called a national strike for Monday", "a day of action for March 18")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if len(objs) == 1 and objs[0].ent_type_ in DATES and objs[0].pos_ == PROPER:
        return True  # a named day or month, not "a four-day week"
    return len(objs) == 1 and objs[0].lemma_.lower() in r.words.time_units and all(
        g.dep_ in ("nummod", "amod", "det") and (g.like_num or g.lower_ in DURATION_MODS)
        for g in objs[0].children)


def _through(added: list[Cand], verb: Token) -> None:
    """The evidence of an undoing runs through its verb ("called for the charges to be
    dropped"), which the phrase (what is undone) leaves out."""
    for c in added:
        if c.evidence is not None and c.evidence[1] <= verb.i:
            c.evidence = (c.evidence[0], verb.i + 1)


def _undoing_clause(r: Reading, noun: Token) -> Token | None:
    """"the charges to be dropped": a passive infinitive of a reversal verb on a non-actor
    noun, parsed as its relative clause."""
    if noun.pos_ != "NOUN" or noun.i in r.mmap:
        return None
    return next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i
                 and any(g.dep_ == "auxpass" for g in c.children)
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                 and not any(g.dep_ == "dobj" for g in c.children)
                 and reversal_kind(r.lex, c) is not None), None)


def subj_frame(r: Reading, tok: Token, pol: str, cands: list[Cand]) -> bool:
    """"X could erode Y": the subject, judged by the speaker."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if tok.lemma_.lower() in r.words.foreseen and not _foreseen(tok):
        return False  # "the Constitution protected every owner": a fact told, no judgement
    if subj and subj[0].i not in r.mmap and subj[0].lower_ not in PRONOUNS:
        add(r, cands, r.speaker(tok), pol, subj[0], tok)
        return True
    return False


def _foreseen(tok: Token) -> bool:
    """A modal on the verb ("would protect", "could help"), or "will"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


FRAMES: dict[str, FrameRule] = {
    "obj": obj_frame, "xcomp": xcomp_frame, "self": self_frame, "that": that_frame,
    "subj": subj_frame,
}  # and prep:P, see frame_rule


# -- announced actions and passives ---------------------------------------------------------
def announced(r: Reading, tok: Token, neg: bool, cands: list[Cand]) -> None:
    """"Ethiopia will begin the next filling", "Ankara would open its border": an actor
    announcing its own action supports it (opposes it when negated). Weak: kept only when
    the action is a proposition some other stance expression also addresses."""
    if not _announcement(r, tok):
        return
    cond = condition(r, tok)
    if cond is not None and cond[0] == "precondition":
        return  # "would find a formula before leaders meet": a plan, not a condition
    n = len(cands)
    end = max((c.right_edge.i + 1 for c in tok.children if c.i > tok.i and c.dep_ in ACTION_DEPS),
              default=tok.i + 1)
    span = (tok.i, min(end, phrases.phrase(tok, r.words)[1]))
    pol = "oppose" if neg else "support"
    inner = reversal(r.lex, tok)
    if inner is not None:  # "would (not) withdraw the decree": opposes (keeps) the decree
        pol, span = flip(pol), phrases.phrase(inner, r.words)
    add(r, cands, r.holders(tok), pol, tok, tok, phrase=span)
    occasion = cond is not None and _plain_if(cond[1])
    for c in cands[n:]:
        c.weak = c.aside = True
        if occasion and c.polarity == "conditional":
            # "would execute the warrant if he set foot on French soil": an act announced
            # for an occasion is the act's support, not a condition on it
            c.polarity = pol
    if cond is not None and cond[0] == "condition" and cands[n:]:
        # "would stage a walkout if the fare increase was not withdrawn": opposes the increase
        undoing_terms(r, cands, cond[1], cands[n].holders, pol, tok, span, False,
                      cands[n].statement)


def enacted(r: Reading, tok: Token, cands: list[Cand]) -> None:
    """"Vietnam banned exports of white rice", "Chile recalled its ambassador", "Pakistan
    will withdraw from the agreement": an actor's past or announced act told in a main clause
    supports the act, named as others name it ("the ban", "the withdrawal"). Weak, like an
    announced action: kept only when the act is a proposition some other stance expression
    also addresses ("the ban was unfortunate")."""
    if tok.dep_ == "ROOT" and tok.lemma_.lower() in r.words.act_tellers:  # "..., the ministry said"
        tok = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), tok)
    future = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children)
    agent = passive_agent(r, tok)
    told = tok.tag_ == "VBD" or (tok.tag_ in ("VBZ", "VBP") and _headline(r, tok)) or (
        agent is not None)
    if (not told and not future) or negated(tok) or (
            tok.lemma_.lower() in r.words.action_stop) or (
            tok.lemma_.lower() in r.lex.verb_triggers and (
                tok.lemma_.lower() not in r.words.decision_acts)):
        return
    noun = _act_noun(r, tok)
    if noun is None:
        return
    subj = agent or r.subject(tok)
    doers = _doers(r, subj) if subj is not None else []
    if not doers or (agent is None and subj.i in r.mmap and r.thing_subject(tok)):
        return
    n = len(cands)
    end = max((c.right_edge.i + 1 for c in tok.children if c.i > tok.i and c.dep_ in ACTION_DEPS),
              default=tok.i + 1)
    while end > tok.i + 1 and r.doc[end - 1].is_space:
        end -= 1  # (a title line's break)
    # the doer alone: not the source that tells of the act ("X banned Y, the ministry said")
    add(r, cands, doers, "support", noun, tok, phrase=(noun.i, noun.i + 1))
    # the story's lead act, renamed later ("walked out ... the stoppage"): the doer's stance
    # on what the story is about; an act told further on, a stance act ("vetoed X", already a
    # stance on X) or a charge ("accused B of X", a claim: claims.py), only where others
    # address it
    lemma = tok.lemma_.lower()
    weak = not (LEAD_ACTS and lead(r, tok.i)) or lemma in r.lex.verb_triggers or (
        lemma in r.lex.claims or lemma in r.lex.accusation)
    for c in cands[n:]:
        c.aside = c.act = True
        c.weak = weak
        c.evidence = (tok.i, end)


def told_acts(r: Reading, sent: SpacySpan) -> list[Token]:
    """The verbs of a sentence that may tell an enacted act: its root and, in the story's
    opening, the root's coordinated verbs and the act an "after" clause tells ("the U.N.
    suspended its relief after the Taliban barred women aid workers")."""
    root = sent.root
    if not LEAD_ACTS or not lead(r, root.i):
        return [root]
    # (a stance verb there is read as a stance: "vetoed X" is against X, no act of its own)
    return [root, *(c for c in root.children if c.pos_ == "VERB" and (
        c.lemma_.lower() not in r.lex.verb_triggers) and (
        c.dep_ == "conj" or (c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in r.words.act_marks for g in c.children))))]


def lead(r: Reading, i: int) -> bool:
    """Whether token i lies in the story's opening (``propositions.LEAD_SENTENCES``)."""
    sents = sentences(r.doc)
    return i < sents[min(LEAD_SENTENCES, len(sents)) - 1].end


def _doers(r: Reading, subj: Token) -> list[str]:
    """Who does an act: the actors its subject names, or the actor a government noun is of
    when it acts on something ("the Taliban administration barred X"; not "the U.S.
    government shut down")."""
    if subj.i in r.mmap:
        return r.actors_in(subj)
    if subj.lemma_.lower() not in r.words.government or not any(
            c.dep_ == "dobj" for c in subj.head.children):
        return []
    return [r.mmap[c.i] for c in subj.children if c.dep_ == "compound" and c.i in r.mmap]


def passive_agent(r: Reading, tok: Token) -> Token | None:
    """"Three diplomats were declared persona non grata by Moldova": the actor a past passive
    names as its doer ("by" X), or None."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                    for c in tok.children):
        return None
    # "by Moldova" hung on the verb or on its complement ("declared persona non grata by X")
    heads = [tok, *(c for c in tok.children if c.dep_ in ("oprd", "dobj"))]
    return next((g for h in heads for c in h.children if c.dep_ == "agent" or (
        c.dep_ == "prep" and c.lower_ == BY) for g in c.children
        if g.dep_ == "pobj" and g.i in r.mmap), None)


def _headline(r: Reading, tok: Token) -> bool:
    """Whether ``tok`` is in the story's title line: its first sentence, a line of its own
    that ends without sentence punctuation ("Moldova expels three Russian diplomats"). A
    headline tells a past act in the present tense."""
    sent = sentence_of(r.doc, tok.i)
    if any(not t.is_space for t in r.doc[:sent.start]):
        return False
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text in FINAL:
        return False
    after = r.text[words[-1].idx + len(words[-1].text):words[-1].idx + len(words[-1].text) + 3]
    return after.lstrip(" \t").startswith("\n")


def _act_noun(r: Reading, tok: Token) -> Token | None:
    """The first later "the ban", "the recall", "the seizure" that names the act of a past
    verb ("banned", "recalled", "seized"): a definite noun of the verb's lemma or stem, or one
    ``stance_act_nouns.tsv`` gives for the act ("walked out" / "the stoppage", "expels" /
    "the expulsions")."""
    verb = tok.lemma_.lower()
    after = sentence_of(r.doc, tok.i).end
    found: list[int] = []
    indexes, lemmas = r.definite_nouns.get(verb[:STEM_LETTERS], ([], []))
    for k in range(bisect_left(indexes, after), len(indexes)):
        noun = lemmas[k]
        common = len(os.path.commonprefix([verb, noun]))
        if noun == verb or (common >= STEM_LETTERS and common >= len(verb) - 2):
            found.append(indexes[k])
            break
    for noun in act_nouns(r, tok):
        indexes, lemmas = r.definite_nouns.get(noun[:STEM_LETTERS], ([], []))
        found.extend(indexes[k] for k in range(bisect_left(indexes, after), len(indexes))
                     if lemmas[k] == noun)
    return r.doc[min(found)] if found else None


def _plain_if(clause: Token) -> bool:
    """A clause opened by a bare "if" ("if nothing changed"; not "only if", "even if")."""
    left = clause.left_edge
    return left.lower_ == "if" and not (
        left.i > 0 and left.nbor(-1).lower_ in ("only", "even"))


def _announcement(r: Reading, tok: Token) -> bool:
    """A future main clause of an actor (or pronoun) with a noun object."""
    if tok.lemma_.lower() in r.words.action_stop or tok.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if not aux & {"will", "would", "'ll"} or "have" in aux:
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in OPEN_QUESTION for c in tok.children):
        return False  # "declined to say whether the bloc would extend X": an open question
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i in r.mmap or obj.lower_ in PRONOUNS or obj.pos_ not in (
            "NOUN", "PROPN"):
        return False
    subj = r.subject(tok)
    return not (subj is None or r.thing_subject(tok) or not (
        subj.i in r.mmap or subj.lower_ in PRONOUNS or subj.lemma_.lower() in
        r.words.government))


def passive(r: Reading, tok: Token, pol: str, cands: list[Cand]) -> bool:
    """"X is recognised by A, but not by B or C, nor by five members: D, E and F": each
    agent group holds the stance on X (the reverse after "not"/"nor")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        subj = _reduced_subject(r, tok)  # "the motion, tabled by A": a reduced passive
    if subj is None and tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.pos_ == "VERB":
        # "X was proposed by A and approved by B": a conjoined passive shares its head's subject
        # ("the act, passed by A and signed by B": the reduced one's)
        subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None) or (
            _reduced_subject(r, tok.head))
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if subj is None or agent is None or subj.i in r.mmap and subj.lower_ not in PRONOUNS:
        return False
    added = False
    for pobj, negative, holders in _agent_groups(r, tok, agent):
        if not holders:
            continue
        p = flip(pol) if negative else pol
        n = len(cands)
        if subj.lower_ in PRONOUNS:
            add(r, cands, holders, p, None, tok, anaphor="")
        else:
            add(r, cands, holders, p, subj, tok)
        for c in cands[n:]:
            c.evidence = (min(c.evidence[0], tok.i), max(c.evidence[1], pobj.right_edge.i + 1))
        added = True
    return added


def _reduced_subject(r: Reading, tok: Token) -> Token | None:
    """The noun a reduced passive is on: "the motion, tabled by A" (the noun's own participle;
    a name too, "the Charities Act, passed by A"), or one set off after the clause's subject."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return renamed(r, tok.head)
    return _set_off_subject(tok)


def _set_off_subject(tok: Token) -> Token | None:
    """"The act, passed by the assembly in May, bans X": a participle set off by a comma
    right after the subject of the clause, which the parse hangs on the main verb (not on the
    noun, as it does "the motion, tabled by A"), is a reduced passive on that subject."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")),
                None)
    if subj is None or tok.i < 2:
        return None
    comma = tok.left_edge.i - 1
    if subj.right_edge.i + 1 != comma or tok.doc[comma].text != ",":
        return None
    return subj


def _agent_groups(r: Reading, tok: Token, agent: Token
                  ) -> list[tuple[Token, bool, list[str]]]:
    """The "by" groups of a passive, in order: (object, negated, holders); an actor named in
    a later group is not also a holder of an earlier one."""
    groups: list[tuple[Token, bool]] = []
    todo = [(agent, False)] + [(c, False) for c in tok.children
                               if c.dep_ == "conj" and c.lower_ == "by"]
    while todo and len(groups) < MAX_AGENT_GROUPS:
        by, negative = todo.pop(0)
        negative = negative or any(c.dep_ == "neg" for c in by.children)
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            groups.append((pobj, negative))
        nor = any(c.lower_ == "nor" for c in by.children)
        todo += [(c, negative or nor) for c in [
            *by.children, *(pobj.children if pobj is not None else [])]
            if c.dep_ == "conj" and c.lower_ == "by"]
    later: set[str] = set()
    found = []
    for pobj, negative in reversed(groups):
        holders = [h for h in r.actors_in(pobj) if h not in later]
        if any(c.dep_ == "appos" and c.i in r.mmap for c in pobj.children):
            # "five EU members: Spain, ...": the members, not the EU
            holders = [h for h in holders if h not in {
                r.mmap.get(c.i) for c in pobj.children if c.dep_ == "compound"}]
        later.update(holders)
        found.append((pobj, negative, holders))
    return list(reversed(found))
