"""Event coder: which actors a phrase refers to: mentions, lists, owners of things, inherited
subjects."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.gazetteer import gazetteer
from ..actors.sources import both_parties, party_noun
from ..actors.tokens import expanded_span
from .frames import Context
from .namedroles import named_person
from .parse import _child, _conjuncts, _is_passive, _unique, finite_host
from .parts import majority_of
from .triggers import _issued_medium
from .vocab import (
    ACT_NOUNS,
    ADOPTING_VERBS,
    ALSO_WORDS,
    APPEAL_VERBS,
    CHAMBER_MEMBERS,
    CHARGING_VERBS,
    DURATION_NOUNS,
    FIRST_PERSON,
    ISSUING_VERBS,
    LEGISLATOR_NOUNS,
    LEGISLATURE_NOUNS,
    LIST_PREPS,
    MEDIATOR_NOUNS,
    NOMINALIZATIONS,
    OBJECT_CONTROL,
    OWN_BODY_NOUNS,
    RELATIVE,
    STATE_NOUNS,
)

#: dependencies of the modifiers a definite description may carry ("the city government")
DESCRIPTION_DEPS = ("amod", "compound", "nmod", "npadvmod")
#: entity types of a modifier that names a party of its own ("the Russian government")
PARTY_ENTS = frozenset({"GPE", "NORP", "LOC", "PERSON"})


class Reference:
    """Which actors a phrase refers to: mentions, lists, owners of things, inherited subjects.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def actors(self, tok: Token, allow_speaker: bool = True, depth: int = 0) -> list[str]:
        """Actor ids a noun phrase head refers to (several for a list); memoised per token
        while the document state they read stays the same (``_reference_state``)."""
        key = (tok.i, allow_speaker, depth, self._reference_state())
        found = self.actor_memo.get(key)
        if found is None:
            found = self.actor_memo[key] = self._actors(tok, allow_speaker, depth)
        return list(found)  # (callers may extend what they get)

    def _reference_state(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What ``actors`` reads that changes as the coder goes through the document: the two
        parties "both sides" refers to and the mediators so far (all else it reads is the
        parse, the actor stage's mentions and what is worked out once per document)."""
        return tuple(self.sides), tuple(self.mediators)

    def _actors(self, tok: Token, allow_speaker: bool, depth: int) -> list[str]:
        sides = self._sides(tok)  # "the two sides": the parties, even if named as a group
        if sides:
            return sides
        if tok.lem in MEDIATOR_NOUNS and tok.tag_ == "NNS" and self.mediators and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ) and tok.i not in self.mmap:  # "the mediators": whoever mediated before
            return list(self.mediators)
        a = self._lawmakers_party(tok) or self.mmap.get(tok.i)
        if a is not None:  # "Indian and Pakistani troops": the modifiers' actors too
            # "A Chinese ministry spokesman, Zhao Wen, ...": the named person
            a = named_person(tok, a, self.mmap, self.actor_by_id) or a
            others = [self.mmap[c.i] for c in tok.lefts if c.dep_ == "amod" and any(
                x.dep_ == "conj" for x in c.children) and self.mmap.get(c.i, a) != a]
            return _unique([*others, a])
        low = tok.lower_
        if low in RELATIVE and tok.head.dep_ == "relcl":
            return self.actors(tok.head.head, allow_speaker, depth)
        if low in FIRST_PERSON and allow_speaker:
            ctx = Context()
            self._climb_for_speaker(tok, ctx)
            if ctx.speaker:
                return ctx.speaker
        if depth > 2:
            return []
        body = majority_of(tok)  # "most of the Greens voted for it": the Greens
        if body is not None:
            return self._each_actor(body, allow_speaker, depth)
        found = self._listed_actors(tok, allow_speaker, depth) or self._modifier_actor(tok)
        if found:
            return found
        body = self._legislature_of(tok)
        if body is not None:
            return [body]
        # "the spokesperson" after "a State Department spokesperson", "the Socialist-led
        # government" after "the government"
        if tok.pos_ == "NOUN" and self._definite_description(tok):
            earlier = self._earlier_mention(tok)
            if earlier is not None:
                return [earlier]
        return self._group_actors(tok, allow_speaker, depth)

    def _each_actor(self, head: Token, allow_speaker: bool, depth: int) -> list[str]:
        """The actors of ``head`` and its conjuncts, once each."""
        return _unique([x for t in _conjuncts(head)
                        for x in self.actors(t, allow_speaker, depth + 1)])

    def _listed_actors(self, tok: Token, allow_speaker: bool, depth: int) -> list[str]:
        """An apposition ("Three Baltic countries - Latvia, Lithuania and Estonia") or a list
        ("countries like the Czech Republic, Finland")."""
        for c in [*(c for c in tok.children if c.dep_ == "appos"),
                  *self._stray_apposition(tok)]:
            found = self._each_actor(c, allow_speaker, depth)
            if found:
                return found
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in LIST_PREPS:
                pobj = _child(c, "pobj") or (_child(_child(c, "prep"), "pobj")
                                             if _child(c, "prep") is not None else None)
                if pobj is not None:
                    found = self._each_actor(pobj, allow_speaker, depth)
                    if found:
                        return found
        return []

    def _stray_apposition(self, tok: Token) -> list[Token]:
        """A name set off by commas right after the phrase that the parse hung on the verb
        instead ("accused her main rival, Senator Tomas Reyes, of ...")."""
        doc = tok.doc
        comma = tok.right_edge.i + 1
        if comma >= len(doc) or doc[comma].text != "," or tok.head.i == tok.i:
            return []
        return [c for c in tok.head.children if c.dep_ in ("appos", "npadvmod")
                and c.left_edge.i == comma + 1 and c.i in self.mmap]

    def _modifier_actor(self, tok: Token) -> list[str]:
        """"EFF supporters", "Syrian government forces", "Russia's troops"; "her government"
        is the state of the person, not the person. A body of its own that a name owns
        ("Brazil's central bank", ``own_body_nouns``) is not its owner: only a name of its
        own among its modifiers is ("Poland's opposition Law and Justice party")."""
        own_body = False
        for c in tok.lefts:
            if c.dep_ == "poss" and c.pos_ != "PRON" and tok.lem in OWN_BODY_NOUNS:
                own_body = True  # "Brazil's central bank": a body of its own, not Brazil
                continue  # ("Poland's opposition Law and Justice party": Law and Justice)
            if c.dep_ in ("compound", "amod", "nmod", "poss") and (
                    not own_body or c.pos_ == "PROPN" and c.dep_ != "amod"):
                ids = self._first_actor(c)
                if ids:
                    if c.dep_ == "poss" and tok.lem in STATE_NOUNS:
                        state = self._state_of(ids[0])
                        if state is not None:
                            return [state]
                    return ids[:1]
        return []

    def _group_actors(self, tok: Token, allow_speaker: bool, depth: int) -> list[str]:
        """"members of ASEAN", "mediators from Egypt and Qatar", "commanders on both sides"
        (not "stats from the Pentagon": only groups of people)."""
        if not self.classes(tok) & {"people", "troops", "diplomat", "org"}:
            return []
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "on"):
                pobj = _child(c, "pobj")
                if pobj is not None and (c.lower_ != "on" or party_noun(pobj.lem)):
                    found = self._each_actor(pobj, allow_speaker, depth)
                    if found:
                        return found
        return []

    def _first_actor(self, tok: Token) -> list[str]:
        """The actor of the first token of ``tok``'s subtree that names one (in subtree
        order), as a one-item list; empty if none does."""
        mmap = self.mmap
        for t in tok.subtree:
            if t.i in mmap:
                return [mmap[t.i]]
        return []

    def _sides(self, tok: Token) -> list[str]:
        """"both sides", "the two parties": the two parties last seen opposed or addressed
        together."""
        if len(self.sides) != 2 or not both_parties(tok):
            return []
        return list(self.sides)

    def _legislature_of(self, tok: Token) -> str | None:
        """"urged lawmakers to scrap the threshold", "parliament must not use it": bare
        plural members of a legislature, or the bare word for one (no article, no party
        named), stand for the one legislature the article names ("senators": the one Senate,
        beside its committees; ``chamber_members``)."""
        bare = not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
        if not bare or not ((tok.lem in LEGISLATOR_NOUNS and tok.tag_ in ("NNS", "NNPS")) or (
            tok.lower_ in LEGISLATURE_NOUNS and tok.tag_ == "NN"
        )):
            return None
        if self.legislature == "":
            bodies = [a for a in self.doc._.actors or [] if a.type == "organization" and (
                a.sector == "LEG" or a.name.lower().rsplit(" ", 1)[-1] in LEGISLATURE_NOUNS)]
            self.legislature = bodies[0].id if len(bodies) == 1 else None
            self.chambers = bodies
        chamber = CHAMBER_MEMBERS.get(tok.lem, ())
        if self.legislature is None and chamber:  # "urged senators": the Senate, not its
            named = [a.id for a in self.chambers  # committees
                     if a.name.lower().rsplit(" ", 1)[-1] in chamber]
            return named[0] if len(named) == 1 else None
        return self.legislature

    def _definite_description(self, tok: Token) -> bool:
        """"the spokesperson", "the city government", "the Socialist-led government": "the"
        and modifiers that name no party of their own (no actor, country, people or place;
        "the Russian government" is not "the government" of an earlier sentence)."""
        lefts = list(tok.lefts)
        if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
            return False
        for c in lefts[1:]:
            if c.dep_ not in DESCRIPTION_DEPS or (c.dep_ == "compound" and c.pos_ == "PROPN"):
                return False
            if any(t.i in self.mmap or t.ent_type_ in PARTY_ENTS for t in c.subtree):
                return False
        return True

    def _earlier_mention(self, tok: Token) -> str | None:
        """The actor of the latest earlier mention with the same head word ("the
        spokesperson" -> "a State Department spokesperson"), if only one actor has one."""
        by_word = self.mentions_by_word
        if by_word is None:  # last word -> (end, start, actor) of each mention, in order
            by_word = self.mentions_by_word = {}
            for a in self.doc._.actors or []:
                for m in a.mentions:
                    span = expanded_span(self.doc, m.start, m.end)
                    # the head word: "envoy" of "Its special envoy for the dam"
                    word = span.root.lower_ if span is not None and len(span) else (
                        m.text.lower().rsplit(" ", 1)[-1])
                    by_word.setdefault(word, []).append((m.end, m.start, a.id))
        best: tuple[int, str] | None = None
        owners = set()
        for end, start, actor_id in by_word.get(tok.lower_, ()):
            if end <= tok.idx:
                owners.add(actor_id)
                if best is None or start > best[0]:
                    best = (start, actor_id)
        return best[1] if best is not None and len(owners) == 1 else None

    def _diplomat_state(self, etype: str, a: str | None, t: Token | None, src_ids: set[str]
                        ) -> tuple[str | None, Token | None]:
        """Summoning or expelling a diplomat ("summoned the Brazilian ambassador", "the Russian
        ambassador, Sergei Malyshev") is an act toward the state the diplomat serves: the
        state its modifier names, else the diplomat's own (ACCUSE, SANCTION)."""
        if t is None or etype not in ("ACCUSE", "SANCTION"):
            return a, t
        head = t.head if t.dep_ == "appos" else t
        if "diplomat" not in self.classes(head):
            return a, t
        state = None
        for c in head.children:
            if c.dep_ in ("amod", "compound", "poss") and c.i < head.i:
                entry = gazetteer().lookup(c.text)
                if entry is None:
                    continue
                for x in self.actor_by_id.values():
                    if (entry.code and x.type == "country" and x.country == entry.code) or (
                            x.name == entry.name):
                        state = x.id
                        break
        if state is None and a is not None:
            state = self._state_of(a)
        if state is None or state in src_ids:
            return a, t
        return state, t

    def _state_of(self, actor_id: str) -> str | None:
        """The country actor of a person ("her government" -> the country)."""
        person = self.actor_by_id.get(actor_id)
        if person is None or person.type != "person" or not person.country:
            return None
        return self.state_actor(person.country)

    def state_actor(self, code: str | None) -> str | None:
        """The story's country actor of the state coded ``code`` (ISO 3166 alpha-3), if any."""
        return next((a.id for a in self.actor_by_id.values()
                     if a.type == "country" and a.country == code), None) if code else None

    def owner(self, tok: Token) -> list[str]:
        """Who a thing belongs to: "Macron's idea", "a Philippine proposal", "the draft
        circulated by X", or whoever an earlier sentence tied the word to."""
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
                ids = self._first_actor(c)
                if ids:
                    return ids
                if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
                    found = self.owner(c)
                    if found:
                        return found
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = _child(c, "pobj")
                if pobj is not None:
                    found = self.actors(pobj)
                    if found:
                        return found
            if c.dep_ == "acl":
                agent = _child(c, "agent")
                pobj = _child(agent, "pobj") if agent is not None else None
                if pobj is not None:
                    found = self.actors(pobj)
                    if found:
                        return found
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i and (
                c.text[:1].isupper()) for c in tok.children):
            return []  # "the Japanese ambassador" names its own owner, though no actor
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") and c.i not in self.mmap
               for c in tok.children):
            found = self._main_clause_subject(tok)
            if found:  # "X walked out after Y refused their request": X's request
                return found
        if tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in tok.children):
            return []  # "accused rich countries": a bare plural is generic, not one named before
        named = False  # an act named by "it" in the sentence before
        if tok.lower_ == "it" and tok.dep_ in ("dobj", "pobj") and self._takes_an_act(tok):
            ante = self._act_antecedent(tok)
            if ante is None:
                return []
            tok, named = ante, True  # "The decision was adopted. X welcomed it": the decision
        found = self.owners.get(tok.lem)
        if tok.lem in self.first_owners and all(c.dep_ == "det" for c in tok.lefts):
            # a bare "the sanctions" / "the decision" is the article's own sanction, told
            # first, not a later retaliation or parallel one ("the brandy duties" names its own)
            found = self.first_owners[tok.lem]
        if found is None and "proposal" in self.classes(tok):
            found = self.owners.get("@proposal")  # "the idea" after "a Hungarian proposal"
        if found is None and (named or self._story_act(tok)):
            found = self.lead  # "condemned the decision": the act the story leads with
        return list(found or [])

    @staticmethod
    def _takes_an_act(tok: Token) -> bool:
        """Is the object slot of ``tok``'s verb one for an act ("welcomed it", "voted
        against it"), not for a party told, asked or charged ("asking it to ...", "accusing
        it of ...", "called it X")?"""
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        return verb.is_verb and verb.lem not in OBJECT_CONTROL and (
            verb.lem not in CHARGING_VERBS) and not any(
            c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children)

    def _act_antecedent(self, tok: Token) -> Token | None:
        """The act an object "it" names: the last bare act noun ("the decision", "the vote":
        only "the" before it, nothing after it naming whose) of the sentence before."""
        sent = tok.sent
        if sent.start == 0:
            return None
        doc = tok.doc
        prev = doc[sent.start - 1].sent
        for t in reversed(list(prev)):
            if t.pos_ != "NOUN" or t.tag_ != "NN" or t.i in self.mmap:
                continue
            lefts = list(t.lefts)
            if len(lefts) == 1 and lefts[0].lower_ == "the" and not any(
                    c.dep_ in ("prep", "acl", "relcl") for c in t.rights) and (
                    t.lem in ACT_NOUNS or self._is_event_noun(t)):
                return t
        return None

    def _story_act(self, tok: Token) -> bool:
        """A bare "the decision", "the recognition" as an object, or as the subject of a
        reported clause ("X said the decision was a mistake"): a singular act noun with only
        "the" and nothing after it that names whose act it is."""
        lefts = list(tok.lefts)
        if (tok.dep_ not in ("dobj", "pobj") and not _reported_subject(tok)) or (
            tok.tag_ != "NN") or len(lefts) != 1 or lefts[0].lower_ != "the" or any(
            c.dep_ in ("prep", "acl", "relcl") and c.lower_ != "as" for c in tok.rights):
            return False  # ("condemned the decision as a provocation": a label, not a maker)
        verb = tok.head if tok.dep_ in ("dobj", "nsubj") else tok.head.head
        if any(c.dep_ == "advmod" and c.lem in ALSO_WORDS for c in verb.children):
            return False  # "also backed the strike": the act before, with its party
        return tok.lem in ACT_NOUNS or self._is_event_noun(tok)

    def _main_clause_subject(self, tok: Token) -> list[str]:
        """The actors of the main clause's subject, for the object of an adverbial clause
        ("Delegations from X and Y left the hall after the presidency refused their request":
        X and Y), where "its"/"their" names no actor of its own."""
        v = tok.head
        while v.dep_ in ("prep", "pobj", "dobj") and v.head.i != v.i:
            v = v.head
        if v.dep_ != "advcl" or v.head.i == v.i:
            return []
        subj = _child(v.head, "nsubj") or _child(v.head, "nsubjpass")
        return self.actors(subj) if subj is not None else []

    def _remember_owner(self, tok: Token) -> None:
        """Tie nouns to their makers for later sentences ("the draft", "the ruling")."""
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in self.mmap:
            own = []
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod") and c.i < tok.i:
                    own = self._first_actor(c)
                    if own:
                        break
                if c.dep_ == "acl":
                    agent = _child(c, "agent")
                    pobj = _child(agent, "pobj") if agent is not None else None
                    if pobj is not None:
                        own = self.actors(pobj)[:1]
                        if own:
                            break
            if not own and tok.dep_ == "dobj" and tok.head.lem in ISSUING_VERBS:
                subj = _child(tok.head, "nsubj")
                if subj is not None:
                    own = self.actors(subj)[:1]
            if not own and tok.dep_ == "pobj" and tok.head.lower_ == "in" and (
                tok.head.head.is_verb and "document" in self.classes(tok)
            ):  # "the Council said in a report that ...": the report is the Council's
                subj = _child(tok.head.head, "nsubj")
                if subj is not None:
                    own = self.actors(subj)[:1]
            if own:
                self.owners[tok.lem] = own
                if "proposal" in self.classes(tok):
                    self.owners["@proposal"] = own
                    if tok.dep_ == "dobj" and tok.head.lem in ADOPTING_VERBS:
                        self.owners["@adopted"] = own  # "the assembly adopted a resolution"
        if tok.is_verb:
            nouns = NOMINALIZATIONS.get(tok.lem, ())
            if nouns:
                if _is_passive(tok):  # "ruled by soldiers": the agent's, if any
                    agent = _child(tok, "agent")
                    subj = _child(agent, "pobj") if agent is not None else None
                else:
                    subj = _child(tok, "nsubj") or self._inherited_subject(tok)
                if subj is not None:
                    own = self.actors(subj)[:1]
                    if own:
                        for noun in nouns:
                            self.owners[noun] = own

    def _inherited_subject(self, v: Token) -> Token | None:
        """The subject of a verb without one: from the verb it is coordinated with, the verb
        that controls it, or the clause a participle hangs on; a finite verb the parse
        coordinates with an infinitive, from the clause above the infinitive."""
        cur = finite_host(v) or v
        for _ in range(6):
            subj = _child(cur, "nsubj")
            if subj is not None and cur.i != v.i:
                if subj.lower_ in RELATIVE and cur.dep_ == "relcl" and v.dep_ == "advcl" and (
                    not self.actors(subj)
                ):
                    # "struck down a provision of the Act that allowed X, ruling that ...":
                    # the participle belongs to the main clause
                    up = _verb_above(cur.head)
                    if up is not None and up.i != cur.i:
                        cur = up
                        continue
                return subj
            if cur.dep_ in ("conj", "advcl") and cur.head.is_verb:
                cur = cur.head
                continue
            if cur.dep_ == "xcomp":
                head = cur.head
                if head.lem in OBJECT_CONTROL or (
                    head.lem in APPEAL_VERBS and _child(head, "prep") is not None
                ):
                    obj = _child(head, "dobj")
                    if obj is None:
                        on = next((c for c in head.children if c.dep_ == "prep"
                                   and c.lower_ in ("on", "upon") and c.i > head.i), None)
                        obj = _child(on, "pobj") if on is not None else None  # ("On Nov. 2,
                        if obj is not None and obj.ent_type_ in ("DATE", "TIME"):  # X called
                            obj = None  # Y to ...": a date, no addressee)
                    if obj is not None:
                        return obj
                cur = head
                continue
            if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN"):
                noun = cur.head
                if _issued_medium(cur):  # "issued a statement urging X": its issuer says so
                    cur = noun.head
                    continue
                if noun.ent_type_ in ("DATE", "TIME") or noun.lem in DURATION_NOUNS:
                    # "hit the enclave for a sixth day, killing 32": the clause's
                    up = _verb_above(noun.head)
                    if up is not None and up.i != cur.i:
                        cur = up
                        continue
                return noun
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
                cur = cur.head.head
                continue
            break
        return None


def _reported_subject(tok: Token) -> bool:
    """Is ``tok`` the subject of a clause another verb reports ("X said [the vote was
    illegal]"), the slot where a reaction names the act it judges?"""
    return tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.is_verb


def _verb_above(tok: Token) -> Token | None:
    """``tok`` if it is a verb, else the nearest verb above it (None at the root)."""
    while not tok.is_verb and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.is_verb else None
