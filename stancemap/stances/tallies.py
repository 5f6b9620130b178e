"""Vote tallies that say who voted how (``stance_tallies.tsv``).

* "passed the bill by 120 votes to 80, with A and B voting in favour and C and D against",
  "with E abstaining": each actor listed before a marker ("in favour", "against", an
  abstaining verb) takes that vote; the list may elide the second verb ("and C against"), or
  have none at all ("passed 79 to 61, with A and B in favour and C against").
* "voted against, along with B and C": B and C cast the same vote.
* "A voted in favour, B and C against, and D abstained": each conjunct after the vote, its
  verb left out, casts the vote its own marker names.
* "F, G and H were among those who voted in favour", "... among those abstaining": the
  subject's actors take the vote of the group; so do "F and G were among the abstainers",
  "the abstainers included F and G" and "those voting against included F and G".
* "the bill passed with the votes of A, B and C", "cleared its first reading with the support
  of D": the actors whose votes carried a text support it ("was rejected with the votes of
  E": E opposes it).

What is voted on is the object of the verb the list hangs on ("approved the tax, with ..."),
or its subject when that is no actor ("the text passed by 31 votes to 9, with ..."),
else what was last voted on. A vote the other rules already read is left to them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import sentence_of, table
from ..lexicon import word_class_record
from ..voterlists import included_list, listed
from . import votes
from .candidates import Cand
from .context import PRONOUNS, Reading
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_tallies.tsv"
CLIMB = 4  # dependency steps from a vote verb up to the list's preposition
LINKS = frozenset({"acl", "relcl", "conj", "pobj", "pcomp", "advcl", "nsubj", "appos"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
GAP_MARKS = (",", ";")  # the marks after a vote that open a list of votes with no verb
COUNT = "nummod"  # "with 24 Social Democrats": a count on a companion
GROUP = "group"  # the actor type of a counted group of its own ("six members of B")


@dataclass(frozen=True)
class TallyWords:
    """The word classes of ``stance_tallies.tsv`` (its comments say what each one does)."""

    verbs: frozenset[str]
    lists: frozenset[str]
    among: frozenset[str]
    those: frozenset[str]
    favour: frozenset[str]
    in_favour: frozenset[str]
    against: frozenset[str]
    elided_against: frozenset[str]
    abstaining: frozenset[str]
    alongside: frozenset[str]
    joining: frozenset[str]
    carried_by: frozenset[str]
    carrying: frozenset[str]
    defeating: frozenset[str]
    abstainers: frozenset[str]
    including: frozenset[str]


@lru_cache(maxsize=4)
def tally_words(path: Path = DATA) -> TallyWords:
    """``stance_tallies.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(TallyWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Stances of the actors a tally lists, each with its own vote."""
    w = tally_words()
    doc = r.doc
    tab = table(doc)
    seen: set[int] = set()
    for i, lemma in enumerate(tab.lemma):
        if lemma in w.carried_by:
            _carried_by(r, cands, doc[i], w)
        if lemma in w.abstainers:
            _abstainers(r, cands, doc[i], w)
        if lemma in w.lists and i not in seen and _verbless(r, doc[i], w):
            seen.add(i)
            _listed(r, cands, doc[i], w)  # "with A in favour and B against"
        if lemma not in w.verbs:
            continue
        tok = doc[i]
        if tok.pos_ == "VERB":
            _alongside(r, cands, tok, w)
            _gapped(r, cands, tok, w)
        if _included(r, cands, tok, w):
            continue
        opener = _opener(tok, w)
        if opener is None or opener.i in seen:
            continue
        seen.add(opener.i)
        if opener.lower_ in w.lists:
            _listed(r, cands, opener, w)
        else:
            _among(r, cands, opener, tok, w)


def _opener(tok: Token, w: TallyWords) -> Token | None:
    """The "with" of a tally list or the "among" of a group the vote verb hangs under."""
    t = tok
    for _ in range(CLIMB):
        if t.dep_ not in LINKS or t.head is t:
            return None
        t = t.head
        if t.dep_ == "prep" and t.lower_ in w.lists | w.among:
            return t
    return None


def _verbless(r: Reading, opener: Token, w: TallyWords) -> bool:
    """"passed 79 to 61, with A and B in favour and C against": a tally list with no vote verb
    of its own (one with a vote verb is found from that verb), whose first run of actors ends
    in "in favour"."""
    if opener.dep_ != "prep":
        return False
    toks = list(opener.subtree)[1:]
    if any(t.lemma_.lower() in w.verbs for t in toks):
        return False
    first = next((t for t in toks if _marker(r, t, w) is not None), None)
    return first is not None and _marker(r, first, w) == "support" and any(
        t.i in r.mmap for t in toks if t.i < first.i)


def _marker(r: Reading, t: Token, w: TallyWords) -> str | None:
    """The vote a word marks: "in favour", "voting for", "against" (after a vote verb or
    elided after the voters), an abstaining verb; else None."""
    low = t.lower_
    prev = r.doc[t.i - 1] if t.i > 0 else None
    after_vote = prev is not None and prev.lemma_.lower() in w.verbs
    if t.lemma_.lower() in w.abstaining:
        return "neutral"
    if (after_vote and low in w.favour) or (
            prev is not None and prev.lower_ == "in" and low in w.in_favour):
        return "support"
    if low in w.against:
        if after_vote:
            return "oppose"
        if low in w.elided_against and prev is not None and prev.i in r.mmap and not any(
                c.dep_ == "pobj" for c in t.children):
            return "oppose"  # "and C and D against": the vote verb elided
    return None


def _voted_on(r: Reading, verb: Token) -> Token | None:
    """What the verb a tally hangs on decides: a subject pronoun that is no actor ("it
    passed the committee 21-9": what "it" stands for), else its object, else a subject that
    is no actor ("the text passed by 31 votes to 9")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and subj.lower_ in PRONOUNS and subj.i not in r.mmap:
        return subj
    for deps in (("dobj",), SUBJECT_DEPS):
        x = next((c for c in verb.children if c.dep_ in deps), None)
        if x is not None and x.pos_ in ("NOUN", "PROPN") and x.i not in r.mmap:
            return x
    return None


def _record(r: Reading, cands: list[Cand], holders: list[str], pol: str,
            obj: Token | None, trigger: Token) -> None:
    if not holders or any(c.trigger == trigger.i and set(holders) <= set(c.holders)
                          for c in cands):
        return
    n = len(cands)
    add(r, cands, holders, pol, obj, trigger, anaphor="" if obj is None else None)
    for c in cands[n:]:
        c.vote = True
        c.past = False


def _listed(r: Reading, cands: list[Cand], opener: Token, w: TallyWords) -> None:
    """"with A and B voting in favour and C and D against"."""
    verb = opener.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (
            r.words.deciding | r.words.vote_verbs):
        return  # "won only 54 votes, with ...": a count, not a decision on a text
    sent = sentence_of(r.doc, opener.i)
    end = min(opener.right_edge.i + 1, sent.end)
    obj = _voted_on(r, verb)

    def taking_side(t: Token) -> bool:  # "voting with the Republicans": read by echoes.py
        return t.lemma_.lower() in w.verbs and t.i + 1 < end and r.doc[t.i + 1].lower_ in w.lists

    for group, pol, t in _voter_runs(r, r.doc[opener.i + 1:end], w, taking_side):
        _record(r, cands, group, pol, obj, t)


def _among(r: Reading, cands: list[Cand], opener: Token, tok: Token, w: TallyWords) -> None:
    """"F, G and H were among those who voted in favour / abstaining"."""
    if not any(x.lower_ in w.those for x in opener.subtree):
        return
    verb = opener.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return
    holders: list[str] = []
    for x in [subj, *subj.conjuncts]:
        for a in r.actors_in(x):
            if a not in holders:
                holders.append(a)
    pol = next((p for t in r.doc[opener.i:opener.right_edge.i + 1]
                if (p := _marker(r, t, w)) is not None), None)
    if pol is not None:
        _record(r, cands, holders, pol, None, tok)


def _after_including(r: Reading, verb: Token, w: TallyWords) -> list[str]:
    """The actors a list after an including verb names (``voterlists.included_list``)."""
    span = included_list(r.doc, verb.i, sentence_of(r.doc, verb.i).end, w.including)
    return [] if span is None else listed(r.mmap, *span)


def _included(r: Reading, cands: list[Cand], tok: Token, w: TallyWords) -> bool:
    """"Those voting against included A, B and C", "countries voting in favour included D":
    the group a sentence opens with is the voters, and the actors listed after the including
    verb cast its vote."""
    sent = sentence_of(r.doc, tok.i)
    if tok.i - sent.start > 1 or tok.i - 1 in r.mmap:
        return False  # the vote word in the opening group ("Those voting", "States voting")
    pol = None
    for t in r.doc[tok.i + 1:sent.end]:
        span = included_list(r.doc, t.i, sent.end, w.including)
        if span is not None:
            if pol is None or negated(t):
                return False
            holders = listed(r.mmap, *span)
            _record(r, cands, holders, pol, None, tok)
            return bool(holders)
        if t.i in r.mmap or t.pos_ in ("VERB", "AUX"):
            return False  # "voting against the bill said ...": no list of voters
        pol = pol or _marker(r, t, w)
    return False


def _abstainers(r: Reading, cands: list[Cand], noun: Token, w: TallyWords) -> None:
    """"F and G were among the abstainers", "the abstainers included F and G": F and G
    abstained."""
    holders: list[str] = []
    if noun.dep_ == "pobj" and noun.head.lower_ in w.among:
        subj = next((c for c in noun.head.head.children if c.dep_ in SUBJECT_DEPS), None)
        for x in [] if subj is None else [subj, *subj.conjuncts]:
            holders.extend(a for a in r.actors_in(x) if a not in holders)
    elif noun.dep_ in SUBJECT_DEPS and not negated(noun.head):
        holders = _after_including(r, noun.head, w)
    _record(r, cands, holders, "neutral", None, noun)


def _carried_by(r: Reading, cands: list[Cand], noun: Token, w: TallyWords) -> None:
    """"passed with the votes of A and B", "cleared its first reading with the support of C":
    A, B and C support the text carried (oppose one defeated)."""
    opener = noun.head
    if noun.dep_ != "pobj" or opener.dep_ != "prep" or opener.lower_ not in w.lists:
        return
    verb = opener.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head  # "cleared its first reading with the votes of A"
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in w.carrying | w.defeating or negated(verb):
        return
    holders: list[str] = []
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for x in (g for g in of.children if g.dep_ == "pobj"):
            for y in [x, *x.conjuncts]:
                for a in r.actors_in(y):
                    if a not in holders:
                        holders.append(a)
    holders = [h for h in holders if h not in r.holders(verb)]
    if holders:
        pol = "support" if lemma in w.carrying else "oppose"
        _record(r, cands, holders, pol, _carried(r, verb), noun)


def _carried(r: Reading, verb: Token) -> Token | None:
    """What a carrying verb carried: the noun a relative clause hangs on ("the bill, which
    passed with ..."), a subject that is no actor ("the bill passed", "it cleared its first
    reading"), else the object ("the Senate approved the bill"); None for what was last voted
    on."""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and subj.i not in r.mmap:
        return subj if subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in PRONOUNS else None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.i not in r.mmap \
        else None


def _alongside(r: Reading, cands: list[Cand], verb: Token, w: TallyWords) -> None:
    """"voted against, along with B and C", "voted for it, with B" (`joining`): B and C cast
    the same vote."""
    along = [(c, g) for c in verb.children if c.dep_ == "prep" and c.lower_ in w.alongside
             for p in c.children if p.dep_ == "prep" and p.lower_ in w.lists
             for g in p.children if g.dep_ == "pobj"]
    along += [(c, g) for c in verb.children if c.dep_ == "prep" and c.lower_ in w.lists
              and _set_off(c, w) for g in c.children if g.dep_ == "pobj" and _plain(r, g, w)]
    if not along:
        return
    trigger, companion = along[0]  # the companions' own trigger: not the voters' (whose
    # "broke ranks" makes them defectors of a party the companions are no part of)
    companions = [companion]
    holders: list[str] = []
    for x in [companions[0], *companions[0].conjuncts]:
        for a in r.actors_in(x):
            if a not in holders:
                holders.append(a)
    if verb.lemma_.lower() in w.abstaining:
        pol: str | None = "neutral"
        obj = None
    else:
        pol, obj, _ = votes.ballot(verb)
    if pol is None or negated(verb):
        return
    if obj is not None and (obj.i in r.mmap or obj.lower_ in PRONOUNS):
        obj = None
    _record(r, cands, [h for h in holders if h not in r.holders(verb)], pol, obj, trigger)


def _set_off(prep: Token, w: TallyWords) -> bool:
    """"voted for it, with B", "voted for it, together with B": a companion preposition set
    off by a comma (a `joining` adverb between them), not "voted with B" (aligning)."""
    doc = prep.doc
    i = prep.i - 1
    if i > 0 and doc[i].lower_ in w.joining:
        i -= 1
    return i > 0 and doc[i].text == ","


def _plain(r: Reading, obj: Token, w: TallyWords) -> bool:
    """A companion named alone: not a tally ("with B voting against"), nor the votes that
    carried it ("with the votes of B"), nor a count of a party's members read as the party
    ("with 24 Social Democrats": only a group of its own casts the count's vote)."""
    if obj.lemma_.lower() in w.carried_by or any(c.pos_ in ("VERB", "AUX") for c in obj.children):
        return False
    counted = any(c.dep_ == COUNT for c in obj.children)
    return not counted or (obj.i in r.mmap and r.actors[r.mmap[obj.i]].type == GROUP)


def _gapped(r: Reading, cands: list[Cand], verb: Token, w: TallyWords) -> None:
    """"A voted in favour, B and C against, and D abstained": after a vote with its own
    marker and a comma or a semicolon, each run of actors that ends in a marker with no verb
    of its own ("B and C against") casts that marker's vote on what the first one voted on;
    a clause with a verb or a vote word of its own, or a line's end, ends the list."""
    pol, obj, _ = votes.ballot(verb)
    if pol is None or negated(verb):
        return
    sent = sentence_of(r.doc, verb.i)
    start = next((t.i + 1 for t in r.doc[verb.i + 1:sent.end] if t.lower_ in GAP_MARKS
                  or t.i in r.mmap or t.pos_ in ("VERB", "AUX")), sent.end)
    if start >= sent.end or r.doc[start - 1].lower_ not in GAP_MARKS:
        return  # no mark right after the vote and what it is on
    if obj is not None and (obj.i in r.mmap or obj.lower_ in PRONOUNS):
        obj = None
    def own_clause(t: Token) -> bool:  # "..., while D voted against", "D vote no"; a line
        return t.pos_ in ("VERB", "AUX") or t.lemma_.lower() in w.verbs or t.is_space

    for group, mark, t in _voter_runs(r, r.doc[start:sent.end], w, own_clause):
        _record(r, cands, group, mark, obj, t)
        _not_first(cands, verb, group)


def _voter_runs(r: Reading, toks: Iterable[Token], w: TallyWords,
                stop: Callable[[Token], bool]) -> Iterator[tuple[list[str], str, Token]]:
    """Each run of actors in ``toks`` that ends in a vote marker: (its actors, the vote, the
    marker). A word that is neither an actor nor a marker after a run and that ``stop`` takes
    ends the list."""
    group: list[str] = []
    for t in toks:
        who = r.mmap.get(t.i)
        if who is not None:
            if who not in group:
                group.append(who)
            continue
        mark = _marker(r, t, w)
        if mark is not None and group:
            yield group, mark, t
            group = []
        elif stop(t):
            return


def _not_first(cands: list[Cand], verb: Token, voters: list[str]) -> None:
    """The voters of a gapped conjunct cast no vote of the first one (a parse that makes them
    the vote verb's subjects)."""
    for c in [c for c in cands if c.trigger == verb.i]:
        c.holders = [h for h in c.holders if h not in voters]
        if not c.holders:
            cands.remove(c)
