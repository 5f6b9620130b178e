"""Speakers: the subject of a cue, climbing through participles, conjuncts and relative
clauses, and the statement a cue and its subject make."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..actors.sources import LEAD_FUNCTION_WORDS, OWNED_BODIES, names_actor, unnamed_individual
from ..actors.tokens import parse, table
from .context import SUBJ, Context, Found, apart, unique
from .cues import verb_cue
from .lexicon import Rules

#: a dateline opening a paragraph ("TROMSO, Norway, May 14 - ")
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:,[^\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?"
    r"\s+[-—–]+\s+")


CLIMB = 6  # clauses climbed at most to find a cue's subject
#: the tags of participles ("carrying", "carried"), which have no subject of their own
PARTICIPLES = frozenset({"VBG", "VBN"})


def subject_of(rules: Rules, v: Token) -> list[Token]:
    """The subject of cue ``v`` (climbing through participles, conjuncts, relatives)."""
    t = _participle_host(rules, v) if v.tag_ == "VBG" else v
    for _ in range(CLIMB):
        own = _own_subject(rules, t)
        if own is not None:
            return own
        if t.tag_ in FINITE:
            before = _subject_in_clause_before(t)
            if before is not None:
                return [before]
        host = report_conj(rules, t)
        if host is not None:
            # "X said the charges were Y and accused Z of W": the second report is the
            # speaker's, not that of the reported clause's subject
            t = host
            continue
        if t.dep_ == "conj" and t.head.i != t.i:
            peer = _finite_peer(t)
            if peer is not None:
                t = peer
                continue
        if t.dep_ in ("xcomp", "advcl", "conj", "pcomp") and t.head.i != t.i:
            passive = _passive_subject(t) if t.dep_ in ("xcomp", "conj") else []
            if passive:
                return passive  # "X was prompted to say", "X was forced to retreat and said"
            t = t.head
            if t.pos_ in ("NOUN", "PROPN", "PRON") and v.dep_ == "conj":
                return []
            continue
        if t.dep_ == "prep" and t.pos_ == "ADP" and t.head.pos_ in ("VERB", "AUX", "ADJ"):
            t = t.head  # "He responded by saying X": the gerund is the verb's subject's
            continue
        if t.dep_ == "acl" and t.head.i != t.i:
            found, t = _acl_subject(rules, t)
            if found is not None:
                return found
            continue
        if t.dep_ == "relcl" and t.head.i != t.i:
            return [t.head]
        return []
    return []


FINITE = ("VBD", "VBZ", "VBP")


def _subject_in_clause_before(v: Token) -> Token | None:
    """"The president, in an address, thanked the ministers, said he regretted X", "The
    party's sponsor, Senator Jane Roe, said X", "Alberta's premier, an ally of the party Roe
    left, said X": a subjectless finite cue after a comma, whose subject the parser took for
    the start of a clause it hangs before the cue as its reported words (no quotation marks
    between them). The speaker is a name in apposition just before the comma (", NAME,
    said"), else the active subject opening that clause at the sentence's start."""
    doc = v.doc
    if v.tag_ not in FINITE or v.i < 3 or doc[v.i - 1].text != ",":
        return None
    before = [c for c in v.children if c.dep_ == "ccomp" and c.i < v.i]
    if not before:
        return None
    c = before[0]
    name = doc[v.i - 2]
    if name.pos_ == "PROPN" and name.left_edge.i > c.left_edge.i and doc[
            name.left_edge.i - 1].text == "," and all(
            t.pos_ in ("PROPN", "NOUN", "ADJ") for t in doc[name.left_edge.i:name.i]):
        return name
    if any(t.is_quote or t.text in (":", ";") for t in doc[c.left_edge.i:v.i]):
        return None
    subj = [k for k in c.children if k.dep_ == "nsubj" and k.i < c.i]
    if subj and subj[0].left_edge.i == v.sent.start and subj[0].pos_ in ("NOUN", "PROPN"):
        return subj[0]
    return None


def _finite(v: Token) -> bool:
    return v.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE + ("MD",)
                                   for c in v.children)


def _finite_peer(t: Token) -> Token | None:
    """"X called for the charges to be dropped and urged Y", "X said ..., citing Z, and
    called on Y", "The text regrets Iran's refusal to let ... and calls on Tehran": a finite
    conjunct the parse hangs on a non-finite verb (an infinitive, a participle) goes with
    the nearest verb above of its own tense, whose subject is its own."""
    if t.tag_ not in FINITE or _finite(t.head) or t.head.pos_ not in ("VERB", "AUX"):
        return None
    a = t.head
    for _ in range(CLIMB):
        if a.head.i == a.i:
            return None
        a = a.head
        if a.tag_ == t.tag_ and a.pos_ in ("VERB", "AUX"):
            return a
    return None


