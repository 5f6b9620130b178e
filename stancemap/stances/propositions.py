"""Proposition merging: which stance phrases are about the same proposition.

Each candidate's phrase joins the earlier proposition whose content lemmas, normalised
through ``stance_synonyms.tsv``, it overlaps (with word vectors as a fallback); else it starts
a new one. Anaphoric phrases ("such plans", "the demand", "Macron's idea", "it") join an
earlier proposition: the one the possessor supports, else the latest one. Phrases whose noun
modifiers name different targets ("brandy duties", "car duties") stay apart; a phrase of the
opposite direction ("keep the sanctions" into "lift sanctions", ``loosen``/``keep`` of
``stance_words.tsv``) joins with its polarity flipped.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..actors.gazetteer import gazetteer
from ..model import Proposition
from . import passives, phrases, topics
from .candidates import CHARGED, Cand, Cluster, flip
from .context import PRONOUNS, QUOTES, WORDS, Reading
from .lexicon import Lexicon, Words
from .phrases import aside

KEY_POS = ("NOUN", "PROPN", "VERB", "ADJ")
CORE_DEPS = ("dobj", "xcomp", "pobj", "pcomp", "acl")
CORE_DEPTH = 4
MOD_PREPS = ("for", "on", "against", "with")  # "prices for consumers"
OBJECT_PRONOUNS = WORDS.object_pronouns  # "lift them"
MATCH = 0.5  # the overlap that merges a phrase into a proposition
SIMILAR = 0.9  # the vector similarity that counts as a MATCH
RESTATING_DEPS = ("advcl", "conj")  # "voted to X, backing the bill": the act told again
CORE_MATCH = 0.75  # a shared core (synonym class of head and complements)
LABEL_WORDS = 12
LABEL_CONTENT_WORDS = 2
#: The fewest words of a plural topic labelled in the singular ("spending cuts").
TOPIC_MIN_WORDS = 2
LABEL_TRIM_START = ("det", "cc", "mark", "aux", "neg")
LABEL_TRIM_END = ("cc", "det", "prep")
#: What comes before a thing's name in its noun phrase ("the", "their", "Y's", "a more ...").
NAME_OWNERS = ("det", "poss", "predet")
NAME_TRIM_START = ("advmod", "cc", "preconj", "case", "punct")
#: What follows a thing's name in its noun phrase ("X, which ...", "X and Z", "X, a ...").
NAME_CUT = ("relcl", "appos", "conj", "cc", "punct")
#: The nouns that with the head make a thing's name ("abortion restrictions", "Iran deal").
NAME_CORE = ("compound", "nmod")
#: The word that with a verb makes an act of ``stance_act_nouns.tsv`` ("walk out", "declare
#: persona non grata"): its particle, object or complement.
ACT_WORD_DEPS = ("prt", "dobj", "oprd", "attr", "nsubjpass")
#: The complements of an act's noun that name what the act is on ("the increase in the levy").
ACT_OBJECT_PREPS = ("of", "in", "on", "to", "for")
#: Whether a phrase headed by an act's noun ("the rise") joins the proposition of its verb
#: ("raise the minimum wage"): ``Merger._act_named``.
ACT_NAMED = True


# -- what a phrase says ---------------------------------------------------------------------
def keys(lex: Lexicon, doc: Doc, s: int, e: int) -> set[str]:
    """Content lemmas of a stretch, each normalised to its synonym class."""
    out = set()
    for t in doc[s:e]:
        if t.is_stop or t.is_punct or t.pos_ not in KEY_POS:
            continue
        if t.lemma_.lower() in lex.words.action_stop:
            continue
        w = t.lemma_.lower()
        out.add(lex.synonyms.get(w, lex.synonyms.get(t.lower_, w)))
    return out


def core(lex: Lexicon, doc: Doc, phrase: tuple[int, int]) -> set[str]:
    """Synonym classes of a phrase's head and its nearest complements: "deploying troops",
    "host negotiations", "enter into dialogue" (not a modifier: "withdrawal of troops")."""
    head = doc[phrase[0]:phrase[1]].root
    syn = lex.synonyms
    out = set()
    frontier = [head]
    for _depth in range(CORE_DEPTH):
        nxt = []
        for t in frontier:
            cls = syn.get(t.lemma_.lower(), syn.get(t.lower_))
            if cls:
                out.add(cls)
            for c in t.children:
                if c.dep_ in CORE_DEPS or (c.dep_ == "prep" and t.pos_ == "VERB"):
                    nxt.append(c)
        frontier = nxt
    # only verb-headed (course of action) or noun-headed phrases whose head is in a class
    head_cls = syn.get(head.lemma_.lower(), syn.get(head.lower_))
    if head.pos_ != "VERB" and not head_cls:
        return set()
    return out


def mods(r: Reading, phrase: tuple[int, int]) -> set[str]:
    """Noun modifiers of a phrase's head noun (or of its verb's object): "brandy duties",
    "prices for consumers", "minimum import prices"."""
    head = r.doc[phrase[0]:phrase[1]].root
    if head.pos_ in ("VERB", "AUX"):  # "denounced X", "making X permanent"
        head = next((g for c in [head, *(c for c in head.children if c.dep_ in (
            "ccomp", "oprd", "xcomp"))] for g in c.children
            if g.dep_ in ("dobj", "nsubj")), head)
    if head.pos_ not in ("NOUN", "PROPN"):
        return set()
    out = set()
    for c in head.children:
        toks = [c] if c.dep_ in ("compound", "nmod") else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and (
            c.lower_ in MOD_PREPS) else []
        for t in toks:
            if any(g.dep_ == "nummod" for g in t.children):
                continue  # "75.8 percent duties": a quantity, not what the duties are on
            if t.pos_ in ("NOUN", "PROPN") and not t.is_stop and phrase[0] <= t.i < phrase[1]:
                w = t.lemma_.lower()
                # an actor by its id: "talks with Moscow" ~ "dialogue with Russia"
                out.add(r.mmap.get(t.i) or r.lex.synonyms.get(w, w))
    return out


def loosens(words: Words, doc: Doc, phrase: tuple[int, int]) -> bool | None:
    """True for "lift/ease X", False for "keep/extend X", None for neither."""
    for t in doc[phrase[0]:phrase[1]]:
        w = t.lemma_.lower()
        if w in words.loosen or w in words.keep:
            return w in words.loosen
    return None


def loosened(lex: Lexicon, doc: Doc, phrase: tuple[int, int]) -> set[str]:
    """Keys of the object a loosening verb acts on ("lift sanctions" -> {"sanction"})."""
    for t in doc[phrase[0]:phrase[1]]:
        if t.lemma_.lower() in lex.words.loosen:
            return {k for c in t.children if c.dep_ in ("dobj", "nsubjpass")
                    for k in keys(lex, doc, c.i, c.i + 1)}
    return set()


def verb_object_keys(lex: Lexicon, root: Token) -> set[str]:
    """A verb phrase's verb and its object's own words, not its clauses."""
    vkeys: set[str] = set()
    if root.pos_ != "VERB":
        return vkeys
    doc = root.doc
    for g in root.children:
        if g.dep_ == "dobj" and g.lower_ not in PRONOUNS:
            vkeys = keys(lex, doc, root.i, root.i + 1)
            for x in [g, *g.conjuncts, *(m for m in g.children if m.dep_ in (
                    "compound", "amod", "nmod"))]:
                vkeys |= keys(lex, doc, x.i, x.i + 1)
    return vkeys


def described_act(lex: Lexicon, noun: Token) -> set[str]:
    """Keys of the act a text or deal is told doing ("a law banning X", "a law that will ban
    X": ban; ``phrases.acting_clause``)."""
    return {k for c in noun.children if phrases.acting_clause(c, lex.words)
            for k in keys(lex, noun.doc, c.i, c.i + 1)}


def act_nouns(r: Reading, tok: Token) -> frozenset[str]:
    """The nouns ``stance_act_nouns.tsv`` gives for a verb's act: of the verb alone, of the
    verb with its particle ("walk out") and with its object's or complement's head ("declare
    persona")."""
    verb = tok.lemma_.lower()
    table = r.lex.act_nouns
    out = table.get(verb, frozenset())
    for c in tok.children:
        if c.dep_ in ACT_WORD_DEPS:  # "declared (persona non) grata": a word of the phrase
            for t in (c, *(g for g in c.subtree if g.i < c.i)):
                out |= table.get(f"{verb} {t.lemma_.lower()}", frozenset())
    return out


def act_objects(lex: Lexicon, noun: Token) -> set[str]:
    """The words an act's noun names what the act is on by: its compound nouns and the
    objects of its complements ("the wage increase", "the increase in the levy")."""
    doc = noun.doc
    toks = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    toks += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ACT_OBJECT_PREPS
             for g in c.children if g.dep_ == "pobj"]
    return {k for t in toks for k in keys(lex, doc, t.left_edge.i, t.right_edge.i + 1)}


