"""Merging: one statement per content and cue, nested attributions dropped, records made.

Statements only meet where their words overlap or touch, so each kept statement is indexed by
the blocks of :data:`BLOCK` characters its content, cue and source cover (a paragraph index
would pair every two statements of a long paragraph): the merge is linear in the text.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.gazetteer import gazetteer
from ..actors.sources import add_source_actor, plural_members, source_noun
from ..actors.titles import is_role_word
from ..actors.tokens import expanded_span, sentence_index
from ..model import Span, Statement
from . import nesting
from .context import Context, Found, overlap, unique, within
from .nesting import load_nested
from .quotes import QUOTE_CHARS
from .speakers import agent_of

#: characters per block of the index that finds the statements a statement may clash with
BLOCK = 1000
#: two statements with this share of the shorter content in common say the same thing
CUE_RULE = "cue-"  # the rule name of a lexicon cue: "cue-" and its class
SAME_CONTENT = 0.8


class Blocks:
    """The kept statements by the blocks of text they cover."""

    def __init__(self) -> None:
        self.near: dict[int, list[Found]] = {}

    @staticmethod
    def blocks(f: Found) -> range:
        lo, hi = f.content
        for span in (f.cue, f.source):
            if span is not None:
                lo, hi = min(lo, span[0]), max(hi, span[1])
        return range((lo - 1) // BLOCK, (hi + 1) // BLOCK + 1)

    def add(self, f: Found) -> None:
        for p in self.blocks(f):
            self.near.setdefault(p, []).append(f)

    def neighbours(self, f: Found) -> list[Found]:
        """The statements in the blocks ``f`` covers, each once, in the order they came."""
        seen: dict[int, Found] = {}
        for p in self.blocks(f):
            for g in self.near.get(p, []):
                seen[id(g)] = g
        return list(seen.values())


def merge(ctx: Context, found: list[Found]) -> list[Statement]:
    """One statement per content and cue (the surer first); nested attributions dropped."""
    found = [f for f in found if f.content[1] > f.content[0]]
    for f in found:
        leave_out_tag(ctx.text, f)
    if not ctx.polnear_spans:
        found = [g for f in found for g in split_at_tag(ctx, f)]
    found.sort(key=lambda f: (-f.priority, f.content[0]))
    if ctx.polnear_spans:
        found = one_of_nested(ctx, found)
    index = Blocks()
    kept: list[Found] = []
    gaps = ctx.polnear_spans
    for f in found:
        if not _clashes(f, index.neighbours(f), _relayed(ctx, f), gaps):
            kept.append(f)
            index.add(f)
    final = [f for f in kept if not _nested(f, index.neighbours(f), _in_relative(ctx, f),
                                            _relayed(ctx, f), gaps)]
    final.sort(key=lambda f: (f.content[0], f.cue[0] if f.cue else 0))
    unnamed = [f for f in final if not any(f.speakers) and _relayed(ctx, f)]
    _unnamed_sources(ctx, final)
    # a relayed report whose teller no actor could be made for is left to its report
    final = [f for f in final if any(f.speakers) or all(f is not g for g in unnamed)]
    _role_pronouns(ctx, final)
    return records(ctx, final)


#: what sets a tag inside a content apart ("The plan, she said, is dead")
TAG_MARKS = ",;—–("
TAG_ENDS = ",;—–)"


def leave_out_tag(text: str, f: Found) -> None:
    """A statement's own attribution is never part of its content: where its cue stands inside
    the content ("The plan, Ana Ruiz said on Monday, is dead"), the content is the words either
    side, in two fragments, the tag with the marks that set it apart left out."""
    if f.fragments:
        return
    pieces = without_tag(text, f.content, f.cue, f.source)
    if len(pieces) == 2:
        f.fragments = pieces
    if pieces:
        f.content = (pieces[0][0], pieces[-1][1])


Chars = tuple[int, int]


def split_at_tag(ctx: Context, f: Found) -> list[Found]:
    """"She does not blame the unions, she said, and she does not blame the government": a
    reported content its own tag breaks where a conjunction (``tag_conjunctions``) goes on
    after it is two statements of the same speaker and cue, one either side of the tag, the
    conjunction left out (the gold files' convention, dev24-dev42); a quotation's pieces
    ('"A," he said, "and B."') stay one. Outside PolNeAR's conventions."""
    if f.kind == "direct":
        return [f]
    if not f.fragments and f.cue is not None and f.cue_tok is not None and (
            f.content[0] < f.cue[0] and f.cue[1] == f.content[1]):
        return _tag_last(ctx, f)
    if len(f.fragments) != 2:
        return [f]
    (s1, e1), (s2, e2) = f.fragments
    k, _ = ctx.tok_range(s2, e2)
    if k is None or ctx.doc[k].lower_ not in ctx.words.tag_conjunctions or (
            ctx.doc[k].dep_ != "cc") or k + 1 >= len(ctx.doc) or ctx.doc[k + 1].idx >= e2:
        return [f]
    second = replace(f, content=(ctx.doc[k + 1].idx, e2), fragments=[])
    return [replace(f, content=(s1, e1), fragments=[]), second]


def _tag_last(ctx: Context, f: Found) -> list[Found]:
    """"She does not blame the unions, she said, and she does not blame the government" where
    the parse leaves the second clause out of the content: the content is the words before
    its tag, and the clause after the conjunction is a second statement."""
    lo = min(f.cue[0], f.source[0]) if f.source is not None else f.cue[0]
    start = max(ctx.text.rfind(m, f.content[0], lo) for m in TAG_MARKS)
    if start <= f.content[0]:
        return [f]
    first = replace(f, content=_trimmed(ctx.text, f.content[0], start))
    doc = ctx.doc
    v = doc[f.cue_tok]
    k = v.right_edge.i + 1
    while k < len(doc) and doc[k].is_punct and not doc[k].is_quote:
        k += 1
    cc = doc[k] if k < len(doc) else None
    if cc is None or cc.dep_ != "cc" or cc.lower_ not in ctx.words.tag_conjunctions:
        return [first]
    conj = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i and any(
        k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
    if conj is None or cc.head.i != v.head.i:
        return [first]
    e = conj.right_edge.i
    while e > conj.i and doc[e].is_punct and not doc[e].is_quote:
        e -= 1
    end = doc[e]
    second = replace(f, content=_trimmed(ctx.text, doc[cc.i + 1].idx, end.idx + len(end)))
    return [first, second]


def without_tag(text: str, content: Chars, cue: Chars | None, source: Chars | None
                ) -> list[Chars]:
    """``content`` as the pieces either side of its own tag (``cue`` and ``source``, with the
    marks that set them apart) when the cue stands inside it; else ``[content]``."""
    if cue is None or not (content[0] < cue[0] and cue[1] < content[1]):
        return [content]
    lo, hi = cue
    if source is not None and source[0] < content[1] and content[0] < source[1]:
        lo, hi = min(lo, source[0]), max(hi, source[1])
    start = max(text.rfind(m, content[0], lo) for m in TAG_MARKS)
    ends = [k for k in (text.find(m, hi, content[1]) for m in TAG_ENDS) if k >= 0]
    start = lo if start < content[0] else start
    end = min(ends) + 1 if ends else hi
    pieces = [_trimmed(text, content[0], start), _trimmed(text, end, content[1])]
    return [p for p in pieces if p[1] > p[0]]


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without spaces or the marks that set a tag apart at either end."""
    while s < e and (text[s].isspace() or text[s] in TAG_MARKS + TAG_ENDS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in TAG_MARKS + TAG_ENDS):
        e -= 1
    return s, e


def _unnamed_sources(ctx: Context, final: list[Found]) -> None:
    """"the Florida senator said", "analysts say": speaker words that match no actor become
    one, coded from their words (:func:`stancemap.actors.sources.add_source_actor`); a plural
    that stands for actors named before ("both candidates said") is each of them
    (:func:`stancemap.actors.sources.plural_members`)."""
    made_by_text: list[Found] = []  # statements whose source is a text ("The statement said")
    for f in sorted(final, key=lambda g: g.content[0]):
        if f.source is not None and ctx.text[f.source[0]:f.source[1]].lower() == "it" and (
                made_by_text) and set(f.speakers) <= {None, *made_by_text[-1].speakers} and (
                _sentences_apart(ctx, made_by_text[-1].content[1], f.source[0]) <= 2):
            # "The statement said: '...' It went on: '...'": the same text, all its makers
            f.speakers = list(made_by_text[-1].speakers)
            made_by_text.append(f)
            continue
        if f.source is not None and (not any(f.speakers) or _own_group(ctx, f)):
            members = plural_members(ctx.doc, *f.source)
            if members and _bare_noun_phrase(ctx, f.content):
                # "both candidates criticised the tariffs": a bare noun phrase, no words of
                # theirs, stays a stance of each member (the stance layer) and no statement
                final.remove(f)
                continue
            if members:
                f.speakers = members
                if _names_a_text(ctx, f.source):
                    made_by_text.append(f)
                continue
            if any(f.speakers):  # the plural's own group, no members found
                continue
            sid = add_source_actor(ctx.doc, *f.source) or _possessor(ctx, f.source)
            f.speakers = [sid] if sid else f.speakers


def _own_group(ctx: Context, f: Found) -> bool:
    """Is every speaker of ``f`` a group actor the source phrase itself names ("the three
    governments", "their transport ministries"), which :func:`plural_members` may read as the
    actors named before?"""
    doc = ctx.doc
    types = {a.id: a for a in doc._.actors or []}
    for sid in f.speakers:
        actor = types.get(sid) if sid else None
        if actor is None or actor.type != "group" or not any(
                f.source[0] <= m.start and m.end <= f.source[1] for m in actor.mentions):
            return False
    return True


#: subject pronouns of one person (``_role_pronouns``)
PERSON_PRONOUNS = frozenset({"he", "she"})


def _role_pronouns(ctx: Context, final: list[Found]) -> None:
    """'The committee's chairman declined to say whether X. "Y," he told reporters': a
    speaker's "he" or "she" at once after a sentence whose subject is an unnamed holder of a
    role ("The committee's chairman", "The prime minister", "its leader") is that holder;
    coreference, run before the holder was an actor, may have linked the pronoun to a name
    the sentence only mentions."""
    doc = ctx.doc
    for f in final:
        word = ctx.text[f.source[0]:f.source[1]].lower() if f.source is not None else ""
        if word not in PERSON_PRONOUNS:
            continue
        tok, _ = ctx.tok_range(f.source[0], f.source[1])
        if tok is None or ctx.sent_of[tok] == 0:
            continue
        if any(doc[k].lower_ in PERSON_PRONOUNS - {word}
               for k in range(ctx.sent_bounds(tok)[0], tok) if not ctx.in_quote(doc[k].idx)):
            continue  # "When she arrived, he said": another person's pronoun comes first
        subj = _role_sentence_subject(ctx, tok, word)
        if subj is None or subj.tag_ != "NN" or not subj.is_lower or not is_role_word(
                subj, gazetteer()) or any(
                c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and not any(
                    k.dep_ == "det" for k in c.children) for c in subj.children):
            continue
        held = next((g.speakers for g in final if g.source is not None and g is not f
                     and g.source[0] <= subj.idx < g.source[1]), None)
        aid = ctx.actor(subj.i) or (held[0] if held and len(held) == 1 else None) or (
            add_source_actor(doc, *ctx.np_chars(subj)) if held is None else None)
        kinds = {a.id: a.type for a in doc._.actors or []}
        if aid is not None and kinds.get(aid) == "person" and f.speakers != [aid]:
            f.speakers = [aid]


#: how many sentences of the same speaker's words ``_role_sentence_subject`` steps back over
ROLE_CHAIN_REACH = 3


def _role_sentence_subject(ctx: Context, tok: int, word: str) -> Token | None:
    """The subject of the sentence before the one of token ``tok`` (a speaker's ``word``,
    "he" or "she"), stepping back over sentences that only carry on that speaker: one whose
    subject is the same pronoun ("He says X. \"Y,\" he says") or that is all quotation
    ("\"Z.\" W, he adds"), at most ``ROLE_CHAIN_REACH`` of them; ``None`` past the
    paragraph before the pronoun's."""
    doc = ctx.doc
    k = ctx.sent_of[tok] - 1
    for _ in range(ROLE_CHAIN_REACH + 1):
        while k > 0 and not any(t.is_alpha for t in doc[ctx.sents[k][0]:ctx.sents[k][1] + 1]):
            k -= 1  # a paragraph break's or a closing quotation mark's own "sentence"
        lo, hi = ctx.sents[k]
        if ctx.tok_para[tok] - ctx.tok_para[lo] > 1:
            return None
        root = next((doc[j] for j in range(lo, hi + 1) if doc[j].dep_ == "ROOT"), None)
        subj = None if root is None else next(
            (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        quoted = all(ctx.in_quote(doc[j].idx) for j in range(lo, hi + 1) if doc[j].is_alpha)
        same = subj is not None and subj.lower_ == word and not ctx.in_quote(subj.idx)
        if not (same or quoted) or k == 0:
            return subj
        k -= 1
    return None


def _possessor(ctx: Context, source: tuple[int, int]) -> str | None:
    """"Cameroon's shipping registry said", "The head of the Church's press office said": a
    body no rule names, in lower-case words after a state's or an organisation's possessive,
    speaks for its owner, and so does its head."""
    span = expanded_span(ctx.doc, *source)
    if span is None or not len(span):
        return None
    head = span.root
    if head.pos_ != "NOUN" or not head.is_lower:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is not None and obj.pos_ == "NOUN" and obj.is_lower and not ctx.actor(obj.i):
        head = obj  # "The head of the Church's public relations office said": the office's
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or any(not t.is_lower for t in span if t.i > owner.right_edge.i):
        return None
    aid = ctx.actor(owner.i)
    kinds = {a.id: a.type for a in ctx.doc._.actors or []}
    return aid if kinds.get(aid) in ("country", "organization") else None


def _names_a_text(ctx: Context, source: tuple[int, int]) -> bool:
    """Is the source phrase a text ("The statement", "the communique")?"""
    span = expanded_span(ctx.doc, *source)
    if span is None or not len(span):
        return False
    noun = source_noun(span.root.lemma_.lower()) or source_noun(span.root.lower_)
    return noun is not None and noun.type == "none"


def _sentences_apart(ctx: Context, a: int, b: int) -> int:
    """How many sentence starts lie between characters ``a`` and ``b``."""
    ta, tb = ctx.tok_range(a, a + 1)[0], ctx.tok_range(b, b + 1)[0]
    if ta is None or tb is None:
        return 99
    return max(0, sentence_index(ctx.doc, tb) - sentence_index(ctx.doc, ta))


def _bare_noun_phrase(ctx: Context, content: tuple[int, int]) -> bool:
    """Is the content a noun phrase with no clause ("the federal tariffs", "the tariffs
    imposed on parts"), nor an infinitive ("the Commission to reject it")?"""
    span = expanded_span(ctx.doc, *content)
    if any(c in QUOTE_CHARS for c in ctx.text[max(0, content[0] - 2):content[1] + 2]):
        return False  # quoted words are theirs
    return span is not None and len(span) > 0 and span.root.pos_ in ("NOUN", "PROPN") and not any(
        t.dep_ in ("nsubj", "nsubjpass", "relcl", "ccomp") or t.tag_ == "TO" for t in span)


def one_of_nested(ctx: Context, found: list[Found]) -> list[Found]:
    """Under PolNeAR's conventions, which never nest attributions: of a report and one
    inside its content, the one the nested-report model (:mod:`.nesting`) is sure PolNeAR
    draws; where it is not sure, both go on to the priorities. A relayed report is not asked:
    it stands beside its report. Nor is a report in a non-restrictive relative clause of the
    outer content ("said X, whom he described as Y"): both stand, the outer content ended
    before the clause (:func:`.nesting.trimmed_outer`)."""
    model = load_nested() if nesting.ON else None
    if model is None:
        return found
    index = Blocks()
    for f in found:
        index.add(f)
    losers: set[int] = set()
    for f in found:
        if f.cue is None or _relayed(ctx, f):
            continue
        for g in index.neighbours(f):
            if g is f or g.cue is None or not in_content(f.cue, g, True):
                continue
            trimmed = nesting.trimmed_outer(ctx.doc, g, f)
            if trimmed is not None:
                g.content = trimmed
                continue
            choice = model.choice(ctx, g, f)
            if choice is not None:
                losers.add(id(f) if choice == "outer" else id(g))
    return [f for f in found if id(f) not in losers]


def in_content(span: Chars, g: Found, gaps: bool = False) -> bool:
    """Is ``span`` inside ``g``'s content? With ``gaps`` (PolNeAR's conventions), inside one of
    its fragments: a quotation broken by its tag ('"A," said X, who noted that B. "C"') leaves
    the tag, and a report told in it, out of its content."""
    pieces = g.fragments if gaps and g.fragments else [g.content]
    return any(within(span, p) for p in pieces)


def _shared(f: Found, g: Found, gaps: bool) -> int:
    """Characters of ``f``'s content inside ``g``'s (with ``gaps``, inside its fragments)."""
    pieces = g.fragments if gaps and g.fragments else [g.content]
    return sum(overlap(f.content, p) for p in pieces)


def _clashes(f: Found, others: list[Found], relayed: bool = False, gaps: bool = False) -> bool:
    """Does a statement of ``others`` report the same words as ``f`` (same cue, or mostly the
    same content)? (A relayed report, ``relayed``, stands beside the report it is told in;
    ``gaps``: see :func:`in_content`.)"""
    for g in others:
        if relayed and f.cue is not None and within(f.cue, g.content):
            continue
        shared = _shared(f, g, gaps)
        if shared > 0 and (
                f.cue_tok is not None and f.cue_tok == g.cue_tok or
                shared >= SAME_CONTENT * min(
                    f.content[1] - f.content[0], g.content[1] - g.content[0])):
            return True
    return False


def _relayed(ctx: Context, f: Found) -> bool:
    """Is ``f`` a second speaker's words relayed inside a report ("A said B had told him
    that X", "A told the chamber that B had assured her X", "had instructed him to X")? A
    verb of the ``relayed`` class in the perfect, with its own subject and the one told,
    itself the reported clause of a cue: the development sets' gold (dev25, dev28-dev31)
    counts it beside A's statement. So is its passive with the teller after "by" ("A said
    she had been told by B that X": dev28-dev41)."""
    if f.cue_tok is None or f.rule == "model" or not any(f.speakers) and f.source is None:
        return False
    v = ctx.doc[f.cue_tok]
    kids = list(v.children)
    if v.lemma_ not in ctx.words.relayed or not _perfect_participle(v, ctx.polnear_spans) or not (
            v.dep_ == "ccomp" or not ctx.polnear_spans and _second_report_clause(v)):
        return False
    indefinite = frozenset() if ctx.polnear_spans else ctx.words.indefinite_tellers
    if any(c.dep_ == "auxpass" for c in kids) and not ctx.polnear_spans:
        # "A said she had been told by B that X": the teller after "by"
        teller = agent_of(v)
        return teller is not None and (any(f.speakers) or _holder(teller, True) or (
            _teller(teller, indefinite))) and v.head.pos_ in ("VERB", "AUX")
    if not any(f.speakers) and not any(
            _holder(c) or _teller(c, indefinite) for c in kids if c.dep_ == "nsubj"):
        # a relayed report whose speaker no actor names yet stands beside the report only
        # when a definite holder of a role tells it ("the party chairman had told him", "the
        # mayor's former driver had told prosecutors") or, outside PolNeAR's conventions, an
        # indefinite one ("a senior prison official had told the delegation", "several
        # colonels had told him": counted by the gold of dev30-dev42); a teller no source
        # actor can be made for is left to the report it is told in (``merge``)
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids) and any(
        c.dep_ == "nsubj" for c in kids) and any(c.dep_ in ("dobj", "dative") for c in kids) and (
        v.head.pos_ in ("VERB", "AUX"))


def _perfect_participle(v: Token, polnear: bool) -> bool:
    """Is ``v`` a past participle, or (outside PolNeAR's conventions) a past form the tagger
    gave a participle after "had" ("the president had told him on Thursday that X")?"""
    return v.tag_ == "VBN" or not polnear and v.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)


def _teller(s: Token, indefinite: frozenset[str]) -> bool:
    """An indefinite teller the gold files count beside the report it is told in ("several
    serving colonels had told him that X", "he had been told by a senior minister that Y"): a
    common noun with a word of ``indefinite`` ("a", "several") or a number, or a bare plural
    (none where ``indefinite`` is empty: PolNeAR's conventions)."""
    if s.pos_ != "NOUN" or not indefinite:
        return False
    return any(c.dep_ in ("det", "amod") and c.lower_ in indefinite or c.dep_ == "nummod"
               for c in s.children) or s.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss") for c in s.children)


def _second_report_clause(v: Token) -> bool:
    """"A said X, and that B had told it Y": a that-clause coordinated with a reported clause
    (the parse hangs it on the first one) is reported as the first is."""
    first = v.left_edge
    return v.dep_ == "conj" and v.head.dep_ == "ccomp" and first.i < v.i and (
        first.dep_ == "mark" and first.lower_ == "that")


def _holder(s: Token, proper: bool = False) -> bool:
    """A common-noun subject with "the" or a possessor: a definite holder of a role (with
    ``proper``, a noun the tagger took for a name counts too: "by the Ministry")."""
    return (s.pos_ == "NOUN" or proper and s.pos_ == "PROPN") and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in s.children)


def _in_relative(ctx: Context, f: Found) -> bool:
    """Is ``f`` said in a relative clause on its speaker ("O'Donnell, who said X, recalled
    Y")? Only "say" itself: a relative clause with another cue ("which had pressed the
    government to X") mostly tells background, which the gold files do not count."""
    if f.cue_tok is None:
        return False
    v = ctx.doc[f.cue_tok]
    return v.dep_ == "relcl" and (v.lemma_ == "say" or ctx.polnear_spans and any(
        c.dep_ == "ccomp" and c.left_edge.idx <= f.content[0] <= c.right_edge.idx
        for c in v.children))


def _nested(f: Found, others: list[Found], relative: bool = False,
            relayed: bool = False, gaps: bool = False) -> bool:
    """Is ``f``'s cue inside the content or source of another statement at least as sure,
    or would ``f`` swallow the cue of a surer one? (A report said in a relative clause on the
    other's speaker, ``relative``, and a relayed report, ``relayed``, stand beside it;
    ``gaps``: see :func:`in_content`.)"""
    for g in others:
        if g is f:
            continue
        if f.cue is not None and g.priority >= f.priority and (
                in_content(f.cue, g, gaps) and not relayed or g.source is not None
                and within(f.cue, g.source) and not relative):
            return True
        if g.cue is not None and g.priority > f.priority and within(g.cue, f.content):
            return True
    return False


def records(ctx: Context, final: list[Found]) -> list[Statement]:
    """The statements, one per speaker, with ids in text order."""
    text = ctx.text
    out: list[Statement] = []
    for f in final:
        cs, ce = f.content
        kind = f.kind
        if f.kind != "direct" or f.rule == "label":
            kind = ctx.kind_of(cs, ce)
            if kind == "direct" and f.rule != "label":
                kind = "mixed"  # a quoted complement: called it "absurd"
        for sp in unique(f.speakers):
            out.append(Statement(
                id=f"s{len(out) + 1}",
                speaker=sp,
                kind=kind,
                cue=Span(f.cue[0], f.cue[1], text[f.cue[0]:f.cue[1]]) if f.cue else None,
                content=Span(cs, ce, text[cs:ce]),
                source=Span(f.source[0], f.source[1], text[f.source[0]:f.source[1]])
                if f.source else None,
                attribution=attribution(ctx, f),
                fragments=[Span(a, b, text[a:b]) for a, b in f.fragments]
                if len(f.fragments) > 1 else [],
            ))
    return out


def attribution(ctx: Context, f: Found) -> str:
    """What ``f``'s words are: a poll's or a text's finding when its source names one
    ("a new poll found", "according to the report"), else the class of its cue (speech,
    belief, intention; the model's cues by their word in the lexicon)."""
    if f.source is not None:
        lemmas = {t.lemma_.lower() for t in expanded_span(ctx.doc, *f.source) or ()}
        if lemmas & ctx.words.polls:
            return "poll"
        if lemmas & ctx.words.reports:
            return "document"
    cls = f.rule[len(CUE_RULE):] if f.rule.startswith(CUE_RULE) else ""
    if not cls and f.rule == "model" and f.cue_tok is not None:
        cue = ctx.lex.verbs.get(ctx.doc[f.cue_tok].lemma_.lower())
        cls = cue.cls if cue is not None else ""
    return cls if cls in ("belief", "intention") else "speech"
