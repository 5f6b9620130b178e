"""Relations read off the parse (basis ``statement``, or ``stance`` for "X rejected Y's idea").

- :func:`from_parse`: a lexicon verb with actor X as subject and actor Y as object or
  prepositional target ("X praised Y", "X sided with Y", "X blamed the crisis on Y"), a relation
  noun ("X's criticism of Y", "X voiced support for Y", "Y drew criticism from X"), a neutral
  noun its adjectives rate ("X had harsh words for Y", "X's warm words for Y"), an agent
  noun ("X, a frequent critic of Y", "Y's rival X"), an adjective ("X is critical of Y"), a
  naming verb whose predicate is evaluative ("X called Y a liar", "X described Y as
  reckless"), mutual verbs both ways ("X and Y clashed"; not "X and Y fought to keep
  it", side by side toward a purpose), a verb outside the lexicon that
  VADER rates, with an actor as its object ("X admires Y", "Y is disliked by X"), and a
  relation noun's holder after "by" or "from" ("criticism of Y from X").
- :func:`from_speech`: reported speech: a statement of speaker X whose content's main clause
  (or a complement or conjunct deeper in it) has actor Y as subject of an evaluative
  predicate ("Lavrov said Macron was reckless"), or judges something of Y's ("Y's disastrous
  policies").

A negated verb ("X did not praise Y") or one under a negating verb ("X refused to criticise
Y") gives no relation, except a verb of backing, whose negation is opposition ("X won't
support Y"); negation inside an evaluative predicate flips its sign.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..actors.tokens import Parse, expanded_span, parse, sentence_of, table
from ..model import Statement
from . import Collector
from .lexicon import NEGATIVE, POSITIVE, VERB_VALENCE, WORDS, Lexicon

#: A verb without a subject of its own takes the subject of the verb it hangs from.
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl"})
MAX_CLIMB = 3
# Word classes (data/relation_words.tsv, whose comments say what each is for).
MEANS_PREPS = WORDS["means_preps"]
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})
REASON_PREPS = WORDS["reason_preps"]
REASON_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
#: Where the parser sometimes puts a name right after the verb ("thanked Zelensky").
MISPARSED_OBJECT_DEPS = frozenset({"advmod", "npadvmod"})
#: Children of a naming verb or copula that hold the evaluative predicate.
PREDICATE_DEPS = frozenset({"oprd", "attr", "acomp", "xcomp", "ccomp"})
#: Clauses inside a statement's content whose subject a judgement may be about.
EMBEDDED_DEPS = frozenset({"ccomp", "conj"})
#: Children of a naming verb's preposition that hold the predicate ("as a liar", "as
#: reckless").
AS_PREDICATE_DEPS = frozenset({"pobj", "amod", "acomp"})
#: Children of a content verb whose words count toward its valence ("Y seemed weak").
VERB_VALENCE_DEPS = frozenset({"acomp", "oprd"})
EXCESS = WORDS["excess"]  # "too" before an adjective: the quality is a fault,
EXCESS_VALENCE = 1.0  # worth this much valence below zero besides the adjective's own
#: |VADER valence| of a predicate below which it is not evaluative.
VALENCE_MIN = 1.0
#: |VADER valence| of a rated noun's adjectives from which they say how its holder stands
#: ("warm words for Y": the noun itself says the words are about Y)
RATED_MIN = 0.5
#: The summed VADER valence (either way) a quote's sentence needs for its tone to tell how the
#: speaker stands toward a person it names (``_tone_judgements``): one clearly rated word
#: ("good" 1.9, "honest" 2.3, "disgrace" -2.9) or several milder ones. Chosen on SEESAW train
#: half 1 (stop 39) as the lowest threshold whose added triplets were still as precise as the
#: half's others (3.0 -> 1.75: 8 right of 13 added; 1.5 would add 2 right of 6 more).
TONE_MIN = 1.75
PERSON = "person"
#: Whom the tone of a person's quote may be about: persons, and (stop 42) organisations
#: ("'the adversary is obviously the Democrats'"): on SEESAW train half 1 four of eight added
#: readings were right, on half 2 three of eleven; countries two of nine on half 1 (mostly the
#: speaker's own country or a place named in passing), so they stay out.
TONED_TYPES = frozenset({PERSON, "organization"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})
#: The content subjects an evaluative cue verb judges ("warned that Y would", "questioned
#: whether Y was removed").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
GIVER_PREPS = WORDS["giver_preps"]
SOURCE_PREPS = WORDS["source_preps"]
PARTICLES = WORDS["particles"]  # "pushed back against Y"
PARTICLE_DEPS = frozenset({"advmod", "prt"})
EXPOSED_PREPS = WORDS["exposed_preps"]
AGENT_PREPS = WORDS["agent_preps"]
AFFILIATE_PREPS = WORDS["affiliate_preps"]
CHOSEN_PREPS = WORDS["chosen_preps"]
GROUP_PREPS = WORDS["group_preps"]
MEMBER_PREPS = WORDS["member_preps"]
PARTITIVES = WORDS["partitives"]
DEMAND_MODALS = WORDS["demand_modals"]  # "Y should step down": a demand on Y
DEMAND_VERBS = WORDS["demand_verbs"]  # "Y needs to explain": the same with a verb
RATED_HOLDERS = WORDS["rated_holders"]  # "X had harsh words for Y": X holds them
#: A person named only after these is no one the tone of the sentence is about ("better than
#: Y", "unlike Y", "a smear campaign against Y": a standard of comparison, or the one an act is
#: aimed at, whose side the sentence may well take).
UNTONED_PREPS = WORDS["untoned_preps"]
#: Links inside a name or a list of names ("President Joe Biden", "Y and Z").
NAME_DEPS = frozenset({"compound", "conj", "appos", "det", "amod"})
#: What a hostile verb of the relation lexicon that VADER does not rate ("mislead") counts for
#: in a predicate's open complement: as much as a verb outside the lexicon needs to be read as
#: a relation (``lexicon.VERB_VALENCE``).
HOSTILE_ACT_VALENCE = -VERB_VALENCE


def actors_of(tok: Token, mmap: dict[int, str]) -> list[str]:
    """The actors a noun phrase names: its head (or a compound of it), its conjuncts, and
    the members it names ("Republicans, including X")."""
    out: list[str] = []
    for t in (tok, *tok.conjuncts):
        a = mmap.get(t.i)
        if a is None:
            a = next((mmap[c.i] for c in t.children
                      if c.dep_ == "compound" and c.i in mmap), None)
        if a is not None and a not in out:
            out.append(a)
    return out + [a for a in _members(tok, mmap) if a not in out]


def _members(group: Token, mmap: dict[int, str]) -> list[str]:
    """The actors named as members of a group: "critics of Y, including X", "Republicans,
    such as X" (the parser hangs "including" or "such as" on the group's noun)."""
    out: list[str] = []
    for prep in group.children:
        if prep.dep_ != "prep" or not (prep.lower_ in MEMBER_PREPS or (
                prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))):
            continue
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            for t in (o, *o.conjuncts):
                if t.i in mmap and mmap[t.i] not in out:
                    out.append(mmap[t.i])
    return out


