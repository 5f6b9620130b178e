"""Stance nouns (``stance_nouns.tsv``, ``stance_preps.tsv``) and evaluative predicates
(``stance_evaluatives.tsv``): "a firm stance against X", "a commitment not to X", "no such
plans", "X is not unthinkable", "labeling it a red line", "We remain open to X"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors.sources import agent_sector, source_noun
from ..actors.tokens import parse
from ..relations.lexicon import load_lexicon as relation_lexicon
from . import verbs, votes
from .candidates import Cand, flip
from .context import LIST_PREPS, PRONOUNS, WORDS, Reading
from .lexicon import NO_COMPLEMENT
from .namings import judging_heads
from .record import add
from .rules import NEITHER, contrasted, negated

INFINITIVE, THAT = "inf", "that"  # complements of stance_nouns.tsv besides prepositions
HOLDER_PREPS = LIST_PREPS | WORDS.holder_preps  # "rebuttals within countries like A, B"
EVALUATIVE_DEPS = ("oprd", "xcomp", "ccomp", "dobj", "pobj", "attr", "npadvmod", "appos")
#: A reported "X is/was ..." with no evaluative of stance_evaluatives.tsv in its complement
#: judges X by the complement's sentiment (VADER, MIT, with relation_cues.tsv's valence rows)
#: when the words' valence sums to at least this much either way.
VALENCE_JUDGEMENT = 1.5
#: A naming verb's adjective or noun complement ("called X childish") is an explicit
#: judgement: it counts from the relations layer's threshold (1.0); a clause complement (often
#: a misparse of a quoted noun phrase) keeps VALENCE_JUDGEMENT.
VALENCE_NAMING = 1.0
TAKE = "take"  # "took note of X"
HAVE = "have"  # "had every right to X"
COMPLEMENT_DEPS = ("acomp", "attr")
WH_TAGS = ("WP", "WDT")  # "what", "which"
ACTOR_TYPES = ("person", "group", "organization")  # source_nouns.tsv types that name people


# -- stance nouns ---------------------------------------------------------------------------
def noun(r: Reading, tok: Token, cands: list[Cand]) -> None:
    """A stance noun: its complement is the proposition, its holder the governing verb's
    subject, else the possessor, else a listed group."""
    if tok.pos_ not in ("NOUN",):
        return
    entry = r.lex.nouns.get(tok.lemma_.lower())
    if entry is None:
        return
    pol, preps, anaphoric = entry
    if tok.lemma_.lower() in votes.FAVOUR and tok.dep_ == "pobj" and (
            tok.head.head.lemma_.lower() in r.words.vote_verbs):
        return  # "voted in favour of X", "10 of its members voting in favour": the vote rule's
    if tok.lemma_.lower() in r.words.had_nouns and not _had(tok):
        return  # "the right to protest", "respected the right to strike": no one's claim
    comp, pol = _complement(r, tok, pol, preps)
    no = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    if no:
        pol = flip(pol)
    elif tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") and negated(tok.head) and (
            tok.lemma_.lower() in r.lex.judged):
        pol = flip(pol)  # "did not have the right to X", "does not include the right to X"
    if tok.dep_ == "pobj" and tok.head.lower_ == "against" and pol != "neutral":
        pol = flip(pol)  # "protested against plans to X": opposes X
    if pol == "neutral":
        _no_position(r, tok, comp, no, cands)
        return
    if tok.dep_ == "dobj" and tok.head.lemma_ in r.lex.verbs and comp is not None and (
            tok.head.pos_ == "VERB"):
        return  # "rejected the demand for X": the verb's stance on X, not the demand's
    holders = _noun_holders(r, tok, comp)
    if comp is not None and comp.pos_ == "VERB" and comp.dep_ in ("acl", "relcl"):
        # "plans to vote against the bill": the infinitive's own stance, composed
        nested = verbs.composed(r, comp, pol)
        if nested is not None:
            if nested[1] is not None:
                add(r, cands, holders, flip(pol) if nested[0] == "oppose" else pol,
                    nested[1], tok)
            return
        entry = r.lex.verbs.get(comp.lemma_.lower())
        if pol == "support" and entry is not None and "xcomp" in entry[1] and any(
                c.dep_ == "xcomp" for c in comp.children):
            return  # "plans to urge X to vote against Y": the request is the stance
    if comp is not None:
        add(r, cands, holders, pol, comp, tok)
    elif anaphoric:
        if _standing(r, tok):
            return  # "the senator's support held firm": voters' support, no position
        poss = [c for c in tok.children if c.dep_ == "poss" and c.i in r.mmap]
        # "Macron's idea": holder is the verb's subject, the idea is Macron's
        if tok.dep_ == "dobj" and tok.head.lemma_ in r.lex.verbs:
            return
        add(r, cands, holders, pol, None, tok, anaphor=r.mmap[poss[0].i]
            if poss and holders != [r.mmap[poss[0].i]] else "")


STANDING_PREPS = ("for", "in", "of", "with", "behind")  # "thanked X for its support" stays


def _standing(r: Reading, tok: Token) -> bool:
    """A bare ``standing_nouns`` noun that is a candidate's standing with voters, not a
    position: a clause's subject ("the senator's support held firm"), the object of a
    preposition of place or measure ("ate into the governor's support in the north"), or the
    object of a ``standing_verbs`` verb ("narrowed his support to two names", "win support")."""
    if tok.lemma_.lower() not in r.words.standing_nouns:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") or any(
            c.dep_ == "acl" and c.tag_ == "VBG" for c in tok.children):
        return True  # "showed her support holding firm": the subject of a participle
    if tok.dep_ == "pobj":
        return tok.head.lower_ not in STANDING_PREPS
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in r.words.standing_verbs


def _had(tok: Token) -> bool:
    """"Ethiopia had every right to X", "said it had no right to X": the noun is what its
    holder is said to have (``had_nouns``), the object of "have"."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() == HAVE


