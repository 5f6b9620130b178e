"""Votes, open questions and shared positions.

* votes: "vetoed X", "would vote against X", "vote no" oppose; "voted for X", "in favour"
  support; "abstained" is neutral. Without an object (or with a bare "the text" that names no
  earlier "draft resolution on X", see descriptions.py) a vote is on what was last voted on.
* open questions: "had not decided how it would vote", "declined to say whether ...",
  "still studying X", "did not commit either way", "remained undecided" are neutral.
* shared positions: "would vote against X, a position shared by Hungary".
* replies: "Asked whether X, Y said all options remained open": an evasive reply (a hedge of
  ``stance_hedges.tsv``) to a question on X is neutral on X. A reporter's question ("Q: Will
  Poland send troops?") is no one's stance; a bare "No." or "Yes." answering it is the
  answerer's (and the asked state's) stance on what it asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import by_agents, sentence_of, sentences, table, tokens_of
from . import descriptions, phrases, procedural
from .candidates import Cand, flip
from .context import PRONOUNS, Reading
from .record import add
from .rules import negated, open_clause, refused

ABSTAIN, VETO, COMMIT, DECIDE, SAY = "abstain", "veto", "commit", "decide", "say"
VOTE_ON_PREPS = ("on", "in")  # "abstain on any vote over X"
VOTE_OVER_PREPS = ("on", "over", "about")
FOR_AGAINST = {"for": "support", "against": "oppose"}
FAVOUR = ("favour", "favor")
YES_NO = {"yes": "support", "no": "oppose", "present": "neutral"}  # "voted present": abstained
DOWN = "down"  # "voted down X": against X
YES_NO_DEPS = ("advmod", "dobj", "intj", "npadvmod", "attr", "det", "acomp")
QUESTION_WORDS = ("whether", "how", "if")
ASK = "ask"
ASKED_TAGS = ("VBN", "VBD")  # "Asked whether X, she said ...", parsed either way
SUBJECT_DEPS = ("nsubj", "nsubjpass")
QUESTION_MARK = "?"
ANSWER_REACH = 6  # tokens from the question's end to its answer (the speaker label)
ANSWERS = {"no": "oppose", "yes": "support"}  # a bare answer to a yes/no question
STATES = ("country", "organization")
STILL = "still"
EITHER_WAY = "way"  # "did not commit either way"
PARTICIPLE_TAGS = ("VBG", "VBN")  # "members voting in favour", "the deputies voted out"
VOTER_POS = ("NOUN", "PROPN", "PRON")
PARTITIVE = "of"
PART_POS = ("NUM", "PRON", "ADJ", "DET")  # "10 of", "some of", "most of", "all of"


def vote(r: Reading, tok: Token, cands: list[Cand]) -> None:
    """A vote: its polarity and what is voted on (else what was last voted on)."""
    lemma = tok.lemma_.lower()
    yes_no = False
    if lemma == ABSTAIN:
        pol: str | None = "neutral"
        obj = _abstained_on(tok)
    elif lemma == VETO:
        pol = "oppose"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and any(
                c.dep_ == "relcl" for c in obj.children):
            # "veto any decision that weakened X": the clause says what is vetoed
            add(r, cands, r.holders(tok), pol, obj, tok, phrase=(obj.i, obj.right_edge.i + 1))
            return
    else:
        pol, obj, yes_no = ballot(tok)
        if pol is None and lemma in r.words.vote_verbs:
            obj = _voted_act(r, tok)
            pol = None if obj is None else "support"
    if pol is None:
        return
    if pol != "neutral" and (not yes_no and negated(tok)) != refused(r.words, tok):
        # "did not vote for X"; "refused to vote for X" (a refusal's complement)
        pol = "oppose" if pol == "support" else "support"
    if open_clause(r.words, tok):
        pol = "neutral"  # "is considering whether to vote for X": an open question
    if obj is not None and obj.lemma_.lower() in r.words.doc_nouns and all(
            c.dep_ in ("det",) for c in obj.children) and not descriptions.named(r, obj):
        obj = None  # "voted for the text": the text being voted on (none named before)
    if obj is not None and (obj.i in r.mmap or obj.lower_ in PRONOUNS
                            or obj.lemma_.lower() in r.words.vote_manners):
        obj = None
    n = len(cands)
    holders = _voters(r, tok)
    add(r, cands, holders, pol, obj, tok, anaphor="" if obj is None else None)
    second = None if yes_no or lemma in (ABSTAIN, VETO) else _second_ballot(tok)
    if second is not None and pol in ("support", "oppose") and not (
            second[2].i in r.mmap or second[2].lower_ in PRONOUNS):
        # "voted for the bill and against the amendment": the conjoined ballot too, read as
        # the first is (a negation or refusal of the verb turns both)
        first, pol2, obj2 = second
        pol2 = pol2 if FOR_AGAINST[first] == pol else flip(pol2)
        m = len(cands)
        add(r, cands, holders, pol2, obj2, tok)
        prep = obj2.head  # the evidence is the second ballot's own words ("against X")
        for c in cands[m:]:
            if c.evidence[0] < prep.i < c.evidence[1]:
                c.evidence = (prep.i, c.evidence[1])
    for c in cands[n:]:
        c.vote = True
        c.past = False  # "had abstained": the vote is the fact, not a former position


def _voters(r: Reading, tok: Token) -> list[str]:
    """Who casts a vote: a gerund or participle on a noun ("10 of its members voting in favour",
    "deputies voting against") is cast by the actors that noun names, none where it names
    none (never the speaker of a statement the clause falls in); else the verb's holders."""
    noun = tok.head
    if tok.dep_ == "acl" and tok.tag_ in PARTICIPLE_TAGS and noun.pos_ in VOTER_POS:
        of = noun.head
        if noun.dep_ == "pobj" and of.lower_ == PARTITIVE and of.head.pos_ in PART_POS:
            return []  # "10 of its 42 members voting in favour": a part of the body
        return r.actors_in(noun)
    return r.holders(tok)