def _negated(verb: Token, lex: Lexicon) -> bool:
    """A ``neg`` child, or a negating or negated verb above through xcomp."""
    v = verb
    pt = parse(verb.doc)
    for _ in range(MAX_CLIMB):
        if any(pt.dep[c] == "neg" for c in pt.kids[v.i]):
            return True
        if v.dep_ != "xcomp" or v.head is v:
            return False
        v = v.head
        if v.lemma_.lower() in lex.negations:
            return True
    return False


def subjects(verb: Token, mmap: dict[int, str]) -> list[str]:
    """The actors that do what ``verb`` says: nsubj, the passive's agent, a relative
    clause's antecedent, or the subject of the verb it is conjoined with or depends on."""
    v = verb
    for _ in range(MAX_CLIMB):
        for c in v.children:
            if c.dep_ == "nsubj":
                if c.tag_ in RELATIVE_TAGS and v.dep_ == "relcl":
                    return _antecedent(v.head, mmap) + _among(v.head, mmap)
                return actors_of(c, mmap)
            if c.dep_ == "agent":
                return [a for p in c.children if p.dep_ == "pobj" for a in actors_of(p, mmap)]
        if v.dep_ == "acl":
            return _among(v.head, mmap)
        if v.dep_ == "pcomp" and v.head.lower_ in MEANS_PREPS and v.head.dep_ == "prep":
            v = v.head.head  # "X energized the crowd by bashing Y"
            continue
        if v.dep_ == "pcomp" and v.head.lower_ in REASON_PREPS and v.head.dep_ == "prep":
            return _reason_doer(v.head.head, mmap)
        if v.dep_ not in CLIMB_DEPS or v.head is v:
            return []
        v = v.head
    return []


def _reason_doer(owner: Token, mmap: dict[int, str]) -> list[str]:
    """Who did what a gerund after "of" or "for" says: the object of the verb it hangs from
    ("X accused Y of blocking Z", "X praised Y for backing Z"), or the noun it hangs from
    ("X slammed Y for ...", parsed under Y)."""
    if owner.pos_ in ("NOUN", "PROPN"):
        return actors_of(owner, mmap) if owner.dep_ in REASON_OBJECT_DEPS else []
    return [a for c in owner.children if c.dep_ in REASON_OBJECT_DEPS
            for a in _object_actors(owner, c, mmap)]


def _antecedent(noun: Token, mmap: dict[int, str]) -> list[str]:
    """The actors a relative clause's noun stands for; a description in apposition stands
    for the name it describes ("Y, a Republican who endorsed X": Y endorsed X)."""
    if noun.dep_ == "appos" and (named := actors_of(noun.head, mmap)):
        return named
    return actors_of(noun, mmap)


def _among(group: Token, mmap: dict[int, str]) -> list[str]:
    """Who is said to be one of a group that does something: "X is among those criticizing
    Y", "X was among the senators who praised Y"."""
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ not in GROUP_PREPS:
        return _one_of(group, mmap)
    return [a for c in prep.head.children if c.dep_ == "nsubj" for a in actors_of(c, mmap)]


def _one_of(group: Token, mmap: dict[int, str]) -> list[str]:
    """"X, one of (a number of) the Democrats who accused Y", "X is one of the senators who
    praised Y": the one said to be of the group."""
    one = group
    for _ in range(MAX_CLIMB):
        if one.lower_ in PARTITIVES:
            break
        if one.dep_ != "pobj" or one.head.lower_ != "of":
            return []
        one = one.head.head
    if one.lower_ not in PARTITIVES:
        return []
    if one.dep_ == "appos":
        return actors_of(one.head, mmap)
    if one.dep_ == "attr" and one.head.lemma_ == "be":
        return [a for c in one.head.children if c.dep_ == "nsubj" for a in actors_of(c, mmap)]
    return []


