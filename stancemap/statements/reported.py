"""Reported speech, beliefs and intentions: a cue verb or noun and its complement."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import by_agents, table
from .content import reported_content
from .context import SUBJ, Context, Found
from .cues import phrase_cue, verb_cue
from .lexicon import Cue
from .speakers import agent_of, make_found, people_subject, speakers_of, subject_of


def reported_speech(ctx: Context, used: set[int]) -> list[Found]:
    out: list[Found] = []
    doc = ctx.doc
    tab = table(doc)
    cue_lemmas = ctx.rules.cue_lemmas
    said_forms = ctx.rules.words.said_forms
    for i, (lemma, lower) in enumerate(zip(tab.lemma, tab.lower, strict=True)):
        # only a cue lemma (or "says"/"said") can start a report: skip the rest unread
        if lemma not in cue_lemmas and lower not in said_forms:
            continue
        if i in used or ctx.in_quote(tab.idx[i]):
            continue
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or (
                t.lower_ in said_forms and t.pos_ != "PROPN"):
            if t.dep_ in ("amod", "compound") or t.tag_ == "VBN" and t.dep_ in ("acl",):
                continue
            phrase = phrase_cue(ctx.rules, t)
            if phrase is not None:
                cue, part = phrase
                f = from_verb(ctx, t, cue, part)
                if f is not None:
                    out.extend(f)
                    continue
            cue = verb_cue(ctx.rules, t)
            if cue is not None:
                f = from_verb(ctx, t, cue, None)
                if f is not None:
                    out.extend(f)
        elif t.pos_ == "NOUN":
            cue = ctx.lex.nouns.get(t.lemma_.lower())
            if cue is not None or ctx.polnear_spans and lemma in ctx.words.belief_nouns:
                f = from_noun(ctx, t, cue)
                if f is not None:
                    out.extend(f)
                    continue
            if ctx.polnear_spans and (cue is not None or lemma in ctx.words.copula_nouns):
                g = from_copula(ctx, t)
                if g is not None:
                    out.append(g)
            elif ctx.polnear_spans and lemma in ctx.words.stance_holders:
                g = from_holder(ctx, t)
                if g is not None:
                    out.append(g)
        elif t.pos_ == "ADJ" and ctx.polnear_spans:
            cue = ctx.lex.adjectives.get(t.lemma_.lower())
            if cue is not None:
                f = from_adjective(ctx, t, cue)
                if f is not None:
                    out.append(f)
    out += issued_statements(ctx, used | {f.cue_tok for f in out if f.cue_tok is not None})
    return out


def put_question(ctx: Context, t: Token) -> bool:
    """Is ``t`` a question form (``question_forms``) that puts a reporter's question to the
    one who then answers: a participle with no subject of its own and no asker after "by"
    ("Asked whether X, she said Y"), or one set off by a comma between its answerer and the
    verb the answerer goes on to ("Novak, asked whether X, said Y", however the parser hangs
    the name)? The question is no statement of the answerer's (the gold files count none);
    "She asked whether X" and "Asked by the judge whether X" are."""
    if t.lower_ not in ctx.words.question_forms or t.dep_ in ("ROOT", "conj") or by_agents(
            t) or any(c.dep_ in ("aux", "auxpass") for c in t.children) or not any(
            _question(c) for c in t.children if c.i > t.i):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return True
    return t.i > 0 and ctx.doc[t.i - 1].text == "," and t.head.i > t.i and (
        t.head.pos_ in ("VERB", "AUX"))


def put_questions(ctx: Context) -> frozenset[int]:
    """The tokens of the questions put to their answerers in the text (``put_question``):
    each asking participle and the words of its question, whose own verbs ("Asked whether
    he had asked for a pardon") report nobody's statement either."""
    out: set[int] = set()
    for t in ctx.doc:
        if put_question(ctx, t):
            out.add(t.i)
            for c in t.children:
                if c.i > t.i and _question(c):
                    out.update(k.i for k in c.subtree)
    return frozenset(out)


def _question(c: Token) -> bool:
    """Is ``c`` the question a verb of asking puts: a clause opened by "whether", "if" or a
    wh-word, or "about" and its object?"""
    if c.dep_ == "prep":
        return c.lower_ == "about"
    return c.dep_ in ("ccomp", "xcomp") and opens_question(c.left_edge)


def opens_question(first: Token) -> bool:
    """Does a clause opened by ``first`` ask a question: "whether", "if" or a wh-word?"""
    return first.lower_ in ("whether", "if") or first.tag_ in ("WP", "WRB", "WDT")


def issued_statements(ctx: Context, used: set[int]) -> list[Found]:
    """"X and Y issued a joint statement hailing the truce and offering monitors", "Z
    issued statements supporting W": a participle on a text of the ``issued_texts`` class that the
    subject issues (a verb of the ``utter`` class) is the issuers' statement, one per issuer,
    whatever its verb (a participle another rule reported, "calling X Y", is that rule's)."""
    out: list[Found] = []
    doc = ctx.doc
    for t in doc:
        if t.tag_ != "VBG" or t.i in used or ctx.polnear_spans:
            continue
        text = t.head if t.dep_ == "acl" else next(
            (c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None) if (
            t.dep_ == "advcl") else None
        if text is None or text.lemma_.lower() not in ctx.words.issued_texts and (
                text.lower_ not in ctx.words.issued_texts) or text.dep_ != "dobj":
            continue
        issuing = text.head
        if issuing.lemma_ not in ctx.words.utter or ctx.in_quote(t.idx):
            continue
        s, e = ctx.trim(t.i, t.right_edge.i, drop_mark=False)
        if s is None or e is None:
            continue
        f = indirect_found(ctx, issuing, (doc[s].idx, doc[e].idx + len(doc[e])), "cue-speech",
                           (issuing.idx, t.idx + len(t)))
        if f is not None and any(f.speakers):
            out.append(f)
    return out


# prepositions after a predicate adjective that name no target of the attitude ("more wary
# than before", "proud as ever")
NOT_TOWARD = frozenset({"than", "as", "like"})


def from_adjective(ctx: Context, a: Token, cue: Cue) -> Found | None:
    """"X is confident that Y", "X remains eager to Z": a predicate adjective of belief or
    intention and its clause, the subject of the verb it completes the speaker (PolNeAR's
    conventions only: its annotators count these as attributions, the gold files do not)."""
    v = a.head
    if a.dep_ != "acomp" or v.pos_ not in ("AUX", "VERB"):
        return None
    comp = None
    cue_end = a.idx + len(a)
    for c in a.children:
        kids = list(c.children)
        if c.i < a.i:
            continue
        if c.dep_ == "ccomp" and "clause" in cue.frames and any(
                k.dep_ in SUBJ + ("expl", "nsubjpass") for k in kids):
            comp = c
        elif c.dep_ == "xcomp" and "inf" in cue.frames and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in kids):
            comp = c
        elif c.dep_ == "prep" and "prep" in cue.frames and c.lower_ not in NOT_TOWARD:
            # "is skeptical of X": PolNeAR's annotators put the preposition in the cue and
            # draw its object alone as the content
            obj = [k for k in kids if k.dep_ in ("pobj", "pcomp") and k.i > c.i]
            if obj:
                comp, cue_end = obj[0], c.idx + len(c)
        if comp is not None:
            break
    if comp is None:
        return None
    chars = trimmed_chars(ctx, comp, drop_mark=True)
    if chars is None:
        return None
    return indirect_found(ctx, v, chars, "cue-" + cue.cls, (a.idx, cue_end), spoken=True)


def from_copula(ctx: Context, n: Token) -> Found | None:
    """"His answer was that X", "the key question is whether Y", "her advice is to Z": a
    speech or belief noun as a copula's subject, the clause after the copula its content, the
    noun and the copula the cue (PolNeAR's conventions only; the speaker, if any, is whom the
    noun phrase names: "Rubio's response")."""
    v = n.head
    if n.dep_ != "nsubj" or v.lemma_ != "be":
        return None
    comp = next((c for c in v.children if c.i > v.i and (c.dep_ == "ccomp" or c.dep_ == "xcomp"
                 and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children))), None)
    if comp is None:
        return None
    chars = trimmed_chars(ctx, comp, drop_mark=False)
    if chars is None:
        return None
    return indirect_found(ctx, v, chars, "cue-belief", (n.idx, v.idx + len(v)))