# -- labels and records ---------------------------------------------------------------------
def label(doc: Doc, cl: Cluster) -> str:
    """A short neutral label: the first mention with two content words or more, without
    quotation marks, leading determiners or trailing relative and appositive clauses."""
    for s, e in cl.mentions:
        toks = _label_tokens(doc, s, e)
        if sum(1 for t in toks if not t.is_stop) >= LABEL_CONTENT_WORDS:
            break
    else:
        toks = _label_tokens(doc, *cl.mentions[0]) if cl.mentions else []
    if not toks:
        return cl.label
    words = [t.text for t in toks]
    if _plural_topic(toks):
        words[-1] = toks[-1].lemma_  # "budget cuts": the topic, "budget cut"
    out = words[0]
    for prev, t, w in zip(toks, toks[1:], words[1:], strict=False):
        gap = any(g.whitespace_ for g in doc[prev.i:t.i])
        out += (" " if gap else "") + w
    return out


def _plural_topic(toks: list[Token]) -> bool:
    """A label that is a bare plural noun and its compound nouns ("spending cuts", "tax rate
    hikes"): a topic, labelled in the singular."""
    head = toks[-1]
    return len(toks) >= TOPIC_MIN_WORDS and head.tag_ == "NNS" and head.lemma_.isalpha() and (
        head.lemma_.islower()) and all(
        t.tag_ == "NN" and t.dep_ == "compound" and t.head.i > t.i for t in toks[:-1])


