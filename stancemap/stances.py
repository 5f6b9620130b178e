"""Propositions and stances: who stands where on which policy, claim or course of action.

The stage reads the parse, the actor layer (``doc._.mention_map``) and, when present, the
statement layer (``doc._.statements``), and finds stance expressions from lexicons in
``stancemap/data/stance_*.tsv``:

* stance verbs ("backed X", "cautioned against X", "offered to host X", "X could erode Y"),
* stance nouns ("a firm stance against X", "a commitment not to X", "no such plans"),
* evaluative predicates ("X is not unthinkable", "labeling it a red line", "lambasted as absurd",
  "We remain open to X"),
* agreement cues ("X was echoed by Y", "Y backed X", "rebuttals of X's idea").

Polarity: negation ("did not back", "never accept", "no such plans") flips support and oppose;
a hedge such as "not unthinkable" is the negation of an opposing predicate and so reads as
support. "would consider" is **neutral**: weighing an option commits to neither side and names
no condition, whereas ``conditional`` needs a stated condition ("only if", "as long as",
"unless", "before talks can proceed"). Opposing a reversal ("postponing talks", "zero
enrichment", "a deal that left the roadmap out") is support for what is reversed.

Votes: "vetoed X" and "would vote against X"/"vote no" oppose, "voted for X"/"in favour" support,
"abstained" is neutral; without an object (or with a bare "the text") a vote is on what was last
voted on, and "welcomed the veto" opposes the vetoed text. An open question ("had not decided how
it would vote", "declined to say whether the bloc would extend X", "has not said yes") is
neutral. "a position shared by Y", "He was backed by Y" give Y the position; "the Finnish
proposal" is supported by Finland. Hosting a meeting, blocking an entrance, rejecting accusations
and counterfactuals ("would have demanded") are no stances.

Announced actions: "Ethiopia will begin the next filling", "Ankara would open its border as soon
as X" support (or, negated, oppose) the action, but only when another stance expression addresses
the same proposition or a condition is stated (``Cand.weak``). A plain "if" clause on the stance's
own clause ("ready to sign if Baku dropped X", ", provided Serbia stopped X") makes it conditional;
"even if", "asked if", a condition inside a coordinated clause ("never accept X and that Y would
last as long as Z") and "before" + a time ("before the lean season begins") do not. "still
studying X", "did not commit either way", "remained undecided", "was reviewing the request",
"would decide its position later" are neutral on the question in play. Passive agents hold the
stance: "X is recognised by A, but not by B, nor by five members: C, D and E" (B..E oppose).

Propositions: each stance expression yields a phrase; phrases are merged into one proposition
when their content lemmas, normalised through a small synonym lexicon, overlap (with word
vectors as a fallback). Anaphoric phrases ("such plans", "the demand", "Macron's idea", "it")
resolve to an earlier proposition: the one the possessor supports, else the latest one.
Phrases whose noun modifiers name different targets ("brandy duties", "car duties"; "talks with
A", "talks with B") are not merged; a phrase of the opposite direction ("keep the sanctions" into
"lift sanctions") merges with its polarity flipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .actors.gazetteer import gazetteer
from .actors.tokens import doc_text, sentence_of, table
from .model import Proposition, Stance
from .model import Span as TextSpan

DATA = Path(__file__).parent / "data"
FLIP = {"support": "oppose", "oppose": "support"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "this", "that", "them", "who", "which"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
ANAPHORIC_DETS = {"such", "the", "this", "that", "these", "those"}
SPEECH_DEPS = ("ccomp", "parataxis")
LIST_PREPS = ("like", "including", "within", "among", "as")
MEMBERS = {"supporter", "member", "official", "lawmaker", "activist", "diplomat", "negotiator",
           "delegate", "delegation", "spokesperson", "spokesman", "spokeswoman", "legislator",
           "mediator", "envoy", "representative"}
GOVERNMENT = {"government", "administration", "cabinet", "country"}
POSS_TITLE = re.compile(r"^(?:the )?[A-Z][\w.\- ]*['’]s [a-z]")  # "Russia's deputy ambassador"
DOC_NOUNS = {"text", "draft", "resolution", "bill", "motion"}
VOTE_VERBS = {"vote", "veto", "abstain"}
# nouns that only frame what follows ("the possibility of sending troops" is about sending troops)
FRAME_NOUNS = {"possibility", "prospect", "idea", "option", "notion", "question", "issue",
               "matter", "subject", "topic", "activation", "launch", "resumption", "start"}
# Course-of-action words of opposite direction: "keep the sanctions" vs "lift sanctions".
# A phrase merged into a proposition of the other direction has its polarity flipped.
LOOSEN = {"lift", "ease", "weaken", "relax", "loosen", "scrap", "repeal", "remove"}
KEEP = {"keep", "maintain", "extend", "renew", "retain", "tighten", "strengthen", "preserve"}
SPEAKS_FOR = {"spokesperson", "spokesman", "spokeswoman", "negotiator", "envoy", "delegate"}
PROPOSALS = {"proposal", "plan", "initiative", "idea", "draft", "resolution", "offer"}
POSITIONS = {"position", "view", "stance", "line", "concern", "opinion", "assessment"}
# Verbs whose non-actor subject still states the speaker's view ("Russia's actions
# necessitated X"); other stance verbs with a non-actor subject are no one's stance
# ("the tariffs would raise prices").
JUDGED_VERBS = {"necessitate", "require", "demand", "trigger"}
UNDECIDED = {"decide", "say", "indicate", "reveal", "disclose"}
# Weighing a question commits to neither side: "still studying X", "did not commit either way",
# "remained undecided" are neutral on the question in play (the most debated proposition).
WEIGHING = {"study", "review", "weigh", "assess", "examine", "evaluate"}
OPEN_ADJ = {"undecided", "uncommitted", "noncommittal"}
GENERIC = {"door", "frontier", "thing", "matter", "situation", "way", "one", "side"}
MEDIA = {"statement", "letter", "speech", "interview", "communique", "post", "address"}
TIME_WORDS = {"season", "winter", "summer", "spring", "autumn", "deadline", "end", "start",
              "month", "week", "year", "day", "summit", "harvest"}
ACTION_STOP = {"be", "have", "do", "make", "take", "get", "go", "come", "say", "would", "will",
               "can", "could", "should", "must", "may", "might"}


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[str, tuple[str, ...]]]
    nouns: dict[str, tuple[str, tuple[str, ...], bool]]
    preps: dict[str, str]
    evaluatives: dict[str, tuple[str, str]]
    conditions: dict[str, str]
    hedges: dict[str, str]
    agreement: dict[str, tuple[str, str]]
    reversal: dict[str, str]
    synonyms: dict[str, str]
    accusation: dict[str, tuple[str, ...]]
    judged: frozenset[str]
    nonprops: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The stance lexicons of ``stancemap/data/stance_*.tsv`` (read once)."""
    syn: dict[str, str] = {}
    for cls, words in _rows("stance_synonyms.tsv"):
        for w in words.split():
            syn[w] = cls
    return Lexicon(
        verbs={r[0]: (r[1], tuple(r[2].split(","))) for r in _rows("stance_verbs.tsv")},
        nouns={r[0]: (r[1], tuple(r[2].split(",")), r[3] == "yes")
               for r in _rows("stance_nouns.tsv")},
        judged=frozenset(r[0] for r in _rows("stance_nouns.tsv")
                         if len(r) > 4 and r[4] == "speaker"),
        preps={r[0]: r[1] for r in _rows("stance_preps.tsv")},
        evaluatives={r[0]: (r[1], r[2]) for r in _rows("stance_evaluatives.tsv")},
        conditions={r[0]: r[1] for r in _rows("stance_conditions.tsv")},
        hedges={r[0]: r[1] for r in _rows("stance_hedges.tsv")},
        agreement={r[0]: (r[1], r[2]) for r in _rows("stance_agreement.tsv")},
        reversal={r[0]: r[1] for r in _rows("stance_reversal.tsv")},
        synonyms=syn,
        accusation={r[0]: tuple(r[1].split(",")) for r in _rows("stance_accusation.tsv")},
        nonprops={r[0]: frozenset(r[1].split()) for r in _rows("stance_nonprops.tsv")},
    )


@dataclass
class Cand:
    """One stance expression before propositions are merged."""

    holders: list[str]
    polarity: str
    phrase: tuple[int, int] | None  # token range of the proposition phrase
    anaphor: str | None  # possessor actor id, "" for "the latest", None if not anaphoric
    trigger: int
    past: bool = False
    statement: str | None = None
    prop: int = -1  # index into clusters
    evidence: tuple[int, int] = (0, 0)
    aside: bool = False  # a side proposition (a precondition's object): not an antecedent
    vote: bool = False  # the phrase is what is voted on (or an anaphor to the latest such)
    weak: bool = False  # an announced action: a stance only on a proposition others discuss


@dataclass
class Agreement:
    holders: list[str]
    other: str
    relation: str
    trigger: int


