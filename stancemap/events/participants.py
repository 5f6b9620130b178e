"""Event coder: source and target of an event: subjects, objects, prepositions by event type."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.parts import counted_part
from ..actors.sources import both_parties
from ..actors.tokens import naming_subject
from .courts import _object_lemma
from .frames import Args, Frame
from .parse import _child, _conjuncts, _is_passive, _skip_quantity
from .speakerbody import speaker_body_source
from .summons import AttendedSummons
from .vocab import (
    AUTHORITY,
    COURT_PASSIVES,
    GIVEN,
    HELP_VERBS,
    HOSTING_VERBS,
    JUDGEMENTS,
    MATERIAL_CONFLICT,
    OF_PATIENT_TYPES,
    ORIGIN_VERBS,
    OWN_OBJECTS,
    PROTESTING,
    QUANTITY_NOUNS,
    RECIPIENT_FIRST,
    RELATIVE,
    RELEASE_VERBS,
    SENDING,
    TARGET_PREPS,
    THING_NOUNS,
    THING_TARGETS,
    TROOP_MOVING,
    VICTIM_NOUNS,
    VOTES_ON_PROPOSALS,
)


def _governing_prep(tok: Token) -> str | None:
    """The preposition a phrase is the object of, past a quantity it counts ("against
    hundreds of banks": "against")."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in (
        "NOUN", "NUM"
    ) and (tok.head.head.lemma_.lower() in QUANTITY_NOUNS or tok.head.head.like_num):
        tok = tok.head.head
    return tok.head.lower_ if tok.dep_ == "pobj" else None


def _tense_break(v: Token) -> bool:
    """"said the court had done the right thing and urged X": a plain past verb coordinated
    with a perfect or modal one inside a clause reported after its verb goes with the
    reporting verb."""
    head = v.head
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "ccomp" or top.head.i > top.i:  # the reporting verb comes first
        return False
    return v.tag_ == "VBD" and not any(c.dep_ == "aux" for c in v.children) and any(
        c.dep_ == "aux" and (c.lem == "have" or c.tag_ == "MD") for c in head.children)


def _aspect_break(v: Token) -> bool:
    """"said Washington welcomes the ruling and called on X", "said the government was selling
    arms and demanded a debate": a plain past verb coordinated with a present or progressive
    one inside a clause reported after a past reporting verb goes with the reporting verb (the
    report did not shift its tense; the act did)."""
    head = v.head
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "ccomp" or top.head.i > top.i or top.head.tag_ != "VBD":
        return False
    if v.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    return head.tag_ in ("VBZ", "VBP") or (head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lem == "be" for c in head.children))


def _after_a_state(v: Token) -> bool:
    """"He said Bangura was 'safe and well treated' and accused ECOWAS": an act coordinated
    with a reported clause that only describes a state ("be" with a complement) goes with
    the reporting verb."""
    head = v.head
    return head.lem == "be" and head.dep_ == "ccomp" and head.head.i < head.i and any(
        c.dep_ in ("acomp", "attr") for c in head.children) and not any(
        c.dep_ in ("aux", "auxpass", "nsubj") for c in v.children)


#: entity types of a phrase that counts or dates, never a party
NUMERIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