def _passive_subject(t: Token) -> list[Token]:
    """The passive subject of the verb an infinitive or a conjunct ``t`` hangs on."""
    if t.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in t.head.children if c.dep_ == "nsubjpass"][:1]


def _participle_host(rules: Rules, v: Token) -> Token:
    """"..., ruling that X" / "..., calling Y Z": the participle belongs to the main clause,
    not to the relative or reported clause it is attached to."""
    doc = v.doc
    if v.tag_ == "VBG" and v.dep_ in ("advcl", "conj", "xcomp") and v.i > 1 and (
            doc[v.i - 1].text in (",", "—", "–") or doc[v.i - 1].is_quote and doc[
                v.i - 2].text == ",") and not any(
            c.dep_ in SUBJ for c in v.children):
        return matrix(rules, v)
    return v


def _own_subject(rules: Rules, t: Token) -> list[Token] | None:
    """The subject or agent of ``t`` itself ([] for "it is", "there is"); None if none."""
    doc = t.doc
    p = parse(doc)
    dep = p.dep
    kids = p.kids[t.i]
    subj = [doc[j] for j in kids if dep[j] in ("nsubj", "csubj")]
    if len(subj) > 1 and _opening_phrase(subj[0]):
        subj = subj[1:]
    if subj:
        s = _past_hyphen(subj)
        if s.lower_ in rules.words.relative and t.dep_ == "relcl":
            return [t.head]
        if s.lower_ in ("it", "there") and s.dep_ == "nsubj" and t.lemma_ == "be":
            return []
        return [s]
    agent = [j for j in kids if dep[j] == "agent"]
    if agent:
        objs = [j for j in p.kids[agent[0]] if dep[j] == "pobj"]
        if objs:
            return [doc[objs[0]]]
    return None


def _opening_phrase(s: Token) -> bool:
    """"Outside parliament, about 300 people held a rally": a clause's opening preposition
    the parser made a modifier of its object, which it then took for a first subject (the
    phrase opens the sentence with a word of ``lead_function_words`` and ends at a comma);
    the clause's real subject is the next."""
    first, after = s.left_edge, s.right_edge.i + 1
    return first.i == s.sent.start and first.lower_ in LEAD_FUNCTION_WORDS and (
        after < len(s.doc) and s.doc[after].text == ",")


def agent_of(v: Token) -> Token | None:
    """The object of ``v``'s "by" agent phrase, if any."""
    for c in v.children:
        if c.dep_ == "agent":
            return next((k for k in c.children if k.dep_ == "pobj"), None)
    return None


def _past_hyphen(subj: list[Token]) -> Token:
    """The first subject, unless the parser split a hyphenated head ("Their co-leader, X,
    said", "The vice-chair said") into two subjects: then the word after the hyphen."""
    s = subj[0]
    doc = s.doc
    v = s.head
    if len(subj) > 1 and s.i < v.i < subj[1].i and any(t.is_quote for t in doc[s.i + 1:v.i]):
        # '"This," said its coordinator, X, "is ...": the quoted fragment before an inverted
        # tag parsed as a subject; the speaker follows the verb
        return subj[1]
    if len(subj) > 1 and s.i < subj[1].i and any(
            t.text == ":" for t in doc[s.i + 1:subj[1].left_edge.i]):
        # a round-up label parsed as a subject: "Japan: The foreign ministry said"
        return subj[1]
    for c in subj[1:]:
        if c.i == s.i + 2 and doc[s.i + 1].text == "-" and not s.whitespace_ and not doc[
                s.i + 1].whitespace_ and c.pos_ in ("NOUN", "PROPN"):
            return c
    return s


def _acl_subject(rules: Rules, t: Token) -> tuple[list[Token] | None, Token]:
    """The subject of a clause ``t`` modifying a noun: the noun, or for "a statement saying
    X" the statement's author (None: climb on from the returned token)."""
    h = t.head
    if h.pos_ in ("PROPN", "PRON") or h.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return [h], t
    if h.lemma_.lower() in rules.lex.nouns:
        poss = [c for c in h.children if c.dep_ == "poss"]
        if poss:
            return [poss[0]], t
        t = h.head
        while t.dep_ in ("prep", "pobj") and t.head.i != t.i:
            t = t.head
        return None, t
    return ([h] if h.pos_ == "NOUN" else []), t


