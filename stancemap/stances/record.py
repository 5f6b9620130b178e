"""From a matched stance expression to candidate stances: target, rules, evidence.

Every expression rule (verbs, nouns, evaluatives, votes) ends in :func:`add` with the holders,
a polarity and the head of what is stood on. ``add`` finds the proposition phrase (or marks
the expression as anaphoric), applies the condition, hedge and reversal rules, and records
the candidate, plus those the accusation, proposer and precondition rules imply.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Token

from ..actors.gazetteer import gazetteer
from ..actors.parts import counted_part
from ..actors.sources import source_noun
from ..actors.tokens import parse, sentence_of, table
from ..dates import is_year
from . import claims, descriptions, phrases, rules
from .candidates import Cand, flip
from .context import PRONOUNS, Reading

VETO = "veto"
BALLOT = ("yes", "no")  # "a yes vote", "a no vote"
WHAT_PREPS = ("to", "for")  # "the way to peace": a generic noun with a proposition
EXTENT = 12  # tokens of a clause beyond the phrase that the evidence may include
EXTENT_BREAKERS = ("before", "until")
DISPUTE_PREPS = ("over", "against")
EXCHANGE = "exchange"  # "in exchange for Y"  # "a dispute panel over X", "a lawsuit against X"
PRONOUN_MODIFIERS = ("acl", "relcl", "compound")
VAGUE_DEPS = ("det", "amod", "advmod")  # "any step", "further steps"
RELATING_PREPS = ("with", "between")  # "ties with X", "relations between X and Y"
PROPER = "PROPN"  # a proper name: "voted to gut the Clean Water Act" undoes a named thing
RELATIVE_OBJECTS = ("that", "which")
ACTOR_RELATIVES = ("whom", "who")
NOT, BUT = "not", "but"  # "backed X but not Y": the denied Y
INDEFINITE = ("a", "an")  # "X, a measure backed by Y": an appositive that renames X


@dataclass
class Target:
    """What an expression stands on: a phrase, or an anaphor to an earlier proposition."""

    head: Token | None
    polarity: str
    anaphor: str | None
    phrase: tuple[int, int] | None
    vote: bool = False
    antecedents: tuple[tuple[int, int], ...] = ()  # "the deal": mentions it may name
    # "backed Portugal's call for X": (Portugal, support, where "Portugal's call" starts)
    owner: tuple[str, str, int] | None = None
    # the phrase as said, where the target is an act of another sentence (rules.opposed_act)
    said: tuple[int, int] | None = None
    # the noun a vote's anaphor names what was voted or decided by ("welcomed the ruling"):
    # in the evidence, a further mention of that proposition
    named: Token | None = None


def add(r: Reading, cands: list[Cand], holders: list[str], pol: str, head: Token | None,
        trigger: Token, anaphor: str | None = None, phrase: tuple[int, int] | None = None
        ) -> None:
    """Records the stance of ``holders`` on what ``head`` (or ``phrase``) says."""
    if head is not None and phrase is None and _conduct(r, head):
        # "urged both sides to show restraint (and resolve X)": only the further act counts
        head = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if head is None or _conduct(r, head):  # "show restraint and avoid any step that X"
            return
    if not holders or rules.in_condition(r.lex, trigger) or _relating(r, head, trigger):
        return
    if head is not None and phrase is None and anaphor is None:
        head, phrase = _undoing_conjunct(r, cands, holders, pol, head, trigger)
    if head is not None and phrase is None and anaphor is None:
        phrase = _listed_objects(r, cands, holders, pol, head, trigger)
    if _dated_past(trigger):
        return  # "voted for a fuel-tax increase in 2015": history, not a stance now
    if head is not None and phrase is None and anaphor is None and _person_noun(r, head):
        return  # "backed either candidate", "rebuked his counterpart": who, not what
    if head is not None and phrase is None and anaphor is None and _named_who(r, head):
        return  # "campaigning for Haugland", "applauds Kansas": a name, no proposition
    full_end = _full_end(head, phrase)
    tg = _target(r, Target(head, pol, anaphor, phrase), holders, trigger)
    disputed = _disputed(r, tg)
    if disputed is not None:
        full_end = 0  # the evidence ends with the dispute, not with what it disputes
    sent = sentence_of(r.doc, trigger.i)
    cond = rules.condition(r, trigger) or rules.trailing_condition(r, trigger, sent.end)
    pol = tg.polarity
    if cond is not None and pol == "oppose" and rules.enacted_occasion(r, cond[1]):
        cond = None  # "would challenge the law if it is passed": the occasion, no term
    if rules.hedged(r, trigger, r.sent_words(sent)):
        pol = "neutral"
    asked = pol
    if cond is not None and cond[0] == "condition" and pol in ("support", "oppose"):
        pol = "conditional"
    past = any(c.lower_ == "had" and c.dep_ == "aux"
               for c in [*trigger.children, *trigger.head.children])
    evidence = _evidence(tg, trigger, full_end, sent.end)
    st = r.stmt_of.get(trigger.i, (None, None))[1]
    acc = rules.accusation(r, trigger)
    if acc is not None:  # "A accused B of blocking X": B opposes X, A supports it
        accused, accuser = acc
        cands.append(Cand(accused, pol, tg.phrase, tg.anaphor, trigger.i, past, st,
                          evidence=evidence, antecedents=tg.antecedents))
        holders, pol = accuser, flip(pol)
    subj = r.subject(trigger) if trigger.pos_ == "VERB" else None
    part = subj is not None and counted_part(subj, r.mmap, r.actors)
    named = (tg.named.left_edge.i, tg.named.i + 1) if tg.named is not None else None
    cands.append(Cand(holders, pol, tg.phrase, tg.anaphor, trigger.i, past, st,
                      evidence=evidence, vote=tg.vote, aside=phrases.backgrounded(trigger),
                      antecedents=tg.antecedents, part=part, named=named))
    if part and pol in ("support", "oppose") and _defecting(r, trigger):
        # "four Democrats crossed the aisle to vote for it": the Democrats oppose it
        cands.append(Cand(holders, flip(pol), tg.phrase, tg.anaphor, trigger.i, past, st,
                          evidence=evidence, vote=tg.vote, aside=True,
                          antecedents=tg.antecedents))
    _proposer_stance(r, cands, tg, holders, trigger, past, st)
    traded = _in_exchange(r, tg, trigger)
    entry = r.lex.verbs.get(trigger.lemma_.lower())
    if traded is not None and entry is not None and entry[0] in ("support", "neutral") and (
            not rules.negated(trigger)):
        # "lobbied to drop X in exchange for the removal of Y": the holder wants Y removed
        t_pol, t_head = traded
        t_phrase = phrases.phrase(t_head, r.words)
        cands.append(Cand(holders, t_pol, t_phrase, None, trigger.i, past, st,
                          evidence=t_phrase, aside=True))
    if disputed is not None and asked == "support":
        # "asked the WTO to set up a panel over China's duties": opposes the duties
        cands.append(Cand(holders, "oppose", disputed, None, trigger.i, past, st,
                          evidence=disputed, aside=True))
    if cond is not None and pol == "conditional" and asked in ("support", "oppose"):
        _asked(r, cands, cond[1], holders, asked, trigger, past, st)
        undoing_terms(r, cands, cond[1], holders, asked, trigger, tg.phrase, past, st)
    if cond is not None and cond[0] == "precondition":
        _precondition(r, cands, cond[1], holders, trigger, past, st)


# the dependents of a requested verb that may say it keeps a course (``kept_course``)
KEPT_DEPS = ("dobj", "acomp", "advmod")
# how a requested verb hangs on the request ("urged X to implement ...")
REQUESTED_DEPS = ("xcomp", "advcl", "ccomp")


def _dependents(verb: Token) -> list[Token]:
    """A verb's object, predicate adjective, adverbs and prepositional objects."""
    return [c for c in verb.children if c.dep_ in KEPT_DEPS] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _conduct(r: Reading, head: Token) -> bool:
    """"show restraint", "calm", "lower the tone": a manner of acting (``conduct``); "avoid
    any step that could ...", "take further steps": an act left unnamed."""
    if head.pos_ == "VERB" and any(  # "stand firm", "come home", "honour its commitment"
            o.lemma_.lower() in r.words.kept_course for o in _dependents(head)):
        return True
    if head.pos_ == "VERB" and head.dep_ in REQUESTED_DEPS and any(
            o.lemma_.lower() in r.words.conduct for o in [*_dependents(head), *(
                c for c in head.children if c.dep_ == "oprd")] if o.dep_ != "dobj"):
        return True  # "urged her supporters to stay calm", "to keep the region stable"
    if head.pos_ == "NOUN" and head.lemma_.lower() in r.words.kept_course and (
            head.dep_ == "dobj" and head.head.dep_ in REQUESTED_DEPS) and not any(
            c.dep_ in ("acl", "prep") for c in head.children):
        return True  # "to implement the commitments they made" (not "a commitment to cut X",
        # nor "welcomed Peru's commitment")
    objs = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else [head]
    return any(o.lemma_.lower() in r.words.conduct or _unspecified(r, o) for o in objs)


