"""The named interpretation rules: how a found stance expression gets its polarity.

* negation   "did not back", "never accept", "no such plans" flip support and oppose;
* hedge      a hedge of ``stance_hedges.tsv`` near the trigger ("reviewing options") -> neutral;
* condition  a marker of ``stance_conditions.tsv`` on the stance's clause ("only if",
             "unless") -> conditional; "before X can proceed" makes X a precondition;
* reversal   opposing a reversal of ``stance_reversal.tsv`` ("postponing talks", "zero
             enrichment") supports what is reversed;
* accusation "A accused B of blocking X" (``stance_accusation.tsv``): B opposes X, A supports
             it; "A accused B of 'protectionism'" (no stance expression in the charge): A
             opposes what B stands for.

The agreement rule ("Y backed X", ``stance_agreement.tsv``) has a module of its own,
agreement.py. Each rule is a small function of the parse and the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import parse, table
from .candidates import CHARGED, Cand, flip
from .context import PRONOUNS, WORDS, Reading, misattached_conj
from .lexicon import Lexicon, Words

NEITHER = "neither"
NEGATORS = ("never", "no", NEITHER)  # "neither" on the first of "neither A nor B"
NEGATED_ADVERBS = ("longer",)  # "no longer"
# "neither" on a subject ("Neither A nor B backed X"), an object ("would back neither X nor Y")
# or a complement ("would be neither safe nor voluntary") negates the verb
NEITHER_HOSTS = ("nsubj", "nsubjpass", "dobj", "acomp", "attr", "xcomp", "oprd")
# "a first step, not an answer": the parse hangs the "not" of a contrasted second noun on the
# first, which it does not negate (negated, contrasted)
CONTRAST_DEPS = ("appos", "conj")
PREDICATE_DEPS = ("acomp", "attr", "xcomp", "oprd")  # "is not unthinkable": the copula's "not"
CLAUSE_UP_DEPS = ("xcomp", "acomp", "attr", "dobj", "pobj", "prep", "oprd")
CONDITION_DEPS = ("advcl", "ccomp", "prep", "pcomp")
CONDITION_WINDOW = 2, 3  # words before and after a clause's left edge searched for a marker
MARKER_WIDTH = 3  # a condition marker has at most three words
HEDGE_DISTANCE = 40  # characters between a hedge and its trigger in the sentence's words
PROVIDED = ("provided", "providing")
IN_CONDITION_HOPS = 6
NEGATED_CONDITION = "negated"  # a marker that states a condition of a negated stance ("until")
ACCUSATION_HOPS = 4


# -- negation -------------------------------------------------------------------------------
def negated(tok: Token) -> bool:
    """"did not back", "never accept", "no such plans"; a predicate by its copula's "not"."""
    p = parse(tok.doc)  # the per-Doc tables: no Token made per child
    dep, kids, lower = p.dep, p.kids, table(tok.doc).lower
    i = tok.i
    for t in (i, p.head[i]) if dep[i] in PREDICATE_DEPS else (i,):
        for c in kids[t]:
            if t == i and dep[c] == "neg" and c > t and lower[c - 1] == "," and any(
                    dep[g] in CONTRAST_DEPS and g > c for g in kids[t]):
                continue  # "was a first step, not an answer": the "not" is the second's
            if dep[c] == "neg" or lower[c] in NEGATORS:
                return True
            if dep[c] == "advmod" and lower[c] in NEGATED_ADVERBS and any(
                    lower[g] in NEGATORS for g in kids[c]):
                return True  # "could no longer support X"
            if dep[c] in NEITHER_HOSTS and any(lower[g] == NEITHER for g in kids[c]):
                return True  # "Neither A nor B backed X", "would send neither X nor Y"
    return False


def contrasted(tok: Token) -> set[int]:
    """"a first step, not an answer", "a slogan, not a policy": the words of the second,
    denied part of a contrast after ``tok`` (its "not" and the appositive or conjunct after
    it), which judge nothing of what ``tok`` says."""
    negs = [c.i for c in tok.children
            if c.dep_ == "neg" and c.i > tok.i and tok.doc[c.i - 1].lower_ == ","]
    if not negs:
        return set()
    out = {t.i for c in tok.children if c.dep_ in CONTRAST_DEPS and c.i > negs[0]
           for t in c.subtree}
    return out | set(negs) if out else set()