def _object_actors(verb: Token, obj: Token, mmap: dict[int, str]) -> list[str]:
    """The actors an object names; a relative pronoun ("whom he dubbed a liar") stands for
    the noun its clause hangs from."""
    if obj.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return actors_of(verb.head, mmap)
    return actors_of(obj, mmap)


def _pobj_actors(head: Token, preps: frozenset[str] | set[str], mmap: dict[int, str]
                 ) -> list[str]:
    return [a for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" for a in actors_of(o, mmap)]


def _target_pobj_actors(head: Token, preps: frozenset[str] | set[str], lex: Lexicon,
                        mmap: dict[int, str]) -> list[str]:
    """The targets a relation word's prepositions name: the object's actors, else whose
    thing the object is ("criticism of Y's record", "proud of Y's tenure"; not "Y's
    critics", who stand toward Y themselves), as for a verb's prepositions."""
    out: list[str] = []
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            owners = [] if o.lemma_.lower() in lex.agents else _possessor(o, mmap)
            out += [a for a in actors_of(o, mmap) or owners if a not in out]
    return out


def _possessor(tok: Token, mmap: dict[int, str]) -> list[str]:
    return [a for c in tok.children if c.dep_ == "poss" for a in actors_of(c, mmap)]


def _with_particle_preps(head: Token) -> list[Token]:
    """The head's children and the prepositions its particle took ("pushed back against Y",
    "lashed out at Y": the parser hangs the preposition from "back" or "out")."""
    kids = list(head.children)
    return kids + [p for c in kids if c.dep_ in PARTICLE_DEPS and c.lower_ in PARTICLES
                   for p in c.children if p.dep_ == "prep"]


def _prep_targets(head: Token, lemma: str, lex: Lexicon, mmap: dict[int, str]
                  ) -> Iterable[tuple[str, str]]:
    for prep in _with_particle_preps(head):
        pol = lex.preps.get((lemma, prep.lower_)) if prep.dep_ in ("prep", "dative") else None
        if pol is None:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                # the object's actors, else whose thing it is ("railed against Y's plan";
                # not "Y's critics", who stand toward Y themselves)
                owners = [] if pobj.lemma_.lower() in lex.agents else _possessor(pobj, mmap)
                for a in actors_of(pobj, mmap) or owners:
                    yield a, pol


def verb_targets(verb: Token, lex: Lexicon, mmap: dict[int, str]
                 ) -> list[tuple[str, str, str]]:
    """(target actor, polarity, basis) of a lexicon verb: its object (the passive's subject),
    the possessor of a position noun it takes ("rejected Y's idea": basis stance), and the
    targets of its prepositions."""
    lemma = verb.lemma_.lower()
    pol = lex.verbs.get(lemma)
    out: list[tuple[str, str, str]] = []
    for c in verb.children:
        if c.dep_ in MISPARSED_OBJECT_DEPS and pol is not None:
            out += [(a, pol, "statement") for a in actors_of(c, mmap)]
        if c.dep_ not in OBJECT_DEPS:
            continue
        if pol is not None:
            named = _object_actors(verb, c, mmap)
            out += [(a, pol, "statement") for a in named]
            if not named:
                basis = "stance" if c.lemma_.lower() in lex.positions else "statement"
                out += [(a, pol, basis) for a in _possessor(c, mmap)]
        out += [(a, p, "statement") for a, p in _prep_targets(c, lemma, lex, mmap)]
    out += [(a, p, "statement") for a, p in _prep_targets(verb, lemma, lex, mmap)]
    out += [(a, p, "statement") for a, p in _particle_objects(verb, lemma, lex, mmap)]
    return out


def _particle_objects(verb: Token, lemma: str, lex: Lexicon, mmap: dict[int, str]
                      ) -> list[tuple[str, str]]:
    """The object of a verb whose particle is one of its target prepositions: the parser
    reads "X is taking on Y" as a particle and an object, not as "on Y"."""
    out: list[tuple[str, str]] = []
    for prt in verb.children:
        pol = lex.preps.get((lemma, prt.lower_)) if prt.dep_ == "prt" else None
        if pol is not None:
            out += [(a, pol) for c in verb.children if c.dep_ == "dobj"
                    for a in _object_actors(verb, c, mmap)]
    return out


def valence(tokens: Iterable[Token], lex: Lexicon, mmap: dict[int, str],
            rated: dict[int, float] | None = None) -> float:
    """Sum of the words' VADER valence (``rated``: token index -> the valence of a word the
    rule rates itself); a negation word among them flips the sign; an adjective under "too"
    is a fault whatever its own valence ("too friendly with Y", "too close to Y")."""
    total, flip = 0.0, False
    for t in tokens:
        low = t.lower_
        if t.dep_ == "neg" or low in lex.negations:
            flip = not flip
            continue
        if t.i in mmap or t.pos_ == "PROPN":
            continue
        if low in EXCESS and t.dep_ == "advmod" and t.head.pos_ == "ADJ":
            total -= EXCESS_VALENCE + abs(lex.token_valence(t.head.lower_, t.head.lemma_))
            continue
        if t.pos_ == "ADJ" and any(c.lower_ in EXCESS and c.dep_ == "advmod"
                                   for c in t.children):
            continue  # counted with its "too"
        total += rated[t.i] if rated and t.i in rated else lex.token_valence(low, t.lemma_)
    return -total if flip else total


def sign(value: float) -> str | None:
    if value >= VALENCE_MIN:
        return POSITIVE
    if value <= -VALENCE_MIN:
        return NEGATIVE
    return None


def _naming(verb: Token, lex: Lexicon, mmap: dict[int, str]) -> list[tuple[str, str]]:
    """(target, polarity) of "X called Y a liar" / "X described Y as reckless"."""
    preps = lex.naming.get(verb.lemma_.lower())
    if preps is None:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    targets = [a for c in objects for a in _object_actors(verb, c, mmap)]
    owned = not targets  # "X described Y's plan as reckless": the judgement is of Y
    if owned:
        targets = [a for c in objects if c.lemma_.lower() not in lex.agents
                   for a in _possessor(c, mmap)]
    if not targets:
        return []
    words: list[Token] = []
    for c in verb.children:
        if c.dep_ in PREDICATE_DEPS or (c.dep_ == "dobj" and not owned
                                         and not actors_of(c, mmap)):
            words += list(c.subtree)
        elif c.dep_ == "dobj" and not owned:
            # "X called Y one of the biggest liars": the parser hangs the predicate on Y
            words += [t for a in c.children if a.dep_ == "appos" and not actors_of(a, mmap)
                      for t in a.subtree]
        elif c.dep_ == "prep" and c.lower_ in preps:
            words += _as_predicate(c)
        if c.dep_ == "dobj":  # "described Y's budget as reckless": "as" hung on the object
            words += [t for p in c.children if p.dep_ == "prep" and p.lower_ in preps
                      for t in _as_predicate(p)]
    pol = sign(valence(words, lex, mmap))
    return [(a, pol) for a in targets] if pol else []


def _as_predicate(prep: Token) -> list[Token]:
    """The words of a naming verb's predicate after its preposition ("as a liar", "as
    reckless": the parser hangs a bare adjective on "as" as amod or acomp)."""
    return [t for p in prep.children if p.dep_ in AS_PREDICATE_DEPS for t in p.subtree]


def _noun_relations(noun: Token, lex: Lexicon, mmap: dict[int, str]
                    ) -> list[tuple[str, str, str]]:
    """(source, target, polarity) of "X's criticism of Y", "X voiced support for Y", "Y drew
    criticism from X", "the feud between X and Y"."""
    lemma = noun.lemma_.lower()
    pol = lex.nouns.get(lemma)
    rated = pol is None and lemma in lex.rated
    if rated:  # "warm words for Y", "X had harsh words for Y", "friendly relations with Y"
        value = valence([c for c in noun.children if c.dep_ in ("amod", "neg")], lex, mmap)
        pol = POSITIVE if value >= RATED_MIN else NEGATIVE if value <= -RATED_MIN else None
    if pol is None:
        return []
    between = _pobj_actors(noun, {"between"}, mmap)
    if len(between) > 1 and lemma in lex.mutual:
        return [(a, b, pol) for a in between for b in between if a != b]
    preps = lex.rated[lemma] if rated else lex.noun_preps.get(lemma, frozenset())
    targets = _target_pobj_actors(noun, preps, lex, mmap)
    sources = _possessor(noun, mmap) or _pobj_actors(noun, SOURCE_PREPS - preps, mmap)
    head = noun.head
    if noun.dep_ == "dobj" and not _negated(head, lex):
        verb = head.lemma_.lower()
        givers = _pobj_actors(noun, GIVER_PREPS, mmap) if verb in lex.receive else []
        if givers:  # "Y drew criticism from X", "Y had the backing of X"
            sources, targets = givers, subjects(head, mmap)
        elif not sources and (verb in lex.light or (verb in lex.receive
                                                     and lemma in lex.mutual)
                              or (rated and verb in RATED_HOLDERS)):
            # "X voiced support for Y", "X took aim at Y", "X had a feud with Y"; but the
            # subject of a receiving verb gets the rest ("X drew 39% support to 32% for Y")
            sources = subjects(head, mmap)
            targets += _pobj_actors(head, preps, mmap)
        elif not sources and targets:  # "brought criticism of Y from X"
            sources = _pobj_actors(head, SOURCE_PREPS - preps - {"by"}, mmap)
    elif noun.dep_ == "pobj" and head.lower_ in EXPOSED_PREPS and head.dep_ == "prep" and (
            not _negated(head.head, lex)):
        # "Y came under fire from X", "Y is under attack from X"
        givers = _pobj_actors(noun, GIVER_PREPS, mmap) or _pobj_actors(
            head.head, {"from"}, mmap)
        if givers:
            sources, targets = givers, subjects(head.head, mmap)
    found = [(s, t, pol) for s in sources for t in targets]
    if lemma in lex.mutual:
        found += [(t, s, p) for s, t, p in found]
    return found


def _bearers(noun: Token, mmap: dict[int, str]) -> list[str]:
    """Who an agent noun is said of: "X, a critic of Y", "Y's rival, X", "X is Y's ally",
    "Trump lawyer X" (a title before the name)."""
    out = [a for c in noun.children if c.dep_ == "appos" for a in actors_of(c, mmap)]
    if noun.i in mmap:  # the actor stage folded the apposition into the bearer's mention
        out.append(mmap[noun.i])
    elif noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i in mmap:
        out.append(mmap[noun.head.i])
    out += _members(noun, mmap)  # "critics of Y, including X"
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if one is not None and one.lower_ in PARTITIVES and one.dep_ == "appos":
        out += actors_of(one.head, mmap)  # "X, one of Y's lawyers"
    if noun.dep_ == "appos":
        out += actors_of(noun.head, mmap)
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        out += subjects(noun.head, mmap)
    return out


def _named_before(noun: Token, mmap: dict[int, str]) -> list[str]:
    """The person a compound names before an agent noun: "a Trump critic", "a Clinton ally",
    also through the compound's own compound ("Sanders campaign manager X") (a party or a
    state there says who the bearers are: "GOP critics", "Russian allies")."""
    found = [a for c in noun.children if c.dep_ == "compound" and c.i < noun.i
             for t in c.subtree for a in actors_of(t, mmap)]
    if not found:
        return []
    people = {a.id for a in noun.doc._.actors or [] if a.type == PERSON}
    return [a for a in found if a in people]


def _agent_relations(noun: Token, lex: Lexicon, mmap: dict[int, str]
                     ) -> list[tuple[str, str, str]]:
    """(source, target, polarity) of agent nouns: the bearer toward the possessor or the
    "of" object ("a frequent critic of Obama"); both ways for mutual ones ("rival"); the
    possessor (or the "of" object) toward the bearer for one it chose ("Lynch, Obama's nominee",
    "Hanen, an appointee of Bush")."""
    lemma = noun.lemma_.lower()
    pol = lex.agents.get(lemma)
    if pol is None:
        return []
    if lemma in lex.chosen:
        choosers = [*_possessor(noun, mmap), *_pobj_actors(noun, CHOSEN_PREPS, mmap)]
        return [(c, b, pol) for c in choosers for b in _bearers(noun, mmap)]
    preps = AFFILIATE_PREPS if lemma in lex.affiliates else AGENT_PREPS
    targets = [*_possessor(noun, mmap), *_pobj_actors(noun, preps, mmap),
               *_named_before(noun, mmap)]
    found = [(b, t, pol) for b in _bearers(noun, mmap) for t in targets]
    if lemma in lex.mutual:
        found += [(t, b, p) for b, t, p in found]
    return found


def _adjective(adj: Token, lex: Lexicon, mmap: dict[int, str]) -> list[tuple[str, str, str]]:
    """(source, target, polarity) of "X is critical of Y", "X, loyal to Y": the holder is the
    subject of the copula (or of the clause), or the noun the adjective describes."""
    found: list[tuple[str, str, str]] = []
    lemma = adj.lemma_.lower()
    for prep in adj.children:
        pol = lex.adjs.get((lemma, prep.lower_)) if prep.dep_ == "prep" else None
        if pol is None:
            continue
        targets = _target_pobj_actors(adj, {prep.lower_}, lex, mmap)
        head = adj.head
        if adj.dep_ in ("acomp", "oprd", "xcomp") and not _negated(head, lex):
            holders = subjects(head, mmap)
        elif adj.dep_ in ("amod", "appos"):
            holders = actors_of(head, mmap)
        else:
            holders = []
        found += [(h, t, pol) for h in holders for t in targets]
    return found


def _mutual_verb(verb: Token, lex: Lexicon, mmap: dict[int, str]) -> list[tuple[str, str, str]]:
    """"X and Y clashed": a mutual verb with conjoined actor subjects holds both ways; "X
    clashed with Y" too (but "X fought Y" is one way: the verb frame gives it)."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.mutual:
        return []
    pol = lex.verbs.get(lemma, NEGATIVE)
    subj = subjects(verb, mmap)
    # "X and Y are fighting to obtain the papers": side by side toward a purpose, not against
    # each other (with "for"/"against" they were rivals as often as not on SEESAW train)
    together = any(c.dep_ == "xcomp" for c in verb.children)
    found = [] if together else [(a, b, pol) for a in subj for b in subj if a != b]
    others = [a for (lem, p), _ in lex.preps.items() if lem == lemma
              for a in _pobj_actors(verb, {p}, mmap)]
    found += [(b, a, pol) for a in subj for b in others if a != b]
    return found


def _valence_verb(verb: Token, mmap: dict[int, str]) -> list[tuple[str, str]]:
    """(source, target) of a verb VADER rates ("X admires Y", "Y is disliked by X"): only an
    actor named as its object (or the passive's subject); a verb with no actor object, or
    one whose object is a thing of Y's, gives nothing here."""
    targets = [a for c in verb.children if c.dep_ in OBJECT_DEPS
               for a in _object_actors(verb, c, mmap)]
    return [(s, t) for s in (subjects(verb, mmap) if targets else ()) for t in targets]


def _negated_support(verb: Token, lex: Lexicon, col: Collector, mmap: dict[int, str]) -> None:
    """"X won't support Y": a negated verb of backing is opposition (basis statement)."""
    if verb.lemma_.lower() not in lex.flip or not any(c.dep_ == "neg" for c in verb.children):
        return
    start, end = col.sentence_bounds(verb.idx)
    for a, pol, _ in verb_targets(verb, lex, mmap):
        if pol == POSITIVE:
            for s in subjects(verb, mmap):
                col.add(s, a, NEGATIVE, "statement", start, end)


def _candidates(doc: Doc, lex: Lexicon) -> list[Token]:
    """Tokens whose lemma some parse rule looks at, found on the per-Doc table (no Token
    objects for the rest)."""
    wanted = lex.triggers
    return [doc[i] for i, lemma in enumerate(table(doc).lemma) if lemma in wanted]


def _token_relations(tok: Token, lex: Lexicon, col: Collector, mmap: dict[int, str]
                     ) -> list[tuple[str, str, str, str]]:
    """(source, target, polarity, basis) that one candidate token gives."""
    pos, lemma = tok.pos_, tok.lemma_.lower()
    out: list[tuple[str, str, str, str]] = []
    if pos in ("VERB", "AUX") and lemma in lex.verb_triggers:
        if _negated(tok, lex):
            _negated_support(tok, lex, col, mmap)
            return out
        found = verb_targets(tok, lex, mmap)
        found += [(a, p, "statement") for a, p in _naming(tok, lex, mmap)]
        out += [(s, a, p, b) for s in (subjects(tok, mmap) if found else ())
                for a, p, b in found]
        out += [(s, t, p, "statement") for s, t, p in _mutual_verb(tok, lex, mmap)]
    elif pos == "VERB" and lemma in lex.valence_verbs and not _negated(tok, lex):
        out += [(s, t, lex.valence_verbs[lemma], "statement")
                for s, t in _valence_verb(tok, mmap)]
    elif pos == "ADJ" and lemma in lex.adj_triggers:
        out += [(s, t, p, "statement") for s, t, p in _adjective(tok, lex, mmap)]
    elif pos in ("NOUN", "PROPN") and lemma in lex.noun_triggers:
        found3 = _noun_relations(tok, lex, mmap) + _agent_relations(tok, lex, mmap)
        out += [(s, t, p, "statement") for s, t, p in found3]
    return out


def from_parse(doc: Doc, lex: Lexicon, col: Collector, mmap: dict[int, str]) -> None:
    """Verb, noun, adjective and naming relations (``mmap``: token -> actor); the evidence
    is the sentence."""
    if not mmap:
        return
    for tok in _candidates(doc, lex):
        found = _token_relations(tok, lex, col, mmap)
        if found:
            start, end = col.sentence_bounds(tok.idx)
            for s, t, p, b in found:
                col.add(s, t, p, b, start, end)


def _predicate_words(pred: Token, subject: Token, lex: Lexicon) -> list[Token]:
    """The words that say something about ``subject``: a copula's complements, else the verb
    with its adjectival complements ("Y lied", "Y seemed weak") and the adjectives of its
    object noun, which rate what Y did ("Y gave a flawless performance", "Y took a hostile
    step"). The object noun itself and the verb's adverbs are left out: on SEESAW train they
    judged the object or the manner more often than the subject (so did the adjectives of
    a prepositional object: tried and dropped); so is a verb of speech with its object's
    adjectives ("Y promised that ...", "Y welcomed X", "Y promised a wonderful budget"),
    whose valence is what Y said, not a judgement of Y, unless the act is hostile
    ("threatened", "complained")."""
    words: list[Token] = [c for c in pred.children if c.dep_ == "neg"]
    if pred.lemma_ == "be":
        for c in pred.children:
            if c.dep_ in ("acomp", "attr"):
                words += [t for t in c.subtree if t.dep_ != "relcl"]
        return words
    lemma = pred.lemma_.lower()
    act = lemma not in lex.speech_verbs or lex.verbs.get(lemma) == NEGATIVE
    if act:
        words.append(pred)  # a hostile speech act still tells ("Y is threatening to ...")
    for c in pred.children:
        if c.dep_ in VERB_VALENCE_DEPS:
            words += list(c.subtree)
        elif c.dep_ == "dobj" and c.pos_ == "NOUN" and act:
            words += [a for a in c.children if a.dep_ == "amod"]
    return [w for w in words if w.i != subject.i]


def _main_predicates(content: DocSpan) -> list[tuple[Token, bool]]:
    """The content's main predicates, with whether a negated verb above flips them: the
    content's roots, their conjuncts, and the clauses they take ("I don't think Y is ...")."""
    start, end = content.start, content.end
    doc, heads = content.doc, parse(content.doc).head  # no Token for the other words
    roots = [doc[i] for i in range(start, end) if not start <= heads[i] < end or heads[i] == i]
    out: list[tuple[Token, bool]] = []
    p = parse(doc)
    dep, kids = p.dep, p.kids
    for root in roots:
        negated = any(dep[c] == "neg" for c in kids[root.i])
        out.append((root, False))
        for c in kids[root.i]:
            if dep[c] == "conj":
                out.append((doc[c], False))
            elif dep[c] == "ccomp":
                out.append((doc[c], negated))
    return out


def _embedded_predicates(content: DocSpan, seen: set[int]) -> list[tuple[Token, bool]]:
    """Clauses deeper in the content that have a subject of their own: a complement or a
    conjunct ("X said he told reporters that he believed Y was dishonest"); an adverbial
    clause ("because Y ...", "if Y ...") is left out: it sets a condition or a reason, and on
    SEESAW train it judged Y less often than not."""
    doc = content.doc
    p = parse(doc)
    deps, heads = p.dep, p.head
    start, end = content.start, content.end
    return [(doc[h], False) for i in range(start, end) if deps[i] == "nsubj"
            and (h := heads[i]) not in seen and start <= h < end and deps[h] in EMBEDDED_DEPS]


def _conjoined_predicates(content: DocSpan, predicates: list[tuple[Token, bool]]
                          ) -> list[tuple[Token, bool]]:
    """Verbs conjoined to the content's predicates that the lists above lack ("Y is skirting
    the law and misleading donors", where the complement is "skirting ... and misleading"),
    each with its head's flip."""
    seen = {p.i for p, _ in predicates}
    out: list[tuple[Token, bool]] = []
    for pred, flip in predicates:
        for c in pred.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in seen and (
                    content.start <= c.i < content.end):
                seen.add(c.i)
                out.append((c, flip))
    return out


def _predicate_subjects(pred: Token, pt: Parse) -> list[int]:
    """The subjects (token indices) a predicate says something about: its own, else, for a
    verb conjoined to another without a subject of its own, the other's ("Y skirted the law
    and misled donors": the parser hangs Y on "skirted" only), as ``subjects`` climbs for
    the parse rules."""
    own = [si for si in pt.kids[pred.i] if pt.dep[si] == "nsubj"]
    if own or pred.dep_ != "conj" or pred.pos_ not in ("VERB", "AUX"):
        return own
    return [si for si in pt.kids[pred.head.i] if pt.dep[si] == "nsubj"]


def _hostile_acts(pred: Token, lex: Lexicon) -> dict[int, float]:
    """Token index -> valence of the hostile acts a predicate's open complement names ("Y
    tried to censor Z", "Y attempted to repeal or undermine Z", "Y appeared to mislead Z"):
    the complement's verb and the verbs conjoined to it, when VADER rates them negative or
    the relation lexicon lists them as hostile (``HOSTILE_ACT_VALENCE`` where VADER has no
    rating). A kind act the subject tries or wants to do is its aim, no judgement of it ("Y
    is trying to clean that up"), and is left out: on SEESAW train half 1 none of the four
    such readings was right, while five of seven hostile ones were."""
    out: dict[int, float] = {}
    if pred.lemma_ == "be":
        return out
    for comp in pred.children:
        if comp.dep_ != "xcomp" or comp.pos_ != "VERB":
            continue
        for verb in (comp, *(c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            value = lex.token_valence(verb.lower_, verb.lemma_)
            if value == 0.0 and lex.verbs.get(verb.lemma_.lower()) == NEGATIVE:
                value = HOSTILE_ACT_VALENCE
            if value < 0:
                out[verb.i] = value
    return out


def _possessive_judgements(content: DocSpan, lex: Lexicon, mmap: dict[int, str]
                           ) -> list[tuple[str, str, DocSpan]]:
    """(actor, polarity, sentence) of "Y's failed policies", "Y's brilliant record" in a
    statement's content: the possessed noun with its adjectives, rated by valence (a
    relation noun's own valence left out: "Y's allies")."""
    out = []
    doc = content.doc
    deps = parse(doc).dep
    for i in range(content.start, content.end):
        if deps[i] != "poss" or not (targets := actors_of(tok := doc[i], mmap)):
            continue
        head = tok.head
        words = [c for c in head.children if c.dep_ in ("amod", "neg")]
        if head.dep_ == "attr":  # "it is not Y's fault": the copula's negation turns it
            words += [c for c in head.head.children if c.dep_ == "neg"]
        if not _relation_word(head, lex):
            words.append(head)
        pol = sign(valence(words, lex, mmap))
        if pol is not None:
            out += [(t, pol, sentence_of(tok.doc, tok.i)) for t in targets]
    out += _doer_judgements(content, lex, mmap)
    return out


def _doer_judgements(content: DocSpan, lex: Lexicon, mmap: dict[int, str]
                     ) -> list[tuple[str, str, DocSpan]]:
    """(actor, polarity, sentence) of "obstruction from Y", "reckless spending by Y" in a
    statement's content: an act named by a noun with its doer after "by" or "from", rated
    with its adjectives like a thing of Y's."""
    out = []
    doc = content.doc
    for i in range(content.start, content.end):
        tok = doc[i]
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in SOURCE_PREPS or prep.dep_ != "prep":
            continue
        noun = prep.head
        if noun.pos_ != "NOUN" or _relation_word(noun, lex) or not (
                targets := actors_of(tok, mmap)):
            continue
        words = [c for c in noun.children if c.dep_ in ("amod", "neg")] + [noun]
        pol = sign(valence(words, lex, mmap))
        if pol is not None:
            out += [(t, pol, sentence_of(doc, tok.i)) for t in targets]
    return out


def _relation_word(noun: Token, lex: Lexicon) -> bool:
    """A noun that names a relation ("Y's allies", "Y's support"): its valence is no
    judgement of its possessor (the agent and noun rules read it)."""
    lemma = noun.lemma_.lower()
    return lemma in lex.agents or lemma in lex.nouns


def _judged(subj: Token, mmap: dict[int, str]) -> list[str]:
    """Whom a judgement of the content's subject is about: the actor it names, else the
    possessor of what it names ("Y's apology was not enough", "Y's plan is reckless")."""
    return actors_of(subj, mmap) or _possessor(subj, mmap)


def _cue_polarity(doc: Doc, st: Statement, lex: Lexicon) -> str | None:
    """The polarity of a statement's cue when the cue is itself a lexicon verb ("warned
    that", "complained that", "questioned whether"), not negated."""
    cue = expanded_span(doc, st.cue.start, st.cue.end) if st.cue else None
    if cue is None:
        return None
    verb = cue.root
    pol = lex.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    return None if pol is None or _negated(verb, lex) else pol


def _cue_judgements(predicates: list[tuple[Token, bool]], pol: str | None,
                    mmap: dict[int, str]) -> list[tuple[str, str, DocSpan]]:
    """(actor, polarity, sentence) of "X warned that Y would ...", "X complained that Y
    won't ...", "X questioned whether Y had ...": an evaluative cue verb judges the subject
    of the content's main clause (or its possessor); ``predicates``: the content's
    (``_main_predicates``)."""
    if pol is None:
        return []
    return [(t, pol, sentence_of(subj.doc, subj.i)) for pred, _ in predicates
            for subj in pred.children if subj.dep_ in SUBJECT_DEPS
            for t in _judged(subj, mmap)]


def _demand(pred: Token) -> bool:
    """A predicate that tells its subject what it must do ("Y should step down", "Y needs to
    explain itself", "Y has to stop this charade"): said of an actor, a demand on it, which
    on SEESAW train reads as the speaker's disapproval of the actor."""
    if pred.lemma_.lower() in DEMAND_VERBS and any(
            c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in pred.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in pred.children)


def _untoned(tok: Token, mmap: dict[int, str]) -> bool:
    """Is an actor's word named only after one of ``UNTONED_PREPS`` ("he'd do better than
    Y", "the attacks against Y"), through its own name's words and conjuncts? The tone of
    such a sentence is no judgement of Y (three wrong readings of SEESAW train half 1, no
    right one)."""
    head = tok
    for _ in range(MAX_CLIMB + 1):
        up = head.head
        if up.i == head.i or head.dep_ not in NAME_DEPS or (
                head.dep_ != "conj" and mmap.get(up.i) != mmap.get(tok.i)):
            break
        head = up
    return head.dep_ == "pobj" and head.head.lower_ in UNTONED_PREPS


def _tone_judgements(doc: Doc, st: Statement, content: DocSpan, lex: Lexicon,
                     mmap: dict[int, str], col: Collector, people: set[str],
                     toned: set[str] | None = None) -> None:
    """A person quoted about another person or an organisation that no rule above reads
    (nor the subject of the content's clauses, which the predicate rules judge): the summed
    valence of each sentence of the content (at least ``TONE_MIN`` either way, no negation in
    it) is how the speaker stands toward each of them that sentence names ("Jones said: 'Mary
    Smith is a wonderful, honest public servant'", "'Smith's record is a disgrace,' Jones
    said", "'the real adversary is obviously the Democrats,' Jones said"). On SEESAW train
    about half right: a last reading, after the specific ones. ``people``: the document's
    person actors; ``toned``: the actors it may be about (``TONED_TYPES``; default
    ``people``)."""
    if st.speaker not in people:
        return
    toned = people if toned is None else toned
    have = {(c.source, c.target, col.sentence_of(c.start)) for c in col.found}
    preds = _main_predicates(content)
    preds += _embedded_predicates(content, {p.i for p, _ in preds})
    # a subject the predicate rules judged (or found nothing to judge: "Y promised a
    # wonderful budget" rates what Y said, not Y) is theirs
    judged = {a for pred, _ in preds for c in pred.children if c.dep_ in SUBJECT_DEPS
              for a in _judged(c, mmap)}
    parts: dict[int, list[Token]] = {}
    for tok in content:
        parts.setdefault(sentence_of(doc, tok.i).start, []).append(tok)
    for toks in parts.values():
        named: dict[str, list[Token]] = {}
        for t in toks:
            if t.i in mmap:
                named.setdefault(mmap[t.i], []).append(t)
        targets = {a for a, ts in named.items() if not all(_untoned(t, mmap) for t in ts)}
        targets = targets & toned - {st.speaker} - judged
        if not targets or any(t.dep_ == "neg" or t.lower_ in lex.negations for t in toks):
            continue
        total = sum(lex.token_valence(t.lower_, t.lemma_) for t in toks
                    if t.i not in mmap and t.pos_ != "PROPN")
        pol = POSITIVE if total >= TONE_MIN else NEGATIVE if total <= -TONE_MIN else None
        if pol is None:
            continue
        sent = sentence_of(doc, toks[0].i)
        n = col.sentence_of(sent.start_char)
        for t in sorted(targets):
            if (st.speaker, t, n) not in have:
                col.add(st.speaker, t, pol, "statement", sent.start_char, sent.end_char)


def from_speech(doc: Doc, lex: Lexicon, col: Collector, mmap: dict[int, str]) -> None:
    """Speaker X said that actor Y (the subject of the content's main clause) is or does
    something evaluative, judged something of Y's or an act Y did ("obstruction from Y"),
    said it with an evaluative cue verb ("X warned that Y ..."), or told Y what it must do
    where the predicate rates nothing ("Y needs to explain"): X -> Y."""
    for st in doc._.statements or []:
        if not st.speaker or not mmap:
            continue
        content = expanded_span(doc, st.content.start, st.content.end)
        if content is None:
            continue
        predicates = _main_predicates(content)
        predicates += _embedded_predicates(content, {p.i for p, _ in predicates})
        found = _possessive_judgements(content, lex, mmap)
        found += _cue_judgements(predicates, _cue_polarity(doc, st, lex), mmap)
        for t, pol, sent in found:
            col.add(st.speaker, t, pol, "statement", sent.start_char, sent.end_char)
        predicates += _conjoined_predicates(content, predicates)
        pt = parse(doc)
        for pred, flip in predicates:
            for si in _predicate_subjects(pred, pt):  # (a Token only for a subject)
                subj = doc[si]
                if not (targets := _judged(subj, mmap)):
                    continue
                acts = _hostile_acts(pred, lex)
                words = _predicate_words(pred, subj, lex) + [doc[i] for i in acts]
                value = valence(words, lex, mmap, acts)
                pol = sign(-value if flip else value)
                if pol is None and _demand(pred):
                    pol = NEGATIVE
                sent = sentence_of(doc, subj.i)
                for t in targets:
                    col.add(st.speaker, t, pol, "statement", sent.start_char, sent.end_char)
    people = {a.id for a in doc._.actors or [] if a.type == PERSON}
    toned = {a.id for a in doc._.actors or [] if a.type in TONED_TYPES}
    for st in doc._.statements or []:
        if st.speaker in people and mmap:
            content = expanded_span(doc, st.content.start, st.content.end)
            if content is not None:
                _tone_judgements(doc, st, content, lex, mmap, col, people, toned)