def from_holder(ctx: Context, n: Token) -> Found | None:
    """"X is a vocal advocate of Y", "X was an early backer of Z": a copula's noun of the
    ``stance_holders`` class with its "of" object, held by the copula's subject (PolNeAR's
    conventions only: its annotators count these as attributions, the cue running from the
    noun phrase's first word to "of", the object alone the content)."""
    v = n.head
    if n.dep_ != "attr" or v.lemma_ != "be":
        return None
    prep = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > n.i),
                None)
    obj = None if prep is None else next(
        (k for k in prep.children if k.dep_ in ("pobj", "pcomp")), None)
    if prep is None or obj is None:
        return None
    chars = trimmed_chars(ctx, obj, drop_mark=True)
    if chars is None:
        return None
    return indirect_found(ctx, v, chars, "cue-belief", (n.left_edge.idx, prep.idx + len(prep)),
                          spoken=True)


def from_verb(ctx: Context, v: Token, cue: Cue, part: Token | None
               ) -> list[Found] | None:
    if (any(c.dep_ == "auxpass" for c in v.children) or put_to(v)) and not told_by(ctx, v):
        return None  # passive: "is expected to", "was told", "Asked about X, he said"
    if withheld(ctx, v) and not ctx.polnear_spans:
        # "declined to say whether X": the open question is the refuser's words
        return withheld_question(ctx, v)
    if v.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and (
            verb_cue(ctx.rules, v.head) is None or withheld(ctx, v) or asked_to(v.head) or (
                no_comment(ctx, v))):
        return None  # "marched to demand X", "declined to say": no report of words
    if held_back(ctx, v) and not ctx.polnear_spans:
        return None  # "stopped short of endorsing X": a step not taken, nothing said
    frames = cue.frames
    if any(c.dep_ == "neg" for c in v.children):
        frames = frames & {"clause", "inf"}  # "did not announce a pledge"
    if v.lemma_ in ctx.words.withhold and any(
            c.dep_ == "xcomp" and c.i > v.i and (withheld(ctx, c) or no_comment(ctx, c))
            for c in v.children):
        return None  # "declined to say whether X", "declined to comment": nothing said
    if part is None and "objcomp" not in cue.frames and any(
            c.dep_ == "dobj" and c.lower_ in ctx.words.sent_people
                            for c in v.children) and not any(
            c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") for c in v.children):
        return None  # "recalled its ambassador for consultations": an act
    content = reported_content(ctx, v, frames, part)
    if content is None:
        return None
    cue_end = (part or v)
    f = indirect_found(ctx, v, content, "cue-" + cue.cls, (v.idx, cue_end.idx + len(cue_end)))
    return None if f is None else [f]


def from_noun(ctx: Context, n: Token, cue: Cue | None) -> list[Found] | None:
    """"Trump's claim that X", "X made the claim that Y": a cue noun with its clause, its
    possessor (or the subject of the verb that utters it) the speaker. ``cue`` None: a noun of
    the ``belief_nouns`` class under PolNeAR's conventions ("speculation that X"), which needs
    no speaker."""
    comp = None
    for c in n.children:
        if c.i <= n.i:
            continue
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            kids = list(c.children)
            if any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and any(
                    k.dep_ in SUBJ + ("expl", "nsubjpass") for k in kids):
                comp = c
                break
            if any(k.dep_ == "aux" and k.lower_ == "to" for k in kids) and c.i == n.i + 2:
                comp = c
                break
    if comp is None:
        return None
    # the speaker: "Trump's claim that", "X made the claim that"
    subj_tok = None
    for c in n.children:
        if c.dep_ == "poss":
            subj_tok = c
    if subj_tok is not None and subj_tok.lower_ in ("its", "their", "his", "her") and (
        n.dep_ == "dobj"
    ):
        # "Baku renewed its demand that ...": the subject who owns the demand
        subj = subject_of(ctx.rules, n.head)
        if subj and ctx.actor(subj[0].i):
            subj_tok = subj[0]
    if subj_tok is None and n.dep_ in ("dobj",) and n.head.lemma_ in ctx.words.utter:
        subj = subject_of(ctx.rules, n.head)
        subj_tok = subj[0] if subj else None
    cue_chars = (n.idx, n.idx + len(n))
    if cue is None and n.dep_ == "dobj":
        # "rejected the notion that X", "floated the idea that Y": the verb and its object
        # are the cue (PolNeAR's), the verb's subject the speaker
        cue_chars = (n.head.idx, cue_chars[1]) if n.head.i < n.i else cue_chars
        subj = subject_of(ctx.rules, n.head)
        subj_tok = subj_tok or (subj[0] if subj else None)
    if subj_tok is None and cue is not None:
        return None
    chars = trimmed_chars(ctx, comp, drop_mark=True)
    if chars is None:
        return None
    speakers = speakers_of(ctx, subj_tok) if subj_tok is not None else [None]
    src = ctx.np_chars(subj_tok) if subj_tok is not None else None
    return [Found(speakers, "indirect", cue_chars, chars, src, n.i, "noun", 1)]


def trimmed_chars(ctx: Context, t: Token, drop_mark: bool) -> tuple[int, int] | None:
    """The characters of ``t``'s subtree less what ``Context.trim`` drops at its ends; None
    if nothing is left."""
    s, e = ctx.trim(t.left_edge.i, t.right_edge.i, drop_mark=drop_mark)
    if s is None or e is None:
        return None
    doc = ctx.doc
    return doc[s].idx, doc[e].idx + len(doc[e])


def indirect_found(ctx: Context, v: Token, content: tuple[int, int], rule: str,
                   cue_chars: tuple[int, int], spoken: bool = False) -> Found | None:
    """The indirect statement of ``v`` with these content and cue characters; None where
    ``make_found`` makes none, the subject is a document, or (``spoken``) no one says it."""
    f = make_found(ctx, v, "indirect", content, rule, cue_chars=cue_chars, priority=1)
    if f is None or spoken and not (any(f.speakers) or people_subject(ctx, v)) or (
            document_subject(ctx, v, f.speakers)):
        return None
    return f


def put_to(v: Token) -> bool:
    """"Asked about the sanctions, she said ...", "..., she said when asked about X": a
    participle with no subject of its own, fronted or after a subordinator, reports what was
    said *to* the main clause's subject (a reporter's question), not by it."""
    return v.tag_ == "VBN" and v.dep_ == "advcl" and (
        v.i < v.head.i or any(c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB")
                              and c.i < v.i for c in v.children)) and not any(
        c.dep_ in SUBJ + ("nsubjpass",) for c in v.children)


def told_by(ctx: Context, v: Token) -> bool:
    """"A said she had been told by B that X", "staff were told by the ministry to Y": a
    passive verb of telling (the ``relayed`` class) with its teller after "by" reports the
    teller's words, the teller the speaker (the development sets' gold, dev28-dev41, counts
    each such report as the teller's; outside PolNeAR's conventions only)."""
    return not ctx.polnear_spans and v.lemma_ in ctx.words.relayed and not put_to(v) and any(
        c.dep_ == "auxpass" for c in v.children) and agent_of(v) is not None


def asked_to(v: Token) -> bool:
    """"when asked to describe X", "was told to list X": what one is asked to say is the
    asker's request, not the subject's words."""
    return put_to(v) or any(c.dep_ == "auxpass" for c in v.children)


def no_comment(ctx: Context, v: Token) -> bool:
    """"declined to comment (on the incident)", "refused to elaborate": nothing said, unless
    quoted words of the speaker's stand in it ('declined to comment on "the details of a
    process in which we were not the main party"'). PolNeAR's annotators count the refusal
    as an attribution, so not under its conventions."""
    return not ctx.polnear_spans and v.dep_ == "xcomp" and v.head.lemma_ in ctx.words.withhold and (
        v.lemma_ in ctx.words.no_comment) and not any(t.is_quote for t in v.subtree)


def held_back(ctx: Context, v: Token) -> bool:
    """"stopped short of endorsing X", "stopped short of calling for Y": a cue gerund after
    "short of" (``held_back``) tells a step the subject did not take; the gold files count no
    statement there (the stance stage reads it as neutral on X, ``stances.holdbacks``). Not
    under PolNeAR's conventions, whose annotators count it (PolNeAR dev loses one content).
    """
    if v.tag_ != "VBG" or v.dep_ != "pcomp" or v.head.lower_ != "of" or v.head.i < 1:
        return False
    doc = v.doc
    return v.head.head.lower_ in ctx.words.held_back or doc[v.head.i - 1].lower_ in (
        ctx.words.held_back)


def withheld(ctx: Context, v: Token) -> bool:
    """"declined to say whether X": a question left open under a refusal is not said."""
    return v.dep_ == "xcomp" and v.head.lemma_ in ctx.words.withhold and (
        v.lemma_ in ctx.words.withheld) and any(
        k.dep_ == "mark" and k.lower_ in ("whether", "if") for c in v.children
        if c.dep_ == "ccomp" for k in c.children)


def unsaid_question(ctx: Context, f: Found) -> bool:
    """"He did not say whether he would appeal", "It does not say which side fired first",
    "She has not explained how X": a negated verb of the ``unsaid`` class whose content is an
    open question says nothing (the development sets' gold counts none of 24 such reports over
    dev21-dev41, where "declined to say whether X" is a statement: ``withheld_question``)."""
    if f.cue_tok is None:
        return False
    v = ctx.doc[f.cue_tok]
    if v.lemma_.lower() not in ctx.words.unsaid or not any(
            c.dep_ == "neg" for c in v.children):
        return False
    content = ctx.doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
    return bool(content) and opens_question(content[0])


def withheld_question(ctx: Context, v: Token) -> list[Found] | None:
    """"X declined to say whether Y", "refused to say if Y": the question the refusal
    leaves open, "whether Y", is a statement of the refuser's (the gold convention of the
    development sets from dev25 on: a neutral report on Y), its cue the refusal and the
    withheld verb. Not under PolNeAR's conventions."""
    comp = next((c for c in v.children if c.dep_ == "ccomp" and any(
        k.dep_ == "mark" and k.lower_ in ("whether", "if") for k in c.children)), None)
    if comp is None:
        return None
    chars = trimmed_chars(ctx, comp, drop_mark=False)
    if chars is None:
        return None
    refusal = v.head
    f = indirect_found(ctx, refusal, chars, "cue-speech", (refusal.idx, v.idx + len(v)))
    return None if f is None else [f]


def document_subject(ctx: Context, v: Token, speakers: list[str | None]) -> bool:
    """Is the subject of ``v`` a drafted text ("a resolution demanding X"), or "it" for
    the one the sentence before is about ("The text failed. It would have demanded X")?"""
    subj = subject_of(ctx.rules, v)
    if not subj:
        return False
    s = subj[0]
    docs = ctx.words.document
    if s.lemma_.lower() in docs:
        return speakers == [None] or not ctx.actor(s.i)
    if s.lower_ != "it":
        return False
    lo = ctx.sent_bounds(s.i)[0]
    if lo == 0:
        return False
    prev = ctx.sent_bounds(lo - 1)
    for t in ctx.doc[prev[0]:prev[1] + 1]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            return t.lemma_.lower() in docs and not ctx.actor(t.i)
    return False