def report_conj(rules: Rules, t: Token) -> Token | None:
    """The speech cue whose reported clause cue ``t`` is parsed as a conjunct in (``said X
    and called on Y``, the second verb parsed as a conjunct of X), or None."""
    own = verb_cue(rules, t)
    if t.dep_ != "conj" or own is None or own.cls != "speech" or t.tag_ == "VBG" or (
            t.lemma_ in rules.words.withhold and not withholds_question(t)):
        return None
    h = t.head
    if h.dep_ != "ccomp" and t.tag_ == "VBD" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        # "X said the bill would destroy credibility the bank had taken decades to build and
        # warned that Y": the parse hangs the second report deep inside the first's clause
        for _ in range(4):
            if h.dep_ == "ccomp" or h.head.i == h.i or h.dep_ not in (
                    "relcl", "advcl", "xcomp", "dobj", "pobj", "prep", "acl"):
                break
            h = h.head
        if h.dep_ == "ccomp" and h.head.tag_ != "VBD":
            return None
    if h.dep_ != "ccomp" or h.i > t.i or h.head.i == h.i or h.head.i > h.i:
        return None
    speaker = h.head
    cue = verb_cue(rules, speaker)
    if cue is None and t.tag_ == "VBD" and not any(c.dep_ in SUBJ for c in t.children):
        # "X said it was concerned that Y would Z and urged W": a reported clause under an
        # adjective or a clause of the report; the past-tense conjunct is the speaker's
        for _ in range(3):
            if speaker.dep_ not in ("acomp", "ccomp") or speaker.head.i == speaker.i:
                break
            speaker = speaker.head
            cue = verb_cue(rules, speaker)
            if cue is not None:
                break
        if cue is not None and speaker.tag_ != t.tag_:
            return None
    if cue is None or cue.cls != "speech":
        return None
    if any(c.dep_ == "cc" and c.i < t.i for c in t.head.children) or any(
            c.dep_ == "cc" for c in t.children):
        return speaker
    return None


def withholds_question(v: Token) -> bool:
    """Does refusal ``v`` leave a question open ("declined to say whether X")?"""
    return any(c.dep_ == "xcomp" and c.i > v.i and any(
        k.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                  for m in k.children) for k in c.children)
               for c in v.children)


def matrix(rules: Rules, v: Token) -> Token:
    """The main clause a sentence-final participle ``v`` belongs to."""
    h = v.head
    for _ in range(8):
        if h.head.i == h.i or apart(h.head, h):
            break
        if h.dep_ in ("relcl", "acl") or h.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADP"):
            h = h.head
            continue
        if h.dep_ in ("ccomp", "xcomp") and verb_cue(rules, h.head) is not None:
            h = h.head
            continue
        break
    return h if h.pos_ in ("VERB", "AUX") else v


def make_found(ctx: Context, v: Token, kind: str, content: tuple[int, int], rule: str,
          priority: int = 1, colon: bool = False,
          cue_chars: tuple[int, int] | None = None) -> Found | None:
    subj = subject_of(ctx.rules, v) if not colon else []
    if colon:
        subj = [c for c in v.head.children if c.dep_ in SUBJ and c.i < v.i]
        if not subj:
            # a bare name before the colon: its last word's phrase
            k = v.i - 1
            while k >= 0 and ctx.doc[k].is_space:
                k -= 1
            if k >= 0:
                t = ctx.doc[k]
                while t.head.i != t.i and t.head.i < v.i and t.dep_ in (
                        "compound", "flat", "appos", "amod", "nmod", "poss"):
                    t = t.head
                subj = [t]
    if subj and rule == "quote-tag" and subj[0].i < v.i and ctx.in_quote(subj[0].idx):
        # '"This," said its coordinator, X, "is ..."': a quoted word is no speaker
        subj = []
    if not subj:
        speakers: list[str | None] = [None]
        src = None
        # "said X" with X not parsed as the subject: the name after the verb
        nxt = ctx.next_word(v.i)
        if nxt is not None and rule == "quote-tag" and (
                ctx.doc[nxt].pos_ in ("PROPN", "PRON") or ctx.actor(nxt)):
            subj = [ctx.doc[nxt]]
            if subj[0].dep_ == "poss" and subj[0].head.i > nxt and subj[0].head.pos_ == "NOUN":
                subj = [subj[0].head]  # "said its federal coordinator, X": the noun's phrase
    carrier = sign_carrier(ctx.rules, subj[0], v) if subj else None
    if carrier is not None:
        subj = [carrier]
    elif subj and subj[0].lemma_.lower() in ctx.words.signs:
        subj = []  # a sign whose carriers the parse does not show speaks for nobody
        speakers, src = [None], None
    if subj and ctx.para_of_tok(subj[0].i) != ctx.para_of_tok(v.i):
        subj = []
        speakers, src = [None], None
    if subj:
        s = subj[0]
        speakers = speakers_of(ctx, s)
        src = ctx.np_chars(s, v)
        if s.i >= 2 and s.doc[s.i - 1].text == "-" and s.doc[s.i - 2].head.i == s.head.i:
            # "Their co-leader": the hyphenated head's first part opens the phrase
            src = (s.doc[s.i - 2].left_edge.idx, src[1])
        p, lower = parse(v.doc), table(v.doc).lower
        rel = [v.doc[c] for c in p.kids[v.i] if p.dep[c] in SUBJ and lower[c] in ctx.words.relative]
        if rel and v.dep_ == "relcl" and carrier is None:
            # "..., who said X": the relative pronoun names the speaker here
            src = (rel[0].idx, rel[0].idx + len(rel[0]))
    if cue_chars is None:
        cue_chars = (v.idx, v.idx + len(v))
    return Found(speakers, kind, cue_chars, content, src, v.i, rule, priority)


