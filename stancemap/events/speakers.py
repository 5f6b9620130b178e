"""Event coder: who reports an event: speech verbs, quotations, statements and a state's own
people."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.coref import title_owner
from ..actors.gazetteer import gazetteer
from ..actors.sources import unnamed_individual
from ..actors.tokens import doc_text, expanded_span
from .frames import Context, Frame
from .parse import _child
from .vocab import SPEAKER_VOICED

#: how many clauses inside a reported clause an act coordinated with it may hang on
REPORTED_DEPTH = 3


class Speakers:
    """Who reports an event: speech verbs, quotations, statements and a state's own people.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _set_speaker(self, verb: Token, ctx: Context) -> None:
        ctx.reported = True
        if ctx.speaker:
            return
        subj = _child(verb, "nsubj") or self._inherited_subject(verb)
        if subj is None:
            agent = _child(verb, "agent")
            subj = _child(agent, "pobj") if agent is not None else None
        if subj is not None:  # "Germany and France said ...": both speak
            ctx.speaker = self._each_actor(subj, False, 0)
            ctx.speaker_tok = subj
            named = self._named_apposition(subj)
            if named is not None:  # "a State Department spokeswoman, Jane Miller, said"
                ctx.speaker = named

    def _named_apposition(self, subj: Token) -> list[str] | None:
        """The person a description of a speaker names in apposition ("a State Department
        spokeswoman, Jane Miller"): the person speaks, not the body the description names."""
        if subj.pos_ != "NOUN":
            return None
        for c in subj.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                people = [a for a in self.actors(c, allow_speaker=False)
                          if getattr(self.actor_by_id.get(a), "type", None) == "person"]
                if people:
                    return people
        return None

    def _speaker_from_children(self, v: Token, ctx: Context) -> None:
        """``"...," X said``: the speech verb may hang below the event's clause."""
        root = v
        while root.dep_ in ("conj", "xcomp", "ccomp", "advcl") and root.head.i != root.i:
            root = root.head
        for c in root.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and "speech" in self.lex.kinds(
                c.lem
            ) and c.i > v.i and not _absolute(c):
                self._set_speaker(c, ctx)
                return
            if c.dep_ == "prep" and c.lower_ == "according":
                to = _child(c, "prep")
                pobj = _child(to, "pobj") if to is not None else None
                if pobj is not None:
                    ctx.reported = True
                    ctx.speaker = self.actors(pobj, allow_speaker=False)
                    ctx.speaker_tok = pobj
                    return
        sp = self._quote_speaker(v)
        if sp is not None:
            ctx.reported = True
            ctx.speaker, ctx.speaker_tok = sp

    def _statement_index(self, doc: Doc) -> list[tuple[int, int, str]]:
        stmts = doc._.statements
        out = []
        if isinstance(stmts, list):
            for s in stmts:
                content = getattr(s, "content", None)
                speaker = getattr(s, "speaker", None)
                if content is not None and speaker:
                    out.append((content.start, content.end, speaker))
        return out

    def _quotes(self) -> list[tuple[int, int]]:
        if self.quote_spans is None:
            spans = []
            article = self.doc._.article
            text = getattr(article, "text", None)
            last = self.doc[-1] if len(self.doc) else None
            if not isinstance(text, str) or last is None or (
                len(text) != last.idx + len(last.text_with_ws)
            ):
                text = doc_text(self.doc)
            for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text):
                spans.append((m.start(), m.end()))
            self.quote_spans = spans
        return self.quote_spans

    def _quote_speaker(self, v: Token) -> tuple[list[str], Token | None] | None:
        pos = v.idx
        for start, end, speaker in self.statements:
            if start <= pos < end:
                return [speaker], None
        for q in self._quotes():
            if q[0] <= pos < q[1]:
                if q not in self.quote_speaker:
                    self.quote_speaker[q] = self._find_quote_speaker(q)
                found = self.quote_speaker[q]
                return found if found[0] else None
        return None

    def _find_quote_speaker(self, q: tuple[int, int]) -> tuple[list[str], Token | None]:
        doc = self.sdoc
        first = expanded_span(self.doc, q[0], q[0] + 1)
        last = expanded_span(self.doc, q[1] - 1, q[1])
        sents = []
        if last is not None:
            sents.append(doc[last[0].i].sent)
        if first is not None and doc[first[0].i].sent not in sents:
            sents.append(doc[first[0].i].sent)
        for sent in sents:
            for tok in sent:
                if q[0] <= tok.idx < q[1]:
                    continue
                if "speech" in self.lex.kinds(tok.lem) and tok.is_verb:
                    subj = _child(tok, "nsubj")
                    if subj is not None and not (q[0] <= subj.idx < q[1]):
                        return self.actors(subj, allow_speaker=False), subj
        # "X was blunt: '...'"
        if first is not None:
            i = first[0].i - 1
            if i >= 0 and doc[i].text == ":":
                root = doc[i].sent.root
                subj = _child(root, "nsubj")
                if subj is not None:
                    return self.actors(subj, allow_speaker=False), subj
        return [], None

    def _climb_for_speaker(self, tok: Token, ctx: Context) -> None:
        cur = tok.head
        for _ in range(10):
            if "speech" in self.lex.kinds(cur.lem) and cur.is_verb:
                self._set_speaker(cur, ctx)
                if ctx.speaker:
                    return
            if cur.head.i == cur.i:
                break
            cur = cur.head
        self._speaker_from_children(tok.head, ctx)

    def _speaker_of_conjunct(self, v: Token) -> Token | None:
        """"X said the charges were fantasy and accused Y": an act coordinated (by the
        parse) with a reported clause whose subject is a thing belongs to the reporter."""
        host = self._reporting_host(v)
        return _child(host[0], "nsubj") if host is not None else None

    def _reporting_host(self, v: Token) -> tuple[Token, bool] | None:
        """The speech verb of the reported clause that the parse coordinates the act ``v``
        with (see ``_speaker_of_conjunct``), and whether the act hangs on a clause inside
        that reported clause ('told X his government would act "if that is what Y requires"
        and accused Z', 'say any delay rewards the Kremlin and urge the Commission'); None
        where the shape is not this one."""
        top, deep = v, False
        for _ in range(REPORTED_DEPTH):
            while top.head.i != top.i and (top.dep_ == "conj" or (
                top.dep_ == "advcl" and top.tag_ == "VBG" and top.i > top.head.i)):
                top = top.head  # (", citing X, and urged Y": through the speaker's participle)
            if top.dep_ == "acomp" and top.head.lem == "be" and top is not v:
                top = top.head  # "said it was shocked and accused Y": (the parse hangs the act
                # on the adjective)
            if top.dep_ in ("advcl", "ccomp") and top is not v and top.head.i != top.i and not (
                top.dep_ == "ccomp" and "speech" in self.lex.kinds(top.head.lem)
            ):  # a clause inside the reported one
                top, deep = top.head, True
                continue
            break
        if top.dep_ == "ccomp" and "speech" in self.lex.kinds(top.head.lem) and (
            (v.tag_ in ("VBD", "VBZ", "VBP") and v.tag_ == top.head.tag_)  # finite, like "said"
            or (v.tag_ == "VB" and top.head.tag_ == "VBP" and not any(  # ("say ... and urge":
                c.dep_ == "aux" for c in v.children))  # a present plural tagged as a base form)
            or (v.tag_ == "VBN" and top.head.tag_ == "VBD" and not any(  # (tagged VBN)
                c.dep_ in ("aux", "auxpass") for c in v.children))
        ):
            return top.head, deep
        return None

    def _speaker_for_state(self, f: Frame, ctx: Context,
                           sources: list[tuple[str | None, Token | None]],
                           targets: set[str] | None = None
                           ) -> list[tuple[str | None, Token | None]]:
        """A position or intention of a state or body, voiced by one of its own people, is
        that person's act: "Lund said Copenhagen would veto it" is Lund REJECT, "the envoy
        said the AU would invite both sides" the envoy's AGREE, "the minister said Ankara would
        open the border" the minister's CONCEDE. Acts of other actors the speaker reports stay
        theirs."""
        if (f.type not in SPEAKER_VOICED and not (f.type == "CONCEDE" and ctx.future)) or (
                not ctx.reported or len(ctx.speaker) != 1):
            return sources
        if any(c.dep_ == "aux" and c.lem == "have" for c in f.verb.children):
            return sources  # "said France had rejected it": a past act of the state
        speaker = self.actor_by_id.get(ctx.speaker[0])
        if speaker is None or speaker.type != "person":
            return sources
        if ctx.speaker_tok is not None and unnamed_individual(ctx.speaker_tok):
            return sources  # "an EU official said the bloc welcomed X": the bloc's act
        out: list[tuple[str | None, Token | None]] = []
        for a, tok in sources:
            if a is not None and a != speaker.id and self._affiliated(speaker, a) and (
                not self._restated(a, f.type, targets or set())
            ):
                if all(x != speaker.id for x, _ in out):
                    out.append((speaker.id, ctx.speaker_tok))
            else:
                out.append((a, tok))
        return out

    def _restated(self, actor_id: str, etype: str, targets: set[str]) -> bool:
        """Did the state or body just do this very act (this sentence or the one before, to
        the same target or to one this act does not name)? "France backed the call. 'France
        supports a moratorium,' said Roux": the quote restates France's act, it stays
        France's."""
        return any(e.source == actor_id and e.type == etype and e.sentence is not None and (
            self.sent_index - e.sentence <= 1) and (not targets or e.target in targets)
            for e in self.events)

    def _affiliated(self, person: Any, actor_id: str) -> bool:
        """Does ``person`` speak for the state or body ``actor_id`` (its country, or a body
        named in the person's title: "African Union envoy Grace Achieng")?"""
        actor = self.actor_by_id.get(actor_id)
        if actor is None or actor.type == "person":
            return False
        if actor.type == "country":
            return bool(person.country) and actor.country == person.country
        titles = [m.text.lower() for m in person.mentions]
        names = {m.text.lower() for m in actor.mentions if len(m.text) > 3} | {
            actor.name.lower()}
        if any(n in t for n in names for t in titles if n != t):
            return True
        # "The AU's special envoy": a short name the gazetteer knows for the body; "Its
        # head": a word of the title that refers to it
        for m in person.mentions:
            if any(_names_body(w, actor.name)
                   for w in re.findall(r"[A-Z][A-Z.]+(?=['’]s\b|\b)", m.text)):
                return True
            span = expanded_span(self.doc, m.start, m.end)
            if span is None or not len(span):
                continue
            if any(self.mmap.get(t.i) == actor_id for t in span):
                return True
            if span[0].lower_ == "its" and self._last_body_before(span.start) == actor_id:
                return True  # "The European Union said ... Its head, Markus Albrecht, said"
        return False

    def _last_body_before(self, i: int) -> str | None:
        """The body "Its" opening a title at token ``i`` refers to, as coreference reads a
        title's possessor (``actors.coref.title_owner``), over the states' and bodies'
        mentions."""
        things: list[tuple[int, int, str]] = []
        for j, a in sorted(self.mmap.items()):
            actor = self.actor_by_id.get(a)
            if actor is None or actor.type not in ("country", "organization"):
                continue
            if things and things[-1][1] == j and things[-1][2] == a:
                things[-1] = (things[-1][0], j + 1, a)
            else:
                things.append((j, j + 1, a))
        return title_owner(self.doc, i, things)


def _names_body(word: str, name: str) -> bool:
    """Is ``word`` a short name of the body called ``name`` ("AU", "U.N.")?"""
    entry = gazetteer().lookup(word)
    return entry is not None and entry.kind == "org" and entry.name.lower() == name.lower()


def _absolute(c: Token) -> bool:
    """"A party voted no, its chair arguing that ...": a participle clause with a
    subject of its own (an absolute) tells that subject's words, not who told the main act,
    which stays its own subject's (stop 32)."""
    return c.dep_ == "advcl" and c.tag_ == "VBG" and _child(c, "nsubj") is not None
