"""The stance stage: find stance expressions, interpret them, merge, emit records.

``StanceStage`` holds only the lexicon. Per document it makes a :class:`Reading`, lets the
expression rules (verbs.py, votes.py, nouns.py) turn each trigger word into candidate stances,
merges their phrases into propositions (propositions.py), settles one polarity per actor and
proposition (resolve.py) and sets ``doc._.propositions`` and ``doc._.stances``.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from ..actors.tokens import sentences
from ..events.emit import asked
from ..model import Proposition, Stance
from . import (
    agents,
    claims,
    consequences,
    deontic,
    descriptions,
    holdbacks,
    learned,
    nouns,
    organisers,
    overrides,
    own,
    pairs,
    polarity,
    predicates,
    presented,
    propositions,
    protests,
    punished,
    rallies,
    reactions,
    recourse,
    resolve,
    rules,
    sides,
    solidarity,
    staying,
    steering,
    strays,
    tallies,
    threats,
    verbs,
    votes,
    wishes,
)
from .candidates import Agreement, Cand
from .context import Reading
from .lexicon import Lexicon, load_lexicon

FUTURE = ("will", "would")  # "Ethiopia will begin the filling": an announced action
PARTICIPLE = "ed"


class StanceStage:
    """Sets ``doc._.propositions`` and ``doc._.stances``."""

    def __init__(self, lexicon: Lexicon | None = None, data: Path | None = None) -> None:
        self.lex = lexicon or load_lexicon(data)
        self.triggers = self.lex.triggers
        self.multiword_words = self.lex.multiword_words
        self.verb_triggers = self.lex.verb_triggers
        self.naming = nouns.naming_verbs()
        # a word none of these holds starts no rule of ``find``
        self.agent_nouns = frozenset(agents.agent_nouns())
        # "declined the request to X", "turned down calls for X": refusals of an ask
        self.refusals = self.lex.words.declining | self.lex.words.turning_down
        self.cue_lemmas = (self.lex.words.protests | self.triggers | self.lex.words.copulas
                           | self.naming | self.agent_nouns | self.refusals)
        # "the charges were fabricated": an evaluative participle, read as written
        self.participles = frozenset(k for k in self.lex.evaluatives if k.endswith(PARTICIPLE))
        self.cue_words = (self.multiword_words | frozenset(FUTURE) | self.participles
                          | {agents.AGAINST})

    def __call__(self, doc: Doc) -> Doc:
        r = Reading(doc, self.lex)
        cands, agreements = self.find(r)
        cands = [c for c in cands if c.holders]
        clusters = propositions.Merger(r).merge(cands)
        model = learned.load_model()
        if model is None and learned.TRACE is None:
            found = resolve.resolve(r, cands, agreements)
        else:  # the stance model judges the rules' stances and what their gates dropped
            dropped: list[tuple[str, Cand, str]] = []
            groups: dict[tuple[str, int], list[Cand]] = {}
            found = resolve.resolve(r, cands, agreements, dropped, groups)
            its = learned.items(r, found, dropped, groups, clusters, getattr(r, "gated", []))
            if learned.TRACE is not None:
                learned.TRACE.append(_traced(r, clusters, its))
            if model is not None:
                found = model.apply(its)
        found = sides.propose(r, found, clusters)  # "Its leader, X, said ...": the side's
        found = own.propose(r, found, clusters)  # "X said it would oppose Y": its own words
        pair_model = pairs.load_model()
        if pair_model is not None or pairs.TRACE is not None:  # pairs the rules never propose
            ps = pairs.pairs(r, found, clusters)
            if pairs.TRACE is not None:
                pairs.TRACE.append(_traced_pairs(r, clusters, found, ps))
            if pair_model is not None:
                found = pair_model.apply(r, found, ps)
        found = strays.move(r, found, clusters)  # a verdict told on a stray phrase
        used = sorted({s[1] for s in found})
        ids = {k: f"p{n + 1}" for n, k in enumerate(used)}
        doc._.propositions = propositions.records(r, clusters, used)
        doc._.stances = [
            Stance(actor=a, proposition=ids[k], polarity=pol, statement=st,
                   evidence=r.span(*ev))
            for a, k, pol, st, ev in found
        ]
        return doc

    def find(self, r: Reading) -> tuple[list[Cand], list[Agreement]]:
        """Candidate stances and agreements from every word some lexicon knows."""
        cands: list[Cand] = []
        agreements: list[Agreement] = []
        tab = r.tab
        for i, lemma in enumerate(tab.lemma):
            if lemma not in self.cue_lemmas and tab.lower[i] not in self.cue_words:
                continue
            tok = r.doc[i]  # (one Token per cue word)
            if lemma in self.lex.words.protests and (protests.joined(r, tok, cands)
                                                      or protests.purpose(r, tok, cands)):
                continue
            if lemma in self.triggers or tab.lower[i] in self.multiword_words or (
                    tab.lower[i] in self.participles):
                self.expression(r, tok, cands, agreements)
            elif lemma in self.refusals:
                verbs.verb(r, tok, cands, agreements)
            elif tab.lower[i] in FUTURE:
                self.announcement(r, tok, cands)
            elif lemma in self.lex.words.copulas:
                nouns.valenced(r, tok, cands)
            if lemma in self.agent_nouns:
                agents.agent(r, tok, cands)
            elif tab.lower[i] == agents.AGAINST:
                agents.against(r, tok, cands)
            if lemma in self.naming and tab.pos[i] == "VERB":
                nouns.valenced_naming(r, tok, cands)
        for sent in sentences(r.doc):  # (the per-Doc list: no Span made again)
            for act in verbs.told_acts(r, sent):
                verbs.enacted(r, act, cands)
        reactions.find(r, cands)  # "the ban drew criticism from X", "angered farmers"
        holdbacks.find(r, cands)  # "stopped short of endorsing X"
        consequences.find(r, cands)  # "the levy would bring peace"
        predicates.find(r, cands)  # "said the tariff would discourage exporters"
        recourse.find(r, cands)  # "would challenge the amendment in court"
        deontic.find(r, cands)  # "said Chile should lift the tariffs"
        steering.find(r, cands)  # "pushed the bill through parliament"
        overrides.find(r, cands)  # "overrode the governor's veto of the map"
        presented.find(r, cands)  # "filed a no-confidence motion", "the motion, moved by X"
        staying.find(r, cands)  # "said he would not resign"
        wishes.find(r, cands)  # "hoped the annex would be agreed"
        threats.find(r, cands)  # "threatened a strike if the budget is adopted"
        protests.cases(r, cands)
        rallies.find(r, cands)  # "farmers protested outside the offices"
        solidarity.find(r, cands)  # "Lithuania and Estonia expressed solidarity"
        organisers.find(r, cands)  # "protesters organised by X rallied against Y"
        votes.walkouts(r, cands)  # "walked out before the vote"
        tallies.find(r, cands)  # "with A voting in favour and B against"
        votes.replies(r, cands)
        votes.questions(r, cands)
        rules.charges(r, cands, claims.introductions(r, cands))
        descriptions.reported_claims(r, cands)  # "said India had opened X ... the charge"
        punished.doers(r, cands)
        for c in cands:
            if _own_offer(r, c):
                c.weak = True
        if learned.TRACE is not None:  # (measured only: these name no course of action)
            r.gated = [(c, "calming" if _calming(r, c) else "unnamed") for c in cands
                       if c.holders and (_calming(r, c) or _unnamed_act(r, c))]
        cands = [c for c in cands if not _calming(r, c) and not _unnamed_act(r, c)
                 and not _reporters_question(r, c)]
        return cands, agreements

    @staticmethod
    def expression(r: Reading, tok: Token, cands: list[Cand],
                   agreements: list[Agreement]) -> None:
        """The rules a trigger word may start: an open question, else verb, noun and
        evaluative rules in turn."""
        if votes.open_question(r, tok, cands):
            return
        verbs.verb(r, tok, cands, agreements)
        nouns.noun(r, tok, cands)
        nouns.evaluative(r, tok, cands)

    def announcement(self, r: Reading, aux: Token, cands: list[Cand]) -> None:
        """"will"/"would" on a verb no stance rule reads: an announced action."""
        if aux.dep_ == "aux" and aux.head.pos_ == "VERB" and (
                aux.head.lemma_ not in self.verb_triggers):
            verbs.announced(r, aux.head, rules.negated(aux.head), cands)


CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ")


def _calming(r: Reading, c: Cand) -> bool:
    """"pressed every side to avoid escalation", "called for restraint": an appeal whose phrase
    holds nothing but ``calming`` words names no course of action (a proposition of no one's)."""
    if c.phrase is None:
        return False
    words = [t for t in r.doc[c.phrase[0]:c.phrase[1]] if t.pos_ in CONTENT_POS]
    return bool(words) and any(t.pos_ == "NOUN" for t in words) and all(
        t.lemma_.lower() in r.words.calming for t in words)


def _unnamed_act(r: Reading, c: Cand) -> bool:
    """"offered to help", "promised to protect", "urged Pakistan to reconsider": a phrase of one
    ``unnamed_acts`` verb and no other content word names no course of action; nor does the bare
    passive of an ``anonymity`` verb ("asked not to be named": the source's anonymity)."""
    if c.phrase is None:
        return False
    words = [t for t in r.doc[c.phrase[0]:c.phrase[1]] if t.pos_ in CONTENT_POS]
    if len(words) != 1 or words[0].pos_ != "VERB":
        return False
    lemma = words[0].lemma_.lower()
    return lemma in r.words.unnamed_acts or (lemma in r.words.anonymity and any(
        g.dep_ == "auxpass" for g in words[0].children))  # "asked not to be named"


CLIMB_DEPS = ("xcomp", "conj")  # "Did X refuse to hand over Y?": the question's own verb


def _reporters_question(r: Reading, c: Cand) -> bool:
    """"Did the charity refuse to hand over its accounts?": a direct question in the
    reporter's own voice (no statement holds it) asserts no one's stance; a question a speaker
    asks in a quotation is left to the rules that read it."""
    tok = r.doc[c.trigger]
    if tok.i in r.stmt_of or r.quoted(tok):
        return False
    v = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if v.dep_ not in CLIMB_DEPS or v.head.i == v.i:
            break
        v = v.head
    return asked(v)


def _own_offer(r: Reading, c: Cand) -> bool:
    """"pledged reconstruction aid", "approved a $300 million grant", "announced sanctions
    on 30 tankers": a holder offering or enacting a thing of its own (an ``offering`` verb
    with its direct object) takes a stance on it only where others address it, like an
    announced action; an offer to act ("offered to send an envoy") stays a stance."""
    verb = r.doc[c.trigger]
    if c.polarity != "support" or c.phrase is None or (
            verb.lemma_.lower() not in r.words.offering):
        return False
    obj = next((t for t in verb.children if t.dep_ == "dobj"), None)
    if obj is not None and verb.lemma_.lower() in r.words.deciding and (
            obj.lemma_.lower() in r.words.voted_texts):
        return False  # "the Senate approved a bill setting X": it decides another's text
    return obj is not None and obj.left_edge.i <= c.phrase[0] <= obj.right_edge.i


def _traced(r: Reading, clusters: list, its: list[learned.Item]) -> dict:
    """One document's items as the training script reads them: the holder, the words the scorer
    maps to a gold proposition (evidence, the proposition's label and mentions), the polarity,
    the kind and the features."""
    texts: dict[int, list[str]] = {}
    out = []
    for it in its:
        if it.prop >= 0 and it.prop not in texts:
            p = propositions.records(r, clusters, [it.prop])[0]
            texts[it.prop] = [p.label, *(m.text for m in p.mentions)]
        words = list(texts.get(it.prop, []))
        if it.prop < 0 and it.cands and it.cands[0].phrase is not None:
            words = [r.span(*it.cands[0].phrase).text]
        out.append({"actor": it.actor, "prop": it.prop, "pol": it.polarity, "kind": it.kind,
                    "evidence": r.span(*it.evidence).text, "words": words, "f": it.features})
    return {"items": out}


def _traced_pairs(r: Reading, clusters: list, found: list, ps: list[pairs.Pair]) -> dict:
    """One document's emitted stances and pairs as the pair training script reads them: the
    holder, the words the scorer maps to a gold proposition, the kind and the features."""
    texts: dict[int, list[str]] = {}

    def words(k: int) -> list[str]:
        if k not in texts:
            p = propositions.records(r, clusters, [k])[0]
            texts[k] = [p.label, *(m.text for m in p.mentions)]
        return texts[k]

    emitted = [{"actor": a, "prop": k, "pol": pol, "evidence": r.span(*ev).text,
                "words": words(k),
                "pf": polarity.features(r, *polarity.locate(r, clusters[k].mentions, ev, a))}
               for a, k, pol, _, ev in found]
    out = [{"actor": p.actor, "prop": p.prop, "link": p.link, "evidence": r.span(*p.sent).text,
            "words": words(p.prop), "f": p.features,
            "pf": polarity.features(r, *p.mention, p.tok)} for p in ps]
    return {"emitted": emitted, "pairs": out}


def proposition_text(doc: Doc, prop: Proposition) -> str:
    """All the words of a proposition (label and mentions), for matching and tests."""
    return " ".join([prop.label, *(m.text for m in prop.mentions)])