def _complement(r: Reading, tok: Token, pol: str, preps: tuple[str, ...]
                ) -> tuple[Token | None, str]:
    """What the noun is about ("a stance against X": X) and the polarity it then has."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs and pol == "neutral" and objs[0].lemma_.lower() in r.words.vehicles:
                return None, pol  # "signatures for a referendum on X": no side told
            if objs:
                if c.lower_ in r.lex.preps:
                    pol = r.lex.preps[c.lower_] if pol == "neutral" else pol
                return objs[0], pol
        if c.dep_ in ("acl", "ccomp") and THAT in preps and c.pos_ == "VERB" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and any(
                g.dep_ == "nsubj" for g in c.children):
            return c, pol  # "its demand that Yerevan amend its constitution"
        if c.dep_ in ("acl", "relcl") and INFINITIVE in preps and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c, flip(pol) if any(g.dep_ == "neg" for g in c.children) else pol
    if tok.dep_ == "dobj":  # "taken a stance against X": the preposition on the verb
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs and pol == "neutral" and objs[0].lemma_.lower() in r.words.vehicles:
                    return None, pol
                if objs:
                    if pol == "neutral" and c.lower_ in r.lex.preps:
                        pol = r.lex.preps[c.lower_]
                    return objs[0], pol
    return None, pol


def _no_position(r: Reading, tok: Token, comp: Token | None, no: bool,
                 cands: list[Cand]) -> None:
    """"has not taken a position on X", "has no position on X": neutral on X."""
    on = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
          for g in c.children if g.dep_ in ("pobj", "pcomp")] or (
        [comp] if comp is not None and comp.head.lower_ == "on" else [])
    gov = tok.head if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else None
    if tok.lemma_.lower() in r.words.noting and gov is not None and gov.lemma_.lower() == TAKE \
            and comp is not None and not negated(gov):
        # "took note of X"; "took note of the vote" acknowledges an outcome, no position
        if comp.lemma_.lower() not in r.words.vote_nouns:
            add(r, cands, r.holders(gov), "neutral", comp, tok)
        return
    if on and (no or (gov is not None and negated(gov))):
        add(r, cands, r.holders(gov) if gov is not None else [], "neutral", on[0], tok)


def _noun_holders(r: Reading, tok: Token, comp: Token | None) -> list[str]:
    holders: list[str] = []
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON" and owner.i not in r.mmap:
        # "did not single out the president's proposals for X": the proposals are someone
        # else's (no actor here), not held by whoever discusses them
        return []
    if owner is not None and owner.pos_ == "PROPN" and tok.head.pos_ == "VERB" and (
            tok.head.lemma_.lower() not in r.lex.verb_triggers) and (
            tok.lemma_.lower() in r.words.proposals):
        # "Marsh singled out Reyes's plan to X": the plan is Reyes's, not Marsh's (while
        # "reiterated Bratislava's commitment" is the speaker's too)
        return [r.mmap[owner.i]]
    if owner is not None and owner.i in r.mmap and tok.dep_ == "attr":
        # "one issue was Menendez's advocacy for X": the possessor's, not the speaker's
        return [r.mmap[owner.i]]
    if tok.lemma_.lower() in r.lex.judged:
        holders = r.speaker(tok)
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in r.words.receiving and (
            tok.lemma_.lower() not in r.words.proposals):
        pass  # "has faced criticism from rivals": the rivals' ("drew up a plan" stays)
    elif tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        holders = r.holders(tok.head)
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" \
            and comp is not None:
        holders = r.holders(tok.head.head)  # "chanting slogans in support of X"
    if not holders:
        poss = [c for c in tok.children if c.dep_ == "poss" and c.i in r.mmap]
        if poss:
            holders = [r.mmap[poss[0].i]]
    # "a series of rebuttals within countries like A, B and C"
    nodes = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        nodes.append(tok.head.head)
    for node in nodes:
        if holders:
            break
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in HOLDER_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        holders += [a for a in r.actors_in(g) if a not in holders]
    return holders


# -- evaluatives ----------------------------------------------------------------------------
def evaluative_key(r: Reading, tok: Token) -> str:
    """The evaluative a word starts: a multiword entry whose other words are among its
    dependents ("a red line", "the way forward"), else its lemma."""
    kids: set[str] | None = None
    for key, words in r.lex.multiword:
        if tok.lower_ not in words:
            continue
        if kids is None:
            kids = {c.lower_ for c in tok.children}
        rest = list(words)
        rest.remove(tok.lower_)
        if all(w in kids for w in rest):
            return key
    return tok.lemma_.lower()


def evaluative(r: Reading, tok: Token, cands: list[Cand]) -> None:
    """"X is not unthinkable", "We remain open to X", "labeling it a red line"."""
    entry = r.lex.evaluatives.get(evaluative_key(r, tok))
    if entry is None and _passive_participle(r, tok):
        # "said the charges were fabricated": the participle is the predicate
        pol = r.lex.evaluatives[tok.lower_][0]
        _predicate(r, tok, tok, flip(pol) if negated(tok) else pol, NO_COMPLEMENT, cands)
        return
    stative = tok.tag_ == "VBN" and tok.dep_ == "acomp"  # "was concerned by X", as written
    if entry is None and stative:
        entry = r.lex.evaluatives.get(tok.lower_)
    if entry is None and tok.tag_ == "VBN" and tok.lower_ in r.lex.evaluatives and (
            r.lex.evaluatives[tok.lower_][1] == "by") and any(
            c.dep_ == "agent" for c in tok.children):
        # "was disappointed by X" parsed as a passive: the subject's reaction to X
        pol, compl = r.lex.evaluatives[tok.lower_]
        _predicate(r, tok, tok, flip(pol) if negated(tok) else pol, compl, cands)
        return
    if entry is None or tok.pos_ not in ("ADJ", "NOUN") and not stative:
        return
    pol, compl = entry
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and (
            head.head.lemma_.lower() in r.words.instance_nouns):
        tok = head.head  # "a textbook case of protectionism": the case is the judgement
        head = tok.head
    neg = negated(tok)
    if head.dep_ == "prep" and head.lower_ == "as":  # "lambasted as absurd"
        head = head.head
    if tok.dep_ in ("acomp", "attr") and head.pos_ in ("AUX", "VERB") and (
            head.lemma_ in r.words.copulas):
        _predicate(r, tok, head, flip(pol) if neg else pol, compl, cands)
    elif tok.dep_ in EVALUATIVE_DEPS or head.pos_ == "VERB":
        _judgement(r, tok, head, pol, neg, cands)


def _passive_participle(r: Reading, tok: Token) -> bool:
    """"were fabricated": an evaluative written as a passive participle with a subject and
    no agent ("were fabricated by the suspects" reports a deed)."""
    p = parse(tok.doc)
    kids = [p.dep[c] for c in p.kids[tok.i]]  # (no Token per child)
    return tok.tag_ == "VBN" and tok.lower_ in r.lex.evaluatives and "auxpass" in kids and (
        "nsubjpass" in kids) and "agent" not in kids


def _predicate(r: Reading, tok: Token, head: Token, pol: str, compl: str,
               cands: list[Cand]) -> None:
    """"X is ADJ": the speaker judges X; "We remain open to X": the subject stands on X."""
    subj = r.subject(head)
    if subj is None:
        return
    own = subj.lemma_.lower() in r.words.government and any(
        c.dep_ == "poss" for c in subj.children)
    if (subj.i in r.mmap or subj.lower_ in PRONOUNS or own) and compl != NO_COMPLEMENT:
        comp = None
        for c in tok.children:
            if compl == INFINITIVE and c.dep_ == "xcomp":
                comp = c
            elif c.dep_ in ("prep", "agent") and c.lower_ == compl:
                comp = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if comp is not None:
            add(r, cands, r.holders(head), pol, comp, tok)
        return
    if subj.i in r.mmap or own or people_noun(subj):
        return
    add(r, cands, r.speaker(head), pol, subj, tok)


def people_noun(tok: Token) -> bool:
    """"the family was grateful", "twenty-six governments were ready": a common noun for
    people (``source_nouns.tsv``, the PETRARCH2 agents dictionary) as a predicate's subject
    says how they are, not what anyone thinks of a proposition."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    noun = source_noun(lemma)
    if noun is not None:
        return noun.type in ACTOR_TYPES
    return agent_sector([lemma]) is not None