def sign_carrier(rules: Rules, s: Token, v: Token) -> Token | None:
    """"Protesters rallied, some carrying placards that read X", "held up banners reading
    X", "unfurled a banner reading X": words on a sign are those of the people who carry it
    (the subject of the verb the sign, or the phrase listing it, is the object of, climbing
    through participles and a partitive "some"), not of the sign (``signs``); None when the
    subject ``s`` of cue ``v`` names no sign."""
    signs = rules.words.signs
    if s.lemma_.lower() not in signs and not any(
            t.lemma_.lower() in signs and t.i < v.i for t in s.subtree if t.head.i != t.i):
        return None
    t = s
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "with":
        t = t.head
    if t.dep_ not in ("dobj", "prep") or t.head.pos_ not in ("VERB", "AUX"):
        return _carrier_above(rules, v)
    verb = t.head
    if verb.dep_ == "acl" and verb.head.tag_ in ("DT", "CD"):
        carrier = [verb.head]
    else:
        carrier = subject_of(rules, verb)
    if not carrier and verb.tag_ in PARTICIPLES:
        # "marched to the embassy, carrying banners reading X": a participle with no subject
        # of its own, however the parse hangs it, is carried by its clause's subject
        return _carrier_above(rules, verb)
    if carrier and carrier[0].tag_ in ("DT", "CD"):
        # "..., some carrying placards": the partitive stands for the clause's subject
        a = carrier[0]
        for _ in range(CLIMB):
            if a.head.i == a.i:
                return None
            if a.dep_ in ("advcl", "conj") and a.head.pos_ in ("VERB", "AUX"):
                break
            a = a.head
        carrier = subject_of(rules, a.head)
    if not carrier or carrier[0].lemma_.lower() in signs:
        return None
    return carrier[0]


def _carrier_above(rules: Rules, v: Token) -> Token | None:
    """"Farmers rallied, some carrying placards reading X", "Villagers gathered, holding
    banners reading X", where the parse makes the sign (or the partitive carrying it) the
    subject of a clause of its own: the carriers are the subject of the clause that clause
    hangs on as an adverbial clause or a conjunct (None if there is none in the sentence)."""
    signs = rules.words.signs
    a = v
    for _ in range(CLIMB):
        if a.head.i == a.i:
            return None
        if a.dep_ in ("advcl", "conj") and a.head.pos_ in ("VERB", "AUX"):
            carrier = subject_of(rules, a.head)
            if carrier and carrier[0].tag_ not in ("DT", "CD") and (
                    carrier[0].lemma_.lower() not in signs):
                return carrier[0]
            return None
        a = a.head
    return None


def speakers_of(ctx: Context, s: Token) -> list[str | None]:
    """Actor ids for a subject token (several for a coordinated or distributive one)."""
    listed = _plural_listed(ctx, s)
    if listed:
        ids = unique([x for x in (np_actor(ctx, g) for g in listed) if x])
        if len(ids) == len(listed):
            return ids
    group = _past_dateline(ctx, s)
    if group is None:
        group = [s] + [c for c in s.conjuncts if c.i > s.i] + _listed_appositions(ctx, s)
    else:
        s = group[0]
    if len(group) == 1 and not ctx.actor(s.i):
        group = _named_group(ctx, s) or group
    elif len(group) > 1:
        group = _list_before(ctx, group[0]) + group
    if len(group) > 1:
        ids = [np_actor(ctx, g) for g in group]
        real = [x for x in ids if x]
        if len(set(real)) > 1:
            return unique(real)
    plural = ctx.words.plural_pronouns
    if s.lower_ in ctx.words.distributive or (s.lower_ in plural and not ctx.actor(s.i)):
        ante = _antecedent_group(ctx, s)
        if ante:
            return ante
        for c in s.subtree:
            if c.lower_ in ctx.words.plural_pronouns and ctx.actor(c.i):
                return [ctx.actor(c.i)]
    a = np_actor(ctx, s)
    return [a]