@dataclass
class Cluster:
    mentions: list[tuple[int, int]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    core: set[str] = field(default_factory=set)
    label: str = ""
    loosen: bool = False  # the first mention loosens its object ("lift sanctions")
    mods: set[str] = field(default_factory=set)  # what distinguishes it ("brandy" duties)
    loosened: set[str] = field(default_factory=set)  # what it loosens ("sanction")


class StanceStage:
    """Sets ``doc._.propositions`` and ``doc._.stances``."""

    def __init__(self) -> None:
        self.lex = load_lexicon()
        lex = self.lex
        # lemmas that can start a stance expression (see _verb, _noun, _evaluative)
        self.triggers = frozenset(
            VOTE_VERBS | UNDECIDED | WEIGHING | OPEN_ADJ | {"share", "commit"}
            | set(lex.agreement) | set(lex.verbs)
            | set(lex.nouns) | set(lex.evaluatives))
        # condition markers padded with spaces, in lexicon order (see _condition)
        self.conditions = [(mk, f" {mk} ", kind) for mk, kind in lex.conditions.items()]
        # hedges that make a stance neutral, in lexicon order (see _add)
        self.neutral_hedges = [h for h, hp in lex.hedges.items() if hp == "neutral"]
        self.verb_triggers = frozenset(VOTE_VERBS | UNDECIDED | WEIGHING | {"share", "commit"}
                                       | set(lex.agreement) | set(lex.verbs))

    # -- entry ------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self.doc = doc
        self.text = doc_text(doc)
        self.mmap: dict[int, str] = doc._.mention_map or {}
        self.actors = {a.id: a for a in doc._.actors or []}
        tab = self.tab = table(doc)
        self.stmt_of, self.stmt_speakers = self._statement_index(doc)
        cands: list[Cand] = []
        agreements: list[Agreement] = []
        self._sent_words_cache: dict[int, str] = {}
        for i, lemma in enumerate(tab.lemma):  # only words some lexicon knows
            if lemma in self.triggers or tab.lower[i] in ("line", "way"):
                tok = doc[i]
                if self._open(tok, cands):
                    continue
                self._verb(tok, cands, agreements)
                self._noun(tok, cands)
                self._evaluative(tok, cands)
            elif tab.lower[i] in ("will", "would"):
                tok = doc[i]
                if tok.dep_ == "aux" and tok.head.pos_ == "VERB" and (
                        tok.head.lemma_ not in self.verb_triggers):
                    self._announced(tok.head, self._negated(tok.head), cands)
        cands = [c for c in cands if c.holders]
        clusters = self._merge(doc, cands)
        stances = self._resolve(doc, cands, agreements, clusters)
        props = []
        used = sorted({s[1] for s in stances})
        ids = {k: f"p{n + 1}" for n, k in enumerate(used)}
        for k in used:
            cl = clusters[k]
            props.append(Proposition(
                id=ids[k], label=self._label(doc, cl),
                mentions=[self._span(s, e) for s, e in sorted(set(cl.mentions))]))
        doc._.propositions = props
        doc._.stances = [
            Stance(actor=a, proposition=ids[k], polarity=pol, statement=st,
                   evidence=self._span(*ev))
            for a, k, pol, st, ev in stances
        ]
        return doc

    # -- helpers ----------------------------------------------------------------------------
    def _sent_words(self, sent: SpacySpan) -> str:
        """The sentence's lower-cased words joined by spaces, built once per sentence."""
        words = self._sent_words_cache.get(sent.start)
        if words is None:
            words = " ".join(self.tab.lower[sent.start:sent.end])
            self._sent_words_cache[sent.start] = words
        return words

    def _span(self, s: int, e: int) -> TextSpan:
        sp = self.doc[s:e]
        start, end = sp.start_char, sp.end_char
        return TextSpan(start, end, self.text[start:end] if len(sp) else sp.text)

    def _statement_index(self, doc: Doc) -> tuple[dict[int, tuple[str | None, str]],
                                                  dict[int, list[str]]]:
        """Token index -> (speaker, statement id) for tokens inside statement contents, and
        token index -> every speaker of a statement with that content (joint statements)."""
        out: dict[int, tuple[str | None, str]] = {}
        speakers: dict[int, list[str]] = {}
        for st in doc._.statements or []:
            if st.content is None or st.speaker is None:
                continue
            sp = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
            if sp is None:
                continue
            for i in range(sp.start, sp.end):
                out.setdefault(i, (st.speaker, st.id))
                who = speakers.setdefault(i, [])
                if st.speaker not in who:
                    who.append(st.speaker)
        return out, speakers

    def _actors_in(self, np: Token) -> list[str]:
        """Actors a noun phrase names: its head, or heads in appositions, conjunctions and
        "like"/"including"/"within" lists ("countries, like A, B and C")."""
        out: list[str] = [self.mmap[np.i]] if np.i in self.mmap else []
        if not out and np.lemma_.lower() in MEMBERS:  # "EFF supporters", "party officials"
            out = [self.mmap[c.i] for c in np.children
                   if c.dep_ in ("compound", "poss") and c.i in self.mmap][:1]
        if np.lemma_.lower() in MEMBERS and (not out or np.lemma_.lower() in SPEAKS_FOR):
            # "a spokesperson for the Commission, Elena Marin": Marin and the Commission
            for c in np.children:
                if c.dep_ != "prep" or c.lower_ not in ("for", "of", "from"):
                    continue
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is None:
                    continue
                who = self.mmap.get(g.i)
                if (who is None or who in out) and g.pos_ == "PROPN":
                    # the body named inside the person's own title mention
                    hits = [a.id for a in self.actors.values() if a.type != "person"
                            and g.lower_ in a.name.lower().split()]
                    who = hits[0] if len(hits) == 1 else None
                if who is not None and who not in out:
                    out.append(who)
                    out += [self.mmap[x.i] for x in g.conjuncts if x.i in self.mmap
                            and self.mmap[x.i] not in out]  # "mediators from A and B"
                    np = g
                    break
        deps = ("appos", "conj") if out else ("appos", "conj", "pobj")
        stack = [np]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in deps:
                    if c.i in self.mmap:
                        out.append(self.mmap[c.i])
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ in LIST_PREPS and not out:
                    stack.append(c)
        return list(dict.fromkeys(out))

    def _named(self, np: Token) -> str | None:
        """An actor a definite noun phrase names by part of its name ("the island states")."""
        if np.pos_ not in ("NOUN", "PROPN") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in np.children):
            return None
        words = {t.lower_ for t in np.subtree if not t.is_stop and not t.is_punct}
        if len(words) < 2:
            return None
        hits = [a.id for a in self.actors.values()
                if words <= {w.lower() for w in a.name.split()}]
        return hits[0] if len(hits) == 1 else None

    def _self_pronoun(self, obj: Token, verb: Token) -> bool:
        """An object pronoun resolved to the verb's own holder ("it would support it") is no
        actor: it refers back to a proposition."""
        return obj.lower_ in PRONOUNS and self.mmap.get(obj.i) in self._holders(verb)

    def _subject(self, verb: Token) -> Token | None:
        v = verb
        for _ in range(4):
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    if c.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                        return v.head
                    return c
            if v.dep_ in ("xcomp", "conj", "acl", "advcl") and v.head.i != v.i:
                v = v.head
                continue
            if v.dep_ == "relcl":
                return v.head
            break
        return None

    def _speaker(self, tok: Token) -> list[str]:
        """Who a clause is reported from: the statement layer, else the reporting verb."""
        if tok.i in self.stmt_of:
            return list(self.stmt_speakers.get(tok.i, []))
        v = tok
        steps = 0
        while v.head.i != v.i and steps < 8:
            steps += 1
            prev, v = v, v.head
            if prev.dep_ in SPEECH_DEPS and v.pos_ in ("VERB", "AUX"):
                if self._sentence_break(min(prev.i, v.i), max(prev.i, v.i)):
                    break  # a missed sentence boundary: the next sentence is not reported
                s = self._subject(v)
                if s is not None:
                    acts = self._actors_in(s)
                    if acts:
                        return acts
        # a quotation sentence: the speaker named in the previous sentence
        sent = sentence_of(self.doc, tok.i)
        if self.text[sent.start_char:sent.end_char].lstrip()[:1] in "\"“" and sent.start > 0:
            prev_sent = sentence_of(self.doc, sent.start - 1)
            for t in prev_sent:
                if t.dep_ in ("nsubj",) and self._actors_in(t):
                    return self._actors_in(t)
        return []

    def _quoted(self, tok: Token) -> bool:
        """Whether a token sits inside quotation marks (counted from its paragraph start)."""
        n = 0
        words = self.tab.text
        for k in range(tok.i - 1, -1, -1):
            word = words[k]
            if "\n" in word:  # a token's trailing whitespace is never a line break
                break
            if word in ('"', "“", "”", "``", "''"):
                n += 1
        return n % 2 == 1

    def _sentence_break(self, lo: int, hi: int) -> bool:
        """A full stop between two tokens followed by a capitalised word outside quotes."""
        words = self.tab.text
        for i in range(lo, hi):
            if words[i] in (".", "!", "?"):
                nxt = next((x for x in self.doc[i + 1:hi + 1] if not x.is_space), None)
                if nxt is not None and nxt.text not in QUOTES and nxt.is_title:
                    return True
        return False

    def _state_of(self, actor_id: str) -> str | None:
        """The state an official speaks for: the country actor of the person's country."""
        a = self.actors.get(actor_id)
        if a is None or a.type == "country" or not a.country:
            return a.id if a is not None and a.type == "country" else None
        return next((b.id for b in self.actors.values()
                     if b.type == "country" and b.country == a.country), None)

    def _holders(self, verb: Token) -> list[str]:
        """The subject's actors (or, for a pronoun or non-actor, the reporting speaker)."""
        subj = self._subject(verb)
        own = self._actors_in(subj) if subj is not None else []
        spk = self._speaker(verb)
        if own and verb.dep_ == "relcl":
            return own
        if not own and subj is not None and subj.lower_ in ("which", "that") and subj.i != (
                verb.i) and subj.head.dep_ == "relcl":
            return []  # "the ruling, which rejected X": the subject is no actor
        if not own and subj is not None and subj.i == verb.head.i and verb.dep_ == "relcl":
            return []
        if not own and subj is not None and subj.lemma_.lower() in GOVERNMENT and any(
                c.dep_ == "poss" for c in subj.children):
            # "her government would ...": the speaker's state
            own = [st for st in (self._state_of(a) for a in spk) if st]
        if not own and not spk and subj is not None and subj.lower_ == "it":
            # an unresolved "it": the nearest earlier state or organization subject in the
            # sentence ("... that Beijing would consider X, but it did not back Y")
            for t in reversed(self.doc[sentence_of(self.doc, subj.i).start:subj.i]):
                a = self.actors.get(self.mmap.get(t.i, ""))
                if a is not None and t.dep_ == "nsubj" and a.type in ("country",
                                                                       "organization"):
                    own = [a.id]
                    break
        if own and verb.dep_ == "ROOT" and not (subj is not None and subj.lower_ in PRONOUNS) \
                and not self._quoted(verb):
            # a main clause with its own actor subject is not reported speech: a statement
            # whose span happens to cover it does not lend its speaker
            return own
        if own:
            # "X said Y would back Z": both the speaker and Y hold the stance.
            return list(dict.fromkeys(own + [a for a in spk if a not in own]))
        return spk

    def _negated(self, tok: Token) -> bool:
        for t in [tok, *([tok.head] if tok.dep_ in ("acomp", "attr", "xcomp", "oprd") else [])]:
            for c in t.children:
                if c.dep_ == "neg" or c.lower_ in ("never", "no"):
                    return True
        return False

    def _phrase(self, head: Token) -> tuple[int, int]:
        cut = {t.i for c in head.subtree if c.i > head.i and (
            (c.head.i == head.i and c.dep_ in ("appos", "relcl", "advcl"))
            or (c.head.i == head.i and c.dep_ == "conj" and c.pos_ == "VERB" and any(
                g.dep_ == "cc" and g.lower_ == "but" for g in head.children))
            or self._aside(c) or self._temporal(c)) for t in c.subtree}
        toks = [t for t in head.subtree if t.i not in cut]
        if cut:
            toks = [t for t in toks if t.i < min(cut)]
        s, e = toks[0].i, toks[-1].i + 1
        while s < e - 1 and (self.doc[s].is_punct or self.doc[s].dep_ in ("det", "cc", "mark",
                                                                              "aux", "neg")) and (
                self.doc[s].lower_ != "any"):  # "any amendment": the scope stays
            s += 1
        while e > s + 1 and self.doc[e - 1].is_punct:
            e -= 1
        return s, e

    def _coordinated(self, trigger: Token, phrase: tuple[int, int]) -> tuple[int, int]:
        """A noun coordinated with the phrase but parsed onto the stance verb ("backed keeping
        X and the freeze on Y"): part of the same phrase."""
        for c in trigger.children:
            if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > phrase[1] and (
                    c.left_edge.i - phrase[1] <= 1) and self.doc[phrase[1]].lower_ == "and":
                end = c.i + 1
                for g in c.children:
                    if g.i > c.i and g.dep_ == "prep" and not self._temporal(g):
                        end = max(end, g.right_edge.i + 1)
                return phrase[0], end
        return phrase

    def _proposer(self, head: Token) -> str | None:
        """The state whose demonym qualifies a proposal ("the Finnish proposal"), or the
        possessor of a proposal with its content ("Hungary's plan to lift X")."""
        if head.lemma_.lower() not in PROPOSALS:
            return None
        for c in head.children:
            if c.dep_ == "amod" and c.i < head.i:
                e = gazetteer().lookup(c.text)
                if e is not None and e.kind == "demonym":
                    hits = [a.id for a in self.actors.values()
                            if a.type == "country" and a.country == e.code]
                    if hits:
                        return hits[0]
            if c.dep_ == "poss" and c.i in self.mmap and any(
                    g.dep_ in ("acl", "prep") for g in head.children):
                return self.mmap[c.i]
        return None

    @staticmethod
    def _backgrounded(tok: Token) -> bool:
        """A stance in a subordinate "as"/"while" clause ("X urged A, as B pressed for C"):
        less salient than the main clause's, so no antecedent for "the call"."""
        t = tok
        while t.head.i != t.i:
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while")
                                         for c in t.children):
                return True
            t = t.head
        return False

    @staticmethod
    def _temporal(c: Token) -> bool:
        """A time phrase attached to a noun ("the draft within hours", "talks on Monday")."""
        if c.dep_ == "prep" and c.lower_ in ("before", "until") and c.head.pos_ in (
                "NOUN", "PROPN"):
            return True  # "a binding deal before any further filling": a time, not the deal
        return c.dep_ == "prep" and c.head.pos_ in ("NOUN", "PROPN") and any(
            g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in (
                "hour", "minute", "day", "week", "month", "year")) for g in c.children)

    def _aside(self, c: Token) -> bool:
        """A participial or adverbial clause set off by a comma ("X, deepening a rift")."""
        return c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.i > 0 and (
            self.doc[c.left_edge.i - 1].text == ",")

    def _condition(self, tok: Token) -> tuple[str, Token] | None:
        """A condition clause attached to the stance's clause."""
        clause = tok
        while clause.dep_ in ("xcomp", "acomp", "attr", "dobj", "pobj", "prep", "oprd") and (
                clause.head.i != clause.i):
            clause = clause.head
        other = self._other_clauses(clause)
        for c in clause.subtree:
            if c.dep_ not in ("advcl", "ccomp", "prep", "pcomp") and c.i != clause.i:
                continue
            if c.i in other:
                continue
            marks: list[Token] | None = None
            left = c.left_edge.i
            words = " " + " ".join(self.tab.lower[max(left - 2, 0):left + 3]) + " "
            for mk, padded, kind in self.conditions:
                if padded in words:
                    if marks is None:
                        marks = [m for m in c.children if m.dep_ in ("mark", "advmod", "prep")]
                    if mk == "if" and not (c.dep_ == "advcl" and any(
                            m.lower_ == "if" for m in marks) and c.left_edge.lower_ == "if"):
                        continue  # "asked if", "even if": no condition
                    if kind == "precondition":
                        subj = next((g for g in c.children if g.dep_ in (
                            "nsubj", "nsubjpass", "pobj")), None)
                        if subj is not None and (subj.ent_type_ in ("DATE", "TIME") or (
                                subj.lemma_.lower() in TIME_WORDS)):
                            continue  # "before the lean season begins": a time, no condition
                        if any(m.lower_ == mk for m in marks):
                            return kind, c
                    else:
                        return kind, c
        return None

    def _other_clauses(self, clause: Token) -> set[int]:
        """Tokens of clauses coordinated under a clause with their own subject ("would never
        accept X and that the transition would last as long as ..."): their conditions are
        not the clause's."""
        out: set[int] = set()
        for c in clause.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and (
                    self._marker(c) is None):
                out.update(t.i for t in c.subtree)
        return out

    @staticmethod
    def _provided(t: Token) -> bool:
        """", provided Serbia stopped X": "provided" parsed as a verb heading the condition."""
        return t.lower_ in ("provided", "providing") and t.dep_ in ("ccomp", "advcl") and (
            t.left_edge.i == t.i) and any(c.dep_ == "ccomp" for c in t.children)

    def _marker(self, clause: Token) -> str | None:
        """The condition marker opening a clause ("if", "only if", "as long as"), if any."""
        left = clause.left_edge.i
        words = " " + " ".join(t.lower_ for t in self.doc[left:min(left + 3, clause.i + 1)]) + " "
        for mk in self.lex.conditions:
            if words.startswith(f" {mk} "):
                return mk
        return None

    def _in_condition(self, tok: Token) -> bool:
        """Whether a token sits inside a condition clause ("unless Iran restored X")."""
        t = tok
        for _ in range(6):
            if self._provided(t):
                return True
            if t.dep_ in ("advcl", "conj") and t.pos_ in ("VERB", "AUX"):
                mk = self._marker(t)
                if mk is not None and self.lex.conditions.get(mk) == "condition":
                    return True
            if t.head.i == t.i:
                break
            t = t.head
        return False

    def _accusation(self, trigger: Token) -> tuple[list[str], list[str]] | None:
        """"A accused B of V-ing X" -> (B's actors, A's actors) for a trigger V."""
        t = trigger
        for _ in range(4):
            if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep":
                prep, verb = t.head, t.head.head
                preps = self.lex.accusation.get(verb.lemma_.lower())
                if preps and prep.lower_ in preps:
                    objs = [c for c in verb.children if c.dep_ == "dobj"]
                    accused = self._actors_in(objs[0]) if objs else []
                    accuser = self._holders(verb)
                    if accused and accuser:
                        return accused, accuser
                return None
            if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
                return None
            t = t.head
        return None

    def _reversal(self, head: Token) -> Token | None:
        """For a reversal phrase ("postponing talks"), the thing reversed."""
        rev = self.lex.reversal
        if rev.get(head.lemma_) == "verb":
            for c in head.children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    return c
        for c in head.children:
            if c.dep_ in ("amod", "nummod", "compound") and rev.get(c.lower_) == "modifier":
                return head
            if c.dep_ == "relcl" and rev.get(c.lemma_) == "verb":
                for g in c.children:
                    if g.dep_ == "dobj" and g.lower_ not in PRONOUNS:
                        return g
        return None

    def _add(self, cands: list[Cand], holders: list[str], pol: str, head: Token | None,
             trigger: Token, anaphor: str | None = None, phrase: tuple[int, int] | None = None
             ) -> None:
        if not holders or self._in_condition(trigger):
            return
        full_end = head.right_edge.i + 1 if head is not None and phrase is None else 0
        if head is not None and any(c.dep_ == "prep" and c.lower_ in ("before", "until")
                                    for c in head.children):
            full_end = 0
        vote = False
        if head is not None and phrase is None and head.pos_ == "NOUN" and all(
                c.dep_ == "det" for c in head.children) and head.lemma_.lower() in (
                DOC_NOUNS | {"veto"}):
            # "supported the draft": what was voted on; "welcomed the veto": the reverse of it
            if head.lemma_.lower() == "veto":
                pol = FLIP.get(pol, pol)
            head, anaphor, vote = None, "", True
        if head is not None and phrase is None:
            if head.lower_ in PRONOUNS and (head.i not in self.mmap
                                            or self.mmap[head.i] in holders):
                anaphor = ""
            elif head.lemma_.lower() in GENERIC and head.i not in self.mmap and not any(
                    c.dep_ in ("acl", "relcl", "compound") or (c.dep_ == "prep" and c.lower_ in (
                        "to", "for")) for c in head.children):
                anaphor = ""  # "the door is open", "the frontier": no proposition of its own
            else:
                det = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
                noun = self.lex.nouns.get(head.lemma_)
                if noun and noun[2] and not any(
                        c.dep_ in ("prep", "acl") for c in head.children):
                    poss = [c for c in head.children if c.dep_ == "poss" and c.i in self.mmap]
                    # "the Finnish proposal": what Finland (or its minister) supports
                    anaphor = self.mmap[poss[0].i] if poss else self._proposer(head) or ""
                    if "no" in det:
                        pol = FLIP.get(pol, pol)
                else:
                    if noun and head.dep_ == "dobj" and trigger.lemma_ in self.lex.verbs:
                        # "rejected the demand for a police pullout": the pullout
                        comp = next((g for c in head.children if c.dep_ == "prep"
                                     and c.lower_ in noun[1] for g in c.children
                                     if g.dep_ in ("pobj", "pcomp")), None)
                        if comp is not None:
                            head = comp
                            if noun[0] == "oppose":
                                pol = FLIP.get(pol, pol)
                    if pol == "oppose":
                        inner = self._reversal(head)
                        if inner is not None:
                            pol = "support"
                            if inner.i != head.i:
                                head = inner
                    phrase = self._phrase(head)
                    phrase = self._coordinated(trigger, phrase)
        cond = self._condition(trigger)
        sent = sentence_of(self.doc, trigger.i)
        if cond is None:
            clause = trigger
            while clause.dep_ in ("xcomp", "acomp", "attr", "dobj", "pobj", "prep", "oprd") and (
                    clause.head.i != clause.i):
                clause = clause.head
            other = self._other_clauses(clause)
            pos = self.tab.pos
            for i in range(trigger.i + 1, sent.end):  # the words after the trigger
                if pos[i] not in ("VERB", "AUX"):
                    continue
                t = self.doc[i]
                if (t.dep_ in ("advcl", "conj") or self._provided(t)) and t.i not in other and (
                        clause.is_ancestor(t) or t.head.i == trigger.i
                        or t.head.is_ancestor(trigger)):
                    mk = self._marker(t)
                    if mk is not None and self.lex.conditions.get(mk) == "condition":
                        cond = ("condition", t)
                        break
        clause_words = self._sent_words(sent)
        for h in self.neutral_hedges:
            if h in clause_words and abs(
                    clause_words.find(h) - clause_words.find(trigger.lower_)) < 40:
                pol = "neutral"
        if cond is not None and cond[0] == "condition" and pol in ("support", "oppose"):
            pol = "conditional"
        past = any(c.lower_ == "had" and c.dep_ == "aux" for c in trigger.children) or any(
            c.lower_ == "had" and c.dep_ == "aux" for c in trigger.head.children)
        lo = min([trigger.i] + ([phrase[0]] if phrase else [head.i] if head else []))
        if head is not None and head.head.i == trigger.i and head.dep_ in ("nsubj", "csubj"):
            lo = min(lo, head.left_edge.i)  # "any easing should depend on X"
        hi = max([trigger.i + 1] + ([phrase[1]] if phrase else [head.i + 1] if head else []))
        if phrase and phrase[1] < full_end <= phrase[1] + 12 and full_end <= sent.end:
            hi = max(hi, full_end)  # "language that singles out X": the clause says what
        st = self.stmt_of.get(trigger.i, (None, None))[1]
        acc = self._accusation(trigger)
        if acc is not None:  # "A accused B of blocking X": B opposes X, A supports it
            accused, accuser = acc
            cands.append(Cand(accused, pol, phrase, anaphor, trigger.i, past, st,
                              evidence=(lo, hi)))
            holders, pol = accuser, FLIP.get(pol, pol)
        cands.append(Cand(holders, pol, phrase, anaphor, trigger.i, past, st,
                          evidence=(lo, hi), vote=vote, aside=self._backgrounded(trigger)))
        proposer = self._proposer(head) if head is not None else None
        if proposer is not None and proposer not in holders:
            # "rejected the Finnish proposal": Finland supports what it proposed
            cands.append(Cand([proposer], "support", phrase, anaphor, trigger.i, past, st,
                              evidence=(head.left_edge.i, head.i + 1), vote=vote))
        if cond is not None and cond[0] == "precondition":
            ctok = cond[1]
            subj = [c for c in ctok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                ph = self._phrase(subj[0])
                cands.append(Cand(holders, "conditional", ph, None, trigger.i, past, st,
                                  evidence=(min(ph[0], trigger.i), max(ph[1], trigger.i + 1)),
                                  aside=True))

    # -- expressions ------------------------------------------------------------------------
    def _verb(self, tok: Token, cands: list[Cand], agreements: list[Agreement]) -> None:
        if tok.pos_ not in ("VERB",):
            return
        lemma = tok.lemma_.lower()
        if lemma in VOTE_VERBS:
            self._vote(tok, cands)
            return
        if lemma in UNDECIDED and self._undecided(tok, cands):
            return
        neg = self._negated(tok)
        ag = self.lex.agreement.get(lemma)
        if ag is not None:
            rel, frame = ag
            if frame == "obj" and any(c.dep_ == "nsubjpass" for c in tok.children):
                other = [c for c in tok.children if c.dep_ == "nsubjpass"][0]
                agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children
                         if g.dep_ == "pobj"]
                if other.i in self.mmap and agent and self._actors_in(agent[0]):
                    agreements.append(Agreement(self._actors_in(agent[0]), self.mmap[other.i],
                                                rel, tok.i))
                    return
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if frame.startswith("prep:"):
                objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == frame[5:]
                        for g in c.children if g.dep_ == "pobj"]
            other = self.mmap.get(objs[0].i) if objs else None
            if objs and other is None:
                other = self._named(objs[0])
            if other is not None:
                holders = self._holders(tok)
                if holders and other not in holders:
                    if neg:
                        rel = "opposite" if rel == "same" else "same"
                    agreements.append(Agreement(holders, other, rel, tok.i))
                    return
                if holders:  # "it would now support it": the object is no actor
                    objs = []
            if objs and other is not None:
                return
        if lemma == "share" and tok.dep_ == "acl" and tok.head.lemma_.lower() in POSITIONS:
            self._shared(tok, cands)
            return
        entry = self.lex.verbs.get(lemma)
        if entry is None:
            if ag is not None:  # "would join talks": an announced action, not agreement
                self._announced(tok, neg, cands)
            return
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
                c.dep_ in ("nsubj", "mark") for c in tok.children) and (
                tok.head.lemma_.lower() in VOTE_VERBS or tok.head.lemma_ in self.lex.verbs) and (
                not any(c.dep_ == "dobj" and c.i in self.mmap for c in tok.head.children)):
            return  # "vetoed X, blocking Y": the consequence of a stance, not a second one
        if {"would", "have"} <= {c.lower_ for c in tok.children if c.dep_ == "aux"}:
            return  # "it would have demanded X": a counterfactual, no one's position
        pol, frames = entry
        if lemma == "stop" and (tok.dep_ not in ("ROOT", "ccomp", "conj") or not any(
                c.dep_ == "nsubj" for c in tok.children) or tok.tag_ not in ("VBD", "VBN")):
            return  # "urged both sides to stop fighting": the urging is the stance
        if neg:
            pol = FLIP.get(pol, pol)
        if "obj" in frames and self._passive(tok, pol, cands):
            return
        for frame in frames:
            if frame == "obj":
                for c in tok.children:
                    if c.dep_ == "dobj":
                        obj = c.head if c.lower_ in ("that", "which") and tok.dep_ == "relcl" \
                            else c
                        if obj.lower_ in ("that", "which") and tok.dep_ == "relcl":
                            obj = tok.head
                        if tok.dep_ == "relcl" and c.lower_ in ("that", "which"):
                            obj = tok.head
                        if obj.i in self.mmap and not self._self_pronoun(obj, tok) and not (
                                lemma in ("recognise", "recognize") and obj.pos_ == "PROPN"):
                            continue  # an actor ("backed Egypt"); recognising a state is not
                        if obj.lemma_.lower() in self.lex.nonprops.get(lemma, ()):
                            return  # "host a meeting", "blocking the entrance": an event
                        if lemma not in JUDGED_VERBS and self._thing_subject(tok):
                            return  # "the tariffs would raise prices": no one's stance
                        if obj.i in self.mmap and obj.pos_ == "PROPN":  # "recognise Kosovo"
                            self._add(cands, self._holders(tok), pol, tok, tok,
                                      phrase=(tok.i, obj.right_edge.i + 1))
                            return
                        self._add(cands, self._holders(tok), pol, obj, tok)
                        return
                for c in tok.children:  # "would not sign what he called X": X
                    if c.dep_ == "ccomp" and any(g.dep_ == "dobj" and g.lower_ == "what"
                                                 for g in c.children):
                        named = next((g for g in c.children if g.dep_ in ("oprd", "xcomp")
                                      and g.pos_ == "NOUN"), None)
                        if named is not None:
                            self._add(cands, self._holders(tok), pol, named, tok)
                            return
                for c in tok.children:  # "would support making the tariffs permanent"
                    if c.dep_ == "xcomp" and c.tag_ == "VBG" and not any(
                            g.dep_ == "aux" for g in c.children):
                        self._add(cands, self._holders(tok), pol, c, tok)
                        return
                if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and (
                        tok.head.lemma_.lower() in PROPOSALS) and not any(
                        c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in tok.children
                ) and any(c.dep_ == "nsubj" and c.i in self.mmap for c in tok.children):
                    # "a plan France and Italy also support": the plan
                    self._add(cands, self._holders(tok), pol, tok.head, tok)
                    return
                if frames == ("obj",) and tok.dep_ in ("ROOT", "ccomp") and not any(
                        c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "prt", "nsubjpass")
                        for c in tok.children) and any(
                        c.dep_ == "aux" and c.lower_ in ("will", "would") for c in tok.children
                ) and self._subject(tok) is not None and not self._thing_subject(tok):
                    # "Baku would sign only once X": what is in play
                    self._add(cands, self._holders(tok), pol, None, tok, anaphor="")
                    return
            elif frame == "xcomp":
                if any(c.dep_ == "auxpass" for c in tok.children):
                    continue  # "were expected to join", "was urged to": not the subject's
                for c in tok.children:
                    if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (
                            c.dep_ in ("ccomp", "advcl") and c.i > tok.i and any(
                                g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                            and (c.dep_ == "ccomp" or not any(
                                g.dep_ in ("nsubj", "mark") for g in c.children)))):
                        # "offered to host X", "expected Israel to allow X"
                        # "urged them not to let X": opposes what the complement says
                        inner = FLIP.get(pol, pol) if any(
                            g.dep_ == "neg" for g in c.children) else pol
                        self._add(cands, self._holders(tok), inner, c, tok)
                        return
            elif frame == "self":  # "it would not negotiate under fire": the act itself
                if tok.dep_ in ("ROOT", "ccomp", "conj") and not self._thing_subject(tok) and (
                        self._subject(tok) is not None):
                    self._add(cands, self._holders(tok), pol, tok, tok,
                              phrase=(tok.i, self._phrase(tok)[1]))
                    return
            elif frame == "that":  # "demanded that the council designate X"
                subj = self._subject(tok)
                if subj is None or (subj.i not in self.mmap and not self._actors_in(subj)):
                    continue  # "the text would have demanded that ...": no actor's stance
                for c in tok.children:
                    if c.dep_ == "ccomp" and c.pos_ == "VERB" and any(
                            g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and (
                            not any(g.dep_ == "aux" for g in c.children)):
                        self._add(cands, self._holders(tok), pol, c, tok,
                                  phrase=(c.i, self._phrase(c)[1]))
                        return
            elif frame.startswith("prep:"):
                p = frame[5:]
                # "calling in a statement for X": the preposition hangs on the medium
                media = [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in MEDIA
                         for x in g.children]
                for c in tok.children:
                    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")),
                                None)
                    if c.dep_ == "advcl" and subj is not None and subj.i not in self.mmap and any(
                            g.dep_ == "mark" and g.lower_ == p for g in c.children):
                        # "called for the measures to be lifted": the clause is the proposition
                        self._add(cands, self._holders(tok), pol, c, tok,
                                  phrase=(subj.left_edge.i, c.i + 1))
                        return
                for c in [*tok.children, *media]:
                    if c.dep_ in ("prep", "prt") and c.lower_ == p:
                        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                        if objs:
                            self._add(cands, self._holders(tok), pol, objs[0], tok)
                            return
            elif frame == "subj":
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
                if subj and subj[0].i not in self.mmap and subj[0].lower_ not in PRONOUNS:
                    spk = self._speaker(tok)
                    self._add(cands, spk, pol, subj[0], tok)
                    return

    def _announced(self, tok: Token, neg: bool, cands: list[Cand]) -> None:
        """"Ethiopia will begin the next filling", "Ankara would open its border": an actor
        announcing its own action supports it (opposes it when negated). Weak: kept only when
        the action is a proposition some other stance expression also addresses."""
        if tok.lemma_.lower() in ACTION_STOP or tok.dep_ not in ("ROOT", "ccomp", "conj"):
            return
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if not aux & {"will", "would", "'ll"} or "have" in aux:
            return
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in ("whether", "if", "how", "when")
               for c in tok.children):
            return  # "declined to say whether the bloc would extend X": an open question
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i in self.mmap or obj.lower_ in PRONOUNS or obj.pos_ not in (
                "NOUN", "PROPN"):
            return
        subj = self._subject(tok)
        if subj is None or self._thing_subject(tok) or not (
                subj.i in self.mmap or subj.lower_ in PRONOUNS or subj.lemma_.lower() in
                GOVERNMENT):
            return
        cond = self._condition(tok)
        if cond is not None and cond[0] == "precondition":
            return  # "would find a formula before leaders meet": a plan, not a condition
        n = len(cands)
        end = max((c.right_edge.i + 1 for c in tok.children if c.i > tok.i and c.dep_ in (
            "dobj", "prt", "prep", "xcomp", "oprd", "dative")), default=tok.i + 1)
        self._add(cands, self._holders(tok), "oppose" if neg else "support", tok, tok,
                  phrase=(tok.i, min(end, self._phrase(tok)[1])))
        for c in cands[n:]:
            c.weak = c.aside = True

    def _passive(self, tok: Token, pol: str, cands: list[Cand]) -> bool:
        """"X is recognised by A, but not by B or C, nor by five members: D, E and F": each
        agent group holds the stance on X (the reverse after "not"/"nor")."""
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if subj is None or agent is None or subj.i in self.mmap and subj.lower_ not in PRONOUNS:
            return False
        groups: list[tuple[Token, bool]] = []
        todo = [(agent, False)] + [(c, False) for c in tok.children
                                   if c.dep_ == "conj" and c.lower_ == "by"]
        while todo and len(groups) < 8:
            by, negative = todo.pop(0)
            negative = negative or any(c.dep_ == "neg" for c in by.children)
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                groups.append((pobj, negative))
            nor = any(c.lower_ == "nor" for c in by.children)
            todo += [(c, negative or nor) for c in [
                *by.children, *(pobj.children if pobj is not None else [])]
                if c.dep_ == "conj" and c.lower_ == "by"]
        added = False
        later: set[str] = set()
        found = []
        for pobj, negative in reversed(groups):
            holders = [h for h in self._actors_in(pobj) if h not in later]
            if any(c.dep_ == "appos" and c.i in self.mmap for c in pobj.children):
                # "five EU members: Spain, ...": the members, not the EU
                holders = [h for h in holders if h not in {
                    self.mmap.get(c.i) for c in pobj.children if c.dep_ == "compound"}]
            later.update(holders)
            found.append((pobj, negative, holders))
        for pobj, negative, holders in reversed(found):
            if not holders:
                continue
            p = FLIP.get(pol, pol) if negative else pol
            n = len(cands)
            if subj.lower_ in PRONOUNS:
                self._add(cands, holders, p, None, tok, anaphor="")
            else:
                self._add(cands, holders, p, subj, tok)
            for c in cands[n:]:
                c.evidence = (min(c.evidence[0], tok.i), max(c.evidence[1], pobj.right_edge.i + 1))
            added = True
        return added

    def _vote(self, tok: Token, cands: list[Cand]) -> None:
        """Votes: "vetoed X", "would vote against X" (oppose), "voted in favour (of X)",
        "voted for X" (support), "abstained", "with C abstaining" (neutral). Without an
        object, or with a bare "the text"/"the draft", the stance is on what was last voted
        on (else the latest proposition)."""
        lemma = tok.lemma_.lower()
        pol: str | None = None
        obj: Token | None = None
        yes_no = False
        if lemma == "abstain":
            pol = "neutral"
            # "would abstain on any vote over X": neutral on X
            obj = next((x for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                        for g in c.children if g.dep_ == "pobj" and g.lemma_ == "vote"
                        for p in g.children if p.dep_ == "prep" and p.lower_ in (
                            "on", "over", "about") for x in p.children if x.dep_ == "pobj"),
                       None)
        elif lemma == "veto":
            pol = "oppose"
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and any(
                    c.dep_ == "relcl" for c in obj.children):
                # "veto any decision that weakened X": the clause says what is vetoed
                self._add(cands, self._holders(tok), pol, obj, tok,
                          phrase=(obj.i, obj.right_edge.i + 1))
                return
        else:
            for c in tok.children:
                pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if c.dep_ == "prep" and c.lower_ in ("for", "against"):
                    pol = "support" if c.lower_ == "for" else "oppose"
                    obj = pobj[0] if pobj else None
                elif c.dep_ == "prep" and c.lower_ == "in" and pobj and pobj[0].lower_ in (
                        "favour", "favor"):
                    pol = "support"
                    obj = next((g for p in pobj[0].children if p.dep_ == "prep"
                                and p.lower_ == "of" for g in p.children
                                if g.dep_ in ("pobj", "pcomp")), None)
                elif c.lower_ in ("yes", "no") and c.dep_ in (
                        "advmod", "dobj", "intj", "npadvmod", "attr", "det"):
                    pol = "support" if c.lower_ == "yes" else "oppose"
                    yes_no = True
                if pol is not None:
                    break
        if pol is None:
            return
        if pol != "neutral" and not yes_no and self._negated(tok):
            pol = FLIP[pol]
        if obj is not None and obj.lemma_.lower() in DOC_NOUNS and all(
                c.dep_ in ("det",) for c in obj.children):
            obj = None  # "voted for the text": the text being voted on
        if obj is not None and (obj.i in self.mmap or obj.lower_ in PRONOUNS):
            obj = None
        n = len(cands)
        self._add(cands, self._holders(tok), pol, obj, tok,
                  anaphor="" if obj is None else None)
        for c in cands[n:]:
            c.vote = True
            c.past = False  # "had abstained": the vote is the fact, not a former position

    def _shared(self, tok: Token, cands: list[Cand]) -> None:
        """"would vote against X, a position shared by Hungary": Hungary takes the stance of
        the clause the position noun sums up."""
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"]
        sharers = self._actors_in(agent[0]) if agent else []
        if not sharers:
            return
        sent = sentence_of(self.doc, tok.i)
        prior = [c for c in cands if sent.start <= c.trigger < tok.head.i]
        if not prior:
            return
        last = max(c.trigger for c in prior)
        for c in [c for c in prior if c.trigger == last]:
            cands.append(Cand([h for h in sharers if h not in c.holders], c.polarity,
                              c.phrase, c.anaphor, c.trigger, c.past, c.statement,
                              evidence=(min(c.evidence[0], tok.head.i),
                                        max(c.evidence[1], agent[0].i + 1)),
                              vote=c.vote))

    def _thing_subject(self, verb: Token) -> bool:
        """Whether a verb's subject is a common noun that names no actor ("the tariffs")."""
        subj = self._subject(verb)
        return (subj is not None and subj.pos_ == "NOUN" and verb.dep_ != "relcl"
                and subj.i not in self.mmap and not self._actors_in(subj)
                and subj.lemma_.lower() not in GOVERNMENT and self._named(subj) is None)

    def _open(self, tok: Token, cands: list[Cand]) -> bool:
        """"still studying the legal questions", "did not commit either way", "remained
        undecided": neutral on the question in play."""
        lemma = tok.lemma_.lower()
        anaphor = "*"
        if lemma in WEIGHING and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in PROPOSALS | {"request", "application"}:
                anaphor = ""  # "reviewing the request": the request in play
            elif not any(c.lower_ == "still" for c in tok.children):
                return False
            if tok.tag_ != "VBG" and not any(c.lower_ == "still" for c in tok.children):
                return False
        elif lemma == "commit" and tok.pos_ == "VERB":
            if not self._negated(tok) or any(c.dep_ in ("dobj", "prep", "xcomp")
                                             and c.lower_ != "way" for c in tok.children):
                return False
        elif lemma in OPEN_ADJ and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
            if self._negated(tok):
                return False
        else:
            return False
        verb = tok.head if tok.pos_ == "ADJ" else tok
        self._add(cands, self._holders(verb), "neutral", None, tok, anaphor=anaphor)
        return True

    def _undecided(self, tok: Token, cands: list[Cand]) -> bool:
        """"had not yet decided how it would vote", "declined to say whether the bloc would
        extend X": neutral on the open question."""
        declined = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse")
        if tok.lemma_.lower() == "decide" and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would") for c in tok.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in POSITIONS for c in tok.children):
            # "would decide its position after consulting X": undecided for now
            self._add(cands, self._holders(tok), "neutral", None, tok, anaphor="*")
            return True
        if not declined and not self._negated(tok):
            return False
        if not declined and tok.lemma_.lower() == "say" and any(
                c.lower_ in ("yes", "no") for c in tok.children):
            # "has not said yes": neutral on the question in play
            self._add(cands, self._holders(tok), "neutral", None, tok, anaphor="")
            return True
        for c in tok.children:
            if c.dep_ not in ("ccomp", "xcomp") or c.pos_ not in ("VERB", "AUX") or not any(
                    g.lower_ in ("whether", "how", "if") for g in c.children
                    if g.dep_ in ("mark", "advmod")):
                continue
            n = len(cands)
            if c.lemma_.lower() in VOTE_VERBS:
                self._add(cands, self._holders(tok), "neutral", None, tok, anaphor="")
                for x in cands[n:]:
                    x.vote = True
            else:
                self._add(cands, self._holders(tok), "neutral", None, tok,
                          phrase=(c.i, self._phrase(c)[1]))
            return True
        return False

    def _noun(self, tok: Token, cands: list[Cand]) -> None:
        if tok.pos_ not in ("NOUN",):
            return
        entry = self.lex.nouns.get(tok.lemma_.lower())
        if entry is None:
            return
        pol, preps, anaphoric = entry
        comp: Token | None = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    comp = objs[0]
                    if c.lower_ in self.lex.preps:
                        pol = self.lex.preps[c.lower_] if pol == "neutral" else pol
                    break
            if c.dep_ in ("acl", "ccomp") and "that" in preps and c.pos_ == "VERB" and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in c.children) and any(
                    g.dep_ == "nsubj" for g in c.children):
                comp = c  # "its demand that Yerevan amend its constitution"
                break
            if c.dep_ in ("acl", "relcl") and "inf" in preps and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                comp = c
                if any(g.dep_ == "neg" for g in c.children):
                    pol = FLIP.get(pol, pol)
                break
        if comp is None and tok.dep_ == "dobj":  # "taken a stance against X": prep on the verb
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i:
                    objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if objs:
                        comp = objs[0]
                        if pol == "neutral" and c.lower_ in self.lex.preps:
                            pol = self.lex.preps[c.lower_]
                        break
        no = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        if no:
            pol = FLIP.get(pol, pol)
        if tok.dep_ == "pobj" and tok.head.lower_ == "against" and pol != "neutral":
            pol = FLIP.get(pol, pol)  # "protested against plans to X": opposes X
        if pol == "neutral":
            # "has not taken a position on X", "has no position on X": neutral on X
            on = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
                  for g in c.children if g.dep_ in ("pobj", "pcomp")] or (
                [comp] if comp is not None and comp.head.lower_ == "on" else [])
            gov = tok.head if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else None
            if on and (no or (gov is not None and self._negated(gov))):
                self._add(cands, self._holders(gov) if gov is not None else [], "neutral",
                          on[0], tok)
            return
        if tok.dep_ == "dobj" and tok.head.lemma_ in self.lex.verbs and comp is not None and (
                tok.head.pos_ == "VERB"):
            return  # "rejected the demand for X": the verb's stance on X, not the demand's
        # holder: the governing verb's subject, else the possessor, else a listed group
        holders: list[str] = []
        if tok.lemma_.lower() in self.lex.judged:
            holders = self._speaker(tok)
        elif tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            holders = self._holders(tok.head)
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" \
                and comp is not None:
            holders = self._holders(tok.head.head)  # "chanting slogans in support of X"
        if not holders:
            poss = [c for c in tok.children if c.dep_ == "poss" and c.i in self.mmap]
            if poss:
                holders = [self.mmap[poss[0].i]]
        # "a series of rebuttals within countries like A, B and C"
        nodes = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            nodes.append(tok.head.head)
        for node in nodes:
            if holders:
                break
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in LIST_PREPS + ("from", "by", "in"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            holders += [a for a in self._actors_in(g) if a not in holders]
        if comp is not None:
            self._add(cands, holders, pol, comp, tok)
        elif anaphoric:
            poss = [c for c in tok.children if c.dep_ == "poss" and c.i in self.mmap]
            # "Macron's idea": holder is the verb's subject, the idea is Macron's
            if tok.dep_ == "dobj" and tok.head.lemma_ in self.lex.verbs:
                return
            self._add(cands, holders, pol, None, tok, anaphor=self.mmap[poss[0].i]
                      if poss and holders != [self.mmap[poss[0].i]] else "")

    def _evaluative(self, tok: Token, cands: list[Cand]) -> None:
        key = tok.lemma_.lower()
        if tok.lower_ == "line" and any(c.lower_ == "red" for c in tok.children):
            key = "red line"
        if tok.lower_ == "way" and any(c.lower_ == "forward" for c in tok.children):
            key = "way forward"
        entry = self.lex.evaluatives.get(key)
        if entry is None or tok.pos_ not in ("ADJ", "NOUN"):
            return
        pol, compl = entry
        neg = self._negated(tok)
        head = tok.head
        if head.dep_ == "prep" and head.lower_ == "as":  # "lambasted as absurd"
            head = head.head
        if tok.dep_ in ("acomp", "attr") and head.pos_ in ("AUX", "VERB") and head.lemma_ in (
                "be", "remain", "seem", "appear", "become"):
            subj = self._subject(head)
            if subj is None:
                return
            if neg:
                pol = FLIP.get(pol, pol)
            own = subj.lemma_.lower() in GOVERNMENT and any(c.dep_ == "poss"
                                                            for c in subj.children)
            if (subj.i in self.mmap or subj.lower_ in PRONOUNS or own) and compl != "-":
                comp = None
                for c in tok.children:
                    if compl == "inf" and c.dep_ == "xcomp":
                        comp = c
                    elif c.dep_ == "prep" and c.lower_ == compl:
                        comp = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")),
                                    None)
                if comp is not None:
                    self._add(cands, self._holders(head), pol, comp, tok)
                return
            if subj.i in self.mmap or own:
                return
            self._add(cands, self._speaker(head), pol, subj, tok)
            return
        if tok.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "pobj", "attr", "npadvmod",
                        "appos") or head.pos_ == "VERB":
            verb = head
            while verb.pos_ != "VERB" and verb.head.i != verb.i:
                verb = verb.head
            obj = [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i]
            target: Token | None = obj[0] if obj else None
            if target is None and tok.dep_ in ("oprd", "dobj"):  # "called any seizure 'theft'"
                target = next((c for c in tok.children if c.dep_ in ("nmod", "amod")
                               and c.pos_ == "NOUN" and c.i < tok.i), None)
            if verb.dep_ == "relcl" and (target is None or target.lower_ in ("that", "which")):
                target = verb.head
            if target is None or target.i in self.mmap:
                return
            if self._negated(verb) or neg:
                pol = FLIP.get(pol, pol)
            self._add(cands, self._holders(verb), pol, target, tok)

    # -- propositions -----------------------------------------------------------------------
    def _label(self, doc: Doc, cl: Cluster) -> str:
        """A short neutral label: the first mention with two content words or more, without
        quotation marks, leading determiners or trailing relative and appositive clauses."""
        def clean(s: int, e: int) -> list[Token]:
            sp = doc[s:e]
            cut = {t.i for w in sp for c in w.children if (c.dep_ in ("relcl", "appos")
                   or self._aside(c)) and c.i > w.i for t in c.subtree}
            toks = [t for t in sp if t.i not in cut]
            if cut:
                toks = [t for t in toks if t.i < min(cut)]
            toks = [t for t in toks if t.text not in QUOTES]
            while toks and (toks[0].dep_ in ("det", "cc", "mark", "aux", "neg") or
                            toks[0].is_punct or toks[0].lower_ in PRONOUNS):
                toks = toks[1:]
            toks = toks[:12]
            while toks and (toks[-1].is_punct or toks[-1].dep_ in ("cc", "det", "prep")):
                toks = toks[:-1]
            return toks
        for s, e in cl.mentions:
            toks = clean(s, e)
            if sum(1 for t in toks if not t.is_stop) >= 2:
                break
        else:
            toks = clean(*cl.mentions[0]) if cl.mentions else []
        if not toks:
            return cl.label
        out = toks[0].text
        for prev, t in zip(toks, toks[1:], strict=False):
            gap = any(g.whitespace_ for g in doc[prev.i:t.i])
            out += (" " if gap else "") + t.text
        return out

    def _keys(self, doc: Doc, s: int, e: int) -> set[str]:
        out = set()
        for t in doc[s:e]:
            if t.is_stop or t.is_punct or t.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
                continue
            if t.lemma_.lower() in ACTION_STOP:
                continue
            w = t.lemma_.lower()
            out.add(self.lex.synonyms.get(w, self.lex.synonyms.get(t.lower_, w)))
        return out

    def _core(self, doc: Doc, phrase: tuple[int, int]) -> set[str]:
        """Synonym classes of a phrase's head and its nearest complements: "deploying troops",
        "host negotiations", "enter into dialogue" (not a modifier: "withdrawal of troops")."""
        head = doc[phrase[0]:phrase[1]].root
        syn = self.lex.synonyms
        out = set()
        frontier = [head]
        for _depth in range(4):
            nxt = []
            for t in frontier:
                cls = syn.get(t.lemma_.lower(), syn.get(t.lower_))
                if cls:
                    out.add(cls)
                for c in t.children:
                    if c.dep_ in ("dobj", "xcomp", "pobj", "pcomp", "acl") or (
                            c.dep_ == "prep" and t.pos_ == "VERB"):
                        nxt.append(c)
            frontier = nxt
        # only verb-headed (course of action) or noun-headed phrases whose head is in a class
        head_cls = syn.get(head.lemma_.lower(), syn.get(head.lower_))
        if head.pos_ != "VERB" and not head_cls:
            return set()
        return out

    def _mods(self, doc: Doc, phrase: tuple[int, int]) -> set[str]:
        """Noun modifiers of a phrase's head noun (or of its verb's object): "brandy duties",
        "prices for consumers", "minimum import prices"."""
        head = doc[phrase[0]:phrase[1]].root
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
                c.lower_ in ("for", "on", "against", "with")) else []
            for t in toks:
                if t.pos_ in ("NOUN", "PROPN") and not t.is_stop and phrase[0] <= t.i < (
                        phrase[1]):
                    w = t.lemma_.lower()
                    # an actor by its id: "talks with Moscow" ~ "dialogue with Russia"
                    out.add(self.mmap.get(t.i) or self.lex.synonyms.get(w, w))
        return out

    @staticmethod
    def _loosens(doc: Doc, phrase: tuple[int, int]) -> bool | None:
        """True for "lift/ease X", False for "keep/extend X", None for neither."""
        for t in doc[phrase[0]:phrase[1]]:
            w = t.lemma_.lower()
            if w in LOOSEN or w in KEEP:
                return w in LOOSEN
        return None

    def _loosened(self, doc: Doc, phrase: tuple[int, int]) -> set[str]:
        """Keys of the object a loosening verb acts on ("lift sanctions" -> {"sanction"})."""
        for t in doc[phrase[0]:phrase[1]]:
            if t.lemma_.lower() in LOOSEN:
                return {k for c in t.children if c.dep_ in ("dobj", "nsubjpass")
                        for k in self._keys(doc, c.i, c.i + 1)}
        return set()

    def _merge(self, doc: Doc, cands: list[Cand]) -> list[Cluster]:
        clusters: list[Cluster] = []
        latest = voted = recent = -1
        holder_prop: dict[str, int] = {}
        state_prop: dict[str, int] = {}
        # one Span per stretch, so that spaCy computes each one's vector once
        spans: dict[tuple[int, int], SpacySpan] = {}

        def span_of(s: int, e: int) -> SpacySpan:
            sp = spans.get((s, e))
            if sp is None:
                sp = spans[(s, e)] = doc[s:e]
            return sp

        for c in sorted(cands, key=lambda c: c.trigger):
            if c.phrase is None:
                if c.anaphor == "*":  # the main question: the first one debated so far
                    k = next((j for j, cl in enumerate(clusters) if len(cl.mentions) > 1),
                             max(range(len(clusters)), key=lambda j: (
                                 len(clusters[j].mentions), -j), default=-1))
                elif c.anaphor:
                    k = holder_prop.get(c.anaphor, state_prop.get(c.anaphor, latest))
                else:
                    # a vote with nothing voted on yet: the question just raised, even in a
                    # "while" clause ("A backs X, while B will campaign against it")
                    k = (voted if voted >= 0 else recent) if c.vote else latest
                if k < 0:
                    continue
                c.prop = k
                lo, hi = c.evidence
                clusters[k].mentions.append((lo, hi))
            else:
                keys = self._keys(doc, *c.phrase)
                root = doc[c.phrase[0]:c.phrase[1]].root
                if latest >= 0 and root.pos_ == "VERB" and any(
                        g.dep_ == "dobj" and g.lower_ in ("it", "them", "this", "that")
                        and g.i not in self.mmap for g in root.children) and (
                        keys <= {root.lemma_.lower()}) and root.lemma_.lower() in LOOSEN | KEEP:
                    # "lift them": the latest proposition, flipped if it keeps what this lifts
                    cl = clusters[latest]
                    if (cl.loosen and any(self._loosens(doc, m) is not None
                                          for m in cl.mentions)) != (
                            root.lemma_.lower() in LOOSEN):
                        c.polarity = FLIP.get(c.polarity, c.polarity)
                    c.prop = latest
                    cl.mentions.append(c.phrase)
                    if not c.aside:
                        latest = c.prop
                    if c.polarity in ("support", "conditional"):
                        for h in c.holders:
                            holder_prop[h] = c.prop
                    continue
                vkeys: set[str] = set()
                if root.pos_ == "VERB":
                    for g in root.children:
                        if g.dep_ == "dobj" and g.lower_ not in PRONOUNS:
                            # the verb and its object's own words, not its clauses
                            vkeys = self._keys(doc, root.i, root.i + 1)
                            for x in [g, *g.conjuncts, *(m for m in g.children if m.dep_ in (
                                    "compound", "amod", "nmod"))]:
                                vkeys |= self._keys(doc, x.i, x.i + 1)
                core = self._core(doc, c.phrase)
                hkeys = self._keys(doc, root.i, root.i + 1) if root.pos_ == "NOUN" and (
                    root.lemma_.lower() not in FRAME_NOUNS) else set()
                best, best_score = -1, 0.0
                trig = doc[c.trigger]
                directive = any(g.dep_ == "dobj" and g.i in self.mmap for g in trig.children)
                mods = self._mods(doc, c.phrase)
                for k, cl in enumerate(clusters):
                    if not keys or not cl.keys:
                        continue
                    if mods and cl.mods and not mods & cl.mods:
                        continue  # "brandy duties" vs "car duties": different targets
                    if directive and any(s <= trig.i < e for s, e in cl.mentions):
                        continue  # "ask the court to order X to pull back": a second action
                    if hkeys and not hkeys & cl.keys and not core & cl.core:
                        continue  # "the dam is essential" is no "dam-safety engineers" phrase
                    if vkeys and not vkeys & cl.keys:
                        continue  # "exempt food from the measures" is no "measures" phrase
                    score = len(keys & cl.keys) / min(len(keys), len(cl.keys))
                    if score < 0.5 and len(keys) > 1 and len(cl.keys) > 1 and (
                            best_score < 0.5 and not core & cl.core):
                        # (a similar phrase scores 0.5: no gain over a match found already,
                        # nor where the shared core scores 0.75 below)
                        span = span_of(*c.phrase)
                        first = span_of(*cl.mentions[0])
                        if span.vector_norm and first.vector_norm and span.similarity(
                                first) >= 0.9:
                            score = 0.5
                    if core & (cl.core or cl.keys):  # a cluster of no known class: its words
                        score = max(score, 0.75)
                    if score >= 0.5 and score > best_score:
                        best, best_score = k, score
                loosen = self._loosens(doc, c.phrase)
                if best < 0:
                    clusters.append(Cluster(label=doc[c.phrase[0]:c.phrase[1]].text,
                                            loosen=bool(loosen),
                                            loosened=self._loosened(doc, c.phrase)))
                    best = len(clusters) - 1
                elif loosen is not None and loosen != clusters[best].loosen and any(
                        self._loosens(doc, m) is not None for m in clusters[best].mentions):
                    c.polarity = FLIP.get(c.polarity, c.polarity)  # "keep" X vs "lift" X
                elif loosen and not any(self._loosens(doc, m) is not None
                                        for m in clusters[best].mentions) and (
                        self._loosened(doc, c.phrase) & clusters[best].keys):
                    # "called the measures unjust" then "called for the measures to be
                    # lifted": the proposition is the course of action, lifting them
                    for prev in cands:
                        if prev.prop == best and prev is not c:
                            prev.polarity = FLIP.get(prev.polarity, prev.polarity)
                    clusters[best].loosen = True
                    clusters[best].loosened = self._loosened(doc, c.phrase)
                elif loosen is None and clusters[best].loosen and clusters[best].loosened & (
                        self._keys(doc, *c.phrase)) and doc[c.phrase[0]:c.phrase[1]].root.pos_ \
                        in ("NOUN", "PROPN"):
                    # "sanctions had failed" in a "lift sanctions" proposition: the reverse
                    c.polarity = FLIP.get(c.polarity, c.polarity)
                clusters[best].mentions.append(c.phrase)
                clusters[best].keys |= keys
                clusters[best].mods |= mods
                clusters[best].core |= core
                c.prop = best
            if not c.aside:
                latest = c.prop
            if not c.weak and c.prop >= 0:
                recent = c.prop
            if c.vote:
                voted = c.prop
            if c.polarity in ("support", "conditional"):
                for h in c.holders:
                    holder_prop[h] = c.prop
                    state = self._state_of(h)
                    if state is not None and state != h:
                        state_prop[state] = c.prop  # a minister's proposal is his state's
        return clusters

    def _resolve(self, doc: Doc, cands: list[Cand], agreements: list[Agreement],
                 clusters: list[Cluster]
                 ) -> list[tuple[str, int, str, str | None, tuple[int, int]]]:
        by_key: dict[tuple[str, int], list[Cand]] = {}
        # an announced action is a stance when others address it or it names a condition
        strong = {c.prop for c in cands if not c.weak or c.polarity == "conditional"}
        for c in cands:
            if c.prop < 0 or c.prop not in strong:
                continue
            for h in c.holders:
                by_key.setdefault((h, c.prop), []).append(c)
        self._officials(by_key)
        # agreement: the echoing actor takes the other's principal position
        for ag in sorted(agreements, key=lambda a: a.trigger):
            theirs = [(k, v) for k, v in by_key.items() if k[0] == ag.other]
            if not theirs:
                continue
            k, v = max(theirs, key=lambda kv: (len(kv[1]), -kv[1][0].trigger))
            pol = self._decide(v)
            if ag.relation == "opposite":
                pol = FLIP.get(pol, pol)
            for h in ag.holders:
                if h == ag.other:
                    continue
                sent = sentence_of(doc, ag.trigger)
                by_key.setdefault((h, k[1]), []).append(Cand(
                    [h], pol, None, None, ag.trigger, evidence=(sent.start, sent.end)))
        self._officials(by_key)
        self._paragraph_officials(doc, by_key)
        out = []
        for (actor, k), cs in by_key.items():
            pol = self._decide(cs)
            # evidence: the holder's own expression before one lent by agreement
            first = next(c for c in sorted(cs, key=lambda c: (
                c.phrase is None and c.anaphor is None, c.trigger)) if c.polarity == pol)
            out.append((actor, k, pol, first.statement, first.evidence))
        out.sort(key=lambda x: x[4])
        return out

    def _officials(self, by_key: dict[tuple[str, int], list[Cand]]) -> None:
        """"Its chief negotiator, X, said ...": an official introduced as the state's agent
        speaks for it. The official shares the state's positions; a state that states no
        position itself takes the official's."""
        for a in self.actors.values():
            if a.type != "person" or not any(
                    m.text.lower().startswith(("its ", "their ")) or POSS_TITLE.match(m.text)
                    for m in a.mentions):
                continue
            state = self._state_of(a.id)
            if state is None:
                continue
            silent = not any(h == state for h, _ in by_key)
            if not any(m.text.lower().startswith(("its ", "their ")) for m in a.mentions):
                # "Russia's envoy, X": the state takes X's position only if it is an actor
                # beyond that title
                silent = silent and len(self.actors[state].mentions) > 1
            for (h, k), cs in list(by_key.items()):
                to = state if h == a.id and silent else a.id if h == state else None
                if to is not None and (to, k) not in by_key:
                    by_key[(to, k)] = [Cand([to], c.polarity, c.phrase, c.anaphor,
                                            c.trigger, c.past, c.statement, c.prop,
                                            c.evidence) for c in cs]

    def _paragraph_officials(self, doc: Doc, by_key: dict[tuple[str, int], list[Cand]]
                             ) -> None:
        """"Norway said it would now support X. '...,' Climate Minister Aasen said.": an
        official of a state whose quotation opens the sentence right after the state's stance,
        in the same paragraph, shares that stance."""
        for st in doc._.statements or []:
            a = self.actors.get(st.speaker or "")
            if a is None or a.type != "person" or st.content is None:
                continue
            state = self._state_of(a.id)
            if state is None or state == a.id:
                continue
            sp = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
            if sp is None:
                continue
            q = sp[0].i - 1  # the opening quotation mark
            while q > 0 and doc[q].is_space:
                q -= 1
            if q < 1 or doc[q].text not in QUOTES:
                continue  # only a quotation that follows the state's stance
            before = q - 1
            while before > 0 and doc[before].is_space:
                before -= 1
            if doc[before].text not in (".", "!", "?") or "\n" in doc[before:q].text:
                continue  # not a new sentence, or another paragraph
            prev = sentence_of(doc, before)
            for (h, k), cs in list(by_key.items()):
                if h != state or (a.id, k) in by_key:
                    continue
                if any(prev.start <= c.trigger < prev.end for c in cs):
                    by_key[(a.id, k)] = [Cand([a.id], c.polarity, c.phrase, c.anaphor,
                                              c.trigger, c.past, st.id, c.prop, c.evidence)
                                         for c in cs]

    @staticmethod
    def _decide(cs: list[Cand]) -> str:
        """One polarity per actor and proposition: the current, most frequent, earliest."""
        live = [c for c in cs if not c.past] or cs
        counts: dict[str, int] = {}
        for c in live:
            counts[c.polarity] = counts.get(c.polarity, 0) + 1
        top = max(counts.values())
        return next(c.polarity for c in sorted(live, key=lambda c: c.trigger)
                    if counts[c.polarity] == top)


def proposition_text(doc: Doc, prop: Proposition) -> str:
    """All the words of a proposition (label and mentions), for matching and tests."""
    return " ".join([prop.label, *(m.text for m in prop.mentions)])


__all__ = ["StanceStage", "load_lexicon", "proposition_text", "SpacySpan"]