def _label_tokens(doc: Doc, s: int, e: int) -> list[Token]:
    sp = doc[s:e]
    cut = {t.i for w in sp for c in w.children if (c.dep_ in ("relcl", "appos")
           or aside(c)) and c.i > w.i for t in c.subtree}
    # "tax rate hikes to solve X": the thing's name labels it, without its infinitive tail
    heads = [w for w in sp if not s <= w.head.i < e]  # the span's own roots
    cut |= {t.i for w in heads[1:] if w.dep_ in phrases.TAIL_DEPS for t in w.subtree}
    toks = [t for t in sp if t.i not in cut]
    if cut:
        toks = [t for t in toks if t.i < min(cut)]
    toks = [t for t in toks if t.text not in QUOTES]
    while toks and (toks[0].dep_ in LABEL_TRIM_START or toks[0].is_punct
                    or toks[0].lower_ in PRONOUNS):
        toks = toks[1:]
    toks = toks[:LABEL_WORDS]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ in LABEL_TRIM_END):
        toks = toks[:-1]
    return toks


def names(doc: Doc, s: int, e: int, mmap: dict[int, str]) -> set[tuple[int, int]]:
    """The names of the things a noun-headed mention is about, each a stretch inside it: for
    each head noun (and its conjuncts) the noun phrase without its determiner, owner and
    trailing clauses ("their more expansive abortion restrictions, which ..." ->
    "expansive abortion restrictions"), without its complements ("controls on firearms" ->
    "controls") and the head with its compound nouns ("abortion restrictions"). A stance on
    "the Iran deal" is a stance on what users ask about by that name."""
    root = doc[s:e].root
    if root.pos_ not in ("NOUN", "PROPN"):
        return set()
    out: set[tuple[int, int]] = set()
    for h in [root, *(c for c in root.conjuncts if s <= c.i < e)]:
        if h.lower_ in PRONOUNS:
            continue
        start = max([s, h.left_edge.i, *(c.right_edge.i + 1 for c in h.children
                                       if c.dep_ in NAME_OWNERS and c.i < h.i)])
        while start < h.i and doc[start].dep_ in NAME_TRIM_START and (
                doc[start].text not in QUOTES):
            start += 1
        end = min([e, h.right_edge.i + 1, *(c.left_edge.i for c in h.children if c.i > h.i and (
            c.dep_ in NAME_CUT or aside(c)))])
        while end > h.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in LABEL_TRIM_END):
            end -= 1
        core = h.i
        while core > start and doc[core - 1].dep_ in NAME_CORE:
            core -= 1
        out |= {(start, end), (start, h.i + 1), (core, h.i + 1)}
    # one line's words, not an actor's name alone ("Y's plan" is Y's, not a stance on Y)
    return {(a, b) for a, b in out if not any(t.is_space or "\n" in t.text for t in doc[a:b])
            and not all(t.i in mmap for t in doc[a:b])}


def records(r: Reading, clusters: list[Cluster], used: list[int]) -> list[Proposition]:
    """The propositions some stance is on, numbered p1, p2, ... in cluster order; each
    noun-headed mention brings the names inside it (:func:`names`) as further mentions."""
    out = []
    for n, k in enumerate(used):
        spans = set(clusters[k].mentions)
        spans |= {x for s, e in clusters[k].mentions for x in names(r.doc, s, e, r.mmap)}
        spans |= topics.further(r.doc, spans, lambda s, e: names(r.doc, s, e, r.mmap))
        out.append(Proposition(id=f"p{n + 1}", label=label(r.doc, clusters[k]),
                               mentions=[r.span(s, e) for s, e in sorted(spans)]))
    return out


# -- merging --------------------------------------------------------------------------------
# actor types that state a stance with a deciding verb, never a vote's outcome ("Paraguay
# rejected the decision")
DECIDING_NOT = frozenset({"country", "person"})
#: the sentences of a story's opening (a title line and the lead), where the act a later bare
#: "the decision" names is told
LEAD_SENTENCES = 4
#: the sign of a lead act told against its thing ("refused to extradite X", "rejected the
#: bill"): welcoming "the decision" then opposes that thing (``Merger._lead_decision``)
OPPOSE = "oppose"
#: what gives a text named after a vote words of its own ("the education bill", "the bill on
#: X", "the bill banning X"; ``Merger._text_voted``); a past participle's clause ("The bill,
#: drafted by A,") and a relative clause tell what was done to it
CONTENT_DEPS = ("compound", "amod", "nmod", "poss", "nummod", "appos", "conj", "preconj")
PAST_PARTICIPLE = "VBN"
SINGULAR = "NN"