def refused(words: Words, tok: Token) -> bool:
    """"refused to back X", "declined to endorse X": a to-infinitive of a ``refusing`` verb
    (not itself negated: "did not refuse to back X" backs it)."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and (
        head.lemma_.lower() in words.refusing) and not negated(head)


def open_clause(words: Words, tok: Token) -> bool:
    """"whether to back X": a clause marked as an open question (``open_marks``)."""
    return any(c.dep_ == "mark" and c.lower_ in words.open_marks for c in tok.children)


# -- hedge ----------------------------------------------------------------------------------
def hedged(r: Reading, trigger: Token, sent_words: str) -> bool:
    """A neutral hedge ("reviewing options") within reach of the trigger in its sentence."""
    for h in r.lex.neutral_hedges:
        if h in sent_words and abs(
                sent_words.find(h) - sent_words.find(trigger.lower_)) < HEDGE_DISTANCE:
            return True
    return False


# -- condition ------------------------------------------------------------------------------
def stance_clause(tok: Token) -> Token:
    """The clause a stance word belongs to ("ready to sign": "ready"'s copula)."""
    clause = tok
    while clause.dep_ in CLAUSE_UP_DEPS and clause.head.i != clause.i:
        clause = clause.head
    return clause


def condition(r: Reading, tok: Token) -> tuple[str, Token] | None:
    """A condition clause attached to the stance's clause: (kind, clause head)."""
    clause = stance_clause(tok)
    other = other_clauses(r.lex, clause)
    for c in clause.subtree:
        if (c.dep_ not in CONDITION_DEPS and c.i != clause.i) or c.i in other:
            continue
        found = _condition_at(r, c, negated(clause))
        if found is not None:
            return found
    return None


def _condition_at(r: Reading, c: Token, negative: bool = False) -> tuple[str, Token] | None:
    """The condition a marker near ``c``'s left edge states, if any (a ``negated`` marker only
    on a ``negative`` stance clause: "would not cut rates until X")."""
    marks: list[Token] | None = None
    left = c.left_edge.i
    before, after = CONDITION_WINDOW
    words = " " + " ".join(r.tab.lower[max(left - before, 0):left + after]) + " "
    for mk, padded, kind in r.lex.padded_conditions:
        if padded not in words:
            continue
        if marks is None:
            marks = [m for m in c.children if m.dep_ in ("mark", "advmod", "prep")]
        if mk == "if" and not (c.dep_ == "advcl" and any(m.lower_ == "if" for m in marks)
                               and c.left_edge.lower_ == "if"):
            continue  # "asked if", "even if": no condition
        if mk == "if" and _accepted_offer(r, c):
            continue  # "ready to host talks if both sides wished": no term of the holder's
        if kind == NEGATED_CONDITION:
            if negative and c.dep_ == "advcl" and any(m.lower_ == mk for m in marks):
                return "condition", c
            continue
        if kind != "precondition":
            return kind, c
        if _time_clause(c, r.words):
            continue  # "before the lean season begins": a time, no condition
        if any(m.lower_ == mk for m in marks):
            return kind, c
    return None


def _accepted_offer(r: Reading, c: Token) -> bool:
    """"ready to host the talks if both sides wished", "would send an escort if asked": a plain
    "if" clause whose verb only says that the party offered to wants, asks for or accepts it
    (``accepting``): the offer awaits its acceptance, which is no term the holder sets."""
    return c.lemma_.lower() in r.words.accepting and not any(
        g.dep_ in ("advcl", "conj") for g in c.children)


DEFINITE = ("the", "this", "that", "these", "those")
THING_PRONOUNS = ("it", "this", "them")  # (not "they": often the actors)
ENACTED_DEPS = ("nsubj", "nsubjpass", "dobj")


def enacted_occasion(r: Reading, c: Token) -> bool:
    """"would challenge the law in court if it is passed", "would ask the court to review it if
    the Senate passes it": a plain "if" clause whose verb only enacts what is spoken of
    (``enacting``, with a pronoun, or a definite noun named before it in the sentence, as its
    subject or object). For an opposing stance it is the occasion (only what is enacted can be
    challenged), no term of the holder's; backing X "if the Senate approved it" stays a
    condition (record.add)."""
    if marker(r.lex, c) != "if" or c.lemma_.lower() not in r.words.enacting or negated(c) or any(
            g.dep_ in ("advcl", "conj") for g in c.children):
        return False
    before = {t.lemma_.lower() for t in c.doc[c.sent.start:c.left_edge.i] if t.pos_ == "NOUN"}
    return any(g.dep_ in ENACTED_DEPS and (
        g.lower_ in THING_PRONOUNS or (g.pos_ == "NOUN" and g.lemma_.lower() in before and any(
            d.dep_ in ("det", "poss") and (d.lower_ in DEFINITE or d.tag_ == "PRP$")
            for d in g.children))) for g in c.children)


def _time_clause(c: Token, words: Words) -> bool:
    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "pobj")), None)
    return subj is not None and (subj.ent_type_ in ("DATE", "TIME")
                                 or subj.lemma_.lower() in words.time_words)


