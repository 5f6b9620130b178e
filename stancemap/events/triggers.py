"""Event coder: looking triggers up in the lexicon: verb frames, event nouns and noun classes."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import QUOTES
from .frames import Frame
from .lexicon import _ANY_KEYS, Entry, NounEntry, _table_index, _VerbKeys
from .parse import _child, _is_passive, _skip_quantity
from .vocab import (
    AGENT_ENTS,
    APPEAL_VERBS,
    ATTEMPT_HEADS,
    FOR_VERBS,
    FORUM_NOUNS,
    GENERIC_HEADS,
    JOINT_WORDS,
    LIGHT,
    MEDIUM_NOUNS,
    NAMING_VERBS,
    RELATIVE,
    sent_message,
)


def _forum_of(v: Token) -> tuple[Token, str] | None:
    """The forum the parse hangs on the verb's direct object rather than on the verb
    ("would challenge [the decree in the courts]": the challenge is in the courts;
    ``forum_nouns``), with its preposition; None where there is none."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    for p in obj.children if obj is not None else ():
        if p.dep_ == "prep" and p.lower_ in ("in", "before"):
            where = next((g for g in p.children if g.dep_ == "pobj"), None)
            if where is not None and where.lem in FORUM_NOUNS:
                return where, p.lower_
    return None


def _scare_quoted(v: Token) -> bool:
    """The word alone stands in quotation marks ('it "respects" the court')."""
    doc = v.doc
    return 0 < v.i < len(doc) - 1 and doc[v.i - 1].text in QUOTES and (
        doc[v.i + 1].text in QUOTES)


def _issued_medium(v: Token) -> bool:
    """"issued a statement mocking X": the participle says what a message its issuer sent
    says (the issuer acts through it); see ``vocab.sent_message``."""
    noun = v.head
    return sent_message(v.dep_, noun.lem, noun.dep_, noun.head.lem)


#: a quotation mark that can open a quoted name ('called the plan "a sell-out"')
OPENING_QUOTES = frozenset({'"', "\u201c", "``"})


def _names_something(v: Token) -> bool:
    """A naming verb that gives its object a name or a quality ("called the minister nasty",
    'called the bill "a responsible budget"'): a complement, or an apposition on the object."""
    if _child(v, "oprd") is not None:
        return True
    obj = _child(v, "dobj")
    if obj is None:
        return False
    if any(c.dep_ == "appos" for c in obj.children):
        return True
    # 'called X and his wife, Y, "heartless hypocrites"': a quoted name in apposition to
    # one of the objects' conjuncts names them all
    doc = obj.doc
    conjuncts = [c for c in obj.children if c.dep_ == "conj"]
    if any(c.dep_ == "appos" and OPENING_QUOTES & {c.left_edge.text, doc[c.left_edge.i - 1].text}
           for o in conjuncts for c in o.children):
        return True
    # 'called the deal "a sell-out"': the name, quoted right after the object (or its
    # phrase), is often parsed as a clause of its own or a modifier of the object
    return obj.i > v.i and any(k < len(doc) and doc[k].text in OPENING_QUOTES
                               for k in (obj.i + 1, obj.right_edge.i + 1))


def _stranded_prepositions(v: Token, objs: list[tuple[Token, str | None]]
                           ) -> list[tuple[Token, str | None]]:
    """"call on Speaker Boehner" parsed with "on" left bare and "Boehner" as the direct
    object: the object belongs to the preposition just before it."""
    bare = {c.i: c.lower_ for c in v.children
            if c.dep_ == "prep" and not any(p.dep_ == "pobj" for p in c.children)}
    if not bare:
        return objs
    return [(o, bare.get(o.left_edge.i - 1, via)) if via is None and o.dep_ == "dobj"
            else (o, via) for o, via in objs]


def _may_have(words: frozenset[str] | None, word: str) -> bool:
    """Can a key hold ``word`` where the lemma's keys hold ``words`` (None: any)?"""
    return words is None or word in words