def _second_ballot(tok: Token) -> tuple[str, str, Token] | None:
    """"voted for the bill and against the amendment": the first ballot's preposition, and the
    polarity and object of a ballot conjoined to it (None without one)."""
    first = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in FOR_AGAINST), None)
    if first is None:
        return None
    for conj in [*first.children, *tok.children]:  # (or parsed as the verb's conjunct)
        if conj.dep_ == "conj" and conj.lower_ in FOR_AGAINST and conj.lower_ != first.lower_:
            obj = next((g for g in conj.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return first.lower_, FOR_AGAINST[conj.lower_], obj
    return None


OUT = "out"
OUT_DEPS = ("prt", "prep", "advmod")  # "walked out before / ahead of the vote"


def walkouts(r: Reading, cands: list[Cand]) -> None:
    """"walked out of the hall before the ballot", "boycotted the vote", "a vote the opposition
    boycotted": leaving or shunning a vote opposes what was voted on (``walkouts`` of
    ``stance_words.tsv``, and ``boycotts``); not negated, not a vote of no mention ("walked out
    of the talks")."""
    for tok in tokens_of(r.doc, "VERB", r.words.walkouts | r.words.boycotts):
        if negated(tok) or not _at_vote(r, tok):
            continue
        n = len(cands)
        add(r, cands, _walkers(r, tok), "oppose", None, tok, anaphor="")
        for c in cands[n:]:
            c.vote = True
            c.past = False


def _walkers(r: Reading, tok: Token) -> list[str]:
    """Who walked out: "lawmakers of the X party" are the party's (``members`` of
    ``stance_words.tsv``), else the verb's holders."""
    subj = r.subject(tok)
    if subj is not None and subj.lemma_.lower() in r.words.members:
        whole = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and g.i in r.mmap), None)
        if whole is not None:
            return r.actors_in(whole)
    return r.holders(tok)


