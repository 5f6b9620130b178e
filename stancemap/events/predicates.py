"""Event coder: predicates with rules of their own: telling, findings, labels, expectations,
stances, willingness, "no plans", caused and "responsible for" nouns."""

from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter

from spacy.tokens import Token

from .frames import Args, Context, Frame
from .parse import _child, _conjuncts, _is_passive
from .records import PloverEvent
from .vocab import (
    APPEAL_MODE_TYPES,
    BLAME_LABELS,
    BLAME_OR_PRAISE,
    COMPLEMENT_MODE,
    COPULAS,
    DESCRIBE_VERBS,
    INQUIRY_NOUNS,
    LIST_PREPS,
    OFFICE_SECTORS,
    PRAISE_WORDS,
    PROPOSAL_CLASSES,
    QUAD,
    QUANTITY_NOUNS,
    QUOTED_REJECTS,
    STANCE_VERBS,
    VERBAL,
    WATCHDOG_SECTORS,
)


def _praise(words: list[Token]) -> bool:
    """Do the words praise, by VADER's valence (summed, a negation flipping it)?"""
    from ..relations.lexicon import load_lexicon as relation_lexicon
    from ..relations.parse import VALENCE_MIN

    lex = relation_lexicon()
    total = sum(lex.token_valence(t.lower_, t.lemma_) for t in words)
    return (-total if any(t.dep_ == "neg" for t in words) else total) >= VALENCE_MIN


def _blames(words: list[Token]) -> bool:
    """Does a quotation hold a word of blame: a label that accuses in itself
    (``blame_labels``) or a word of negative valence in VADER ("wrong", "disguised")?"""
    from ..relations.lexicon import load_lexicon as relation_lexicon
    from ..relations.parse import VALENCE_MIN

    lex = relation_lexicon()
    return any(t.lem in BLAME_LABELS or t.lower_ in BLAME_LABELS
               or lex.token_valence(t.lower_, t.lemma_) <= -VALENCE_MIN for t in words)


def _disparages(words: list[Token]) -> bool:
    """Do the words, taken together, speak ill (VADER's valence summed, a negation flipping
    it, at most -VALENCE_MIN): "a shortsighted decision that punishes consumers"?"""
    from ..relations.lexicon import load_lexicon as relation_lexicon
    from ..relations.parse import VALENCE_MIN

    lex = relation_lexicon()
    total = sum(lex.token_valence(t.lower_, t.lemma_) for t in words)
    return (-total if any(t.dep_ == "neg" for t in words) else total) <= -VALENCE_MIN


def _predicate_words(v: Token, words: list[Token]) -> list[Token]:
    """The quoted words that say what the subject is: the predicate (a copula's complement,
    else the verb itself) and its modifiers ("a unilateral barrier disguised as ..."), not
    the rest of the quotation ("closes a chapter of uncertainty" is no blame)."""
    heads = [c for c in v.children if c.dep_ in ("attr", "acomp")] or [v]
    keep = {h.i for h in heads} | {c.i for h in heads for c in h.children
                                   if c.dep_ in ("amod", "acl", "advmod", "neg", "compound")}
    return [t for t in words if t.i in keep]


#: dependents of a label that say what it calls the object ("a *cruel* punishment")
LABEL_MODIFIERS = ("amod", "compound", "advmod", "neg")


#: the key of a quoted verdict on an act whose author the parse does not name
#: (``_quoted_verdict``): kept only where the target ranker finds the author
VERDICT = "[@verdict]"
#: the words that point back to a particular thing told before ("the order", "it")
DEFINITE = frozenset({"the", "this", "that", "these", "those", "it"})


def drop_unaimed_verdicts(events: list[PloverEvent]) -> list[PloverEvent]:
    """The events less the quoted verdicts (``VERDICT``) the target ranker gave no target:
    a verdict on nobody's act is no accusation."""
    return [e for e in events if e.target is not None or VERDICT not in e.rule]