class TriggerLookup:
    """Looking triggers up in the lexicon: verb frames, event nouns and noun classes.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def noun_entry(self, tok: Token) -> NounEntry | None:
        """The longest lexicon entry for the noun ``tok`` with the modifiers before it
        ("air strike", "cease-fire"); a generic head ("mediation efforts", "curfew hours")
        takes the entry of its modifier."""
        cached = self.noun_cache.get(tok.i)
        if cached is not None or tok.i in self.noun_cache:
            return cached
        lem = tok.lem
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod")]
        best = None
        for k in range(len(mods)):
            key = " ".join([m.lem for m in mods[k:]] + [lem])
            e = self.lex.nouns.get(key) or self.lex.nouns.get(
                tok.doc.text_of(mods[k].i, tok.i + 1).lower())
            if e is not None:
                best = e
                break
        if best is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            if pobj is not None:
                best = self.lex.nouns.get(f"{lem} of {pobj.lem}")
        if best is None:
            best = self.lex.nouns.get(lem) or self.lex.nouns.get(tok.lower_)
        if lem in GENERIC_HEADS and mods:
            inner = self.noun_entry(mods[-1]) if mods[-1].pos_ in ("NOUN", "PROPN") else None
            if inner is not None and (inner.type is not None or best is None):
                best = inner  # "ceasefire agreement", "mediation efforts"
        if lem in ATTEMPT_HEADS and (best is None or best.type is None):
            at = next((c for c in tok.children if c.dep_ == "prep"
                       and c.lower_ in ("at", "toward", "towards")), None)
            pobj = _child(at, "pobj") if at is not None else None
            inner = self.noun_entry(pobj) if pobj is not None else None
            if inner is not None and inner.type is not None:
                best = inner  # "a fresh attempt at mediation"
        hyph = self._hyphenated(tok)
        if hyph is not None:
            best = hyph
        if best is not None and best.type == "MOBILIZE" and "exercise" in best.classes and any(
            m.lower_ in JOINT_WORDS for m in mods
        ):
            best = NounEntry("COOPERATE", best.mode, best.classes)
        self.noun_cache[tok.i] = best
        return best

    def _sent_start(self, tok: Token) -> int:
        if self.sent is not None and self.sent.start <= tok.i < self.sent.end:
            return self.sent.start
        return tok.sent.start

    def _hyphenated(self, tok: Token) -> NounEntry | None:
        """"cease-fire" written "cease - fire": the entry of the whole word."""
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–"):
            word = f"{doc[tok.i - 2].lower_}-{tok.lower_}"
            return self.lex.nouns.get(word) or self.lex.nouns.get(
                f"{doc[tok.i - 2].lower_}-{tok.lem}")
        return None

    def classes(self, tok: Token) -> set[str]:
        """The lexicon classes of ``tok`` and "money", "actor", "people", "person" (memoised
        per token: callers only read the set)."""
        cached = self.class_cache.get(tok.i)
        if cached is not None:
            return cached
        out: set[str] = set()
        e = self.noun_entry(tok)
        if e is not None:
            out |= e.classes
        if tok.ent_type_ == "MONEY" or tok.text in ("$", "€", "£"):
            out.add("money")
        if self.lex.cameo is not None:  # the CAMEO dictionary's synonym sets ("&weapon")
            out |= self.lex.cameo.synsets.get(tok.lem, frozenset())
        if tok.i in self.mmap or tok.ent_type_ in AGENT_ENTS or (
            tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.i in self.mmap
                                       for c in tok.children)
        ):  # "regional rival Japan's Prime Minister Shinzo Abe": named by its appositive
            out.add("actor")
            out.add("people")
        if self.mmap.get(tok.i) in self.persons:
            out.add("person")  # "beat [@person]": a rival candidate, not a battle
        if tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them", "us", "me", "he", "she",
                                                 "they", "we"):  # not "himself"
            out.add("people")
        self.class_cache[tok.i] = out
        return out

    def _objects(self, v: Token) -> list[tuple[Token, str | None]]:
        """The objects of ``v`` with the preposition they hang on (memoised per token: callers
        only read the list)."""
        cached = self.object_cache.get(v.i)
        if cached is not None:
            return cached
        objs: list[tuple[Token, str | None]] = []
        passive = _is_passive(v)
        for c in v.children:
            if c.dep_ in ("dobj", "dative", "attr", "acomp", "oprd") or (
                passive and c.dep_ == "nsubjpass"
            ):
                objs.append((_skip_quantity(c), None))
            elif c.dep_ in ("prep", "agent") and c.dep_ != "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        objs.append((_skip_quantity(p), c.lower_))
            elif c.dep_ == "xcomp" and c.pos_ == "ADJ":
                objs.append((c, None))
            elif c.dep_ == "ccomp" and c.pos_ == "ADJ":
                objs.append((c, None))
            elif c.dep_ == "intj" and c.lower_ in ("no", "yes") and c.i > v.i:
                objs.append((c, None))  # "would vote no"
            elif c.dep_ == "npadvmod" and c.i > v.i and c.pos_ == "NOUN" and (
                _child(v, "dobj") is None and self._is_event_noun(c)
            ):  # "organised a march through the city" parsed as a measure of the verb
                objs.append((c, None))
        objs = _stranded_prepositions(v, objs)
        if (forum := _forum_of(v)) is not None:  # "challenge the decree in the courts"
            objs.append(forum)
        # "$50 million in emergency aid": the money's kind is the object too
        for o, via in list(objs):
            if via is None and (o.ent_type_ == "MONEY" or o.text in ("$", "€", "£")):
                for p in o.children:
                    if p.dep_ == "prep" and p.lower_ in ("in", "of"):
                        inner = _child(p, "pobj")
                        if inner is not None and self._is_event_noun(inner):
                            objs.append((inner, None))
        if passive and v.dep_ == "acl" and not any(o[1] is None for o in objs):
            objs.append((_skip_quantity(v.head), None))
        if v.dep_ == "relcl" and not passive and not any(o[1] is None for o in objs) and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in v.children
        ):  # "a demand that Moscow lambasted"
            objs.append((v.head, None))
        self.object_cache[v.i] = objs
        return objs

    def frame(self, v: Token, table: dict[str, Entry] | None = None) -> Frame | None:
        """The trigger of the verb ``v`` in a verb table (``lex.verbs`` unless given): the
        first of its candidate keys (``_frame_keys``, longest first) that the table holds
        (memoised per token for ``lex.verbs``)."""
        use_cache = table is None
        if use_cache and v.i in self.frame_cache:
            return self.frame_cache[v.i]
        found = self._lookup_frame(v, self.lex.verbs if table is None else table)
        if use_cache:
            self.frame_cache[v.i] = found
        return found

    def cameo_frame(self, v: Token) -> Frame | None:
        """The trigger of the verb ``v`` in the CAMEO verb dictionary (``lex.cameo``), for a
        verb ``lex.verbs`` has no key for; its ``cameo`` is the CAMEO code. The dictionary
        codes the verb of a clause (as PETRARCH does): not a participle without a subject of
        its own or a copula, not a word in scare quotes, not a verb whose clause complement or
        medium object (a letter, a message) holds what it says, and not a verb our control
        table already knows (speech, wish, plan)."""
        lem = v.lem
        if self.lex.cameo is None or (
            lem not in self.cameo_index and " " not in lem and "]" not in lem
        ):
            return None  # no key of the dictionary can name the verb (``_lookup_frame``)
        if self.lex.kinds(lem):
            return None  # a verb of event_control.tsv (speech, wish, plan) is no act of its own
        if v.dep_ == "prep" or (v.dep_ in ("acl", "advcl", "amod") and _child(
            v, "nsubj", "nsubjpass") is None and not _issued_medium(v)):
            return None  # a participle that describes ("a province linking X", "according to")
        if _child(v, "acomp", "attr") is not None:
            return None  # a copula ("remained calm", "stayed neutral"): a state, not an act
        if _scare_quoted(v):
            return None  # 'said it "respects" the court': the writer's distance from the word
        f = self._lookup_frame(v, self.lex.cameo.verbs)
        if f is not None and f.key == lem and _child(v, "ccomp") is not None:
            return None  # "claimed that they had attacked X": the clause is coded on its own
        if f is not None and f.obj is not None and f.obj.lem in MEDIUM_NOUNS:
            return None  # "sent a letter threatening X": what the letter says is the act
        return f

    def _lookup_frame(self, v: Token, table: dict[str, Entry]) -> Frame | None:
        lem = v.lem
        index = self.verb_index if table is self.lex.verbs else (
            self.speaker_index if table is self.lex.speaker else
            self.cameo_index if table is self.cameo_verbs else _table_index(table))
        # every key built below is the lemma, starts with "lemma " or ends with "] lemma": the
        # index tells which kinds of key the table has for it (all kinds for odd lemmas)
        info = index.get(lem) if " " not in lem and "]" not in lem else _ANY_KEYS
        if info is None:
            return None
        if self._hyphenated(v) is not None or (lem in NAMING_VERBS and _names_something(v)):
            # "cease - fire"; "called the minister nasty", 'called the bill "a budget ..."'
            return None
        if info.only_lemma and table[lem].type != LIGHT:
            e = table[lem]
            return Frame(e.type, e.mode, lem, v, noun=None, obj=None, cameo=e.cameo,
                         cameo_type=e.type if e.cameo else None)
        objs = self._objects(v) if info.needs_objects else []
        return self._match_keys(v, table, self._frame_keys(v, info, objs))

    def _verb_parts(self, v: Token) -> tuple[list[str], list[str]]:
        """The particles and the prepositions (not of dates) of ``v``, with the prepositions
        the parse hangs elsewhere ("called X to do Y" is "called on X to do Y", "called in a
        statement for X" is "called for X")."""
        lem = v.lem
        prts = [c.lower_ for c in v.children if c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.tag_ == "RP")]  # "rolled back": a particle hung as advmod
        preps = [c.lower_ for c in v.children if c.dep_ in ("prep", "agent") and not any(
            p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)]
        if lem in APPEAL_VERBS and _child(v, "xcomp") is not None and _child(v, "dobj") is not None:
            preps = ["on", *preps]  # "called X to do Y" is "called on X to do Y"
        if (forum := _forum_of(v)) is not None:
            preps.append(forum[1])
        for c in v.children if lem in FOR_VERBS else ():  # the parse hangs "for" lower
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                         for m in c.children):
                preps.append("for")  # "called for the measures to be lifted"
            elif c.dep_ == "prep" and c.lower_ == "in":
                where = _child(c, "pobj")
                if where is not None and where.lem in MEDIUM_NOUNS:
                    preps += [g.lower_ for g in where.children if g.dep_ == "prep"
                              and g.lower_ in ("for", "against")]
        return prts, preps

    def _frame_keys(self, v: Token, info: _VerbKeys, objs: list[tuple[Token, str | None]]
                    ) -> list[tuple[str, Token | None]]:
        """The keys a verb table may hold for ``v``, most specific first, each with the object
        it names: "take part in", "call on [X]", "lift [@restriction]", "[@troops] leave",
        "accuse [@any]", "call on", "urge"."""
        lem = v.lem
        prts, preps = self._verb_parts(v) if info.needs_parts else ([], [])
        parts = [f"{a} {b}" for a in prts for b in preps] + prts + preps
        # (keys of a shape the table has none of for the lemma are left out: ``_VerbKeys``;
        # ``objs`` is empty where no key of the lemma names an object)
        keys: list[tuple[str, Token | None]] = []
        for o, via in objs:  # "take part in", "pay tribute to"
            if via is None and _may_have(info.phrase_words, o.lem.split(" ", 1)[0]):
                for p in preps + [c.lower_ for c in o.children if c.dep_ == "prep"]:
                    keys.append((f"{lem} {o.lem} {p}", None))
        for p in parts:
            if not _may_have(info.object_parts, p):
                continue
            for o, via in objs:
                if via == p or (via is None and p in prts):
                    keys.append((f"{lem} {p} [{o.lem}]", o))
                    keys.extend((f"{lem} {p} [@{c}]", o)
                                for c in self._key_classes(o, info.classes_of(p)))
        for o, via in objs:
            if via is None:
                if _may_have(info.object_words, o.lem):
                    keys.append((f"{lem} [{o.lem}]", o))
                keys.extend((f"{lem} [@{c}]", o)
                            for c in self._key_classes(o, info.classes_of("")))
        subj = _child(v, "nsubj") if info.subject else None
        if subj is None and info.subject and v.dep_ == "xcomp":
            subj = _child(v.head, "nsubj")  # "troops began leaving": the controller's subject
        if subj is not None:  # "peacekeepers arrived", "troops began leaving"
            subj = _skip_quantity(subj)  # "hundreds of British troops"
            keys.append((f"[{subj.lem}] {lem}", None))  # (the CAMEO dictionary's "POLICE *")
            keys.extend((f"[@{c}] {lem}", None)
                        for c in self._key_classes(subj, info.classes_of(None)))
        for o, via in objs if info.any_object else ():
            if via is None and o.dep_ in ("dobj", "nsubjpass"):
                keys.append((f"{lem} [@any]", o))
                break
        keys.extend((f"{lem} {p}", None) for p in parts if _may_have(info.bare_parts, p))
        keys.append((lem, None))
        return keys

    def _key_classes(self, tok: Token, named: frozenset[str] | None) -> list[str]:
        """The classes of ``tok`` (``classes``) that keys name in its place (``named``;
        None: any), sorted."""
        if named is None:
            return sorted(self.classes(tok))
        return sorted(self.classes(tok) & named) if named else []

    def _match_keys(self, v: Token, table: dict[str, Entry],
                    keys: list[tuple[str, Token | None]]) -> Frame | None:
        """The frame of the first key in ``table``; a LIGHT entry takes the type of its event
        noun ("launched [an attack]") and is passed over when the noun names no event."""
        for key, o in keys:
            e = table.get(key)
            if e is None:
                continue
            if e.type == LIGHT:
                noun = o if o is not None else self._light_noun(v, self._objects(v))
                ne = self.noun_entry(noun) if noun is not None else None
                if ne is None or ne.type is None:
                    if o is None:
                        return None
                    continue
                return Frame(ne.type, ne.mode, key, v, noun=noun, obj=noun)
            noun = None
            if o is not None:
                ne = self.noun_entry(o)
                if ne is not None and ne.type is not None:
                    noun = o
            return Frame(e.type, e.mode, key, v, noun=noun, obj=o, cameo=e.cameo,
                         cameo_type=e.type if e.cameo else None)
        return None

    def _light_noun(self, v: Token, objs: list[tuple[Token, str | None]]) -> Token | None:
        """The event noun a light verb carries: its object, or its subject when intransitive
        ("talks began")."""
        for o, via in objs:
            if via is None or via in ("in", "on"):
                ne = self.noun_entry(o)
                if ne is not None and ne.type is not None:
                    return o
        if not objs:
            subj = _child(v, "nsubj")
            if subj is not None:
                ne = self.noun_entry(subj)
                if ne is not None and ne.type is not None:
                    return subj
        return None

    def _is_event_noun(self, tok: Token) -> bool:
        e = self.noun_entry(tok)
        return e is not None and e.type is not None