def _at_vote(r: Reading, tok: Token) -> bool:
    """Whether a walk-out or boycott verb is at a vote: "walked out before the vote",
    "boycotted the ballot", "a vote the opposition boycotted"."""
    votes = r.words.vote_nouns
    if tok.lemma_.lower() in r.words.boycotts:
        if any(c.dep_ == "dobj" and c.lemma_.lower() in votes for c in tok.children):
            return True
        return tok.dep_ == "relcl" and tok.head.lemma_.lower() in votes and not any(
            c.dep_ == "dobj" for c in tok.children)
    if not any(c.dep_ in OUT_DEPS and c.lower_ == OUT for c in tok.children):
        return False  # "walked out" ("out" parsed as a particle or a preposition)
    for p in tok.children:
        if p.dep_ not in OUT_DEPS or p.lower_ not in r.words.walkout_times:
            continue
        objs = [g for g in p.children if g.dep_ == "pobj"] + [
            x for g in p.children if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj"]
        if any(o.lemma_.lower() in votes for o in objs):
            return True
    return False


def _abstained_on(tok: Token) -> Token | None:
    """"would abstain on any vote over X": X."""
    return next((x for c in tok.children if c.dep_ == "prep" and c.lower_ in VOTE_ON_PREPS
                 for g in c.children if g.dep_ == "pobj" and g.lemma_ == "vote"
                 for p in g.children if p.dep_ == "prep" and p.lower_ in VOTE_OVER_PREPS
                 for x in p.children if x.dep_ == "pobj"), None)


def ballot(tok: Token) -> tuple[str | None, Token | None, bool]:
    """"voted for/against X", "voted in favour (of X)", "vote yes/no", "voted X down":
    (polarity, object, whether it was a yes or no)."""
    for c in tok.children:
        pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if c.dep_ == "prep" and c.lower_ in FOR_AGAINST:
            return FOR_AGAINST[c.lower_], pobj[0] if pobj else None, False
        if c.dep_ == "prep" and c.lower_ == "in" and pobj and pobj[0].lower_ in FAVOUR:
            return "support", next((g for p in pobj[0].children if p.dep_ == "prep"
                                    and p.lower_ == "of" for g in p.children
                                    if g.dep_ in ("pobj", "pcomp")), None), False
        if c.lower_ in YES_NO and c.dep_ in YES_NO_DEPS:
            return YES_NO[c.lower_], None, True
        if c.dep_ == "prt" and c.lower_ == DOWN:  # "voted down the amendment", "voted it down"
            dobj = next((g for g in tok.children if g.dep_ == "dobj"), None)
            if dobj is not None:
                return "oppose", dobj, False
    return None, None, False


def _voted_act(r: Reading, tok: Token) -> Token | None:
    """"voted on Thursday to hold a referendum": the act a vote carries, which the voter
    backs; None where the act is a stance word of its own ("vote to overturn the decree":
    the undoing's rule reads it); "voted to admit the motion": the text a procedural step
    moves on (``procedural.py``)."""
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None:
        # "voted 80-41 after a long night to open a debate on X": parsed as a purpose clause
        act = next((c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                    and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to"
                                            for a in c.children)), None)
        if act is None or procedural.moved_text(act) is None:
            return None
    moved = procedural.moved_text(act)
    if moved is not None:
        return moved  # "voted to admit the motion": a vote on the motion
    if act.lemma_.lower() in r.lex.triggers:
        return None
    return act