def _plural_listed(ctx: Context, s: Token) -> list[Token]:
    """"The plant's owners, Iberdrola, Endesa and Naturgy, said", "Two Republicans, Ana Ruiz
    and Luis Mora, said": a plural noun that is no actor of its own (or names people) whose
    apposition lists two or more different actors of one kind speaks as each of them."""
    own = ctx.actor(s.i)
    if s.tag_ not in ("NNS", "NNPS"):
        return []
    for c in s.children:
        if c.dep_ != "appos" or c.i < s.i or c.pos_ != "PROPN":
            continue
        members = [c] + [k for k in c.conjuncts if k.i > c.i]
        ids = [ctx.actor(m.i) for m in members]
        kinds = {actor_type(ctx, i) for i in ids if i}
        if len(members) > 1 and all(ids) and len(set(ids)) == len(ids) and own not in ids and (
                len(kinds) == 1) and (own is None or kinds == {"person"}):
            # a group the plural makes an actor ("the three main farm unions, A, B and C,")
            # speaks as itself; a party's people ("Two Republicans, Ana Ruiz and Luis Mora")
            # as themselves
            return members
    return []


def _listed_appositions(ctx: Context, s: Token) -> list[Token]:
    """"Peru, Bolivia, Ecuador and Paraguay issued ...": a list of states or bodies the
    parser hangs on the first as an apposition (with the rest its conjuncts); a single
    apposition ("The Trade Union Confederation, LO,"), one that names a person or the same
    actor ("Labour, the governing party") is no list."""
    own = ctx.actor(s.i)
    kind = actor_type(ctx, own) if own else None
    if kind not in ("country", "organization"):
        return []
    out: list[Token] = []
    for c in s.children:
        if c.dep_ != "appos" or c.i < s.i or c.pos_ != "PROPN":
            continue
        members = [c] + [k for k in c.conjuncts if k.i > c.i]
        ids = [ctx.actor(m.i) for m in members]
        if len(members) > 1 and all(ids) and own not in ids and all(
                actor_type(ctx, i) == kind for i in ids if i):
            out += members
    return out


def _past_dateline(ctx: Context, s: Token) -> list[Token] | None:
    """A subject parsed into the dateline ("TROMSO, Norway, May 14 - Norway, Finland and
    Iceland accused ..."): the phrase after the dateline, with its conjuncts."""
    p = ctx.tok_para[s.i]
    end = _dateline_end(ctx, p)
    if end is None or s.idx >= end:
        return None
    doc = ctx.doc
    k = s.i
    while k < len(doc) and (doc[k].idx < end or doc[k].is_punct or doc[k].is_space):
        k += 1
    if k >= len(doc) or ctx.tok_para[k] != p:
        return None
    t = doc[k]
    while t.head.i != t.i and t.head.idx >= end and t.dep_ in (
            "det", "compound", "amod", "nmod", "poss", "nummod", "flat", "case"):
        t = t.head
    if t.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return [t] + [c for c in t.conjuncts if c.i > t.i]

def _list_before(ctx: Context, s: Token) -> list[Token]:
    """Names of a list the parser cut off before its subject ("Denmark, [Sweden and
    Estonia] accused ..."), when the list opens the paragraph or follows its dateline."""
    doc = ctx.doc
    p = ctx.tok_para[s.i]
    start = _dateline_end(ctx, p) or ctx.paragraphs[p][0]
    out: list[Token] = []
    k = s.left_edge.i
    while k >= 2 and doc[k - 1].text == "," and ctx.actor(doc[k - 2].i):
        t = doc[k - 2]
        if t.head.pos_ == "ADP" or ctx.tok_para[t.i] != p:
            return []
        j = t.i
        aid = ctx.actor(j)
        while j > 0 and ctx.actor(j - 1) == aid and not doc[j - 1].is_punct:
            j -= 1
        out.insert(0, t)
        k = j
        b = k - 1
        while b >= 0 and doc[b].is_space:
            b -= 1
        if b < 0 or doc[b].idx + len(doc[b]) <= start:
            return out
    return []

def _dateline_end(ctx: Context, p: int) -> int | None:
    if ctx.datelines is None:
        ctx.datelines = {}
    if p not in ctx.datelines:
        ps, pe = ctx.paragraphs[p]
        m = DATELINE.match(ctx.text, ps, pe)
        ctx.datelines[p] = m.end() if m else None
    return ctx.datelines[p]