class Merger:
    """Merges the candidates of one document, in text order, into clusters."""

    def __init__(self, r: Reading) -> None:
        self.r = r
        self.lex = r.lex
        self.doc = r.doc
        self.clusters: list[Cluster] = []
        self.latest = self.voted = self.recent = -1
        self.passive = -1  # the lead act told in the passive ("X was admitted to Y")
        self.text = -1  # the latest proposition named as a text ("the bill", ``doc_nouns``)
        self.outcome: dict[int, str] = {}  # what first decided each voted proposition
        self.holder_prop: dict[str, int] = {}
        self.first_prop: dict[str, int] = {}  # each holder's first supported one
        self.supported: dict[str, set[int]] = {}  # what each holder (and its state) supports
        self.state_prop: dict[str, int] = {}
        self.lead: tuple[int, str] | None = None  # the act the story leads with, its sign
        self.lead_told = False  # whether the narrator tells that lead as a decision or refusal
        self.lead_act = -1  # the first act enacted in the opening ("Moldova expels X"): the
        # lead where no stance is told there
        self.lead_end: int | None = None  # the token where the story's opening ends
        self.acts: dict[int, tuple[int, str]] = {}  # each stance trigger's proposition, sign
        self.triggers: dict[int, int] = {}  # each stance verb's proposition ("raise X": X)
        self.turned: set[int] = set()  # candidates a rejecting lead act turned (``_lead_decision``)
        # one Span per stretch, so that spaCy computes each one's vector once
        self.spans: dict[tuple[int, int], SpacySpan] = {}
        # every noun ``stance_act_nouns.tsv`` gives for some act ("rise", "expulsion")
        self.act_words = frozenset().union(*self.lex.act_nouns.values())

    def merge(self, cands: list[Cand]) -> list[Cluster]:
        """Sets each candidate's ``prop`` (or leaves -1) and returns the clusters."""
        joined: list[Cand] = []  # bare "the decision"s read as the lead act
        self._passive_lead()
        for c in sorted(cands, key=lambda c: c.trigger):
            if c.phrase is None:
                if not self._join_anaphor(c):
                    continue
            elif self._lift_it(c):
                continue
            elif self._restating(c):
                pass
            elif self._lead_decision(c):
                joined.append(c)
            elif self._act_named(c) or self._text_voted(c):
                pass
            elif c.antecedents:
                self._join_described(c, cands)
            else:
                self._join_phrase(c, cands)
            self._track(c)
        for c in joined:
            if any(o.prop == c.prop and o.polarity == flip(c.polarity) and (
                    set(o.holders) & set(c.holders)) for o in cands):
                # "welcomed the decision ... denounced the duties" (on the lead act): the
                # decision is another, a phrase of its own
                self.clusters[c.prop].mentions.remove(c.evidence)
                if id(c) in self.turned:
                    c.polarity = flip(c.polarity)
                self._join_phrase(c, cands)
        return self.clusters

    def _passive_lead(self) -> None:
        """"Kosovo was admitted to Y after a vote": the lead act told in the passive
        (``passives.lead_act``) is a proposition of its own, with its patient's words: what a
        bare vote is on when nothing else was voted on, and what "the decision" names."""
        found = passives.lead_act(self.r)
        if found is None:
            return
        patient, phrase = found
        c = Cand([], "support", phrase, None, phrase[0])
        self._join_phrase(c, [])
        self.clusters[c.prop].keys |= keys(self.lex, self.doc, patient.i, patient.i + 1)
        self.passive = c.prop
        self.lead = (c.prop, "support")

    def _track(self, c: Cand) -> None:
        """Antecedents for later anaphors: the latest, last voted, last strong proposition
        and each holder's (and its state's) supported one."""
        if not c.aside:
            self.latest = c.prop
        if self.lead is None and c.prop >= 0 and c.holders and not (c.aside or c.weak) and (
                c.polarity in ("support", "oppose")) and c.anaphor is None and (
                self._opening(c.trigger)):
            self.lead = (c.prop, c.polarity)  # "Latvia ordered Russia to close X"
            self.lead_told = c.statement is None and self._deciding(c.trigger)
        if self.lead_act < 0 and c.act and c.prop >= 0 and self._opening(c.trigger):
            self.lead_act = c.prop
        if not c.weak and c.prop >= 0:
            self.recent = c.prop
        if c.prop >= 0 and c.polarity in ("support", "oppose"):
            # the act's verb and, for "voted to ban X", the verb of what it is on
            verbs = [c.trigger] + ([self.doc[c.phrase[0]:c.phrase[1]].root.i]
                                   if c.phrase is not None else [])
            for i in verbs:
                self.acts.setdefault(i, (c.prop, c.polarity))
        if c.vote:
            self.voted = c.prop
        if c.prop >= 0:
            self.triggers.setdefault(c.trigger, c.prop)
        if c.prop >= 0 and c.phrase is not None and (
                self.doc[c.phrase[0]:c.phrase[1]].root.lemma_.lower() in self.lex.words.doc_nouns):
            self.text = c.prop
        if c.prop >= 0 and c.statement is None and c.polarity in ("support", "oppose") and (
                self.doc[c.trigger].lemma_.lower() in self.lex.words.deciding) and (
                self._body_decides(c)):
            # "the lower house rejected the bill": what is voted on, and how it came out
            self.outcome.setdefault(c.prop, c.polarity)
            self.voted = c.prop
        if c.polarity in ("support", "conditional"):
            for h in c.holders:
                self.holder_prop[h] = c.prop
                self.first_prop.setdefault(h, c.prop)
                state = self.r.state_of(h)
                for x in {h, state or h}:
                    self.supported.setdefault(x, set()).add(c.prop)
                if state is not None and state != h:
                    self.state_prop[state] = c.prop  # a minister's proposal is his state's

    def _opening(self, i: int) -> bool:
        """Whether token i lies in the story's first sentences (``LEAD_SENTENCES``)."""
        if self.lead_end is None:  # where the opening ends, found once per document
            ends = [sent.end for sent in islice(self.doc.sents, LEAD_SENTENCES)]
            self.lead_end = ends[-1] if len(ends) == LEAD_SENTENCES else len(self.doc)
        return i < self.lead_end

    def _deciding(self, i: int) -> bool:
        """Whether token i, or the verb it hangs on, decides or refuses ("rejected the bill",
        "refused to extradite X"; ``deciding``, ``refusing`` of ``stance_words.tsv``)."""
        w = self.lex.words
        return any(t.lemma_.lower() in w.deciding | w.refusing
                   for t in (self.doc[i], self.doc[i].head))

    def _lead_decision(self, c: Cand) -> bool:
        """"New Unity backed the decision": a bare "the decision" (``decision_anaphors``, a
        definite article its only dependent) is the act the story leads with, when that act
        backs what it is on ("Latvia ordered Russia to close X"), or when the narrator tells
        it as a decision or refusal against its thing ("refused to extradite X", "rejected the
        bill"): then a verdict on the decision takes the other side of the thing. Any other
        lead against something (a protest) leaves it a phrase of its own."""
        lead = self.lead or ((self.lead_act, "support") if self.lead_act >= 0 else None)
        if lead is None or c.phrase is None or not (
                lead[1] == "support" or (lead[1] == OPPOSE and self.lead_told)):
            return False
        head = self.doc[c.phrase[0]:c.phrase[1]].root
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.words.decision_anaphors:
            return False
        kids = list(head.children)
        if not kids or any(k.dep_ != "det" or k.lower_ not in self.lex.words.definite_dets
                           for k in kids):
            return False
        if lead[1] == OPPOSE and c.polarity in ("support", OPPOSE):
            # "Kazakhstan refused to extradite X ... the UNHCR welcomed the decision": against
            c.polarity = flip(c.polarity)
            self.turned.add(id(c))
        c.prop = lead[0]
        self.clusters[c.prop].mentions.append(c.evidence)
        return True

    def _act_named(self, c: Cand) -> bool:
        """"the rise" after "voted to raise the minimum wage": a phrase headed by a definite
        (or possessed) noun that ``stance_act_nouns.tsv`` gives for an act joins the
        proposition of the latest earlier mention headed by that act's verb or of a stance
        verb's ("raise X"), when the noun names nothing the act is on or names some word of
        that proposition ("the increase in the wage"; not "the rise in rents"). Joined to a
        verb against what it is on ("refused to X" / "the refusal"), its polarity turns."""
        assert c.phrase is not None
        head = self.doc[c.phrase[0]:c.phrase[1]].root
        if not ACT_NAMED or head.pos_ != "NOUN" or head.lemma_.lower() not in self.act_words:
            return False
        if not any(g.dep_ == "poss" or (g.dep_ == "det" and g.lower_ in
                                        self.lex.words.definite_dets) for g in head.children):
            return False  # "a second increase", "more releases": another act, not the one told
        noun = head.lemma_.lower()
        objs = act_objects(self.lex, head)
        best, start, sign = -1, -1, "support"
        for k, cl in enumerate(self.clusters):
            if objs and not objs & cl.keys:
                continue
            # a mention headed by the act's verb ("ban X"), or a stance verb on it ("raise X")
            told = [(self.doc[s:e].root, "support") for s, e in cl.mentions]
            told += [(self.doc[i], self.lex.verbs.get(self.doc[i].lemma_.lower(), ("",))[0])
                     for i, j in self.triggers.items() if j == k]
            for verb, own in told:
                if start < verb.i < head.i and own in ("support", "oppose") and (
                        verb.pos_ == "VERB") and noun in act_nouns(self.r, verb) and not (
                        own == "oppose" and self._on_actor(verb)):
                    best, start, sign = k, verb.i, own
        if best < 0:
            return False
        if sign == "oppose":  # "refused to deploy X ... called the refusal a stunt": for X
            c.polarity = flip(c.polarity)
        c.prop = best
        self.clusters[best].mentions.append(c.phrase)
        return True

    def _text_voted(self, c: Cand) -> bool:
        """"The bill, drafted by A, passed by 101 votes to 84" after "the chamber voted to
        abolish X": a definite singular text noun (``voted_texts``) with no words of its own
        but a clause told of it, after a vote on an act and before any text is named, is what
        was voted on (not "the bill on X", "a bill", "the bill banning X", "the decrees", "the
        law and the departure")."""
        assert c.phrase is not None
        if self.voted < 0 or self.text >= 0 or c.antecedents:
            return False
        head = self.doc[c.phrase[0]:c.phrase[1]].root
        if head.tag_ != SINGULAR or head.lemma_.lower() not in self.lex.words.voted_texts:
            return False
        if not any(k.dep_ == "det" and k.lower_ in self.lex.words.definite_dets
                   for k in head.children) or any(_names_content(k) for k in head.children):
            return False
        c.prop = self.voted
        self.clusters[c.prop].mentions.append(c.phrase)
        return True

    def _on_actor(self, verb: Token) -> bool:
        """Whether a verb's object is an actor or a person by a title of ``roles.tsv``
        ("dismissed the governor"): an act done to someone, not a stance against a
        proposition its noun ("the sacking") could reverse."""
        roles = gazetteer().roles
        return any(g.dep_ == "dobj" and (g.ent_type_ == "PERSON" or g.lemma_.lower() in roles
                                         or any(t.i in self.r.mmap for t in g.subtree))
                   for g in verb.children)

    def _body_decides(self, c: Cand) -> bool:
        """Whether a deciding verb's holders may be a body that votes: "Paraguay rejected the
        decision" is a state's stance on what another body decided, no outcome of a vote."""
        kinds = {self.r.actors[h].type for h in c.holders if h in self.r.actors}
        subj = self.r.subject(self.doc[c.trigger])
        return not kinds or bool(kinds - DECIDING_NOT) or (  # "Vanuatu's parliament approved"
            subj is not None and subj.lemma_.lower() in self.lex.words.voting_bodies)

    def _antecedent(self, c: Cand) -> int:
        clusters = self.clusters
        if c.anaphor == "*":  # the main question: the first one debated so far
            return next((j for j, cl in enumerate(clusters) if len(cl.mentions) > 1),
                        max(range(len(clusters)), key=lambda j: (
                            len(clusters[j].mentions), -j), default=-1))
        if c.anaphor and c.anaphor.startswith(CHARGED):  # what the accused stands for
            k = self.first_prop.get(c.anaphor[len(CHARGED):], -1)
            # "A and B agreed on X; A accused B of Z": no charge against X, which A backs too
            backers = {x for h in c.holders for x in (h, self.r.state_of(h) or h)}
            if k < 0 or any(k in self.supported.get(x, ()) for x in backers):
                return -1
            # "A accused B of Z" while B offers talks: a charge is no stance against talking
            return -1 if self.clusters[k].keys & self.lex.words.uncharged else k
        if c.anaphor:
            return self.holder_prop.get(c.anaphor, self.state_prop.get(c.anaphor, self.latest))
        # a vote with nothing voted on yet: a text named before ("the bill, drafted by A"),
        # not a later proposition that is none ("defied their leadership"); else the question
        # just raised, even in a "while" clause ("A backs X, while B will campaign against it")
        if not c.vote:
            return self.latest
        return next((k for k in (self.voted, self.text, self.passive) if k >= 0), self.recent)

    def _join_anaphor(self, c: Cand) -> bool:
        k = self._antecedent(c)
        if k < 0 and c.vote:
            return self._voted_text(c)
        if k < 0:
            return False
        if c.vote and c.anaphor == "" and self.outcome.get(k) == "oppose" and (
                self.doc[c.trigger].lemma_.lower() not in self.lex.words.vote_verbs) and (
                c.polarity in ("support", "oppose")):
            # "welcomed the vote" that rejected the bill: against the bill
            c.polarity = flip(c.polarity)
        c.prop = k
        if not (c.anaphor or "").startswith(CHARGED):  # a charge does not name it
            self.clusters[k].mentions.append(c.named or c.evidence)
        return True

    def _voted_text(self, c: Cand) -> bool:
        """"voted against the motion" (or "voted in favour") with nothing stood on yet: the
        text voted on is the nearest "motion", "bill", "regulation", ... (``doc_nouns``, the
        description classes) up to the vote, a proposition of its own."""
        trig = self.doc[c.trigger]
        nouns = self.lex.words.doc_nouns | set(self.lex.descriptions)
        tok = next((t for t in reversed(self.doc[:trig.right_edge.i + 1])
                    if t.pos_ == "NOUN" and t.lemma_.lower() in nouns), None)
        if tok is None:
            return False
        c.phrase = phrases.phrase(tok, self.lex.words)
        self._join_phrase(c, [])
        return True

    def _lift_it(self, c: Cand) -> bool:
        """"lift them": the latest proposition, flipped if it keeps what this lifts."""
        assert c.phrase is not None
        w = self.lex.words
        root = self.doc[c.phrase[0]:c.phrase[1]].root
        lemma = root.lemma_.lower()
        if not (self.latest >= 0 and root.pos_ == "VERB" and any(
                g.dep_ == "dobj" and g.lower_ in OBJECT_PRONOUNS and g.i not in self.r.mmap
                for g in root.children) and keys(self.lex, self.doc, *c.phrase) <= {lemma}
                and lemma in w.loosen | w.keep):
            return False
        cl = self.clusters[self.latest]
        if (cl.loosen and self._directed(cl)) != (
                lemma in w.loosen):
            c.polarity = flip(c.polarity)
        c.prop = self.latest
        cl.mentions.append(c.phrase)
        if not c.aside:
            self.latest = c.prop
        if c.polarity in ("support", "conditional"):
            for h in c.holders:
                self.holder_prop[h] = c.prop
        return True

    def _join_described(self, c: Cand, cands: list[Cand]) -> None:
        """"rejected the deal": the proposition of the nearest earlier mention it may name
        that some stance is on, else one made from the earliest of them; the description is
        a further mention of it."""
        assert c.phrase is not None and c.antecedents
        desc = c.phrase
        k = next((k for a in c.antecedents if (k := self._holding(a)) >= 0), -1)
        if k < 0:
            k = self._restated(c.antecedents[-1])[0]
        if k < 0:
            c.phrase = c.antecedents[-1]
            if not self._act_named(c):  # "the rise ... would not overturn it"
                self._join_phrase(c, cands)
            c.phrase, k = desc, c.prop
        c.prop = k
        self.clusters[k].mentions.append(desc)

    def _restating(self, c: Cand) -> bool:
        """"voted to X, backing the bill" read as a stance of its own: the bill is X."""
        assert c.phrase is not None
        k, sign = self._restated(c.phrase)
        if k < 0 or c.polarity != sign:
            return False
        c.prop = k
        self.clusters[k].mentions.append(c.phrase)
        return True

    def _restated(self, phrase: tuple[int, int]) -> tuple[int, str]:
        """"voted to let X vote, backing the government's elections bill": a text (a noun of
        ``stance_descriptions.tsv`` or ``doc_nouns``) named as the object of a participle hung
        on a stance act read before, of the same sign (a verb of ``stance_verbs.tsv``),
        restates that act: its proposition and sign, else (-1, "")."""
        head = self.doc[phrase[0]:phrase[1]].root
        verb = head.head
        lemma = head.lemma_.lower()
        if head.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ not in RESTATING_DEPS or (
                lemma not in self.lex.descriptions and lemma not in self.lex.words.doc_nouns):
            return -1, ""
        prop, sign = self.acts.get(verb.head.i, (-1, ""))
        own = self.lex.verbs.get(verb.lemma_.lower())
        return (prop, sign) if own is not None and own[0] == sign else (-1, "")

    def _holding(self, phrase: tuple[int, int]) -> int:
        """The cluster with the shortest mention holding the phrase's head or inside the
        phrase ("a proposal to lift X": lifting X), or -1."""
        a, b = phrase
        head = self.doc[a:b].root.i
        held = [(e - s, k) for k, cl in enumerate(self.clusters) for s, e in cl.mentions
                if s <= head < e or a <= s < e <= b]
        return min(held)[1] if held else -1

    def _loosens(self, phrase: tuple[int, int]) -> bool | None:
        return loosens(self.lex.words, self.doc, phrase)

    def _directed(self, cl: Cluster) -> bool:
        """Whether some mention of a cluster lifts or keeps something."""
        return any(self._loosens(m) is not None for m in cl.mentions)

    def _span(self, s: int, e: int) -> SpacySpan:
        sp = self.spans.get((s, e))
        if sp is None:
            sp = self.spans[(s, e)] = self.doc[s:e]
        return sp

    def _join_phrase(self, c: Cand, cands: list[Cand]) -> None:
        assert c.phrase is not None
        lex, doc = self.lex, self.doc
        ks = keys(lex, doc, *c.phrase)
        ms = mods(self.r, c.phrase)
        cs = core(lex, doc, c.phrase)
        best = self._best(c, ks, ms, cs)
        loosen = self._loosens(c.phrase)
        if best < 0:
            self.clusters.append(Cluster(label=doc[c.phrase[0]:c.phrase[1]].text,
                                         loosen=bool(loosen),
                                         loosened=loosened(lex, doc, c.phrase)))
            best = len(self.clusters) - 1
        else:
            self._direction(c, self.clusters[best], best, loosen, cands)
        cl = self.clusters[best]
        cl.mentions.append(c.phrase)
        cl.keys |= ks
        cl.mods |= ms
        cl.core |= cs
        c.prop = best

    def _best(self, c: Cand, ks: set[str], ms: set[str], cs: set[str]) -> int:
        """The cluster the phrase overlaps most (at least MATCH), or -1."""
        assert c.phrase is not None
        root = self.doc[c.phrase[0]:c.phrase[1]].root
        vkeys = verb_object_keys(self.lex, root)
        hkeys = keys(self.lex, self.doc, root.i, root.i + 1) if root.pos_ == "NOUN" and (
            root.lemma_.lower() not in self.lex.words.frame_nouns) else set()
        if hkeys:
            hkeys |= described_act(self.lex, root)  # "a law banning X" is "a ban on X"
        if self._another(root):
            return -1  # "conclude similar agreements with Y", "a separate deal": another one
        trig = self.doc[c.trigger]
        directive = any(g.dep_ == "dobj" and g.i in self.r.mmap for g in trig.children)
        best, best_score = -1, 0.0
        for k, cl in enumerate(self.clusters):
            if not ks or not cl.keys or _apart(cl, ms, cs, hkeys, vkeys, trig.i, directive):
                continue
            score = self._score(c, cl, ks, cs, best_score)
            if score >= MATCH and score > best_score:
                best, best_score = k, score
        return best

    def _another(self, root: Token) -> bool:
        """A thing (or a verb's object) marked as another one than any named before
        (``alternatives``: "similar agreements", "a separate deal")."""
        if root.pos_ == "VERB":
            root = next((g for g in root.children if g.dep_ == "dobj"), root)
        return root.pos_ == "NOUN" and any(
            m.dep_ in ("amod", "det") and m.lower_ in self.lex.words.alternatives
            for m in root.children)

    def _score(self, c: Cand, cl: Cluster, ks: set[str], cs: set[str],
               best_score: float) -> float:
        assert c.phrase is not None
        score = len(ks & cl.keys) / min(len(ks), len(cl.keys))
        if score < MATCH and len(ks) > 1 and len(cl.keys) > 1 and (
                best_score < MATCH and not cs & cl.core):
            # (a similar phrase scores MATCH: no gain over a match found already, nor where
            # the shared core scores CORE_MATCH below)
            span = self._span(*c.phrase)
            first = self._span(*cl.mentions[0])
            if span.vector_norm and first.vector_norm and span.similarity(first) >= SIMILAR:
                score = MATCH
        if cs & (cl.core or cl.keys):  # a cluster of no known class: its words
            score = max(score, CORE_MATCH)
        return score

    def _direction(self, c: Cand, cl: Cluster, best: int, loosen: bool | None,
                   cands: list[Cand]) -> None:
        """Polarity across directions: "keep X" in a "lift X" proposition is its reverse."""
        assert c.phrase is not None
        lex, doc = self.lex, self.doc
        if loosen is not None and loosen != cl.loosen and self._directed(cl):
            c.polarity = flip(c.polarity)  # "keep" X vs "lift" X
        elif loosen and not self._directed(cl) and loosened(lex, doc, c.phrase) & cl.keys:
            # "called the measures unjust" then "called for the measures to be lifted": the
            # proposition is the course of action, lifting them
            for prev in cands:
                if prev.prop == best and prev is not c:
                    prev.polarity = flip(prev.polarity)
            cl.loosen = True
            cl.loosened = loosened(lex, doc, c.phrase)
        elif loosen is None and cl.loosen and cl.loosened & keys(lex, doc, *c.phrase) and (
                doc[c.phrase[0]:c.phrase[1]].root.pos_ in ("NOUN", "PROPN")):
            # "sanctions had failed" in a "lift sanctions" proposition: the reverse
            c.polarity = flip(c.polarity)


def _names_content(k: Token) -> bool:
    """Whether a dependent of a text noun names what the text is about (``CONTENT_DEPS``, an
    "of"/"on" object, a clause other than a past participle's)."""
    return k.dep_ in CONTENT_DEPS or (k.dep_ == "prep" and k.lower_ in ACT_OBJECT_PREPS) or (
        k.dep_ == "acl" and k.tag_ != PAST_PARTICIPLE)


def _apart(cl: Cluster, ms: set[str], cs: set[str], hkeys: set[str], vkeys: set[str],
           trigger: int, directive: bool) -> bool:
    """Whether a phrase cannot join a cluster whatever its overlap."""
    if ms and cl.mods and not ms & cl.mods:
        return True  # "brandy duties" vs "car duties": different targets
    if directive and any(s <= trigger < e for s, e in cl.mentions):
        return True  # "ask the court to order X to pull back": a second action
    if hkeys and not hkeys & cl.keys and not cs & cl.core:
        return True  # "the dam is essential" is no "dam-safety engineers" phrase
    return bool(vkeys and not vkeys & cl.keys)  # "exempt food from the measures"