def _unspecified(r: Reading, noun: Token) -> bool:
    """"any step that could lead to X", "further steps": an ``unspecified_acts`` noun with
    nothing but ``vague_mods`` words and a finite relative clause (no "to"-infinitive, which
    the parse may also call a relative clause, no preposition, no other modifier saying
    which act)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in r.words.unspecified_acts:
        return False
    return all((c.dep_ == "relcl" and not any(g.dep_ == "aux" and g.lower_ == "to"
                                              for g in c.children))
               or (c.dep_ in VAGUE_DEPS and c.lower_ in r.words.vague_mods)
               for c in noun.children)


PAST_TAGS = ("VBD", "VBN")
DATED_PREP = "in"


def _dated_past(trigger: Token) -> bool:
    """"voted for one fuel-tax increase in 2015", "stopped applying the agreement in 2021": a
    past-tense stance verb dated by "in" and a year, on itself or on the verb it governs, is
    background history, not the actor's stance in the story ("has opposed X since 2015" and
    "measures imposed in 2023" judged now stay)."""
    if trigger.tag_ not in PAST_TAGS:
        return False
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    for v in verbs:
        objs = [c for c in v.children if c.dep_ == "dobj"] + [
            g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for w in (v, *objs):
            for p in w.children:
                if p.dep_ == "prep" and p.lower_ == DATED_PREP and any(
                        g.dep_ == "pobj" and is_year(g.text) for g in p.children):
                    return True
    return False


# dependents that leave a person noun bare ("either candidate", "his counterpart")
PERSON_NOUN_DEPS = ("det", "poss", "amod", "nummod", "compound", "case", "punct", "predet")


def _person_noun(r: Reading, head: Token) -> bool:
    """"endorsed either candidate", "backing the members": a bare common noun for a person
    (``source_nouns.tsv`` type person) names who, not what; no proposition."""
    if head.pos_ != "NOUN" or head.i in r.mmap or any(
            c.dep_ not in PERSON_NOUN_DEPS for c in head.children):
        return False
    noun = source_noun(head.lemma_.lower())
    return noun is not None and noun.type == "person"


NAME_DEPS = ("det", "compound", "punct", "appos", "case")
PLACE_ENTITY = "GPE"
POLITY_OWNERS = ("his", "her", "its", "their", "our", "my")
PLURAL_PERSONS = ("they", "them", "themselves")  # may stand for things: an actor's only


def _named_who(r: Reading, head: Token) -> bool:
    """"campaigning for Haugland", "committed to APEC", "applauds Kansas": an actor's or a
    place's bare name (with at most an apposition saying who it is) names who or where, not
    a policy, claim or course; no proposition. "opposed Brexit" (no actor, no place) stays. So
    does a bare definite ``polities`` noun ("his country", "the entity")."""
    if head.lower_ in r.words.persons and (head.i in r.mmap or head.lower_ not in PLURAL_PERSONS):
        return True  # "has always voted for me", "Mayor Defends Herself": who, never what
    if head.pos_ == "NOUN" and head.lemma_.lower() in r.words.polities:
        # "his country remained a member", "the entity was prepared": a state, bare
        return bool(head.children) and all(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.lower_ in
                                                        POLITY_OWNERS) for c in head.children)
    if head.pos_ != "PROPN" or not (head.i in r.mmap or head.ent_type_ == PLACE_ENTITY):
        return False
    return all(c.dep_ in NAME_DEPS for c in head.children)


def _relating(r: Reading, head: Token | None, trigger: Token) -> bool:
    """"valued its relations with X", "ready to work with X": a relation between actors
    (``relating``), not a proposition; a vote on one, or suspending one, stays."""
    if head is None or trigger.lemma_.lower() in r.words.vote_verbs or (
            head.lemma_.lower() not in r.words.relating):
        return False
    # "valued its relations with X": the parse may hang the phrase on the verb
    around = [*head.children, *(trigger.children if head.head.i == trigger.i else [])]
    return any(c.dep_ == "prep" and c.lower_ in RELATING_PREPS for c in around)


def _in_exchange(r: Reading, tg: Target, trigger: Token) -> tuple[str, Token] | None:
    """"X in exchange for Y" in the stance's clause: (support, Y), or (oppose, Z) for "the
    removal of Z" (``removal_nouns``)."""
    heads = [t for t in ([tg.head] if tg.head is not None else []) + [trigger]]
    doc = trigger.doc
    pt, lower = parse(doc), table(doc).lower  # the per-Doc tables: a Token only for "in"
    dep, kids = pt.dep, pt.kids
    for h in heads:
        for t in [h, *islice(h.ancestors, 2)]:  # (not every ancestor made, then cut)
            for ci in kids[t.i]:
                if dep[ci] != "prep" or lower[ci] != "in":
                    continue
                c = doc[ci]
                ex = next((g for g in c.children if g.dep_ == "pobj"
                           and g.lemma_.lower() == EXCHANGE), None)
                y = next((g for p in (ex.children if ex is not None else []) if p.dep_ == "prep"
                          and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"), None)
                if y is None:
                    continue
                if y.lemma_.lower() in r.words.removal_nouns:
                    z = next((g for p in y.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj"), None)
                    if z is not None:
                        return "oppose", z
                return "support", y
    return None


def _disputed(r: Reading, tg: Target) -> tuple[int, int] | None:
    """"a dispute panel over X", "a lawsuit against X" in a phrase: the phrase ends with the
    dispute, and X (returned) is what the dispute's backers oppose."""
    if tg.phrase is None:
        return None
    s, e = tg.phrase
    for t in r.doc[s:e]:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in r.words.disputes:
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in DISPUTE_PREPS and s < c.i < e:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.i not in r.mmap:
                    tg.phrase = (s, c.i)
                    return phrases.phrase(obj, r.words)
    return None


def _defecting(r: Reading, trigger: Token) -> bool:
    """Whether the trigger's clause crosses the aisle, breaks ranks or defects."""
    t = trigger
    for _ in range(3):
        if t.lemma_.lower() in r.words.defecting or any(
                c.dep_ == "dobj" and c.lemma_.lower() in r.words.defecting for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False  # "while three Republicans voted against it": a clause of its own
        t = t.head
    return False


def _full_end(head: Token | None, phrase: tuple[int, int] | None) -> int:
    """Where the head's whole clause ends, when the evidence may reach it."""
    if head is None or phrase is not None:
        return 0
    if any(c.dep_ == "prep" and c.lower_ in EXTENT_BREAKERS for c in head.children):
        return 0
    return head.right_edge.i + 1


def _target(r: Reading, tg: Target, holders: list[str], trigger: Token) -> Target:
    if tg.head is None or tg.phrase is not None:
        return tg
    head = tg.head
    who = proposer(r, head)  # "the Hungarian initiative": still a description
    if descriptions.bare(r, head, who is not None):
        tg.antecedents = descriptions.antecedents(
            r, head, lambda t: who is None or proposer(r, t) == who)
        if tg.antecedents:  # "rejected the deal": the deal named before
            tg.phrase = phrases.phrase(head, r.words)
            tg.vote = head.lemma_.lower() in r.words.doc_nouns
            return tg
    if head.i not in r.mmap or r.mmap[head.i] in holders:
        named = descriptions.same_sentence_antecedent(r, head)
        # "said X was unfair and rejected it": X; "signed a fishing agreement. C rejected it"
        tg.antecedents = _named_by(r, named) if named is not None else (
            descriptions.pronoun_antecedents(r, head))
        if tg.antecedents:
            tg.phrase = (head.i, head.i + 1)
            return tg
    ballot = [c for c in head.children if c.lower_ in BALLOT and c.dep_ in ("det", "compound")]
    if head.pos_ == "NOUN" and all(c.dep_ == "det" or c in ballot for c in head.children) and (
            head.lemma_.lower() in r.words.doc_nouns | r.words.vote_nouns | {VETO}
            or _decided_outcome(r, head)) and (
            not ballot or head.lemma_.lower() in r.words.vote_nouns):
        # "supported the draft", "welcomed the vote": what was voted on; "welcomed the veto",
        # "campaigning for a no vote": the reverse of it
        pol = flip(tg.polarity) if head.lemma_.lower() == VETO or any(
            c.lower_ == "no" for c in ballot) else tg.polarity
        return Target(None, pol, "", None, vote=True, named=head)
    if head.lower_ in PRONOUNS and (head.i not in r.mmap or r.mmap[head.i] in holders):
        tg.anaphor = ""
    elif _generic(r, head):
        tg.anaphor = ""  # "the door is open", "the frontier": no proposition of its own
    else:
        noun = r.lex.nouns.get(head.lemma_)
        if noun and noun[2] and not any(c.dep_ in ("prep", "acl") for c in head.children):
            _anaphoric_noun(r, tg, head)
        else:
            _phrase_target(r, tg, head, trigger)
    return tg


def _decided_outcome(r: Reading, head: Token) -> bool:
    """"regretted the outcome" after "the house rejected the bill": an outcome noun
    (``outcome_nouns``) once the narrator has told a vote or a decision before it."""
    if head.lemma_.lower() not in r.words.outcome_nouns:
        return False
    deciders = r.words.deciding | r.words.vote_verbs
    # told of an actor ("the court dismissed X", "the house rejected X"), not "harder to pass laws"
    return any(t.pos_ == "VERB" and t.lemma_.lower() in deciders and any(
        c.dep_ == "nsubj" and c.i in r.mmap for c in t.children) for t in r.doc[:head.i])


def _generic(r: Reading, head: Token) -> bool:
    return head.lemma_.lower() in r.words.generic and head.i not in r.mmap and not any(
        c.dep_ in PRONOUN_MODIFIERS or (c.dep_ == "prep" and c.lower_ in WHAT_PREPS)
        for c in head.children)


def _anaphoric_noun(r: Reading, tg: Target, head: Token) -> None:
    """"backed Weber's idea", "no such plans": an earlier proposition."""
    det = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    poss = [c for c in head.children if c.dep_ == "poss" and c.i in r.mmap]
    # "the Finnish proposal": what Finland (or its minister) supports
    tg.anaphor = r.mmap[poss[0].i] if poss else proposer(r, head) or ""
    if "no" in det:
        tg.polarity = flip(tg.polarity)


def _phrase_target(r: Reading, tg: Target, head: Token, trigger: Token) -> None:
    if _kept_it(r, tg, head):
        return
    noun = r.lex.nouns.get(head.lemma_)
    if noun and head.dep_ == "dobj" and trigger.lemma_ in r.lex.verbs:
        # "rejected the demand for a police pullout": the pullout
        comp = next((g for c in head.children if c.dep_ == "prep"
                     and c.lower_ in noun[1] for g in c.children
                     if g.dep_ in ("pobj", "pcomp")), None)
        nested = _nested(r, head, noun[1], tg.polarity) if comp is None else None
        composed_flip = False
        if nested is not None:  # "announced plans to vote against X": against X
            composed_flip = nested[1] != tg.polarity
            comp, tg.polarity = nested
        if comp is not None:
            # "backed Portugal's call for X": the possessor holds the noun's own stance on X
            # ("criticised Poland's plan to block X": Poland's plan opposes X)
            owner = next((r.mmap[c.i] for c in head.children
                          if c.dep_ == "poss" and c.i in r.mmap), None)
            if owner is not None and noun[0] in ("support", "oppose"):
                tg.owner = (owner, flip(noun[0]) if composed_flip else noun[0],
                            head.left_edge.i)
            head = comp
            if noun[0] == "oppose":
                tg.polarity = flip(tg.polarity)
    # "urged X to scrap Y" opposes Y; "proposed to scrap Y" is a proposal as it stands, and so
    # is "voted to abolish summer time", but not a vote to undo a named thing ("voted to gut the
    # Clean Water Act": against the Act)
    lemma = trigger.lemma_.lower()
    own = lemma in r.words.proposing and not (
        lemma in r.words.vote_verbs and _undoes_named(head))
    said = head
    undone = rules.opposed_act(r.lex, trigger) if (
        head.head.i == trigger.i and head.dep_ in rules.OBJECT_DEPS
        and tg.polarity in ("support", "oppose")) else None
    if undone is not None:  # a stance verb that undoes an act ("restore visa services")
        tg.polarity, head, said = flip(tg.polarity), undone, trigger
    else:
        tg.polarity, head = rules.reverse(r.lex, tg.polarity, head, undo=not own)
    if head.lower_ in RELATIVE_OBJECTS:  # "the reform, which she refused to withdraw"
        head = relative_object(r, head.head, head)
    tg.head = head
    if head.sent.start != trigger.sent.start and head.pos_ == "VERB":
        # an act of another sentence a stance undoes ("keep the strait open" of "Iran closed
        # the strait"): the act without its doer (rules.opposed_act)
        tg.phrase = phrases.act_phrase(head, r.words)
        tg.said = phrases.phrase(said, r.words)
        return
    span = phrases.coordinated(trigger, phrases.phrase(head, r.words), r.words)
    tail = phrases.infinitive_tail(trigger, head, span)
    if tail is not None and head.i not in r.mmap and rules.reversal_kind(r.lex, tail) is None:
        # (not "a resolution to block the sale": what it undoes is a proposition of its own)
        span = (span[0], phrases.clause_end(tail))
    tg.phrase = span


def _undoes_named(verb: Token) -> bool:
    """Whether an act's object is a proper name ("gut the Clean Water Act")."""
    return any(c.dep_ in rules.OBJECT_DEPS and c.pos_ == PROPER for c in verb.children)


def _nested(r: Reading, noun: Token, complements: tuple[str, ...], pol: str
            ) -> tuple[Token, str] | None:
    """A stance noun's to-infinitive that is a stance of its own on a named thing ("plans to
    vote against the bill", "a pledge to reject X"): (the thing, the composed polarity)."""
    from .verbs import composed  # (verbs reads record's add)
    if "inf" not in complements:
        return None
    inf = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    found = composed(r, inf, pol) if inf is not None else None
    if found is None or found[1] is None or found[1].lower_ in PRONOUNS:
        return None
    return found[1], flip(pol) if found[0] == "oppose" else pol


def _kept_it(r: Reading, tg: Target, head: Token) -> bool:
    """"said X had served Brazil well and urged them to preserve it" (a ``keep`` or ``loosen``
    verb, or an undoing one, on an "it" its own sentence names): the stance is on X, reversed
    for a loosening, and "it" is a further mention of X."""
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB":
        return False
    # (an undoing verb of stance_reversal.tsv loosens too: "urged them to suspend it")
    loosen = lemma in r.words.loosen or rules.reversal_kind(r.lex, head) == "undo"
    if not loosen and lemma not in r.words.keep:
        return False
    it = next((g for g in head.children if g.dep_ == "dobj"), None)
    named = descriptions.same_sentence_antecedent(r, it) if it is not None else None
    if it is None or named is None:
        return False
    if loosen:
        tg.polarity = flip(tg.polarity)
    tg.head = it
    tg.antecedents = _named_by(r, named)
    tg.phrase = (it.i, it.i + 1)
    return True


def _named_by(r: Reading, noun: Token) -> tuple[tuple[int, int], ...]:
    """What an "it" naming ``noun`` may name: the noun's phrase, or for a bare description
    ("Asked about the proposal, ... had not drafted it") the mentions the description may name."""
    if descriptions.bare(r, noun):
        found = descriptions.antecedents(r, noun, lambda _: True)
        if found:
            return found
    return (phrases.phrase(noun, r.words),)


def _undoing_conjunct(r: Reading, cands: list[Cand], holders: list[str], pol: str,
                      head: Token, trigger: Token) -> tuple[Token, tuple[int, int] | None]:
    """"keep hotlines open and return to the agreement" where the text says a party withdrew
    from it: the undoing conjunct is a stance of its own on the act it undoes (reversed), and
    the first act's phrase ends before it. (head, phrase) of what is left."""
    if head.pos_ != "VERB" or rules.opposed_act(r.lex, head) is not None:
        return head, None
    conj = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and rules.opposed_act(r.lex, c) is not None), None)
    if conj is None:
        return head, None
    add(r, cands, holders, pol, conj, trigger)
    start, end = phrases.phrase(head, r.words)
    end = min(end, conj.left_edge.i)
    while end > start + 1 and (r.doc[end - 1].is_punct or r.doc[end - 1].dep_ in (
            "cc", "aux") or r.doc[end - 1].lower_ == "to"):
        end -= 1
    return head, (start, end)


# what makes a conjoined noun a phrase of its own ("its call for X", "the ban on Y")
LISTED_MARKS = ("det", "poss")


def _listed_objects(r: Reading, cands: list[Cand], holders: list[str], pol: str,
                    head: Token, trigger: Token) -> tuple[int, int] | None:
    """"backed Bolivia's claim to the coast and its call for arbitration": two things, each
    named by a determined noun phrase of its own, joined by "and", are two propositions;
    the holder stands on each. "dialogue and negotiation" (bare nouns) stays one; "backed the age
    limit but not the ID checks" stands the other way on the denied one. The first noun's
    phrase, cut before the next, or None where the object is no such list. A noun after "but
    not" is denied whatever the first is ("backed stricter enforcement but not a ban")."""
    denied = _denied(head, trigger) if pol in ("support", "oppose") and (
        trigger.pos_ == "VERB") else None  # not a naming's "welcome, but not a solution"
    if denied is not None:  # "supports the age limit but not the ID checks"
        add(r, cands, holders, flip(pol), denied, trigger)
        return _cut_before(r, head, denied)
    if head.pos_ != "NOUN" or not _determined(head) or any(
            c.dep_ == "preconj" for c in head.children):  # "both X and Y": one position
        return None
    listed = _listed_apposition(r, head)
    if listed is not None:  # "the A, the B and the C": the parse's apposition "the B and the C"
        add(r, cands, holders, pol, listed, trigger)
        return phrases.phrase(head, r.words)
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i
                 and c.pos_ == "NOUN" and _determined(c)), None)
    if conj is None or conj.left_edge.i < 1 or r.doc[conj.left_edge.i - 1].lower_ != "and":
        return None
    add(r, cands, holders, pol, conj, trigger)
    return _cut_before(r, head, conj)


def _denied(head: Token, trigger: Token) -> Token | None:
    """The noun a stance verb denies beside its object: a conjunct of the object ("the goal but not
    the fines", "the age limit, not the ID checks") or, as the parse may hang it, of the
    stance verb ("supports regulation but not a ban")."""
    for c in (*head.children, *trigger.children):
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > head.i and (
                (_determined(c) and any(g.dep_ == "neg" and g.i < c.i for g in c.children))
                or _after_but_not(c)):
            return c
    return None


def _after_but_not(noun: Token) -> bool:
    """"but not" right before the noun's phrase (its own words and quotes skipped)."""
    doc, i = noun.doc, noun.i - 1
    while i > 0 and (doc[i].is_punct or (doc[i].head.i == noun.i and doc[i].dep_ != "neg")):
        i -= 1
    return i > 0 and doc[i].lower_ == NOT and doc[i - 1].lower_ == BUT


def _cut_before(r: Reading, head: Token, conj: Token) -> tuple[int, int]:
    """The phrase of ``head`` up to the conjunct ``conj``, without the joining words."""
    start, end = phrases.phrase(head, r.words)
    end = min(end, conj.left_edge.i)
    while end > start + 1 and (r.doc[end - 1].is_punct or r.doc[end - 1].dep_ == "cc"):
        end -= 1
    return start, end


def _listed_apposition(r: Reading, head: Token) -> Token | None:
    """"backed the new quota, the ban on trawling and the closure of the bay", parsed with
    "ban" an apposition of "quota" and "closure" its conjunct: the apposition is the list's
    next member where it and its conjunct after "and" are determined nouns."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                  and c.i > head.i and _determined(c)), None)
    if appos is None or r.doc[appos.left_edge.i - 1].lower_ != ",":
        return None
    if not any(c.dep_ == "conj" and c.pos_ == "NOUN" and _determined(c) and (
            r.doc[c.left_edge.i - 1].lower_ == "and") for c in appos.children):
        return None
    return appos


def _determined(noun: Token) -> bool:
    """A noun with its own determiner or owner ("the ban", "its call", "Bolivia's claim")."""
    return any(c.dep_ in LISTED_MARKS and c.i < noun.i for c in noun.children)


def _evidence(tg: Target, trigger: Token, full_end: int, sent_end: int) -> tuple[int, int]:
    phrase, head = tg.said or tg.phrase, tg.head or tg.named
    if tg.said is not None:  # "keep the strait open", the act it undoes told elsewhere
        return min(trigger.i, phrase[0]), max(trigger.i + 1, phrase[1])
    lo = min([trigger.i] + ([phrase[0]] if phrase else [head.i] if head else []))
    if head is not None and head.head.i == trigger.i and head.dep_ in ("nsubj", "csubj"):
        lo = min(lo, head.left_edge.i)  # "any easing should depend on X"
    hi = max([trigger.i + 1] + ([phrase[1]] if phrase else [head.i + 1] if head else []))
    if phrase and phrase[1] < full_end <= phrase[1] + EXTENT and full_end <= sent_end:
        hi = max(hi, full_end)  # "language that singles out X": the clause says what
    return lo, hi


def _proposer_stance(r: Reading, cands: list[Cand], tg: Target, holders: list[str],
                     trigger: Token, past: bool, st: str | None) -> None:
    """"rejected the Finnish proposal": Finland supports what it proposed."""
    head = tg.head
    who = proposer(r, head) if head is not None else None
    if head is not None and who is not None and who not in holders:
        cands.append(Cand([who], "support", tg.phrase, tg.anaphor, trigger.i, past, st,
                          evidence=(head.left_edge.i, head.i + 1), vote=tg.vote,
                          antecedents=tg.antecedents))
    elif tg.owner is not None and tg.owner[0] not in holders and tg.phrase is not None:
        cands.append(Cand([tg.owner[0]], tg.owner[1], tg.phrase, tg.anaphor, trigger.i, past,
                          st, evidence=(tg.owner[2], tg.phrase[1]), aside=True))


def _asked(r: Reading, cands: list[Cand], ctok: Token, holders: list[str], pol: str,
           trigger: Token, past: bool, st: str | None) -> None:
    """"would back X only if Y", "would block X unless Y": the holders also stand on Y, what
    the condition asks for (``stance_conditions.tsv``: same polarity, or the opposite)."""
    if rules.provided(ctok):
        ctok = next((c for c in ctok.children if c.dep_ == "ccomp"), ctok)
        mk: str | None = "provided"
    else:
        mk = rules.marker(r.lex, ctok)
    asks = r.lex.condition_asks.get(mk) if mk is not None else None
    subj = next((c for c in ctok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if asks is None or subj is None or subj.lower_ in PRONOUNS:
        return  # "as long as it is applied equally": a property of X itself, no second one
    if asks == "opposite" and pol != "oppose":
        return  # "would impose X unless Y": Y may be what is asked or what is feared
    cpol = pol if asks == "same" else flip(pol)
    if rules.negated(ctok):
        cpol = flip(cpol)
    start, end = subj.left_edge.i, phrases.phrase(ctok, r.words)[1]
    entry = r.lex.verbs.get(ctok.lemma_.lower())
    # "only if Ethiopia agreed to share X": that it shares X is what is asked
    pledge = entry is not None and entry[0] == "support" and "xcomp" in entry[1] and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in ctok.children)
    if not pledge and (subj.i in r.mmap or r.actors_in(subj)):
        return  # "only if Russia withdrew": another actor's act, which the holder waits for
    obj = next((c for c in ctok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.pos_ == "NOUN" and (
            ctok.lemma_.lower() in r.words.loosen or rules.reversal_kind(r.lex, ctok) is not None):
        cpol = flip(cpol)  # "unless the cuts were removed": keeping the cuts is opposed
        start, end = phrases.phrase(obj, r.words)
    cands.append(Cand(holders, cpol, (start, end), None, trigger.i, past, st,
                      evidence=(start, end), aside=True))


def undoing_terms(r: Reading, cands: list[Cand], ctok: Token, holders: list[str], pol: str,
                  trigger: Token, phrase: tuple[int, int] | None, past: bool,
                  st: str | None) -> None:
    """"prepared to bargain if the fine were dropped", "would stage a walkout if the fare increase
    was not withdrawn": a plain "if" whose clause undoes a thing named as its passive
    subject (a reversal or ``loosen`` verb) sets the undoing as the holder's terms, so the holder
    opposes the thing: an offer waits for the undoing, a threat (a ``protests`` act or an
    opposing stance) for its failure. An offer on its failure, or a threat on the undoing, keeps
    the thing and is left unread."""
    if rules.marker(r.lex, ctok) != "if":
        return
    subj = next((c for c in ctok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.i in r.mmap or not (
            ctok.lemma_.lower() in r.words.loosen or rules.reversal_kind(r.lex, ctok)):
        return
    words = r.doc[phrase[0]:phrase[1]] if phrase is not None else []
    threat = pol == "oppose" or any(t.lemma_.lower() in r.words.protests
                                    for t in [trigger, *words])
    if rules.negated(ctok) != threat:
        return
    ph = phrases.phrase(subj, r.words)
    cands.append(Cand(holders, "oppose", ph, None, trigger.i, past, st, evidence=ph,
                      aside=True))


def _precondition(r: Reading, cands: list[Cand], ctok: Token, holders: list[str],
                  trigger: Token, past: bool, st: str | None) -> None:
    """"A is necessary before B can proceed": the holders are conditional on B; only where
    the clause the marker hangs on says the step is needed (``necessity``)."""
    if not _necessary(r, ctok.head):
        return
    subj = [c for c in ctok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        ph = phrases.phrase(subj[0], r.words)
        cands.append(Cand(holders, "conditional", ph, None, trigger.i, past, st,
                          evidence=(min(ph[0], trigger.i), max(ph[1], trigger.i + 1)),
                          aside=True))


def _necessary(r: Reading, verb: Token) -> bool:
    """Whether a clause says its step is needed: a ``necessity`` word as the verb or among
    its dependents ("is necessary", "must first withdraw", "was required")."""
    return any(t.lower_ in r.words.necessity or t.lemma_.lower() in r.words.necessity
               for t in [verb, *verb.children])


def proposer(r: Reading, head: Token) -> str | None:
    """The state whose demonym qualifies a proposal ("the Finnish proposal"), or the
    possessor of a proposal with its content ("Hungary's plan to lift X"); the state whose
    demonym qualifies a claim ("the Argentine account", claims.py) makes the claim."""
    if head.lemma_.lower() not in r.words.proposals and (
            r.lex.descriptions.get(head.lemma_.lower()) != claims.CLAIM):
        return None
    for c in head.children:
        if c.dep_ == "amod" and c.i < head.i:
            e = gazetteer().lookup(c.text)
            if e is not None and e.kind == "demonym":
                hits = [a.id for a in r.actors.values()
                        if a.type == "country" and a.country == e.code]
                if hits:
                    return hits[0]
        if c.dep_ == "poss" and c.i in r.mmap and any(
                g.dep_ in ("acl", "prep") for g in head.children):
            return r.mmap[c.i]
    return None


def relative_object(r: Reading, verb: Token, obj: Token) -> Token:
    """A relative "that"/"which" object names the noun its clause modifies, also through
    to-infinitives ("the pipeline that the president has declined to approve": the pipeline)."""
    rel = verb
    while rel.dep_ == "xcomp" and rel.head.i != rel.i:
        rel = rel.head
    if rel.dep_ == "relcl" and obj.lower_ in RELATIVE_OBJECTS:
        return renamed(r, rel.head)
    return obj


def renamed(r: Reading, noun: Token) -> Token:
    """"the Clean Water amendment, a measure backed by X": an appositive right after a noun
    (not an actor) renames it, and the noun stays the proposition's name ("profits the assets
    generate, a plan ..." renames the whole clause: no noun)."""
    start = noun.left_edge.i
    if start < 2 or r.doc[start - 1].text != ",":
        return noun
    head = r.doc[start - 2]
    if noun.dep_ != "appos" and (noun.lemma_.lower() not in r.lex.descriptions or not any(
            c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)):
        return noun  # (the parse may take "X, a measure ..." for a second object)
    if noun.dep_ == "appos" and noun.head.i != head.i:
        return noun
    if head.pos_ in ("NOUN", "PROPN") and head.i not in r.mmap:
        return head
    return noun