def _named_group(ctx: Context, s: Token) -> list[Token]:
    """Actors a subject that names none itself enumerates: "Three countries - Italy,
    Poland and the Netherlands -", "mediators from Egypt and Qatar", and the owners a plural
    voice lists after "of" ("the military governments of Niger, Mali and Burkina Faso":
    ``spokes`` and ``joint_heads``)."""
    for c in s.children:
        if c.i < s.i:
            continue
        head = None
        if c.dep_ == "appos":
            head = c
        elif c.dep_ == "prep" and c.lower_ == "of" and c.i == s.i + 1 and (
                s.tag_ == "NNS" and s.lemma_.lower() in ctx.spokes | ctx.words.joint_heads):
            return _listed_names(ctx, c)
        elif c.dep_ == "prep" and c.lower_ == "from" and c.i == s.i + 1:
            objs = [k for k in c.children if k.dep_ == "pobj"]
            head = objs[0] if objs else None
        if head is None:
            continue
        group = [head] + [k for k in head.conjuncts if k.i > head.i]
        if all(np_actor(ctx, g) for g in group):
            return group
    return []


def _listed_names(ctx: Context, prep: Token) -> list[Token]:
    """The last token of each actor a preposition's object lists, when the object is only a
    list of names ("of Niger, Mali and Burkina Faso", however the parser hangs it); [] for
    anything else or fewer than two actors."""
    words = [t for t in prep.subtree if t.i != prep.i]
    if not words or any(t.pos_ not in LIST_POS for t in words):
        return []
    last: dict[str, Token] = {}
    for t in words:
        aid = ctx.actor(t.i)
        if t.pos_ == "PROPN" and aid is None:
            return []
        if aid is not None:
            last[aid] = t
    return list(last.values()) if len(last) > 1 else []

#: parts of speech a plain list of names is made of ("Niger, Mali and the Central African
#: Republic")
LIST_POS = frozenset({"PROPN", "PUNCT", "CCONJ", "DET"})

#: a mention that covers this share of a phrase names it ("Clinton's campaign" is no Clinton)
NAMES_PHRASE = 0.5


def np_actor(ctx: Context, s: Token) -> str | None:
    """The actor a noun phrase with head ``s`` names, or speaks for."""
    a = ctx.actor(s.i)
    person = _person_at_end(ctx, s, a) or _named_appositive(ctx, s, a) or _name_after(ctx, s, a)
    if person:
        return person
    if unnamed_individual(s) and (a is None or actor_type(ctx, a) != "person"):
        return None  # "an EU official said": a person of their own (add_source_actor)
    if a:
        return a
    antecedent = _whose_antecedent(s)
    if antecedent is not None:
        # "Slovakia, whose economy minister said X": the relative clause's antecedent
        return np_actor(ctx, antecedent)
    if _owned_body(ctx, s):
        return None  # a body of its own (add_source_actor names it with its owner)
    return _named_inside(ctx, s) or _document_author(ctx, s) or _by_mentions(ctx, s)


def _document_author(ctx: Context, s: Token) -> str | None:
    """"The report of the Blue Ribbon Committee found X", "A survey published last month by
    the CBOS institute found X": a text (``reports``, ``polls``, ``texts``) speaks for the
    one author its phrase names, after its "of" (a body or person, not a group: "a survey of
    farmers") or as the agent of a participle on it; None for none or several ("ordered by
    A and carried out by B")."""
    w = ctx.words
    if s.pos_ != "NOUN" or s.lemma_.lower() not in w.reports | w.polls | w.texts:
        return None
    found: list[str] = []
    for c in s.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [k for k in c.children if k.dep_ == "pobj"]
            found += [a for a in (np_actor(ctx, o) for o in objs)
                      if a and actor_type(ctx, a) != "group"]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            for v in [c, *c.conjuncts]:
                agent = agent_of(v)
                a = np_actor(ctx, agent) if agent is not None else None
                found += [a] if a else []
    found = unique(found)
    return found[0] if len(found) == 1 else None


def _owned_body(ctx: Context, s: Token) -> bool:
    """"Former prime minister Sylla's party said X", "Thiessen's former riding association
    said X": a body (``owned_bodies``) a named person's possessive owns speaks for itself,
    not for its owner."""
    if s.pos_ != "NOUN" or s.lemma_.lower() not in OWNED_BODIES:
        return False
    owner = next((c for c in s.children if c.dep_ == "poss"), None)
    a = ctx.actor(owner.i) if owner is not None and owner.pos_ == "PROPN" else None
    return a is not None and actor_type(ctx, a) == "person"