def _judgement(r: Reading, tok: Token, head: Token, pol: str, neg: bool,
               cands: list[Cand]) -> None:
    """"called X absurd", "lambasted X as absurd", "labeling it a red line": the verb's
    subject judges its object."""
    verb = head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    obj = [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i]
    target: Token | None = obj[0] if obj else None
    if target is None and tok.dep_ in ("oprd", "dobj"):  # "called any seizure 'theft'"
        target = next((c for c in tok.children if c.dep_ in ("nmod", "amod")
                       and c.pos_ == "NOUN" and c.i < tok.i), None)
    if target is None and tok.dep_ in ("oprd", "dobj", "ccomp", "xcomp"):
        # "has made the bid a centrepiece": the small clause's subject
        target = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                       and c.i < tok.i), None)
    if verb.dep_ == "relcl" and (target is None or target.lower_ in ("that", "which")):
        target = verb.head
    if target is None or target.i in r.mmap:
        return
    if negated(verb) or neg:
        pol = flip(pol)
    add(r, cands, r.holders(verb), pol, target, tok)


def valenced(r: Reading, cop: Token, cands: list[Cand]) -> None:
    """"The speaker said Beijing's duties were an eviction notice": a copula whose complement
    no evaluative entry reads, in reported speech, judged by the complement's sentiment."""
    comps = [c for c in cop.children if c.dep_ in COMPLEMENT_DEPS]
    if len(comps) != 1 or cop.lemma_ not in r.words.copulas:
        return
    pol = _sentiment(r, comps[0])
    if pol is None:
        return
    subj = r.subject(cop)
    if subj is None or subj.i in r.mmap or subj.lower_ in PRONOUNS or subj.pos_ != "NOUN" or (
            people_noun(subj)):
        return
    speakers = r.speaker(cop)
    if speakers:
        # "would be neither safe nor voluntary": the complement's own "neither" negates it too
        neg = negated(cop) or any(c.lower_ == NEITHER for c in comps[0].children)
        add(r, cands, speakers, flip(pol) if neg else pol, subj, comps[0])