def trailing_condition(r: Reading, trigger: Token, sent_end: int) -> tuple[str, Token] | None:
    """A condition clause after the trigger that the parse hung elsewhere in the sentence
    (", provided Serbia stopped X", "unless Moscow withdrew")."""
    clause = stance_clause(trigger)
    other = other_clauses(r.lex, clause)
    pos = r.tab.pos
    for i in range(trigger.i + 1, sent_end):  # the words after the trigger
        if pos[i] not in ("VERB", "AUX"):
            continue
        t = r.doc[i]
        if (t.dep_ in ("advcl", "conj") or provided(t)) and t.i not in other and (
                clause.is_ancestor(t) or t.head.i == trigger.i or t.head.is_ancestor(trigger)):
            mk = marker(r.lex, t)
            if mk == "if" and _accepted_offer(r, t):
                continue
            if mk is not None and conditional(r.lex, mk, clause):
                return "condition", t
    return None


def other_clauses(lex: Lexicon, clause: Token) -> set[int]:
    """Tokens of clauses coordinated under a clause with their own subject ("would never
    accept X and that the transition would last as long as ..."): their conditions are
    not the clause's."""
    out: set[int] = set()
    for c in clause.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass", "ccomp") for g in c.children) and (
                marker(lex, c) is None):
            # (also a coordinated report of its own: "backed X but said the Commission would
            # not intervene unless Y", "would send a team, but warned that ... if Y")
            out.update(t.i for t in c.subtree)
    return out


def provided(t: Token) -> bool:
    """", provided Serbia stopped X": "provided" parsed as a verb heading the condition."""
    return t.lower_ in PROVIDED and t.dep_ in ("ccomp", "advcl") and (
        t.left_edge.i == t.i) and any(c.dep_ == "ccomp" for c in t.children)


def conditional(lex: Lexicon, mk: str, clause: Token) -> bool:
    """Whether a clause opened by marker ``mk`` is a condition of ``clause``: a ``condition``
    marker always, a ``negated`` one ("until") when ``clause`` is negated."""
    kind = lex.conditions.get(mk)
    return kind == "condition" or (kind == NEGATED_CONDITION and negated(clause))


def marker(lex: Lexicon, clause: Token) -> str | None:
    """The condition marker opening a clause ("if", "only if", "as long as"), if any."""
    left = clause.left_edge.i
    words = " " + " ".join(
        t.lower_ for t in clause.doc[left:min(left + MARKER_WIDTH, clause.i + 1)]) + " "
    for mk in lex.conditions:
        if words.startswith(f" {mk} "):
            return mk
    return None