def _person_at_end(ctx: Context, s: Token, a: str | None) -> str | None:
    """"African Union envoy for Sudan Grace Achieng": the person the phrase ends with."""
    if s.pos_ != "NOUN" or s.tag_ != "NN":
        return None
    r = s.right_edge
    p = ctx.actor(r.i) if r.i > s.i and r.pos_ == "PROPN" else None
    if p and p != a and actor_type(ctx, p) == "person" and not any(
            c.dep_ in ("det", "poss") for c in s.children) and not any(
            t.pos_ in ("VERB", "AUX") or t.is_punct for t in ctx.doc[s.i:r.i]):
        return p
    return None


def _named_appositive(ctx: Context, s: Token, a: str | None) -> str | None:
    """"A State Department spokesman, Tom Walsh, said": a role noun the text names a person
    for in apposition speaks as that person, even where the role alone speaks for a state
    (a named spokesperson is a person actor of their own). So does one counted out of a group
    ("One of the party's rebels, Ada Lind, said": Ada Lind, not the rebels)."""
    if not a or s.pos_ != "NOUN" and not _partitive_count(s):
        return None
    for c in s.children:
        if c.dep_ == "appos" and c.i > s.i and c.pos_ == "PROPN":
            p = ctx.actor(c.i)
            if p and p != a and actor_type(ctx, p) == "person":
                return p
    return None


def _partitive_count(s: Token) -> bool:
    """Is ``s`` a number counting out of a group ("One of the rebels", "one of its MPs")?"""
    return s.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in s.children)


def _name_after(ctx: Context, s: Token, a: str | None) -> str | None:
    """"Iran's state news agency IRNA said": a common noun the name of an organisation
    or a person follows at once, which the parser hangs on it or makes a second subject of
    the same verb, speaks as that name, not for the possessor before it."""
    doc = ctx.doc
    if s.pos_ != "NOUN" or not s.is_lower or s.i + 1 >= len(doc):
        return None
    nxt = doc[s.i + 1]
    if nxt.pos_ != "PROPN" or not (nxt.head.i == s.i or (
            nxt.head.i == s.head.i and nxt.dep_ == s.dep_)):
        return None
    b = ctx.actor(nxt.i)
    if not b or b == a or actor_type(ctx, b) not in ("organization", "person"):
        return None
    return b