def _quoted_verdict(obj: Token | None, label: Token, quotes: list[tuple[int, int]]) -> bool:
    """'called the order "a gift to the employers"': a quoted label of a thing whose
    owner the parse does not name, neither praise nor blame by the tables or VADER, is
    a verdict in the speaker's own words on someone's act (its target left to the
    ranker); not a label of nothing ("called a meeting"), nor of a kind of act
    ('calling enrichment on its soil "a red line"'): a particular act told before."""
    if obj is None or not (obj.lower_ in DEFINITE or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
            for c in obj.children)):
        return False  # a particular act told before ("the order", "it"), not a kind
    first = label.left_edge
    prev = obj.doc.toks[first.i - 1] if first.i > 0 else None
    if not any(q[0] == first.idx or (prev is not None and q[0] == prev.idx)
               for q in quotes):  # the quotation opens at the label
        return False
    return not _praise(list(label.subtree))


def _quoted_at(quotes: list[tuple[int, int]], pos: int) -> bool:
    """Does one of the quotations (sorted, apart) hold the character offset ``pos``?"""
    k = bisect_right(quotes, pos, key=itemgetter(0)) - 1
    return k >= 0 and pos < quotes[k][1]


class SpecialPredicates:
    """Predicates with rules of their own: telling, findings, labels, expectations, stances,
    willingness, "no plans", caused and "responsible for" nouns.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _telling(self, v: Token) -> None:
        """"Blinken told Netanyahu that ...": one leader telling another in person or by
        phone is a consultation (CONSULT); telling reporters or a body is only speech."""
        addressee = _child(v, "dobj", "dative")
        subj = _child(v, "nsubj")
        if addressee is None or subj is None:
            return
        if addressee.pos_ == "ADP":
            addressee = _child(addressee, "pobj")
            if addressee is None:
                return
        persons = [a for a in self.actors(addressee)
                   if getattr(self.actor_by_id.get(a), "type", None) == "person"]
        speakers = [a for a in self.actors(subj)
                    if getattr(self.actor_by_id.get(a), "type", None) == "person"]
        if not persons or not speakers or set(persons) & set(speakers):
            return
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return
        if set(persons) & set(ctx.speaker) or (addressee.pos_ == "PRON" and ctx.speaker_tok):
            return  # "X said the minister had told her in May ...": the one told reports it
        f = Frame("CONSULT", None, "tell [@person]", v, obj=addressee)
        args = Args([(a, subj) for a in speakers], [(a, addressee) for a in persons])
        self._make(f, ctx, args, "telling")

    def _finding(self, v: Token) -> bool:
        """"its investigation found that Beijing subsidised ...": what an inquiry finds
        another actor did is an accusation by whoever ran the inquiry."""
        subj = _child(v, "nsubj")
        comp = _child(v, "ccomp")
        if subj is None or comp is None or subj.lem not in INQUIRY_NOUNS:
            return False
        csubj = _child(comp, "nsubj")
        if csubj is None:
            return False
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return False
        owners = self.owner(subj)
        if not owners and ctx.speaker:
            owners = list(ctx.speaker)
        src_tok = _child(subj, "poss") or ctx.speaker_tok or subj
        targets = [(a, csubj) for a in self.actors(csubj) if a not in owners]
        if not owners or not targets:
            return False
        f = Frame("ACCUSE", "investigate", f"{subj.lem} {v.lem}", v, obj=csubj)
        self._make(f, ctx, Args([(a, src_tok) for a in owners], targets), "finding")
        return True

    def _labelling(self, v: Token) -> bool:
        """"X called Y's behaviour 'a deliberate test'": labelling another actor's conduct
        in the main clause is criticism (ACCUSE), unless the label is praise. A thing with no
        actor behind it takes a label of blame (``blame_labels`` or a negative VADER word
        on the label's head or modifiers: 'called the windfall tax "a punishment"'). Where
        the parse reads a quoted label as a second object or a second object predicate
        ('called Whitcombe "a lobbyist"'), the first is the object."""
        label = _child(v, "oprd")
        obj = _child(v, "dobj")
        if obj is None and label is not None:  # 'called Y "the kind of leader we need"':
            second = next((c for c in v.children if c.dep_ == "oprd" and c.i > label.i), None)
            if second is not None:  # the parse took the object for a first label
                obj, label = label, second
        if label is None and obj is not None and v.lem not in DESCRIBE_VERBS:
            label = self._quoted_apposition(obj) or (  # 'called X's plan "a fantasy"'
                self._quoted_label(v, obj))
        if label is None and v.lem in DESCRIBE_VERBS:  # "described X as 'intimidation'"
            as_ = next((c for h in (v, obj) if h is not None for c in h.children
                        if c.dep_ == "prep" and c.lower_ == "as"), None)  # (or on the object)
            label = _child(as_, "pobj", "amod", "acomp") if as_ is not None else None
            # (a quoted adjective the parse hangs on "as": 'described X as "unworthy of ..."')
        relative = None  # the thing a relative clause labels ("a step X called 'a threat'")
        if v.dep_ in ("relcl", "pcomp", "ccomp"):
            relative, label = self._relative_label(v, obj, label)
            if relative is None:
                return False
            obj = None
        if label is None or (relative is None and v.dep_ not in ("ROOT", "conj", "advcl")):
            return False
        if relative is None and self._mixed_label(v, obj, label):  # type: ignore[attr-defined]
            return True  # ('called the plan "late but necessary"': mixedverdicts.py)
        if not _blames([label]) and any(t.lem in PRAISE_WORDS for t in label.subtree):
            self._praising_label(v, obj, label)  # (not a label of blame: "unworthy of a partner")
            return True
        # the label's head and its modifiers blame by the table or by VADER ("a punishment")
        blame = any(t.lem in BLAME_LABELS for t in label.subtree) or _blames(
            [label] + [c for c in label.children if c.dep_ in LABEL_MODIFIERS]) or (
            _disparages(list(label.subtree)))  # ('"a decision that punishes consumers"')
        if relative is not None:
            if not blame:
                return True
            return self._relative_labelling(v, relative, label)
        if obj is None:
            if not blame:
                return v.lem in DESCRIBE_VERBS
            comp = _child(v, "ccomp")  # "X began drills, an exercise Y described as ..."
            obj = _child(comp, "nsubj") if comp is not None and comp.i < v.i else None
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return True
        f = Frame("ACCUSE", "disapprove", f"{v.lem} [@label]", v, obj=obj)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        pairs = [] if obj is None else [
            (a, o) for o in _conjuncts(obj) for a in (self.actors(o) or self.owner(o))
            if a not in src]
        if not pairs and not blame:
            if not _quoted_verdict(obj, label, self._quotes()):
                return True
            f = Frame("ACCUSE", "disapprove", f"{v.lem} {VERDICT}", v, obj=obj)
        args.targets = list(dict(pairs).items()) or [(None, None)]
        self._make(f, ctx, args, "label", extra_end=label.right_edge.i + 1)
        return True

    def _received_support(self, v: Token) -> bool:
        """"Drysdale has the support of 31 MSPs", "Marsh won an endorsement from the SEIU":
        support the subject gets or has (``receiving_verbs``) is given by the actor of the
        "of"/"from" phrase, the source; the subject is the target. Without such a giver it
        is no event (the subject does not support)."""
        obj = _child(v, "dobj")
        entry = self.noun_entry(obj) if obj is not None else None
        if entry is None or entry.type != "SUPPORT":
            return False
        preps = [c for head in (obj, v) for c in head.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "from")]
        preps += [x for c in preps for x in c.children if x.dep_ == "conj"]  # "of X and of Y"
        givers = [g for c in preps for p in c.children if p.dep_ == "pobj"
                  for g in [p, *(x for x in p.children if x.dep_ == "conj")]]
        sources = [(a, g) for g in givers for a in self.actors(g)]
        subj = _child(v, "nsubj")
        receivers = [(a, subj) for a in self.actors(subj)] if subj is not None else []
        if not sources or not receivers:
            return True
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return True
        f = Frame("SUPPORT", None, f"{v.lem} [@support]", v, noun=obj, obj=obj)
        self._make(f, ctx, Args(list(dict(sources).items()), receivers), "received")
        return True

    def _quote_opens_after(self, tok: Token) -> tuple[int, int] | None:
        """The quotation that opens right after the phrase of ``tok``, if any."""
        last = tok.right_edge  # (the opening mark may end the phrase: 'the levy "')
        starts = {last.idx}
        if last.i + 1 < len(tok.doc.toks):
            starts.add(tok.doc.toks[last.i + 1].idx)
        return next((q for q in self._quotes() if q[0] in starts and q[0] > tok.idx), None)

    def _quoted_label(self, v: Token, obj: Token) -> Token | None:
        """A quoted label right after the object that the parse hung on the verb as a clause
        of its own ('called the levy "a hidden tax dreamed up in Brussels"'): the head of the
        quoted words, a dependent of the verb."""
        quote = self._quote_opens_after(obj)
        if quote is None:
            return None
        return next((c for c in v.children if c.i > obj.i and quote[0] <= c.idx < quote[1]
                     and c.dep_ in ("ccomp", "xcomp", "oprd", "attr", "dep", "dobj")), None)

    def _quoted_apposition(self, obj: Token) -> Token | None:
        """A label the parse hangs on the object as an apposition when quoted ('called
        Marsh's proposal "a fantasy"'): an appositive that a quotation opens."""
        appos = _child(obj, "appos") or next(  # ('called the ramming "dangerous"': a
            (c for c in obj.children if c.dep_ == "amod" and c.i > obj.i), None)  # quoted
        if appos is None:  # adjective the parse hangs after the object is a label too)
            return None
        opening = appos.left_edge.idx
        prev = obj.doc.toks[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
        quoted = any(q[0] == opening or (prev is not None and q[0] == prev.idx)
                     for q in self._quotes())
        return appos if quoted else None

    def _praising_label(self, v: Token, obj: Token | None, label: Token) -> None:
        """"X called the ruling 'a victory for every patient'": praise of another actor's
        act or thing supports whoever it belongs to; praise of nobody's is no event."""
        if obj is None or not _praise_head(label) or any(
            c.dep_ in ("advmod", "neg") for c in label.children
        ):  # the label itself must be praise: "a step backwards" is not
            return
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return
        f = Frame("SUPPORT", None, f"{v.lem} [@label]", v, obj=obj)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        pairs = [(a, o) for o in _conjuncts(obj) for a in (self.actors(o) or self.owner(o))
                 if a not in src]
        if pairs:
            args.targets = list(dict(pairs).items())
            self._make(f, ctx, args, "label", extra_end=label.right_edge.i + 1)

    def _quoted_characterisation(self, v: Token) -> None:
        """'X said Beijing's duties were "a political reprisal"', 'X said Democrats had
        "spent years writing blank checks"': in reported speech, words quoted from the
        speaker that characterise another actor (the clause's subject, or the owner of what
        it names) are criticism (ACCUSE), as a label is, unless they praise; said of a
        proposal ('Y's offer "falls well short"') they reject it (REJECT). Not what Y
        would or must do (a forecast or a demand), nor the speaker's own state, nor a target
        the speaker backs in the same sentence."""
        subj = _child(v, "nsubj")
        if subj is None and v.dep_ == "conj" and _child(v, "aux") is not None and (
            _child(v, "nsubjpass") is None
        ):  # 'said Y had produced no evidence and was "smearing Z"': the first verb's subject
            subj = _child(v.head, "nsubj")
        act = _child(v, "csubj") if subj is None else None
        if act is not None and act.tag_ == "VBG":
            subj = act  # "easing pressure on Minsk would 'reward repression'"
        patient = _child(v, "nsubjpass") if subj is None and _child(v, "auxpass") else None
        if patient is not None and self._quoted_thing(patient):
            subj = patient  # 'the charges were "fabricated"'
        if subj is None or (v.tag_ in ("VBG", "VBN") and _child(v, "aux") is None and (
                subj is not patient)) or (quote := self._quote_after(v, subj)) is None:
            return  # (a participle without its own clause: "accused X of using gas '...'")
        own = self.frame(v)
        if own is not None and own.type != "NONE":
            return  # an act the table codes ("accused Y of using gas 'as a weapon'")
        rejected = bool(self.classes(subj) & QUOTED_REJECTS)
        ids = [] if subj is act or subj is patient else (
            self.actors(subj) or self._possessor_actors(subj))
        thing = not ids and (subj is act or self._quoted_thing(subj)) and (
            v.lem in COPULAS or subj is patient)  # (what a thing is, not what it does)
        if not ids and not thing:
            return
        ctx = self.context(v)
        if not (ctx.reported and ctx.speaker) or ctx.blocked or ctx.negated or (
            ctx.conditional or ctx.obligation
        ) or (not thing and (ctx.hypothetical or ctx.future)):
            return
        words = [t for t in v.sent if quote[0] <= t.idx < quote[1]]
        if self._mixed_characterisation(v, subj, words, ctx):  # type: ignore[attr-defined]
            return  # ('the plan was "painful but lawful"': mixedverdicts.py)
        if any(t.lem in PRAISE_WORDS for t in words) or _praise(
            words if v.lem in COPULAS else _predicate_words(v, words)
        ):  # what the actor did is judged by the act itself, not by the words of its
            return  # object ('was "handing the most advanced jet to a regime that ..."')
        if thing and not _blames(_predicate_words(v, words)):
            return  # ('the talks were "constructive"'; 'the ceasefire was "holding"')
        if thing:
            # an act or measure of another party ('the charges were "fabricated"'), or one
            # proposed ('lifting the tariffs would "flood the market"': a rejection)
            rejected = rejected or subj is act or ctx.future or ctx.hypothetical
            owners = [] if subj is act or "accusation" in self.classes(subj) else (
                self.owner(subj))  # ('the charges were "fabricated"': whose, the story says)
            if any(self._own_camp(a, ctx.speaker) for a in owners):
                return  # the speaker's own side's act
            ids = [a for a in owners if not self._backed_here(ctx.speaker, a)] or [None]
        targets = [(a, subj if a else None) for a in ids if a is None or (
            not self._own_camp(a, ctx.speaker) and not self._backed_here(ctx.speaker, a))]
        if not targets:
            return
        f = Frame("REJECT" if rejected else "ACCUSE", None if rejected else "disapprove",
                  "[@quoted]", v, obj=subj)
        self._make(f, ctx, Args([(a, ctx.speaker_tok) for a in ctx.speaker], targets),
                   "quoted")

    def _reported_wrongdoing(self, v: Token) -> None:
        """'Amnesty said migrants intercepted in Mauritania had been abandoned', 'RSF said 25
        journalists were in jail in Azerbaijan': a watchdog (``watchdog_sectors``: human-rights,
        press-freedom, aid groups) reporting in plain speech what happens in or by a state
        accuses that state (ACCUSE, mode allege): the first state the clause names that is
        not its own side. Not where the clause codes an act of its own, nor a forecast, a
        condition, a demand or a denial."""
        head = v.head
        if v.dep_ != "ccomp" or not v.is_verb or head.i == v.i or not head.is_verb or (
            "speech" not in self.lex.kinds(head.lem)
        ):
            return
        own = self.frame(v)
        if own is not None and own.type != "NONE":
            return
        ctx = self.context(v)
        if not (ctx.reported and ctx.speaker) or ctx.blocked or ctx.negated or (
            ctx.conditional or ctx.obligation or ctx.future or ctx.hypothetical
        ):
            return
        if not all((getattr(self.actor_by_id.get(a), "sector", None) or "").lower()
                   in WATCHDOG_SECTORS for a in ctx.speaker):
            return
        if any(e.source in ctx.speaker and e.sentence == self.sent_index
               and e.type in BLAME_OR_PRAISE for e in self.events):
            return  # the speaker's blame or praise is told already ("accused the EU of X and
            # said ...", "welcomed the ruling and said ...")
        conjoined = {t.i for c in v.children if c.dep_ == "conj" for t in c.subtree}
        words = [t for t in v.subtree if t.i not in conjoined]
        if any(t.lem in PRAISE_WORDS for t in words) or _praise(words):
            return  # ("said Norway had done the right thing")
        for t in v.subtree:  # (the clause's own words, not a clause coordinated with it)
            a = self.mmap.get(t.i) if t.i not in conjoined else None
            actor = self.actor_by_id.get(a) if a is not None else None
            if actor is not None and actor.type == "country" and not self._own_side(
                a, ctx.speaker
            ):
                f = Frame("ACCUSE", "allege", "[@reported]", v)
                self._make(f, ctx, Args([(s, ctx.speaker_tok) for s in ctx.speaker], [(a, t)]),
                           "reported")
                return

    def _quoted_thing(self, noun: Token) -> bool:
        """Is a noun an act, measure, proposal or document that a party stands behind, whose
        quoted characterisation by a speaker is criticism ("the levy", "the charges", "the
        resolution"), not a generic thing ("the situation")?"""
        return noun.pos_ == "NOUN" and (
            self._is_event_noun(noun) or bool(self.classes(noun) & (PROPOSAL_CLASSES | {
                "document"})))

    def _possessor_actors(self, noun: Token) -> list[str]:
        """The actors a noun's possessor or "of"/"by" phrase names ("Beijing's duties",
        "assurances offered by X's office")."""
        if not any(c.dep_ == "poss" or (c.dep_ in ("prep", "acl") and c.i > noun.i)
                   for c in noun.children):
            return []
        return self.owner(noun)

    def _backed_here(self, speakers: list[str], target: str) -> bool:
        """Has a speaker backed or praised the target earlier in this sentence ("endorsed by
        X, who said Y had 'the record to win'")?"""
        return any(e.sentence == self.sent_index and e.source in speakers
                   and e.target == target and QUAD[e.type].endswith("COOPERATION")
                   for e in self.events)

    def _own_side(self, actor_id: str, speakers: list[str]) -> bool:
        """Is the actor one of the speakers, the state a speaker belongs to, or (for a
        speaker who holds office) a body of that state ("the police had acted
        'proportionately'", said by its minister)?"""
        actor = self.actor_by_id.get(actor_id)
        for s in speakers:
            person = self.actor_by_id.get(s)
            if s == actor_id:
                return True
            if actor is None or person is None or person.country != actor.country:
                continue
            if actor.type == "country" or (
                (person.sector or "").lower() in OFFICE_SECTORS
                and (actor.sector or "").lower() in OFFICE_SECTORS
            ):
                return True
        return False

    def _quote_after(self, v: Token, subj: Token) -> tuple[int, int] | None:
        """A quotation after the subject of ``v`` (which no quotation holds) that says what
        the subject is or does: it holds the verb itself ('Y was "pouring fuel on the
        fire"'), or a copula's complement ('Y's duties were "a reprisal"'); not an object
        alone ('Y's actions necessitated "a response"')."""
        quotes = self._quotes()
        if not quotes:
            return None
        if v.lem in COPULAS:  # (or a quotation opening right after it, however parsed)
            own = {t.idx for c in v.children if c.dep_ in ("attr", "acomp")
                   for t in c.subtree}
            if v.i + 1 < len(v.doc.toks):
                own.add(v.doc.toks[v.i + 1].idx)
        else:
            own = {v.idx}
        if not any(_quoted_at(quotes, i) for i in own):
            return None  # (no quotation holds the verb or its complement)
        first, last = subj.left_edge.idx, subj.right_edge.idx
        for q in quotes:
            if q[0] <= first < q[1] or q[0] <= last < q[1]:
                return None
            if last < q[0] and any(q[0] <= i < q[1] for i in own):
                return q
        return None

    def _expectation(self, v: Token) -> bool:
        """"X expected Y to allow more aid": X's request to the actor Y."""
        comp = _child(v, "ccomp", "xcomp")
        if comp is None or not comp.is_verb or _child(comp, "aux") is None or (
            _child(comp, "aux").lower_ != "to"  # type: ignore[union-attr]
        ):
            return False
        csubj = _child(comp, "nsubj") or _child(v, "dobj")
        if csubj is None or not self.actors(csubj):
            return self._expectation_unnamed(v, comp, csubj)
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return True
        f = Frame("REQUEST", None, v.lem, v)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        args.targets = [(a, t) for a, t in self._resolve(csubj) if a and a not in src]
        if not args.targets:
            return True
        ctype, _, _ = self._complement_info(comp, src)
        mode = (COMPLEMENT_MODE.get(ctype or "", "appeal") if ctype in APPEAL_MODE_TYPES
                else "appeal")
        self._make(Frame("REQUEST", mode, v.lem, v), ctx, args, "expectation")
        return True

    def _expectation_unnamed(self, v: Token, comp: Token, csubj: Token | None) -> bool:
        """"The Nordic Council said it expected every member government to cooperate",
        "Oslo expected to be briefed ahead of any vote": an actor's expectation of
        parties no actor names (a role noun or group that can act) or to be treated some way
        itself (a passive complement with no subject of its own) is its request, on no party
        named. Not a forecast: "expected prices to rise", "expected to sign next week", "was
        expected to pass"."""
        subj = _child(v, "nsubj") or (self._inherited_subject(v) if v.dep_ == "conj" else None)
        if subj is None or not self.actors(subj) or _is_passive(v):
            return False
        if csubj is None:
            if not _is_passive(comp):
                return False
        elif not self._agentive(csubj) or csubj.pos_ in ("PRON", "PROPN"):
            return False
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return True
        f = Frame("REQUEST", "appeal", v.lem, v)
        args = self.arguments(v, f)
        if not any(a for a, _ in args.sources):
            return True
        self._make(f, ctx, Args(args.sources, [(None, csubj)]), "expectation")
        return True

    def _stance(self, v: Token) -> None:
        """"took a firm stance against X" is REJECT; "a stance in favour of" SUPPORT."""
        if v.lem not in STANCE_VERBS:
            return
        obj = _child(v, "dobj")
        if obj is None or "stance" not in self.classes(obj):
            return
        against = next((c for c in list(obj.children) + list(v.children)
                        if c.dep_ == "prep" and c.lower_ == "against"), None)
        if against is None:
            return
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical:
            return
        f = Frame("REJECT", None, "take [@stance] against", v, obj=obj)
        self._emit(v, f, ctx, "stance-against", extra_end=against.right_edge.i + 1)

    def _willingness(self, v: Token) -> bool:
        """"X is ready/willing/open to ..." -> AGREE by X (unless conditional)."""
        adj = v
        if v.pos_ != "ADJ":
            return False
        if "commit" not in self.lex.kinds(adj.lem) and "commit" not in self.lex.kinds(
            adj.lower_
        ):
            return False
        if adj.dep_ not in ("acomp", "oprd", "xcomp", "ROOT", "amod") or (
            adj.dep_ == "amod"
        ):
            return False
        comp = _child(adj, "xcomp")
        to = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")),
                  None)
        if comp is None and to is None:
            return False
        cop = adj.head if adj.dep_ != "ROOT" else adj
        ctx = self.context(cop)
        own = Context()
        self._own_flags(adj, own)
        if ctx.blocked or ctx.hypothetical or self._in_condition(cop) or self._in_condition(adj):
            return True
        # "ready to provide engineers if the parties requested them", "prepared to negotiate
        # if the penalty were dropped": an offer with a plain "if" is still an offer (the gold
        # READMEs); "open to it, but only if ...", "as long as ...": a position on terms
        if any(self._strict_condition(t) for t in adj.sent if t.i > adj.i):
            return True
        if ctx.negated:
            return True
        if ctx.obligation:  # "X said the EU must be ready to mediate": X's demand on the EU
            if ctx.reported and ctx.speaker:  # (unreported, an obligation is no act)
                self._demand_on_subject(cop, ctx)
            return True
        ctx.conditional = False  # (its terms, see above)
        f = Frame("AGREE", None, f"{adj.lem} {to.lower_ if to is not None else 'to'}", cop)
        self._controller_event(cop, f, ctx, comp if comp is not None else to, "willingness",
                               trigger=adj)
        return True

    def _no_plans(self, v: Token) -> bool:
        """"has no plans to send troops" -> REJECT by the subject; "had no right to" -> REJECT
        by the speaker."""
        obj = _child(v, "dobj")
        if obj is None:
            return False
        neg = any(c.dep_ == "det" and c.lower_ in ("no",) for c in obj.children) or any(
            c.dep_ == "neg" for c in v.children)
        if not neg:
            return False
        kinds = self.lex.kinds(obj.lem)
        if "noplan" not in kinds and "noright" not in kinds:
            return False
        ctx = self.context(v)
        if ctx.blocked in ("nonfactual", "conditional-clause"):
            return True
        ctx.negated = False  # the "no" is the refusal itself
        comp = _child(obj, "acl") or _child(obj, "xcomp")
        if "noright" in kinds:
            if not (ctx.reported and ctx.speaker):
                return True
            f = Frame("REJECT", None, f"have no [{obj.lem}]", v, obj=obj)
            self._controller_event(v, f, ctx, comp, "no-right", speaker_source=True)
            return True
        f = Frame("REJECT", None, f"have no [{obj.lem}]", v, obj=obj)
        self._controller_event(v, f, ctx, comp, "no-plans")
        return True

    def _noun_trigger(self, n: Token) -> None:
        """Event nouns outside light verbs: "prompting a series of rebuttals within X"."""
        head = n.head
        base = n
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in (
            QUANTITY_NOUNS
        ):
            base = n.head.head
            head = base.head
        if base.dep_ == "pobj" and head.lower_ == "for" and head.head.lem == "responsible":
            self._responsible(n, head.head)
            return
        if base.dep_ != "dobj" or "cause" not in self.lex.kinds(head.lem):
            self._nominal(n)
            return
        ne = self.noun_entry(n)
        if ne is None or ne.type is None:
            return
        ctx = self.context(head)
        if ctx.blocked or ctx.negated or ctx.hypothetical:
            return
        sources: list[tuple[str | None, Token | None]] = []
        for c in list(base.children) + (list(n.children) if base.i != n.i else []):
            if c.dep_ == "prep" and c.lower_ in LIST_PREPS:
                pobj = _child(c, "pobj")
                if pobj is not None:
                    sources = [(a, t) for t in _conjuncts(pobj) for a in self.actors(t)]
                    if sources:
                        break
        for c in [] if sources else n.children:
            if c.dep_ == "prep" and c.lower_ in ("within", "from", "by", "among", "in"):
                pobj = _child(c, "pobj")
                if pobj is not None:
                    sources = [(a, pobj) for a in self.actors(pobj)]
                    if sources:
                        break
        if not sources:
            return
        subj = _child(head, "nsubj") or self._inherited_subject(head)
        targets: list[tuple[str | None, Token | None]] = []
        if subj is not None:
            targets = [(a, subj) for a in (self.actors(subj) or self.owner(subj))]
        f = Frame(ne.type, ne.mode, f"{head.lem} [{n.lem}]", head, noun=n, obj=n)
        self._make(f, ctx, Args(sources, targets or [(None, None)]), "caused-noun",
                   trigger=n)

    def _nominal(self, n: Token) -> None:
        """"the expulsion of two diplomats by Poland": an event noun whose agent is named in
        a by-phrase and that is the subject of a factual clause is that agent's act (the
        patient of "of" its target)."""
        if n.dep_ not in ("nsubj", "nsubjpass") or not n.head.is_verb:
            return  # (the subject of a clause; "fears an invasion by X" is no fact)
        of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        patient = _child(of, "pobj") if of is not None else None
        by = next((c for c in [*n.children, *(patient.children if patient else ())]
                   if c.dep_ == "prep" and c.lower_ == "by"), None)  # (the parse may hang
        agent = _child(by, "pobj") if by is not None else None  # "by X" on the patient)
        ne = self.noun_entry(n) if agent is not None else None
        if agent is None or ne is None or ne.type is None:
            return
        sources = [(a, t) for t in _conjuncts(agent) for a in self.actors(t)]
        gov = n.head
        ctx = self.context(gov)
        if not sources or ctx.blocked or ctx.negated or ctx.hypothetical or ctx.future or (
            ctx.conditional
        ):
            return
        targets = (self._resolve(patient) if patient is not None else []) or (
            self._noun_targets(n, phrases=True))
        f = Frame(ne.type, ne.mode, f"[{n.lem}] by", gov, noun=n, obj=n)
        self._make(f, ctx, Args(sources, targets or [(None, None)]), "nominal", trigger=n)

    def _responsible(self, n: Token, adj: Token) -> None:
        """"X is responsible for the killings": X did it."""
        ne = self.noun_entry(n)
        if ne is None or ne.type is None or ne.type in VERBAL:
            return
        cop = adj.head if adj.dep_ in ("acomp", "amod") else adj
        subj = _child(cop, "nsubj")
        if subj is None:
            return
        ctx = self.context(cop)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.future:
            return
        f = Frame(ne.type, ne.mode, f"responsible for [{n.lem}]", cop, noun=n, obj=n)
        args = Args(self._resolve(subj), self._noun_targets(n, phrases=True) or [(None, None)])
        self._make(f, ctx, args, "responsible", trigger=n)


def _praise_head(label: Token) -> bool:
    """Is the label's head praise, or the modifier that makes its head praise ("a smart
    investment", "a turning point")?"""
    return label.lem in PRAISE_WORDS or any(
        c.dep_ in ("amod", "compound") and c.lem in PRAISE_WORDS for c in label.children)