def shared(r: Reading, tok: Token, cands: list[Cand]) -> None:
    """"would vote against X, a position shared by Hungary": Hungary takes the stance of
    the clause the position noun sums up."""
    agent = by_agents(tok)
    sharers = r.actors_in(agent[0]) if agent else []
    if not sharers:
        return
    sent = sentence_of(r.doc, tok.i)
    prior = [c for c in cands if sent.start <= c.trigger < tok.head.i]
    if not prior:
        return
    last = max(c.trigger for c in prior)
    for c in [c for c in prior if c.trigger == last]:
        cands.append(Cand([h for h in sharers if h not in c.holders], c.polarity,
                          c.phrase, c.anaphor, c.trigger, c.past, c.statement,
                          evidence=(min(c.evidence[0], tok.head.i),
                                    max(c.evidence[1], agent[0].i + 1)),
                          vote=c.vote, antecedents=c.antecedents))


def open_question(r: Reading, tok: Token, cands: list[Cand]) -> bool:
    """"still studying the legal questions", "did not commit either way", "remained
    undecided": neutral on the question in play. True when the token was such a word."""
    anaphor = _weighed(r, tok)
    if anaphor is None:
        return False
    verb = tok.head if tok.pos_ == "ADJ" else tok
    add(r, cands, r.holders(verb), "neutral", None, tok, anaphor=anaphor)
    return True


def _weighed(r: Reading, tok: Token) -> str | None:
    """The anaphor of an open-question word: "*" for the main question, "" for the latest
    proposition ("reviewing the request"), None when the word states no open question."""
    lemma = tok.lemma_.lower()
    if lemma in r.words.weighing and tok.pos_ == "VERB":
        still = any(c.lower_ == STILL for c in tok.children)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in r.words.proposals | r.words.requests:
            anaphor = ""  # "reviewing the request": the request in play
        elif not still:
            return None
        else:
            anaphor = "*"
        return anaphor if tok.tag_ == "VBG" or still else None
    if lemma == COMMIT and tok.pos_ == "VERB":
        if not negated(tok) or any(c.dep_ in ("dobj", "prep", "xcomp")
                                   and c.lower_ != EITHER_WAY for c in tok.children):
            return None
        return "*"
    if lemma in r.words.open_adj and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
        return None if negated(tok) else "*"
    return None


def undecided(r: Reading, tok: Token, cands: list[Cand]) -> bool:
    """"had not yet decided how it would vote", "declined to say whether the bloc would
    extend X": neutral on the open question. True when one was found."""
    declined = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in r.words.declining
    if tok.lemma_.lower() == DECIDE and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would") for c in tok.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in r.words.positions for c in tok.children):
        # "would decide its position after consulting X": undecided for now
        add(r, cands, r.holders(tok), "neutral", None, tok, anaphor="*")
        return True
    if not declined and not negated(tok):
        return False
    if not declined and tok.lemma_.lower() == SAY and any(
            c.lower_ in YES_NO for c in tok.children):
        # "has not said yes": neutral on the question in play
        add(r, cands, r.holders(tok), "neutral", None, tok, anaphor="")
        return True
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.pos_ not in ("VERB", "AUX") or not any(
                g.lower_ in QUESTION_WORDS for g in c.children if g.dep_ in ("mark", "advmod")):
            continue
        n = len(cands)
        if c.lemma_.lower() in r.words.vote_verbs:
            add(r, cands, r.holders(tok), "neutral", None, tok, anaphor="")
            for x in cands[n:]:
                x.vote = True
        else:
            # "whether a ransom had been paid": the passive subject is what is asked about
            subj = next((g for g in c.children if g.dep_ == "nsubjpass" and g.pos_ == "NOUN"
                         and g.i not in r.mmap), None)
            add(r, cands, r.holders(tok), "neutral", None, tok,
                phrase=(subj.left_edge.i if subj is not None else c.i,
                        phrases.phrase(c, r.words)[1]))
            holders = set(r.holders(tok))
            doer = next((g for g in c.children if g.dep_ == "nsubj"), None)
            own = doer is not None and (doer.i in r.mmap or doer.pos_ == "PRON") and bool(
                holders & set(r.holders(c)))
            for x in cands[n:]:
                # "declined to say whether Thai troops would be reinforced": a question of
                # the reporter's making, a stance only where others take one on it; "whether
                # it would pay": the holder's own course, undecided
                x.weak = not own
        return True
    return False