def _whose_antecedent(s: Token) -> Token | None:
    """The antecedent of the relative clause ``s`` opens with "whose", if any."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in s.children):
        return None
    t = s
    while t.dep_ != "relcl" and t.head.i != t.i:
        t = t.head
    return t.head if t.dep_ == "relcl" else None


def _named_inside(ctx: Context, s: Token) -> str | None:
    """Appositions and names inside the phrase ("Its lead negotiator, Faisal al-Harbi")."""
    for c in s.children:
        if c.dep_ == "appos":
            a = ctx.actor(c.i) or ctx.actor(c.right_edge.i)
            if a:
                return a
    for t in s.subtree:
        if t.dep_ in ("compound", "nmod", "amod") and t.head.i == s.i:
            a = ctx.actor(t.i)
            if a:
                return a
    return None


def _by_mentions(ctx: Context, s: Token) -> str | None:
    """The actor whose mention covers most of the phrase, else the one its head word points
    to (a surname, a state body, a spokesperson's possessor)."""
    cs, ce = ctx.np_chars(s)
    a = None
    best = 0
    for ms, me, aid in ctx.mentions_in(cs, ce):
        ov = min(ce, me) - max(cs, ms)
        if ov > best and ms >= cs and me <= ce:
            # a possessor alone ("Clinton's campaign") does not speak unless it is
            # the whole phrase
            best, a = ov, aid
    if a is not None and best >= NAMES_PHRASE * (ce - cs):
        return a
    if a is None and (s.pos_ == "PROPN" or s.is_title and s.pos_ == "NOUN"):
        a = _by_surname(ctx, s)
        if a is not None:
            return a
    poss = [c for c in s.children if c.dep_ == "poss"]
    if poss and s.lower_ in ctx.words.state_bodies and poss[0].lower_ in ("his", "her"):
        # "..., his ministry said": the state of the person, not the person
        state = _state_of(ctx, ctx.actor(poss[0].i))
        if state:
            return state
    if poss and (s.lemma_.lower() in ctx.spokes or s.lemma_.lower() in ctx.doc_nouns):
        return ctx.actor(poss[0].i) or np_actor(ctx, poss[0])
    if s.lemma_.lower() in ctx.spokes and not poss:
        org = _org_of_compound(ctx, s)
        if org:
            return org
    return _spokes_for(ctx, s, a)


def _org_of_compound(ctx: Context, s: Token) -> str | None:
    """"A bank spokesperson said": the one organisation the text calls a bank."""
    for c in s.children:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower:
            org = _org_by_word(ctx, c.lower_)
            if org:
                return org
    return None


def _spokes_for(ctx: Context, s: Token, a: str | None) -> str | None:
    """A name in apposition deeper in the phrase ("The NATO-led peacekeeping force in Kosovo,
    KFOR, said"); else whom an unnamed spokesperson speaks for."""
    for t in s.subtree:
        if t.dep_ == "appos" and t.i > s.i and t.pos_ == "PROPN" and not _in_relative(t, s):
            # not a name in a relative clause about the speaker ("The premier, whose party
            # governs with the Greens (G), said")
            a = ctx.actor(t.i)
            if a and actor_type(ctx, a) in ("organization", "person"):
                return a
    if a is None and s.lemma_.lower() in ctx.spokes:
        # "Ethiopia rejected the request, with a foreign ministry spokesman saying ...":
        # the unnamed spokesman speaks for the main clause's subject
        w = s.head if s.dep_ == "pobj" else s.head.head if s.dep_ in SUBJ else None
        if w is not None and w.lower_ == "with" and w.dep_ == "prep" and w.head.i < w.i:
            subj = [c for c in w.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and ctx.actor(subj[0].i):
                return ctx.actor(subj[0].i)
    return a if a is not None and s.lemma_.lower() in ctx.spokes else None


def _in_relative(t: Token, s: Token) -> bool:
    """Whether ``t`` lies in a relative clause of ``s``'s phrase (below ``s``)."""
    while t.i != s.i and t.head.i != t.i:
        if t.dep_ == "relcl":
            return True
        t = t.head
    return False


def actor_type(ctx: Context, aid: str) -> str | None:
    """The type of actor ``aid`` (person, organization, ...)."""
    if ctx.types is None:
        ctx.types = {a.id: a.type for a in ctx.doc._.actors or []}
    return ctx.types.get(aid)

def _state_of(ctx: Context, aid: str | None) -> str | None:
    """The country actor of a person actor's state."""
    actors = ctx.doc._.actors or []
    code = next((a.country for a in actors if a.id == aid and a.type == "person"), None)
    if not code:
        return None
    return next((a.id for a in actors if a.type == "country" and a.country == code), None)

def _org_by_word(ctx: Context, word: str) -> str | None:
    """The one organisation actor whose name ends with this word, its head noun ("bank": the
    World Bank; not "rights" for Human Rights Watch in "the U.N. human rights office")."""
    hits = [a.id for a in ctx.doc._.actors or []
            if a.type == "organization" and a.name.lower().split()[-1:] == [word]]
    return hits[0] if len(hits) == 1 else None

def _by_surname(ctx: Context, s: Token) -> str | None:
    """A person's surname the actor stage left unlinked ("Trump said" after "Donald
    Trump"): the one person actor whose name ends with it."""
    if ctx.surnames is None:
        ctx.surnames = {}
        for actor in ctx.doc._.actors or []:
            if actor.type == "person" and len(actor.name.split()) > 1:
                key = actor.name.split()[-1].lower()
                ctx.surnames[key] = None if key in ctx.surnames else actor.id
    return ctx.surnames.get(s.text.lower())

def _antecedent_group(ctx: Context, s: Token) -> list[str | None]:
    """``the Czech Republic, Finland, Sweden and the UK, each of them ...``."""
    doc = ctx.doc
    lo = ctx.sents[max(0, ctx.sent_of[s.i] - 1)][0]
    for k in range(s.i - 1, lo - 1, -1):
        t = doc[k]
        conj = list(t.conjuncts)
        if conj:
            ids = [np_actor(ctx, x) for x in sorted([t, *conj], key=lambda x: x.i)]
            real = [x for x in ids if x]
            if len(set(real)) > 1:
                return unique(real)
    return []


# entity types that name people, groups or bodies (``people_subject``)
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


def people_subject(ctx: Context, t: Token) -> bool:
    """Does cue ``t``'s subject name people though no actor was made of it ("many prefer X",
    "they embraced Y", "young voters bemoaned Z")? A pronoun or quantifier of the
    ``people_subjects`` class, a person, group or organisation entity, or a common noun the
    source nouns or agent dictionaries code (:func:`.actors.sources.names_actor`)."""
    for c in t.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in ctx.words.people_subjects:
            return True
        if c.pos_ != "PRON" and (c.ent_type_ in PEOPLE_ENTITIES or names_actor(c)):
            return True
    return False