def in_condition(lex: Lexicon, tok: Token) -> bool:
    """Whether a token sits inside a condition clause ("unless Iran restored X")."""
    t = tok
    for _ in range(IN_CONDITION_HOPS):
        if provided(t):
            return True
        if t.dep_ in ("advcl", "conj") and t.pos_ in ("VERB", "AUX"):
            mk = marker(lex, t)
            if mk is not None and conditional(lex, mk, t.head):
                return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


# -- reversal -------------------------------------------------------------------------------
REVERSING = ("verb", "undo")  # kinds of reversal verbs (``undo``: also when supported)
LACKING = "negated"  # a verb that reverses when negated ("did not include X")
GERUND = "gerund"  # a verb that undoes its gerund's act ("stop honouring X")
HALT = "halt"  # a verb that undoes a definite object ("suspend the deportations")


def reversal_kind(lex: Lexicon, verb: Token) -> str | None:
    """The reversal kind of a verb, with its particle ("scale back", "call off") or alone."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    kind = lex.reversal.get(f"{lemma} {prt}") if prt is not None else None
    kind = kind or lex.reversal.get(lemma)
    if kind == HALT:
        kind = "undo" if _halts_known(verb) else None
    if kind == "verb" and _withdraws_decided(lex, verb):
        kind = "undo"
    return kind if kind in REVERSING else None


def _withdraws_decided(lex: Lexicon, verb: Token) -> bool:
    """"withdraw the decision", "drop the bill": a reversal verb on a definite decision or text
    (``withdrawn_things``) undoes it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and (
        obj.lemma_.lower() in lex.words.withdrawn_things) and _definite(obj)


def _halts_known(verb: Token) -> bool:
    """"suspend the deportations", "halt it": a halting verb undoes what its object names when
    the object is definite (a "the" or possessive determiner, or a pronoun), a thing the text
    already speaks of; "suspend all arms transfers" is a measure of its own."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in WORDS.object_pronouns
    return obj.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in WORDS.definite_dets)
        for c in obj.children)


def _lacking(lex: Lexicon, verb: Token) -> bool:
    """"any final version that did not include X": a negated inclusion verb."""
    return lex.reversal.get(verb.lemma_.lower()) == LACKING and any(
        c.dep_ == "neg" for c in verb.children)


def _means_of_undoing(lex: Lexicon, head: Token) -> Token | None:
    """The undoing an act serves or leads to: a purpose infinitive ("use its strength in the
    Senate to block the measure") or an act coordinated with an act of no object of its own
    ("go further and scrap the phase-out"), an undo verb with a direct object."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    own_object = any(c.dep_ == "dobj" for c in head.children)
    for c in head.children:
        if c.pos_ != "VERB" or reversal_kind(lex, c) != "undo" or not any(
                g.dep_ == "dobj" for g in c.children):
            continue
        purpose = c.dep_ in ("xcomp", "advcl") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        if purpose or (c.dep_ == "conj" and not own_object):
            return c
    return None


def _undone_by_noun(lex: Lexicon, head: Token, supported: bool = True) -> Token | None:
    """What an undoing noun undoes: the "of" object of a noun that is an undo row of
    ``stance_reversal.tsv`` ("the repeal of the law", "the abolition of X"), the "to" object of
    an ``ending_nouns`` noun ("an end to the blockade"). A withdrawal or a lifting stays a
    course of action of its own, as its verb does when supported."""
    if head.pos_ == "VERB":  # "hold a hearing on the terms": the noun the act brings about
        head = next((c for c in head.children if c.dep_ == "dobj"
                     and c.lemma_.lower() in lex.words.scrutiny_nouns), head)
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if lemma in lex.words.scrutiny_nouns:
        if not supported:  # rejecting an inquiry into the killings backs no killing
            return None
        return next((g for c in head.children if c.dep_ == "prep"
                     and c.lower_ in lex.words.scrutiny_preps
                     for g in c.children if g.dep_ == "pobj" and _definite(g)), None)
    prep = "to" if lemma in lex.words.ending_nouns else "of" if (
        lex.reversal.get(lemma) == "undo") else None
    if prep is None:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == prep
                 for g in c.children if g.dep_ == "pobj"), None)