class Participants:
    """Source and target of an event: subjects, objects, prepositions by event type.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def arguments(self, v: Token, f: Frame) -> Args:
        passive = _is_passive(v)
        subj: Token | None
        if passive:  # (an agentless summons: its "to" phrase may name the summoner)
            agent = _child(v, "agent")
            subj = _child(agent, "pobj") if agent is not None else AttendedSummons.summoned_to(v)
        else:
            subj = self._subject(v)
            if subj is None:
                subj = self._inherited_subject(v)
                if subj is not None and v.dep_ == "conj" and (
                    not self._agentive(subj) or _tense_break(v) or _aspect_break(v)
                    or _after_a_state(v)
                    or not self.actors(subj)
                ):
                    subj = self._speaker_of_conjunct(v) or subj
                if subj is None and v.dep_ == "conj" and _child(v, "agent") is None:
                    # "X said the arms had been used in Yemen and asked Y to ...": the
                    # reported clause has no agent to share, so the act is the reporter's
                    subj = self._speaker_of_conjunct(v)
        if subj is None and f.noun is not None:
            subj = self._noun_source(f.noun)
        sources = [] if subj is not None and counted_part(subj, self.mmap, self.actor_by_id) \
            else self._text_speaker(f, subj, self._resolve(subj))  # (aims.py)
        targets = self._targets(v, f, passive, {a for a, _ in sources if a})
        obj = _child(v, "dobj") if v.dep_ == "conj" and not passive else None
        if obj is not None and _child(v, "nsubj") is None and (
            {a for a, _ in sources if a} & set(self.actors(obj))
        ):  # "X said the EU was biased and accused Brussels": X accuses
            spk = self._speaker_of_conjunct(v)
            if spk is not None:
                sources = self._resolve(spk)
                targets = self._targets(v, f, passive, {a for a, _ in sources if a})
        # "X hosted / received Y": Y is the visitor
        if f.type == "CONSULT" and v.lem in HOSTING_VERBS and f.noun is None:
            if targets and any(t is not None for _, t in targets):
                sources, targets = targets, sources
        if f.noun is not None and subj is None and not any(a for a, _ in sources):
            sources = self._resolve(self._noun_source(f.noun))
        if f.type in GIVEN and not passive and f.noun is None:
            sources = self._owner_state_gives(v, sources) or sources
        if passive and subj is None and f.noun is None and f.type in AUTHORITY and not (
            v.lem in COURT_PASSIVES or _object_lemma(v) in COURT_PASSIVES
        ):  # ("she was sentenced": a court's act, not the police's; courts.py)
            sources = self._authority(v)
        sources = self._reporter_agent(v, f, sources)  # (aims.py)
        if not passive and (f.noun is None or f.noun.head.i == v.i):  # "she said the union
            # would call a strike": hers
            sources = speaker_body_source(subj, sources, lambda: self.context(v),
                                          self.actor_by_id)
        if f.patient is not None and not any(a for a, _ in targets):  # "ordered X to leave"
            targets = [(a, t) for a, t in self._resolve(f.patient) if a not in {
                s for s, _ in sources}] or targets
        return Args(sources or [(None, None)], targets or [(None, None)])

    def _subject(self, v: Token) -> Token | None:
        """The subject of ``v``; of two the parse gives it, the one that names an actor."""
        return naming_subject([c for c in v.children if c.dep_ == "nsubj"], self.mmap)

    def _noun_source(self, noun: Token) -> Token | None:
        for c in noun.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ == "by":
                return _child(c, "pobj")
        return None

    def _resolve(self, head: Token | None) -> list[tuple[str | None, Token | None]]:
        if head is None:
            return []
        out: list[tuple[str | None, Token | None]] = []
        for t in _conjuncts(head):
            t = _skip_quantity(t) if t.i not in self.mmap else t
            ids = self.actors(t)
            if not ids and t.pos_ in ("NOUN", "PROPN"):
                ids = self._thing_actor(t)
            if ids:
                out.extend((a, t) for a in ids)
            else:
                out.append((None, t))
        # one entry per actor
        seen: set[str] = set()
        uniq = []
        for a, t in out:
            if a is not None:
                if a in seen:
                    continue
                seen.add(a)
            uniq.append((a, t))
        return uniq

    def _thing_actor(self, t: Token) -> list[str]:
        """"A car bombing by the Islamic State group", "missiles fired by the Israeli
        military": the agent inside a non-actor subject."""
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                pobj = _child(c, "pobj")
                if pobj is not None:
                    return self.actors(pobj)
            if c.dep_ == "acl":
                agent = _child(c, "agent")
                pobj = _child(agent, "pobj") if agent is not None else None
                if pobj is not None:
                    return self.actors(pobj)
        return []

    def _targets(self, v: Token, f: Frame, passive: bool,
                 exclude: set[str] | None = None) -> list[tuple[str | None, Token | None]]:
        """Who the event is aimed at: object or prepositional object by event type, the owner
        of a thing ("backed Macron's idea"), the party named inside a place or relation ("ties
        with Colombia"). Without an actor, the phrase alone when it can be a target."""
        exclude = exclude or set()
        dobj = self._direct_object(v, passive)
        noun_phrases: list[tuple[str | None, Token | None]] = []
        for n in [x for x in (f.noun, f.obj) if x is not None][:1] or (
            [dobj] if dobj is not None and self._is_event_noun(dobj) else []
        ):
            nt = [(a, tok) for a, tok in self._noun_targets(n, phrases=True, etype=f.type)
                  if a not in exclude]
            if any(a for a, _ in nt):
                return nt
            noun_phrases = nt
        released = self._released(f, dobj, exclude)
        if released:
            return released
        if self._denial(f):  # "rejected the accusation": whoever made it
            return [(a, f.obj) for a in self.owner(f.obj) if a not in exclude] or noun_phrases
        cands = self._target_candidates(v, f, dobj, exclude)
        for c in self._with_object_recipients(cands, f, dobj):
            found = self._candidate_actors(c, f.type, dobj, exclude)
            if found:
                return found
        found = (self._helped(v, exclude) if f.type == "AID" else []) or (
            self._main_clause_target(v, exclude)
            if not cands and f.type in JUDGEMENTS else []) or (
            self._purpose_targets(v, exclude) if f.type == "MOBILIZE" else []) or (
            self._protested(v, exclude) if f.type == "PROTEST" else [])
        if found:
            return found
        direct = self._target_phrases(cands, f.type, dobj, exclude)
        if noun_phrases and direct and dobj is not None and direct[0][1] is not None and (
            direct[0][1].i == dobj.i and self._agentive_target(dobj, f.type)
        ):  # "held civilians as human shields in Mosul": whom it is done to, not where
            return direct
        return noun_phrases or direct or self._sent_to(v, exclude)

    def _sent_to(self, v: Token, exclude: set[str]) -> list[tuple[str | None, Token | None]]:
        """The purpose of a sending names no party: where the sent were sent ("dispatched a
        team to Detroit to investigate a collision": Detroit)."""
        head = v.head
        if v.dep_ not in ("advcl", "xcomp") or head.lem not in SENDING or head.i == v.i:
            return []
        for c in head.children:
            pobj = _child(c, "pobj") if c.dep_ in ("prep", "dative") and c.lower_ in (
                "to", "into") else None
            if pobj is not None and (self.actors(pobj) or pobj.ent_type_ in ("GPE", "LOC")):
                res = [(a, t) for a, t in self._resolve(pobj) if a is None or a not in exclude]
                return res or [(None, pobj)]
        return []

    def _released(self, f: Frame, dobj: Token | None, exclude: set[str]
                  ) -> list[tuple[str | None, Token | None]]:
        """Whom a release frees is its target, an actor or not, before any recipient ("freed a
        former presidential candidate", "will release two hostages to the Red Cross")."""
        if f.type != "RETREAT" or f.key not in RELEASE_VERBS or dobj is None or (
            dobj.pos_ not in ("NOUN", "PROPN") or dobj.ent_type_ in NUMERIC_ENTS
        ):
            return []
        res = self._resolve(dobj)
        if any(a for a, _ in res):
            return [(a, t) for a, t in res if a is None or a not in exclude]
        return [(None, x) for x in _conjuncts(dobj)]

    def _direct_object(self, v: Token, passive: bool) -> Token | None:
        """The object of ``v``: the passive subject, the noun a participle or an object
        relative clause hangs on ("a demand that Moscow lambasted"); none for a comment set off
        by a comma ("would vote against X, a position shared by Y")."""
        if passive:
            dobj = _child(v, "nsubjpass")
            if dobj is None and v.dep_ == "acl":
                dobj = v.head
        else:
            dobj = _child(v, "dobj")
            if dobj is None and v.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in v.children
            ):
                dobj = v.head
        if dobj is not None and not passive and dobj.left_edge.i > 0 and (
            dobj.doc[dobj.left_edge.i - 1].text == ","
        ) and any(c.dep_ == "prep" and v.i < c.i < dobj.i for c in v.children):
            dobj = None  # "would vote against X, a position shared by Y": a comment on X
        return _skip_quantity(dobj) if dobj is not None else None

    def _target_candidates(self, v: Token, f: Frame, dobj: Token | None,
                           exclude: set[str] | None = None) -> list[Token]:
        """Phrases that may name the target, in order: the dative, the object (after the
        prepositions for types whose object is what is sent or done), the objects of the
        prepositions of the type (``TARGET_PREPS``). An object that is the source's own
        ("opened its borders to refugees") is not whom the act is done to."""
        t, noun = f.type, f.noun
        dative = _child(v, "dative")
        if dative is not None and dative.pos_ == "ADP":
            dative = _child(dative, "pobj")
        preps: dict[str, Token] = {}
        for c in v.children:
            if c.dep_ == "prep":
                pobj = _child(c, "pobj")
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and not (
                    pobj.lemma_.lower() == "time" and any(
                        x.ent_type_ == "ORDINAL" or x.lower_ in ("last", "next")
                        for x in pobj.children)
                ):  # "for the first time": a time, no party
                    preps.setdefault(c.lower_, _skip_quantity(pobj))
        cands: list[Token] = []
        if dative is not None:
            cands.append(dative)
        helped = self._helped_subject(v) if dobj is None else None
        if helped is not None:  # "would help Tokyo strengthen its defences": Tokyo
            cands.append(helped)
        whom = dobj is not None and (noun is None or dobj.i != noun.i) and (
            self._agentive_target(dobj, t)) and not self._own_thing(dobj, exclude)
        if dobj is not None and (t not in RECIPIENT_FIRST or whom) and (
            noun is None or dobj.i != noun.i
        ):
            cands.append(dobj)
        cands.extend(preps[p] for p in TARGET_PREPS.get(t, ()) if p in preps
                     and not (p == "with" and self._means(preps[p]))
                     and not (whom and t in MATERIAL_CONFLICT and p in ("in", "at")))
        if dobj is not None and dobj.i not in {c.i for c in cands} and (
            noun is None or dobj.i != noun.i
        ) and t != "MOBILIZE":
            cands.append(dobj)
        return cands

    def _helped_subject(self, v: Token) -> Token | None:
        """Whom a verb of helping helps when the parse makes it the subject of the clause
        after it ("help Tokyo strengthen its defences")."""
        if v.lem not in HELP_VERBS:
            return None
        inner = _child(v, "ccomp") or _child(v, "xcomp")
        helped = _child(inner, "nsubj") if inner is not None else None
        return helped if helped is not None and helped.i in self.mmap else None

    def _with_object_recipients(self, cands: list[Token], f: Frame, dobj: Token | None
                                ) -> list[Token]:
        """``cands`` with, before the object of a type whose object is what is given, the
        recipient the parse hangs on that object instead of on the verb: "provide a loan
        guarantee to Ukraine", "ammunition alongside humanitarian assistance to Turkey". Only
        an actor found there counts ("access to rebel-held areas" names no recipient)."""
        if dobj is None or f.type not in RECIPIENT_FIRST or (
            f.noun is not None and dobj.i == f.noun.i
        ) or self._agentive_target(dobj, f.type):
            return cands
        inner = [x for x in self._object_recipients(dobj) if x.i not in {c.i for c in cands}]
        if not inner:
            return cands
        at = next((n for n, c in enumerate(cands) if c.i == dobj.i), len(cands))
        return cands[:at] + inner + cands[at:]

    def _object_recipients(self, dobj: Token) -> list[Token]:
        """Objects of "to" inside ``dobj``'s phrase (through one more prepositional phrase)."""
        out: list[Token] = []
        level = [dobj]
        for _ in range(2):
            nxt: list[Token] = []
            for tok in level:
                for c in tok.children:
                    pobj = _child(c, "pobj") if c.dep_ == "prep" else None
                    if pobj is None or pobj.ent_type_ in NUMERIC_ENTS:
                        continue
                    if c.lower_ == "to":
                        out.append(_skip_quantity(pobj))
                    else:
                        nxt.append(pobj)
            level = nxt
        return out

    def _means(self, tok: Token) -> bool:
        """Does a "with" phrase name the means, not a party: an act of force itself
        ("pounded the hideouts with heavy artillery and airstrikes", "with a missile")?"""
        for c in _conjuncts(tok):
            ne = self.noun_entry(c) if self._is_event_noun(c) else None
            if ne is not None and ne.type in MATERIAL_CONFLICT:
                return True
        return False

    def _candidate_actors(self, c: Token, t: str, dobj: Token | None,
                          exclude: set[str]) -> list[tuple[str | None, Token | None]]:
        """The actors a candidate names, owns ("backed Macron's idea", "voted for the text":
        its drafter) or holds inside ("its eastern border with Guyana")."""
        c = self._through_relation(c)
        res = self._resolve(c)
        if t == "CONSULT" and not any(a for a, _ in res) and len(self.dispute) == 2 and (
            both_parties(c)
        ):  # "spoke to both governments": each party of the dispute the article is about
            return [(a, c) for a in self.dispute if a not in exclude]
        if any(a and a not in exclude for a, _ in res):
            # keep unknown parties of a list too ("Serbia and Kosovo")
            return [(a, tok) for a, tok in res if (a and a not in exclude) or (
                a is None and tok is not None and self._target_phrase(tok, t))]
        if (dobj is not None and c.i == dobj.i and t not in OWN_OBJECTS) or (
            c.dep_ == "pobj" and c.head.lower_ in ("for", "against")
            and t in VOTES_ON_PROPOSALS and "proposal" in self.classes(c)
        ):  # "backed Macron's idea", "voted for the text" (its drafter)
            own = [a for a in self.owner(c) if a not in exclude]
            if own:
                return [(a, c) for a in own]
        if dobj is not None and c.i == dobj.i and "proposal" in self.classes(c):
            party = self._proposed_party(c, exclude)
            if party:
                return party
        inner = [a for a in self._inner_actor(c) if a not in exclude]
        if not inner and t in MATERIAL_CONFLICT:
            inner = [a for a in self._origin(c) if a not in exclude]
        return [(a, c) for a in inner]

    def _proposed_party(self, noun: Token, exclude: set[str]
                        ) -> list[tuple[str | None, Token | None]]:
        """The party of the act an offer or invitation proposes, when no one owns it
        ("accepted an invitation to meet with Kim Jong Un": Kim)."""
        for c in noun.children:
            if c.dep_ == "acl" and c.is_verb and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children
            ):
                f = self.frame(c)
                if f is not None and f.type in TARGET_PREPS:
                    return [(a, t) for a, t in self._targets(c, f, False, exclude) if a]
        return []

    def _helped(self, v: Token, exclude: set[str]) -> list[tuple[str | None, Token | None]]:
        """"pledged $640 million to help Mozambique recover": who the aid helps; the purpose
        may hang on what is given ("donated ventilators to assist Ethiopia")."""
        obj = _child(v, "dobj")
        purposes = [c for c in v.children if c.dep_ in ("advcl", "xcomp")] + [
            c for c in (obj.children if obj is not None else ())
            if c.dep_ in ("relcl", "acl") and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children)]
        for c in purposes:
            if c.lem in HELP_VERBS:
                o = _child(c, "dobj") or _child(c, "nsubj")
                inner = _child(c, "ccomp") or _child(c, "xcomp")
                if o is None and inner is not None:  # "help Mozambique recover"
                    o = _child(inner, "nsubj")
                if o is not None:
                    good = [(a, tok) for a, tok in self._resolve(o) if a and a not in exclude]
                    if good:
                        return good
        return []

    def _purpose_targets(self, v: Token, exclude: set[str]
                         ) -> list[tuple[str | None, Token | None]]:
        """"mobilized the army for a ground assault against X": the target of the act of
        force a mobilisation is for."""
        for c in v.children:
            pobj = _child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "for" else None
            if pobj is not None and self._is_event_noun(pobj):
                ne = self.noun_entry(pobj)
                if ne is not None and ne.type in MATERIAL_CONFLICT:
                    return [(a, t) for a, t in self._noun_targets(pobj, phrases=True,
                                                                  etype=ne.type)
                            if a is None or a not in exclude]
        return []

    def _protested(self, v: Token, exclude: set[str]) -> list[tuple[str | None, Token | None]]:
        """"launched a hunger strike to protest the policy imposed by X": what a protest's
        purpose clause (on the verb or on the strike) protests against."""
        obj = _child(v, "dobj")
        for c in [*v.children, *(obj.children if obj is not None else ())]:
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.is_verb and c.i > v.i:
                f = self.frame(c)
                if f is not None and f.type in PROTESTING:
                    return [(a, self._by_agent(t, a)) for a, t in self._targets(
                        c, f, _is_passive(c), exclude)]
            if c.dep_ == "prep" and c.lower_ == "in":  # "in protest against the laws
                what = _child(c, "pobj")  # imposed by X"
                if what is not None and what.lem == "protest":
                    for p in what.children:
                        pobj = _child(p, "pobj") if p.dep_ == "prep" and p.lower_ in (
                            "against", "at", "over") else None
                        res = [(a, self._by_agent(t, a)) for a, t in self._resolve(pobj)
                               if a and a not in exclude] if pobj is not None else []
                        if res:
                            return res
        return []

    def _by_agent(self, tok: Token | None, actor: str | None) -> Token | None:
        """What a protest is against when it names a measure by whoever made it ("the laws
        imposed by X"): the phrase of X, the actor; else ``tok``."""
        if tok is None or actor is None or tok.i in self.mmap:
            return tok
        for c in tok.children:
            by = c if c.dep_ == "prep" and c.lower_ == "by" else (
                _child(c, "agent") if c.dep_ == "acl" and c.tag_ == "VBN" else None)
            pobj = _child(by, "pobj") if by is not None else None
            if pobj is not None and actor in self.actors(pobj):
                return pobj
        return tok

    def _main_clause_target(self, v: Token, exclude: set[str]
                            ) -> list[tuple[str | None, Token | None]]:
        """"in what Caracas called X and Georgetown denounced as Y": the main clause's actor
        (for an ACCUSE, REJECT or SUPPORT without candidates)."""
        if v.dep_ != "advcl" or not any(c.dep_ == "prep" and c.lower_ == "as"
                                        for c in v.children):
            return []
        hs = _child(v.head, "nsubj")
        ids = [a for a in self.actors(hs) if a not in exclude] if hs is not None else []
        return [(a, None) for a in ids]

    def _own_thing(self, tok: Token, exclude: set[str] | None) -> bool:
        """Is ``tok`` something the source owns, named through a possessive pronoun ("its
        borders", "their weapons", "its diplomatic links"): no party of its own?"""
        if not exclude or not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children
        ):
            return False
        ids = self.actors(tok)
        return bool(ids) and set(ids) <= exclude

    def _target_phrases(self, cands: list[Token], t: str, dobj: Token | None,
                        exclude: set[str] | None = None
                        ) -> list[tuple[str | None, Token | None]]:
        """Without an actor: the first candidate phrase that can name the target (not a thing
        of the source's own)."""
        for c in cands:
            if self._own_thing(c, exclude):
                continue
            c = self._through_relation(c)
            via = _governing_prep(c)
            if self._target_phrase(c, t, via=via):
                return [(None, x) for x in _conjuncts(c)]
            if dobj is not None and c.i == dobj.i and t in JUDGEMENTS and (
                any(x.dep_ == "poss" or (x.dep_ == "prep" and x.lower_ in ("by", "from"))
                    for x in c.children)
            ):
                return [(None, c)]  # "rejected a request by Mr. Erdogan"
        return []

    def _through_relation(self, tok: Token) -> Token:
        """"diplomatic ties with Colombia", "its borders with Togo": the party, not the thing."""
        if self._agentive(tok) or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return tok
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                pobj = _child(c, "pobj")
                if pobj is not None and (self._agentive(pobj) or pobj.ent_type_):
                    return pobj
        return tok

    def _target_phrase(self, tok: Token, etype: str, via: str | None = None) -> bool:
        """Can a phrase without an actor still name the target? People, bodies and places
        can; a thing ("power", "refuge", "information") only as the object of force, or as
        the place or recipient of a material act ("curfew in X", "aid to X")."""
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
            return False
        if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        if self._agentive(tok) or tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP",
                                                    "PERSON"):
            return True
        if etype in THING_TARGETS:
            return True
        return via is not None and (etype in RECIPIENT_FIRST or (
            etype == "ACCUSE" and via in ("against", "into")))  # "investigations against X"

    def _agentive_target(self, tok: Token, etype: str) -> bool:
        """Can the object be the recipient? Troops that are sent or withdrawn are not."""
        if etype == "MOBILIZE":
            return tok.i in self.mmap and tok.ent_type_ != "NORP"
        cls = self.classes(tok)
        if etype in TROOP_MOVING and cls & {"troops", "peacekeepers"}:
            return False
        if etype in MATERIAL_CONFLICT and tok.lem in VICTIM_NOUNS:
            return True  # "held 100,000 civilians as human shields in Mosul": the civilians
        return self._agentive(tok)

    def _origin(self, tok: Token) -> list[str]:
        """The maker of goods: "cars made in China", "brandy imported from the EU",
        "steel from Vietnam" (a material act on goods is aimed at where they come from)."""
        for c in tok.children:
            prep = None
            if c.dep_ == "acl" and c.lem in ORIGIN_VERBS:
                prep = next((p for p in c.children if p.dep_ == "prep"
                             and p.lower_ in ("in", "from", "by")), None)
            elif c.dep_ == "prep" and c.lower_ == "from":
                prep = c
            pobj = _child(prep, "pobj") if prep is not None else None
            if pobj is not None:
                ids = self.actors(pobj)
                if ids:
                    return ids
        return []

    def _inner_actor(self, tok: Token) -> list[str]:
        """An actor named inside a place phrase ("its border with Guyana")."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "of"):
                pobj = _child(c, "pobj")
                if pobj is not None:
                    ids = self.actors(pobj)
                    if ids:
                        return ids
        return []

    def _noun_targets(self, noun: Token, phrases: bool = False,
                      etype: str | None = None) -> list[tuple[str | None, Token | None]]:
        """Targets named in an event noun's phrase: "attacks on X", "sanctions against X",
        "talks between A and B", "the ban imposed on X", "a curfew in X"."""
        out: list[tuple[str | None, Token | None]] = []
        found: list[Token] = []
        ne = self.noun_entry(noun)
        preps = ["on", "against", "with", "to", "between", "into", "toward", "towards", "at",
                 "for", "of"]
        if (etype or (ne.type if ne else None)) in MATERIAL_CONFLICT or (
            ne is not None and ne.classes & {"restriction", "ceasefire"}
        ):  # where force, a curfew or a truce holds
            preps += ["in", "around"]
        kids = list(noun.children)
        for c in noun.children:  # "the ban imposed on X"
            if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
                kids.extend(c.children)
        of_patient = ne is not None and (
            "restriction" in ne.classes or ne.type in OF_PATIENT_TYPES)
        for c in () if of_patient else noun.children:
            # "a suspension of aid to Egypt": where the suspended thing went
            pobj = _child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "of" else None
            if pobj is not None:
                kids.extend(x for x in pobj.children if x.dep_ == "prep" and x.lower_ != "of")
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in preps:
                if c.lower_ == "of" and not (ne is not None and (
                    "restriction" in ne.classes or ne.type in OF_PATIENT_TYPES
                )):
                    continue  # "a boycott of X", "the expulsion of X" only
                pobj = _child(c, "pobj")
                if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or (
                    c.lower_ == "of" and f"{noun.lem} of {pobj.lem}" in self.lex.nouns
                ):
                    continue  # "a state of emergency": the noun's own name
                res = self._resolve(pobj)
                if not any(a for a, _ in res):  # "duties on brandy imported from the EU"
                    res = [(a, pobj) for a in self._origin(pobj)] or res
                if any(a for a, _ in res):
                    out.extend(res)
                    if c.lower_ != "between":
                        break
                elif self._target_phrase(_skip_quantity(pobj), ne.type if ne and ne.type else "",
                                         via=c.lower_):  # "on millions of foreign workers"
                    found.append(pobj)
        if not out and (etype or (ne.type if ne else None)) == "CONSULT":
            out = self._parties_of_purpose(noun)
        if not out and phrases and found:
            return [(None, x) for x in _conjuncts(found[0])]
        return out

    def _parties_of_purpose(self, noun: Token) -> list[tuple[str | None, Token | None]]:
        """"a mediation effort to resolve the rift between Qatar and other Gulf states": the
        parties between whom lies what a talk's purpose clause is to settle or prevent."""
        for c in noun.children:
            if c.dep_ != "acl" or not any(x.dep_ == "aux" and x.lower_ == "to"
                                          for x in c.children):
                continue
            for t in c.subtree:
                if t.dep_ == "prep" and t.lower_ == "between" and t.head.pos_ == "NOUN":
                    pobj = _child(t, "pobj")
                    res = self._resolve(pobj) if pobj is not None else []
                    if any(a for a, _ in res):
                        return res
        return []

    def _agentive(self, tok: Token) -> bool:
        """Can this phrase act? Actors, people and groups, and role nouns ("donors",
        "creditors", "activists"); not things ("the move", "expropriation")."""
        if self.classes(tok) & {"people", "actor", "troops", "diplomat", "voice"} or self.actors(
            tok
        ):
            return True
        first = self._sent_start(tok)
        if tok.is_title and tok.pos_ in ("NOUN", "PROPN") and tok.i > first:
            return True
        if tok.i == first and tok.is_title and tok.tag_ in ("NN", "NNP", "NNPS") and (
            tok.dep_ in ("nsubj", "nsubjpass")
        ):
            return True  # "Trump threatened ..." (tagged as a common noun)
        if tok.pos_ == "PRON":
            if tok.lower_ in ("it", "they") and tok.dep_ == "nsubj":
                return True  # "it will not lift the ban": a state or body
            return tok.lower_ not in ("it", "this", "that", "which", "what", "everything",
                                      "something", "nothing")
        if tok.pos_ == "PROPN":
            return True
        lem = tok.lem
        return len(lem) > 5 and lem.endswith(("er", "or", "ist", "ian", "ee")) and (
            lem not in THING_NOUNS)
