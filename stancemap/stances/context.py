"""One document as the stance rules see it: the parse, its actors and statements.

A :class:`Reading` is made per document by the stage and handed to every rule; the stage
itself keeps no per-document state. Its methods answer "who" questions: the actors a noun
phrase names, a verb's subject, the speaker a clause is reported from, a stance's holders.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..actors.tokens import (
    QUOTES,
    doc_text,
    expanded_span,
    naming_subject,
    parse,
    sentence_of,
    table,
)
from ..events.vocab import sent_message
from ..model import Span as TextSpan
from ..model import Statement
from .lexicon import Lexicon, load_lexicon

# Grammar words of stance_words.tsv (its comments say what each class is for).
WORDS = load_lexicon().words
PRONOUNS = WORDS.pronouns
DOUBLE_QUOTES = ('"', "“", "”", "``", "''")
SPEECH_DEPS = ("ccomp", "parataxis")
LIST_PREPS = WORDS.list_preps
TITLE_PREPS = WORDS.title_preps  # "a spokesperson for the Commission"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVES = WORDS.relatives
SENTENCE_ENDS = (".", "!", "?")
POSSESSIVES = WORDS.possessives
FINITE_TAGS = ("VBD", "VBZ", "VBP")
SENTENCES_BACK = 2  # how far back "the group" looks for the organisation it names
# a third person (unresolved) acting on the speaker's side ("they are asking us") is another side
OTHERS = WORDS.others
SELVES = WORDS.selves
DEFINITE_DETERMINERS = ("the", "this", "that")  # "the ban": an act named before
STEM_LETTERS = 4  # a verb and the noun of its act share at least these ("ban", "seiz-ure")
SPEECH_HOPS = 8  # how far up the tree a reporting verb is looked for
SUBJECT_HOPS = 4  # how far up xcomp/conj/acl/advcl chains a subject is looked for


class Reading:
    """A document's parse, actors and statements, with the holder-finding helpers."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.words = lex.words
        self.text = doc_text(doc)
        self.tab = table(doc)
        self.mmap: dict[int, str] = doc._.mention_map or {}
        self.members: dict[int, list[str]] = doc._.member_map or {}
        self.actors = {a.id: a for a in doc._.actors or []}
        self.stmt_of, self.stmt_speakers = _statement_index(doc)
        self.cue_speakers = _cue_index(doc)
        self._sent_words: dict[int, str] = {}

    @cached_property
    def definite_nouns(self) -> dict[str, tuple[list[int], list[str]]]:
        """The common nouns after a definite or demonstrative determiner that name no actor
        ("the ban", "this recall"), found once: by the first ``STEM_LETTERS`` letters of their
        lemma, their indexes (in text order) and lemmas."""
        p, tab = parse(self.doc), self.tab  # the per-Doc tables: no Token made per word
        heads = sorted({p.head[i] for i, dep in enumerate(p.dep) if dep == "det"
                        and tab.lower[i] in DEFINITE_DETERMINERS})
        out: dict[str, tuple[list[int], list[str]]] = {}
        for h in heads:
            if tab.pos[h] == "NOUN" and h not in self.mmap:
                indexes, lemmas = out.setdefault(tab.lemma[h][:STEM_LETTERS], ([], []))
                indexes.append(h)
                lemmas.append(tab.lemma[h])
        return out

    # -- text -------------------------------------------------------------------------------
    def sent_words(self, sent: SpacySpan) -> str:
        """The sentence's lower-cased words joined by spaces, built once per sentence."""
        words = self._sent_words.get(sent.start)
        if words is None:
            words = " ".join(self.tab.lower[sent.start:sent.end])
            self._sent_words[sent.start] = words
        return words

    def span(self, s: int, e: int) -> TextSpan:
        while e - s > 1 and self.doc[e - 1].is_space:
            e -= 1  # a title line's break is no part of what it says
        sp = self.doc[s:e]
        start, end = sp.start_char, sp.end_char
        return TextSpan(start, end, self.text[start:end] if len(sp) else sp.text)

    def quoted(self, tok: Token) -> bool:
        """Whether a token sits inside quotation marks (counted from its paragraph start)."""
        n = 0
        words = self.tab.text
        for k in range(tok.i - 1, -1, -1):
            word = words[k]
            if "\n" in word:  # a token's trailing whitespace is never a line break
                break
            if word in DOUBLE_QUOTES:
                n += 1
        return n % 2 == 1

    def sentence_break(self, lo: int, hi: int) -> bool:
        """A full stop between two tokens followed by a capitalised word outside quotes."""
        words = self.tab.text
        for i in range(lo, hi):
            if words[i] in SENTENCE_ENDS:
                nxt = next((x for x in self.doc[i + 1:hi + 1] if not x.is_space), None)
                if nxt is not None and nxt.text not in QUOTES and nxt.is_title:
                    return True
        return False

    # -- actors -----------------------------------------------------------------------------
    def actors_in(self, np: Token) -> list[str]:
        """Actors a noun phrase names: its head, or heads in appositions, conjunctions and
        "like"/"including"/"within" lists ("countries, like A, B and C")."""
        out: list[str] = [self.mmap[np.i]] if np.i in self.mmap else []
        if not out and np.i in self.members:  # "both candidates": each one named before
            return list(self.members[np.i])
        lemma = np.lemma_.lower()
        if not out and lemma in self.words.majority:  # "a majority of the EPP": the EPP
            whole = next((g for c in np.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
            if whole is not None:
                return self.actors_in(whole)
        if not out and lemma in self.words.own_body:  # "the Vox party": Vox
            out = [self.mmap[c.i] for c in np.children if c.dep_ == "compound"
                   and c.i in self.mmap and self.actors[self.mmap[c.i]].type == "organization"][:1]
        if not out and lemma in self.words.state_bodies:  # "Armenia's parliament": Armenia
            out = [self.mmap[c.i] for c in np.children if c.dep_ == "poss" and c.i in self.mmap
                   and self.actors[self.mmap[c.i]].type == "country"][:1]
        if not out and lemma in self.words.members:  # "EFF supporters", "party officials"
            out = [self.mmap[c.i] for c in np.children
                   if c.dep_ in ("compound", "poss") and c.i in self.mmap][:1]
        if lemma in self.words.members and (not out or lemma in self.words.speaks_for):
            np = self._title_body(np, out)
        deps = ("appos", "conj") if out else ("appos", "conj", "pobj")
        stack = [np, *self._mention_tokens(np)]
        seen = {t.i for t in stack}
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.i in seen:
                    continue
                if c.dep_ in deps:
                    seen.add(c.i)
                    if c.i in self.mmap:
                        out.append(self.mmap[c.i])
                        more = [x for x in self._mention_tokens(c) if x.i not in seen]
                        seen.update(x.i for x in more)
                        stack.extend(more)
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ in LIST_PREPS and not out:
                    seen.add(c.i)
                    stack.append(c)
        return list(dict.fromkeys(out))

    def _mention_tokens(self, t: Token) -> list[Token]:
        """The other tokens of the actor mention ``t`` is in: a list the parse hangs on a
        word inside a name ("the Organisation of Islamic Cooperation and Qatar", "the
        Patriots for Europe group and the ECR") goes on from the whole name."""
        who = self.mmap.get(t.i)
        if who is None:
            return []
        out = []
        sent = sentence_of(self.doc, t.i)
        for step in (-1, 1):
            j = t.i + step
            while sent.start <= j < sent.end and self.mmap.get(j) == who:
                out.append(self.doc[j])
                j += step
            if step == 1 and j < sent.end and j not in self.mmap and any(
                    x.dep_ == "compound" and x.head.i == j for x in [t, *out]):
                out.append(self.doc[j])  # the noun the name qualifies ("the X group")
        return out

    def _title_body(self, np: Token, out: list[str]) -> Token:
        """"a spokesperson for the Commission, Elena Marin": adds the Commission to ``out``
        and returns the body's noun (whose appositions name the person)."""
        for c in np.children:
            if c.dep_ != "prep" or c.lower_ not in TITLE_PREPS:
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
                return g
        return np

    def named(self, np: Token) -> str | None:
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

    def state_of(self, actor_id: str) -> str | None:
        """The state an official speaks for: the country actor of the person's country."""
        a = self.actors.get(actor_id)
        if a is None or a.type == "country" or not a.country:
            return a.id if a is not None and a.type == "country" else None
        return next((b.id for b in self.actors.values()
                     if b.type == "country" and b.country == a.country), None)

    # -- holders ----------------------------------------------------------------------------
    def subject(self, verb: Token) -> Token | None:
        v = verb
        doc = verb.doc
        p = parse(doc)  # the children index: a Token only for a subject
        dep, kids = p.dep, p.kids
        for _ in range(SUBJECT_HOPS):
            subjects = [doc[c] for c in kids[v.i] if dep[c] in SUBJECT_DEPS]
            if subjects:
                c = naming_subject(subjects, self.mmap)
                if c.lower_ in RELATIVES and v.dep_ == "relcl":
                    return self._described(v.head)
                return c
            if misattached_conj(v):
                v = finite_head(v)  # "accused X of V-ing Y and called on Z": the main verb
                continue
            if issued_medium(v) and v.head.lemma_.lower() not in self.words.doc_nouns:
                # "X issued a statement welcoming Y": the issuer (a drafted text voted on,
                # "a resolution demanding Y", is a proposition of its own)
                v = v.head.head
                continue
            if v.dep_ in ("xcomp", "conj", "acl", "advcl") and v.head.i != v.i:
                v = v.head
                continue
            if self._joined_in(v):
                v = v.head.head  # "B joined them in voting against X": B votes
                continue
            if v.dep_ == "relcl":
                return self._described(v.head)
            break
        return None

    def _joined_in(self, v: Token) -> bool:
        """"B joined them in voting against", "C joined the opposition in trying to topple
        the government": a gerund after "in" on a verb of taking part (``joining`` of
        ``stance_words.tsv``) is done by that verb's subject."""
        prep = v.head
        return v.dep_ == "pcomp" and v.tag_ == "VBG" and prep.lower_ == "in" and (
            prep.dep_ == "prep") and prep.head.pos_ == "VERB" and (
            prep.head.lemma_.lower() in self.words.joining)

    def _described(self, noun: Token) -> Token:
        """"Senator X, a conservative who voted for Y": the actor an appositive noun that a
        relative clause hangs on describes (else the noun itself)."""
        if noun.dep_ == "appos" and noun.i not in self.mmap and noun.head.i in self.mmap:
            return noun.head
        return noun

    def speaker(self, tok: Token) -> list[str]:
        """Who a clause is reported from: the statement layer, else the reporting verb."""
        if tok.i in self.stmt_of:
            inner = self._inner_reporter(tok)
            return inner if inner else list(self.stmt_speakers.get(tok.i, []))
        v = tok
        steps = 0
        while v.head.i != v.i and steps < SPEECH_HOPS:
            steps += 1
            prev, v = v, v.head
            if prev.dep_ in SPEECH_DEPS and v.pos_ in ("VERB", "AUX"):
                if self.sentence_break(min(prev.i, v.i), max(prev.i, v.i)):
                    break  # a missed sentence boundary: the next sentence is not reported
                s = self.subject(v)
                if s is not None:
                    acts = self.actors_in(s)
                    if acts:
                        return acts
        return self._quotation_speaker(tok)

    def _inner_reporter(self, tok: Token) -> list[str]:
        """"diplomats said, since Britain and France have signalled they would oppose X": a
        clause reported inside a statement by another actor (a reporting verb with an actor
        subject within the same content) is that actor's position, not the speaker's."""
        sid = self.stmt_of[tok.i][1]
        speakers = self.stmt_speakers.get(tok.i, [])
        v = tok
        for _ in range(SPEECH_HOPS):
            if v.head.i == v.i:
                break
            prev, v = v, v.head
            if v.i not in self.stmt_of or self.stmt_of[v.i][1] != sid:
                break
            if prev.dep_ not in SPEECH_DEPS or v.pos_ not in ("VERB", "AUX"):
                continue
            s = self.subject(v)
            if s is None or s.lower_ in PRONOUNS:
                continue
            acts = [a for a in self.actors_in(s) if a not in speakers]
            if not acts:
                continue
            own = {self.state_of(a) for a in speakers} | {self.body_of(a) for a in speakers}
            if all(a in own for a in acts):
                # "Kertesz said Budapest still believed X": the speaker's own state, whose
                # position the speaker holds too
                return list(dict.fromkeys(list(speakers) + acts))
            return acts
        return []

    def _quotation_speaker(self, tok: Token) -> list[str]:
        """A quotation sentence: the speaker named in the previous sentence."""
        sent = sentence_of(self.doc, tok.i)
        if self.text[sent.start_char:sent.end_char].lstrip()[:1] in "\"“" and sent.start > 0:
            prev_sent = sentence_of(self.doc, sent.start - 1)
            for t in prev_sent:
                if t.dep_ in ("nsubj",) and self.actors_in(t):
                    return self.actors_in(t)
        return []

    def holders(self, verb: Token) -> list[str]:
        """The subject's actors (or, for a pronoun or non-actor, the reporting speaker)."""
        cued = self.cue_speakers.get(verb.i)
        if cued and verb.dep_ == "conj" and not any(
                c.dep_ in SUBJECT_DEPS for c in verb.children):
            # "X said the president had damaged Y, and urged him to Z": a coordinated
            # reporting verb with no subject of its own is the cue of a statement whose speaker
            # the statement layer found; the parse's subject (of the reported clause) is not it
            return list(cued)
        subj = self.subject(verb)
        if subj is not None and self._generic(subj):
            return []  # '"Those who beat protesters cannot expect X," she said': no one's
        if subj is not None and subj.lower_ in OTHERS and subj.i not in self.mmap and any(
                c.dep_ in ("dobj", "dative") and c.lower_ in SELVES for c in subj.head.children):
            return []  # '"They are asking us to X," the speaker said': another side's demand
        own = self.actors_in(subj) if subj is not None else []
        spk = self.speaker(verb)
        if subj is not None and any(c.dep_ == "mark" and c.lower_ in self.words.asked_marks
                                    for c in verb.children):
            # "it is time for the Fed to raise rates", "called for Russia to withdraw": the one
            # asked to act, not one who holds the course; the speaker's, where there is one
            return spk
        if subj is not None and verb.dep_ in ("ccomp", "xcomp") and (
                verb.head.lemma_.lower() in self.words.seeing) and (
                verb.head.dep_ == "xcomp") and not any(
                c.dep_ in ("aux", "mark") for c in verb.children):
            # "wants to see Clinton embrace X": the act hoped for, not Clinton's position
            return spk
        if own and verb.dep_ == "relcl":
            return own
        if not own and subj is not None and _non_actor_relative(verb, subj):
            return []  # "the ruling, which rejected X": the subject is no actor
        if not own and subj is not None and subj.lemma_.lower() in self.words.government and any(
                c.dep_ == "poss" for c in subj.children):
            # "her government would ...": the speaker's state
            own = [st for st in (self.state_of(a) for a in spk) if st]
        if not own and spk and subj is not None and self.own_body(subj):
            # "her party would ...", "the party would ...": the speaker, and the body the
            # speaker's title names
            own = [b for b in (self.body_of(a) or self.affiliation(a) for a in spk) if b]
        if not own and not spk and subj is not None and self.own_body(subj):
            # "The group has lobbied for X": the organisation a sentence before opened with
            earlier = self._previous_org(subj, SENTENCES_BACK)
            own = [earlier] if earlier is not None else []
        if not own and not spk and subj is not None and subj.lower_ == "it":
            own = self._earlier_subject(subj)
        if own and verb.dep_ == "ROOT" and not (subj is not None and subj.lower_ in PRONOUNS) \
                and not self.quoted(verb):
            # a main clause with its own actor subject is not reported speech: a statement
            # whose span happens to cover it does not lend its speaker
            return own
        if own:
            # "X said Y would back Z": both the speaker and Y hold the stance, unless Y is
            # another person: "Marsh said Reyes wants Z" is Marsh's view of Reyes, not of Z
            return list(dict.fromkeys(own + [a for a in spk if a not in own
                                             and not self._another_person(own, a)]))
        return spk

    def _generic(self, subj: Token) -> bool:
        """"Those who ...", "anyone", "whichever side (loses)": a subject that is anyone."""
        if subj.dep_ == "csubj":  # "whichever side loses ... will seek X"
            subj = next((c for c in subj.children if c.dep_ == "nsubj"), subj)
        return subj.lemma_.lower() in self.words.generic_subjects or any(
            c.dep_ == "det" and c.lower_ in self.words.generic_subjects for c in subj.children)

    def own_body(self, subj: Token) -> bool:
        """"her party", "the party": a singular body noun that is no actor, the speaker's own."""
        return subj.i not in self.mmap and subj.tag_ == "NN" and (
            subj.lemma_.lower() in self.words.own_body) and any(
            (c.dep_ == "poss" and c.lower_ in POSSESSIVES) or (c.dep_ == "det" and c.lower_
                                                               == "the")
            for c in subj.children) and not any(
            c.dep_ in ("compound", "amod", "prep", "relcl", "acl") for c in subj.children)

    def body_of(self, person: str) -> str | None:
        """The one organisation a person's own mentions name ("PSD leader X", "Its leader,
        X" with "Its" resolved), or None."""
        a = self.actors.get(person)
        if a is None or a.type != "person":
            return None
        hits: set[str] = set()
        words: set[str] = set()
        for m in a.mentions:
            sp = expanded_span(self.doc, m.start, m.end)
            if sp is None:
                continue
            for t in sp:
                other = self.mmap.get(t.i)
                if t.dep_ == "poss" and other in (None, person) and t.lower_ in ("its", "their"):
                    other = self._previous_org(t)  # "The Greens ... Their leader, X"
                if t.dep_ == "poss" and other is not None and other != person:
                    hits.add(other)
                elif t.pos_ == "PROPN":
                    words.add(t.lower_)
        for b in self.actors.values():
            if b.type == "organization" and b.id != person and any(
                    m.text.lower() in words for m in b.mentions):
                hits.add(b.id)
        orgs = [h for h in hits if getattr(self.actors.get(h), "type", None) == "organization"]
        return orgs[0] if len(orgs) == 1 else None

    def affiliation(self, person: str) -> str | None:
        """The one organisation tied to a person's name by the parse where :meth:`body_of`
        finds none: named inside the person's own mention ("the deputy leader of the Labour
        Party"), as the name's possessor ("Labour's John Reed") or in an "of" phrase on it
        ("John Reed of the Labour Party"). Read only for "his party would ..." in reported
        speech (:meth:`holders`), so "his party" is that organisation as well as the speaker."""
        a = self.actors.get(person)
        if a is None or a.type != "person":
            return None
        hits: set[str] = set()

        def org_at(tok: Token) -> None:
            other = self.mmap.get(tok.i)
            if other is not None and other != person and getattr(
                    self.actors.get(other), "type", None) == "organization":
                hits.add(other)

        for m in a.mentions:
            sp = expanded_span(self.doc, m.start, m.end)
            if sp is None or all(t.pos_ == "PRON" for t in sp):
                continue
            head = sp.root
            for c in head.children:
                if c.dep_ == "poss":
                    org_at(c)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            org_at(o)
        inside = [m for m in a.mentions if not m.text.islower()]  # (no pronoun)
        title_words = {w.strip("'’").lower().removesuffix("'s") for m in inside
                       for w in m.text.split()}
        for b in self.actors.values():
            if b.type != "organization":
                continue
            if any(m.start <= bm.start and bm.end <= m.end for m in inside for bm in b.mentions):
                hits.add(b.id)  # "the deputy leader of the Labour Party"
            elif any(_name_words(bm.text) and _name_words(bm.text) <= title_words
                     and any(w[:1].isupper() for w in bm.text.split()[1:] or [bm.text])
                     for bm in b.mentions):
                hits.add(b.id)  # "Greens leader X": "the Greens" named in the title
        return next(iter(hits)) if len(hits) == 1 else None

    def _previous_org(self, tok: Token, back: int = 1) -> str | None:
        """The organisation that is the subject of one of the ``back`` sentences before
        ``tok``'s (the nearest; a person's sentence is passed over, its member or speaker,
        and any other actor ends the search)."""
        sent = sentence_of(self.doc, tok.i)
        for _ in range(back):
            if sent.start == 0:
                return None
            sent = sentence_of(self.doc, sent.start - 1)
            subjects = [self.actors.get(self.mmap.get(t.i, "")) for t in sent
                        if t.dep_ in ("nsubj", "nsubjpass")]
            first = next((a for a in subjects if a is not None), None)
            if first is not None and first.type == "organization":
                return first.id
            if first is not None and first.type != "person":
                return None
        return None

    def _another_person(self, own: list[str], speaker: str) -> bool:
        """Whether every subject actor is a person other than the speaker, or the speaker is
        an unnamed group reporting others ("Diplomats said several capitals were pushing for
        X": the capitals' position, not the diplomats')."""
        who = self.actors.get(speaker)
        if who is not None and who.type == "group" and speaker not in own:
            return True
        return all(o != speaker and self.actors.get(o) is not None
                   and self.actors[o].type == "person" for o in own)

    def _earlier_subject(self, subj: Token) -> list[str]:
        """An unresolved "it": the nearest earlier state or organization subject in the
        sentence ("... that Beijing would consider X, but it did not back Y")."""
        for t in reversed(self.doc[sentence_of(self.doc, subj.i).start:subj.i]):
            a = self.actors.get(self.mmap.get(t.i, ""))
            if a is not None and t.dep_ == "nsubj" and a.type in ("country", "organization"):
                return [a.id]
        return []

    def self_pronoun(self, obj: Token, verb: Token) -> bool:
        """An object pronoun resolved to the verb's own holder ("it would support it") is no
        actor: it refers back to a proposition."""
        return obj.lower_ in PRONOUNS and self.mmap.get(obj.i) in self.holders(verb)

    def thing_subject(self, verb: Token) -> bool:
        """Whether a verb's subject is a common noun that names no actor ("the tariffs")."""
        subj = self.subject(verb)
        return (subj is not None and subj.pos_ == "NOUN" and verb.dep_ != "relcl"
                and subj.i not in self.mmap and not self.actors_in(subj)
                and subj.lemma_.lower() not in self.words.government and self.named(subj) is None
                and not (self.own_body(subj) and self.speaker(verb)))


def _name_words(text: str) -> frozenset[str]:
    """A name's words, lower-cased, without an article or a possessive ending."""
    return frozenset(w.strip("'’").lower().removesuffix("'s") for w in text.split()
                     if w.lower() not in ("the", "a", "an"))


def misattached_conj(v: Token) -> bool:
    """A finite verb the parse coordinated with a gerund ("accused X of sacrificing Y and
    called on Z": "called" hangs on "sacrificing"); a tense no gerund coordinates with."""
    return v.dep_ == "conj" and v.tag_ in FINITE_TAGS and v.head.tag_ == "VBG"


def finite_head(v: Token) -> Token:
    """The nearest finite verb above a misattached conjunct, or its head."""
    t = v.head
    while t.head.i != t.i:
        t = t.head
        if t.tag_ in FINITE_TAGS:
            return t
    return v.head


def _non_actor_relative(verb: Token, subj: Token) -> bool:
    """"the ruling, which rejected X" and a relative clause whose subject is its head."""
    if subj.lower_ in ("which", "that") and subj.i != verb.i and subj.head.dep_ == "relcl":
        return True
    return subj.i == verb.head.i and verb.dep_ == "relcl"


def _statement_index(doc: Doc) -> tuple[dict[int, tuple[str | None, str]],
                                        dict[int, list[str]]]:
    """Token index -> (speaker, statement id) for tokens inside statement contents, and
    token index -> every speaker of a statement with that content (joint statements)."""
    out: dict[int, tuple[str | None, str]] = {}
    speakers: dict[int, list[str]] = {}
    for st, sp in _spoken(doc, "content"):
        pair, speaker = (st.speaker, st.id), st.speaker
        for i in range(sp.start, sp.end):
            if i not in out:
                out[i] = pair
            who = speakers.get(i)
            if who is None:
                speakers[i] = [speaker]
            elif speaker not in who:
                who.append(speaker)
    return out, speakers


def _cue_index(doc: Doc) -> dict[int, list[str]]:
    """Token index -> the speakers of the statements whose cue covers it."""
    out: dict[int, list[str]] = {}
    for st, sp in _spoken(doc, "cue"):
        for i in range(sp.start, sp.end):
            who = out.setdefault(i, [])
            if st.speaker not in who:
                who.append(st.speaker)
    return out


def _spoken(doc: Doc, part: str) -> Iterator[tuple[Statement, SpacySpan]]:
    """Each statement with a speaker and its ``part`` ("content" or "cue"), with the tokens
    of that part."""
    for st in doc._.statements or []:
        where = getattr(st, part)
        if where is None or st.speaker is None:
            continue
        sp = expanded_span(doc, where.start, where.end)
        if sp is not None:
            yield st, sp


def issued_medium(v: Token) -> bool:
    """"issued a statement welcoming X" (the events' rule, ``sent_message``, on spaCy's
    tokens)."""
    noun = v.head
    return sent_message(v.dep_, noun.lemma_.lower(), noun.dep_, noun.head.lemma_.lower())