def valenced_naming(r: Reading, verb: Token, cands: list[Cand]) -> None:
    """'called the levy "a hidden tax"', 'called it "the best investment"': a naming verb
    (relation_cues.tsv ``naming`` rows) whose complement no evaluative entry reads judges
    its non-actor object by the complement's sentiment, as :func:`valenced` does."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i in r.mmap or obj.tag_ in WH_TAGS:
        return  # "over what it called X": the naming names no proposition of its own
    comp = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")), None) or \
        next((c for c in obj.children if c.dep_ == "appos"), None) or next(
            # 'called the motion "a coup"' parsed as a second object
            (c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i), None) or next(
            (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for g in c.children if g.dep_ == "pobj"), None) or next(
            # 'called the ramming "dangerous"' parsed as a modifier after its noun
            (c for c in obj.children if c.dep_ == "amod" and c.i > obj.i), None)
    pol = _naming_sentiment(r, comp) if comp is not None else None
    if pol is not None:
        add(r, cands, r.holders(verb), flip(pol) if negated(verb) else pol, obj, comp)


def _sentiment(r: Reading, comp: Token) -> str | None:
    """support / oppose by the summed VADER valence of a complement (actors left out), or
    None when it is weak or an evaluative entry reads the complement."""
    if disguised(r, comp) or wanting(r, comp):
        return "oppose"
    affected = {t.i for c in comp.children if c.dep_ == "prep" and comp.pos_ == "NOUN"
                and c.lower_ in r.words.affected_preps for t in c.subtree}
    affected |= contrasted(comp)  # "a start, not a solution": "solution" judges nothing
    words = [t for t in comp.subtree if t.i not in affected]
    if evaluative_key(r, comp) not in r.lex.evaluatives:
        # "the closure was a proportionate measure": an evaluative modifying the complement,
        # which the evaluative rule does not read, judges as the naming rule reads it
        entries = _entry_polarities(r, _core(comp))
        if len(entries) == 1 and "neutral" not in entries:
            return entries.pop()
    value = _valence(t for t in words if t.i not in r.mmap)
    if abs(value) < VALENCE_JUDGEMENT or any(
            evaluative_key(r, t) in r.lex.evaluatives for t in words):
        return None
    return "support" if value > 0 else "oppose"


def _naming_sentiment(r: Reading, comp: Token) -> str | None:
    """The judgement a naming verb's complement passes ('called X "a reckless gamble"',
    'called X "irresponsible and dangerous"', 'called the boycott "childish"'): the
    evaluative entries among its words when they agree (the evaluative rule reads only an
    entry that is the complement itself), else the summed VADER valence at the lower
    threshold of an explicit naming (:data:`VALENCE_NAMING`)."""
    if disguised(r, comp) or wanting(r, comp):
        return "oppose"
    if evaluative_key(r, comp) in r.lex.evaluatives and comp.dep_ != "amod":
        return None  # "calling X a red line": the evaluative rule reads it
    headed = _judging_head(r, comp)
    if headed is not None:
        return headed
    words = [t for t in _core(comp) if t.i not in r.mmap]
    entries = _entry_polarities(r, words)
    if entries:
        pol = entries.pop() if len(entries) == 1 else None
        return None if pol == "neutral" else pol
    value = _valence(words)
    if abs(value) < (VALENCE_JUDGEMENT if comp.pos_ in ("VERB", "AUX") else VALENCE_NAMING):
        return None
    return "support" if value > 0 else "oppose"


def _judging_head(r: Reading, comp: Token) -> str | None:
    """'called the levy "a tax on farmers"', 'called the accord "the right model"': a judging
    head of ``stance_namings.tsv`` (or an adjective on it) passes its polarity unless the
    complement's other words say the opposite (an evaluative entry, or VADER at the naming
    threshold: "a fair tax")."""
    pol, heads = judging_heads(comp)
    if pol is None:
        return None
    rest = [t for t in _core(comp) if t.i not in r.mmap and t.i not in heads]
    value = _valence(rest) * (1 if pol == "support" else -1)
    if _entry_polarities(r, rest) - {pol, "neutral"} or value <= -VALENCE_NAMING:
        return None
    return pol


def disguised(r: Reading, comp: Token) -> bool:
    """A complement said to be disguised as something else ("a tax on farmers dressed up as
    regulation", "a land grab masquerading as conservation"): what it names is passed off
    as what it is not, a judgement against it whatever either noun's sentiment
    (``disguising`` of ``stance_words.tsv``)."""
    return comp.pos_ in ("NOUN", "PROPN") and any(
        # the parse may hang the verb on the complement's own "on" phrase ("a tax on farmers")
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in r.words.disguising
        and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)
        for c in comp.subtree)


def wanting(r: Reading, comp: Token) -> bool:
    """A complement said to seek the need it should meet ("a solution in search of a problem",
    "a solution looking for a problem", ``wanting`` of ``stance_words.tsv``): no need for what
    it names, a judgement against it whatever either noun's sentiment."""
    return comp.pos_ in ("NOUN", "PROPN") and any(
        c.lemma_.lower() in r.words.wanting and (
            (c.dep_ in ("acl", "relcl") and any(g.dep_ == "prep" and g.lower_ == "for"
                                                for g in c.children))
            or (c.dep_ == "pobj" and c.head.lower_ == "in" and any(
                g.dep_ == "prep" and g.lower_ == "of" for g in c.children)))
        for c in comp.subtree)


def _entry_polarities(r: Reading, words: Iterable[Token]) -> set[str]:
    """The polarities of the evaluative entries (``stance_evaluatives.tsv``) among words."""
    keys = (evaluative_key(r, t) for t in words)
    return {r.lex.evaluatives[k][0] for k in keys if k in r.lex.evaluatives}


def _valence(words: Iterable[Token]) -> float:
    """The words' summed VADER valence (with relation_cues.tsv's valence rows)."""
    lex = relation_lexicon()
    return sum(lex.token_valence(t.lower_, t.lemma_) for t in words)


def _core(comp: Token) -> list[Token]:
    """A complement without its prepositional phrases, which name what it falls on or where
    it comes from ("a step backwards from everything we agreed", "a tax on every car"); a
    light head's "of" phrase is its content and stays ("an act of retaliation",
    ``light_heads``)."""
    out, todo, denied = [], [comp], contrasted(comp)
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if (c.dep_ not in ("prep", "punct") or _of_light(
            t, c)) and c.i not in denied)
    return out


def _of_light(head: Token, prep: Token) -> bool:
    """Whether a preposition is the "of" of a light head noun ("an act of X", "a form of X")."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and head.pos_ == "NOUN" and (
        head.lemma_.lower() in WORDS.light_heads)


def naming_verbs() -> frozenset[str]:
    """The naming verbs of the relations lexicon ("call", "describe", "label", ...)."""
    return frozenset(relation_lexicon().naming)