def replies(r: Reading, cands: list[Cand]) -> None:
    """"Asked whether Berlin would close a consulate, she said all options remained on the
    table": a reply to a question whose reported content is evasive (a neutral or ``evasive``
    hedge of ``stance_hedges.tsv``) is neutral on what the question asks. A reply that says
    something else is read by the other rules, never here."""
    tab = table(r.doc)  # (the words read in bulk: a Token only for "ask")
    for i in (i for i, lemma in enumerate(tab.lemma) if lemma == ASK):
        tok = r.doc[i]
        if tok.tag_ not in ASKED_TAGS or tok.dep_ != "advcl" or tok.i > tok.head.i:
            continue
        q = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                  and c.pos_ in ("VERB", "AUX") and any(
                      g.lower_ in QUESTION_WORDS for g in c.children if g.dep_ == "mark")),
                 None)
        verb = tok.head
        if q is None or verb.pos_ != "VERB":
            continue
        words = " ".join(t.lower_ for c in verb.children if c.dep_ == "ccomp"
                         for t in c.subtree)
        if not words or not any(h in words for h in r.lex.reply_hedges):
            continue
        # the question is the reporter's: no stance of the one who answers
        inside = range(q.left_edge.i, q.right_edge.i + 1)
        cands[:] = [c for c in cands if c.trigger not in inside]
        subj = next((c for c in q.children if c.dep_ in SUBJECT_DEPS), None)
        # "whether the tripling target could return": the subject is what is asked about;
        # "whether Berlin would close X": an actor's act, asked from its verb on
        start = subj.left_edge.i if subj is not None and subj.i not in r.mmap else q.i
        add(r, cands, r.holders(verb), "neutral", None, verb,
            phrase=(start, phrases.phrase(q, r.words)[1]))


def questions(r: Reading, cands: list[Cand]) -> None:
    """"Q: Will Poland consider sending troops? WIERZBICKI: No.": a question outside any
    statement is the reporter's, no stance of its subject; an answer that opens with a bare
    "No"/"Yes" gives the answerer, and the state or organisation the question is about, the
    stance the question asks about (reversed for "No")."""
    doc = r.doc
    text = table(doc).text
    for sent in sentences(doc):
        last = next((i for i in range(sent.end - 1, sent.start - 1, -1)
                     if not text[i].isspace()), None)
        if last is None or text[last] != QUESTION_MARK:
            continue  # (a question's last word, read without making the sentence's Tokens)
        words = [t for t in sent if not t.is_space]
        if any(t.i in r.stmt_of for t in words):
            continue
        asked = [c for c in cands if sent.start <= c.trigger < sent.end]
        if not asked:
            continue
        cands[:] = [c for c in cands if c not in asked]
        answer = _answer(r, sent.end)
        if answer is None:
            continue
        speaker, statement, pol = answer
        for c in asked:
            if c.phrase is None or c.polarity not in ("support", "oppose"):
                continue
            whom = [h for h in c.holders if r.actors.get(h) is not None
                    and r.actors[h].type in STATES]
            for h in dict.fromkeys([speaker, *whom]):
                cands.append(Cand([h], c.polarity if pol == "support" else flip(c.polarity),
                                  c.phrase, None, c.trigger, c.past, statement,
                                  evidence=c.evidence))


def _answer(r: Reading, end: int) -> tuple[str, str, str] | None:
    """(speaker, statement id, polarity) of a statement that opens the next paragraph with
    a bare "No" or "Yes"."""
    doc = r.doc
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    for t in doc[i:min(i + ANSWER_REACH, len(doc))]:
        if t.i in r.stmt_of:
            speaker, statement = r.stmt_of[t.i]
            pol = ANSWERS.get(t.lower_)
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if speaker is None or pol is None or nxt is None or not nxt.is_punct:
                return None
            return speaker, statement, pol
    return None