def _definite(obj: Token) -> bool:
    """A thing the text already speaks of: a pronoun, or a noun with "the" or a possessive."""
    if obj.pos_ == "PRON":
        return obj.lower_ in WORDS.object_pronouns
    return obj.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in WORDS.definite_dets)
        for c in obj.children)


def reversal(lex: Lexicon, head: Token, supported: bool = False) -> Token | None:
    """For a reversal phrase ("postponing talks", "zero enrichment"), the thing reversed;
    when the phrase is supported, only an undoing ("halting the drills", "the decision to
    scrap X") reverses."""
    wanted = ("undo",) if supported else REVERSING
    undone = _undone_by_noun(lex, head, supported)
    if undone is not None:  # "the repeal of X", "an end to X"
        return undone
    if lex.reversal.get(head.lemma_.lower()) == GERUND:  # "stop honouring the warrants"
        ger = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if ger is not None and any(g.dep_ == "dobj" for g in ger.children):
            # (a gerund with an object: "stop sitting on X" is an idiom, no act on X)
            return ger
    if reversal_kind(lex, head) in wanted:
        for c in head.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                return c
    means = _means_of_undoing(lex, head)
    if means is not None and reversal_kind(lex, means) in wanted:
        return next(c for c in means.children if c.dep_ == "dobj")
    for c in head.children:
        if not supported and c.dep_ in ("amod", "nummod", "compound") and (
                lex.reversal.get(c.lower_) == "modifier"):
            return head
        if c.dep_ in ("relcl", "acl") and (reversal_kind(lex, c) in wanted or (
                not supported and _lacking(lex, c))):
            for g in c.children:
                if g.dep_ == "dobj" and g.lower_ not in PRONOUNS:
                    return g
    return None


def reverse(lex: Lexicon, polarity: str, head: Token, undo: bool = True
            ) -> tuple[str, Token]:
    """Opposing a reversal is supporting what it reverses, supporting an undoing (unless
    ``undo`` is false: a proposal of one's own) opposing it: (polarity, new head)."""
    if polarity not in ("oppose", "support") or (polarity == "support" and not undo):
        return polarity, head
    inner = reversal(lex, head, supported=polarity == "support")
    if inner is None:
        inner = opposed_act(lex, head)
    if inner is None:
        return polarity, head
    return flip(polarity), inner


# -- opposite acts --------------------------------------------------------------------------
UNDONE_PREPS = ("of", "from", "on", "to", "in", "into")  # "the closure of X", "exit from X"
OBJECT_DEPS = ("dobj", "nsubjpass")


def _undoing_key(lex: Lexicon, verb: Token) -> tuple[str, Token] | None:
    """An undoing act of ``stance_opposites.tsv`` and what it is done to: "restore visa
    services" (the object), "keep the strait open" (an adjective complement), "return to the
    agreement" (the preposition's object)."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    for c in verb.children:
        if c.dep_ in ("prt", "acomp", "oprd", "ccomp", "xcomp") and (
                f"{lemma} {c.lower_}" in lex.opposites):
            if obj is None:  # "keep the strait open": the parse may hang the object on "open"
                obj = next((g for g in c.children if g.dep_ in ("nsubj", "dobj")), None)
            return (f"{lemma} {c.lower_}", obj) if obj is not None else None
        if c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex.opposites:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return (f"{lemma} {c.lower_}", pobj) if pobj is not None else None
    if lemma in lex.opposites and obj is not None:
        return lemma, obj
    return None


def _done_to(act: Token) -> list[Token]:
    """What an act is done to: its object or passive subject, its "of"/"from"/... object, a
    compound or possessor of its noun, or the subject an adjective or participle is said of."""
    out = [c for c in act.children if c.dep_ in (*OBJECT_DEPS, "compound", "poss")]
    out += [g for c in act.children if c.dep_ == "prep" and c.lower_ in UNDONE_PREPS
            for g in c.children if g.dep_ == "pobj"]
    if act.dep_ in ("acomp", "oprd") or (act.tag_ == "VBN" and act.dep_ in ("ROOT", "conj")):
        out += [c for c in act.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        out += [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    if act.dep_ == "compound":  # "the strait closure"
        out.append(act.head)
    return out


def opposed_act(lex: Lexicon, head: Token) -> Token | None:
    """The act an undoing act undoes, where the text names it done to the same thing ("keep
    the strait open" where the strait is closed, "restore visa services" where they were
    suspended): the stance is on that act, reversed. The nearest such act wins."""
    found = _undoing_key(lex, head) if lex.opposites else None
    if found is None:
        return None
    key, obj = found
    undone = lex.opposites[key]
    target = obj.lemma_.lower()
    best: tuple[bool, int, Token] | None = None
    tab = table(head.doc)  # the per-Doc table: a Token only for a word of an undone act
    for i, (lemma, lower) in enumerate(zip(tab.lemma, tab.lower, strict=True)):
        if i == head.i or lemma not in undone and lower not in undone:
            continue
        t = head.doc[i]
        if t.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        if not any(d.lemma_.lower() == target for d in _done_to(t)):
            continue
        # an act named with what it is done to ("closing the strait", "the closure of the
        # strait") before one said of a subject ("the strait is closed"), then the nearest
        said_of = t.dep_ in ("acomp", "oprd") or t.pos_ == "ADJ"
        key = (said_of, abs(t.i - head.i), t)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best is not None else None


# -- accusation -----------------------------------------------------------------------------
def accusation(r: Reading, trigger: Token) -> tuple[list[str], list[str]] | None:
    """"A accused B of V-ing X" -> (B's actors, A's actors) for a trigger V."""
    t = trigger
    for _ in range(ACCUSATION_HOPS):
        if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep":
            prep, verb = t.head, t.head.head
            preps = r.lex.accusation.get(verb.lemma_.lower())
            if preps and prep.lower_ in preps:
                objs = [c for c in verb.children if c.dep_ == "dobj"]
                accused = r.actors_in(objs[0]) if objs else []
                accuser = r.holders(verb)
                if accused and accuser:
                    return accused, accuser
            return None
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i or (
                misattached_conj(t)):
            return None  # "accused X of V-ing and called on Z": the call is not accused
        t = t.head
    return None


def charges(r: Reading, cands: list[Cand], claimed: set[int] | frozenset[int] = frozenset()
            ) -> None:
    """"A accused B of Z" where Z is no stance expression ("accused the Commission of
    'protectionism'", "accused Republicans of balancing the budget on the backs of the
    poor"): A opposes the proposition B stands for (B's latest supported one before the
    charge; none if B supports none). A charge whose Z is a stance expression ("accused B
    of blocking X") is :func:`accusation`'s; a claim ("charged B with spying", ``claimed``:
    the verbs claims.py read) is a proposition of its own."""
    tab = table(r.doc)  # read once: a Token only for a charging verb
    for i, (pos, lemma) in enumerate(zip(tab.pos, tab.lemma, strict=True)):
        preps = r.lex.accusation.get(lemma) if pos == "VERB" else None
        if not preps or i in claimed or negated(verb := r.doc[i]):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        charge = next((c for c in [*verb.children, *obj.children]  # the parse may hang
                       if c.dep_ == "prep" and c.lower_ in preps  # "of" on the object
                       and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
        if charge is None:
            continue
        accused = [a for a in r.actors_in(obj)  # a court's ruling is no stance of the court
                   if (r.actors[a].sector or "").lower() not in r.words.ruling_sectors]
        accuser = [h for h in r.holders(verb) if h not in accused]
        inside = range(charge.left_edge.i, charge.right_edge.i + 1)
        if not accused or not accuser or any(c.trigger in inside for c in cands):
            continue
        cands.append(Cand(accuser, "oppose", None, CHARGED + accused[0], verb.i,
                          evidence=(verb.i, charge.right_edge.i + 1), aside=True))


__all__ = ["accusation", "charges", "condition", "flip", "hedged", "in_condition", "marker",
           "negated", "open_clause", "provided", "refused", "reversal", "reversal_kind", "reverse",
           "trailing_condition"]
