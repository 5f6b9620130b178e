"""Content boundaries: the complement a cue verb reports, as a character span."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.tokens import table
from .context import SENT_END, SUBJ, Context
from .cues import from_verb_ok, verb_cue
from .speakers import subject_of

Chars = tuple[int, int]


class _Miss:
    """A frame that does not apply to a cue: the next frame is tried."""


#: what a frame rule returns when its frame does not apply (None: it applies, no content)
MISS = _Miss()

#: a mark that closes a trailing tag's clause as a sentence's end does ("X, analysts say; Y")
CLAUSE_END = {";"}
#: relations of the words before a trailing tag that the parse hangs on its verb when it missed
#: the reported clause ("Sorry, X said": advmod; "The fees further Y, the unions say": dobj)
FRONTED_DEPS = {"dobj", "advmod", "intj", "npadvmod", "attr", "dep", "nsubj", "acomp"}
#: a verb's own object after it: the verb is no closing tag ("answered questions")
OBJECTS = {"dobj", "dative", "attr", "oprd"}
#: entity types of words that only date or time the tag ("Hours later, X said")
TIME_ENTS = {"DATE", "TIME"}


def reported_content(ctx: Context, v: Token, frames: frozenset[str], part: Token | None
                     ) -> Chars | None:
    """Character span of the reported content of cue verb ``v``: the first of its frames
    (``cues.tsv``, in the order of :data:`FRAME_RULES`) that applies."""
    kids = list(v.children)
    after = [c for c in kids if c.i > (part.i if part is not None else v.i)]
    if part is not None:
        return particle_content(ctx, v, part, after)
    for frame, rule in FRAME_RULES:
        if frame in frames:
            found = rule(ctx, v, frames, kids, after)
            if found is not MISS:
                return found
    return None


def particle_content(ctx: Context, v: Token, part: Token, after: list[Token]) -> Chars | None:
    """"called for X", "called on X to Y", "pointed out that X"."""
    if part.dep_ == "mark":
        return token_span(ctx, part.i + 1, part.head.right_edge.i, anchor=v)
    objs = [c for c in part.children if c.dep_ in ("pobj", "pcomp")]
    if objs:
        start = objs[0]
        end = max([start.right_edge.i] + [c.right_edge.i for c in after if c.i > start.i and (
            c.dep_ in ("xcomp", "ccomp") or _label_as(c) or _infinitive_after(c, start))])
        if end == start.right_edge.i and v.lemma_ in ctx.words.act and (
                bare_np(ctx, start)):
            return None  # "pushed for a deal": no words reported
        return token_span(ctx, start.left_edge.i, end, anchor=v)
    comp = [c for c in after if c.dep_ in ("ccomp", "dobj", "xcomp")]
    if comp:
        return token_span(ctx, comp[0].left_edge.i, comp[-1].right_edge.i, mark=True,
                          anchor=v)
    return None


def _infinitive_after(c: Token, obj: Token) -> bool:
    """Is ``c`` a to-infinitive the parse hung on the verb as an adverbial clause after its
    object, with at most the verb's prepositional phrases between ("called on armed groups in
    the Sahel to free the captives": the request's content goes on to it)?"""
    first = c.left_edge
    if c.dep_ != "advcl" or first.dep_ != "aux" or first.lower_ != "to" or first.head.i != c.i:
        return False
    k = obj.right_edge.i + 1
    while k < first.i:
        t = c.doc[k]
        if t.dep_ != "prep" or t.head.i != c.head.i or any(
                w.is_punct for w in t.subtree):
            return False
        k = t.right_edge.i + 1
    return k == first.i


def _label_as(c: Token) -> bool:
    """"referred to X as Y": the label after the object belongs to the content."""
    return c.dep_ == "prep" and c.lower_ == "as" and any(k.dep_ == "pobj" for k in c.children)


def clause_frame(ctx: Context, v: Token, frames: frozenset[str], kids: list[Token],
                 after: list[Token]) -> Chars | None | _Miss:
    """1. A that-clause or reported clause ("said [that] X")."""
    para = ctx.para_of_tok(v.i)
    for rule in (_ccomp, _medium_clause, _relcl_object, _fronted_conjunct,
                 _parenthetical_head, _fronted_words):
        found = rule(ctx, v, kids, after, para)
        if found is not None:
            return found
    for c in after:
        # "said, adding that": the clause is parsed as the verb's dobj sometimes
        if c.dep_ in ("dobj",) and c.pos_ in ("VERB", "AUX") and any(
                k.dep_ in SUBJ for k in c.children):
            return clause_span(ctx, c, v)
    return MISS


def _ccomp(ctx: Context, v: Token, kids: list[Token], after: list[Token], para: int
           ) -> Chars | None:
    """The verb's clausal complement in its paragraph, after it or fronted."""
    ccomps = [c for c in kids if c.dep_ == "ccomp" and ctx.para_of_tok(c.i) == para]
    for c in sorted(ccomps, key=lambda c: (c.i < v.i, c.i)):
        if c.i < v.i < c.right_edge.i:
            # "X, he said, Y": the tag inside the clause; the whole stretch
            if parenthetical(ctx, v):
                span = token_span(ctx, c.left_edge.i, c.right_edge.i, anchor=v)
                if span is not None:
                    return span
            continue
        if c.i < v.i and not fronted_ok(ctx, c, v):
            continue
        if c.i > v.i and v.dep_ == "ccomp" and ctx.in_quote(c.idx):
            continue
        span = clause_span(ctx, c, v)
        if span is not None:
            return span
    return None


def _medium_clause(ctx: Context, v: Token, kids: list[Token], after: list[Token], para: int
                   ) -> Chars | None:
    """"said in a statement that X": the that-clause parsed as the medium noun's."""
    for prep in after:
        if prep.dep_ != "prep" or ctx.para_of_tok(prep.i) != para:
            continue
        for noun in prep.children:
            c = next((k for k in noun.children if k.dep_ in ("acl", "ccomp", "relcl")
                      and _complement_clause(k) and k.left_edge.lower_ == "that"), None)
            if noun.dep_ == "pobj" and c is not None:
                return clause_span(ctx, c, v)
    return None


def _relcl_object(ctx: Context, v: Token, kids: list[Token], after: list[Token], para: int
                  ) -> Chars | None:
    """"told the forum he was X": the reported clause parsed as a relative clause."""
    for o in after:
        if o.dep_ in ("dobj", "dative") and ctx.para_of_tok(o.i) == para:
            for r in o.children:
                if r.dep_ == "relcl" and r.i > o.i and any(
                        k.dep_ in ("nsubj", "nsubjpass") and k.lower_ not in ctx.words.relative
                        for k in r.children) and (
                        r.left_edge.lower_ not in ctx.words.relative - {"that"}):
                    span = token_span(ctx, r.left_edge.i, r.right_edge.i, mark=True,
                                      anchor=v)
                    if span is not None:
                        return span
    return None


def _fronted_conjunct(ctx: Context, v: Token, kids: list[Token], after: list[Token], para: int
                      ) -> Chars | None:
    """"Trump could embrace X, Sen. Graham told The Huffington Post"."""
    if v.dep_ in ("conj", "parataxis") and v.head.i < v.i and conj_fronted(ctx, v):
        subj = subject_of(ctx.rules, v)
        end = subj[0].left_edge.i - 1
        return token_span(ctx, v.head.left_edge.i, end, anchor=v)
    return None


def _fronted_words(ctx: Context, v: Token, kids: list[Token], after: list[Token], para: int
                   ) -> Chars | None:
    """"Sorry, Smith said.": the words before a closing tag, parsed as the verb's own."""
    if v.head.i != v.i or any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return None
    doc = ctx.doc
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if not subj:
        return None
    comma = subj[0].left_edge.i - 1 if subj[0].i < v.i else v.i - 1
    start = v.sent.start
    if comma <= start or doc[comma].text != "," or not _tag_closes(doc, v):
        return None
    before = [c for c in kids if c.i < comma and c.dep_ != "punct"]
    if not before or any(c.dep_ not in FRONTED_DEPS or c.right_edge.i >= comma for c in before):
        return None
    if any(c.dep_ in OBJECTS and c.i > v.i for c in kids) or any(
            doc[k].ent_type_ in TIME_ENTS for k in range(start, comma)):
        return None  # "Hours later, X answered questions": a time, and an act with its object
    return token_span(ctx, start, comma - 1, anchor=v)


def _tag_closes(doc: Doc, v: Token) -> bool:
    """Does nothing but the tag's own words follow ``v`` to its sentence's end?"""
    for k in range(v.i + 1, len(doc)):
        t = doc[k]
        if t.text in SENT_END or t.text in CLAUSE_END or "\n" in t.text:
            return True
        if t.pos_ == "VERB" or t.text in (",", ":"):
            return False
    return True


def _parenthetical_head(ctx: Context, v: Token, kids: list[Token], after: list[Token], para: int
                        ) -> Chars | None:
    """"All of which, he said, would help X" (the tag hangs on the clause)."""
    if v.dep_ in ("parataxis", "advcl", "ccomp") and v.head.i != v.i and (
            v.head.pos_ in ("VERB", "AUX")) and parenthetical(ctx, v) and (
            subject_of(ctx.rules, v)):
        h = v.head
        return token_span(ctx, h.left_edge.i, h.right_edge.i, anchor=v)
    return None


def inf_frame(ctx: Context, v: Token, frames: frozenset[str], kids: list[Token],
              after: list[Token]) -> Chars | None | _Miss:
    """2. A to-infinitive, with the object before it ("urged Kiev to X")."""
    for c in after:
        if c.dep_ in ("xcomp", "ccomp") and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in c.children):
            objs = [o for o in after if o.dep_ in ("dobj", "dative") and o.i < c.i]
            start = objs[0].left_edge.i if objs else c.left_edge.i
            return token_span(ctx, start, c.right_edge.i, anchor=v)
        objs = [o for o in after if o.dep_ in ("dobj", "dative") and o.i < c.i]
        if objs and _infinitive_after(c, objs[-1]) and (
                ctx.actor(objs[-1].i) is not None or objs[-1].pos_ == "PRON"):
            # "urged Kiev to X": the addressee does it ("pledged $5 million to help X": no)
            return token_span(ctx, objs[0].left_edge.i, c.right_edge.i, anchor=v)
        if c.dep_ == "ccomp" and "clause" in frames:
            return clause_span(ctx, c, v)
    return MISS


def _objects(ctx: Context, v: Token, kids: list[Token], after: list[Token]
             ) -> tuple[list[Token], bool]:
    """The verb's objects after it, and whether its object is a relative pronoun."""
    rel = ctx.words.relative
    objs = [c for c in after if c.dep_ in ("dobj", "oprd", "attr") and c.lower_ not in rel]
    rel_obj = any(c.dep_ == "dobj" and c.lower_ in rel for c in kids) or (
        v.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in kids))
    return objs, rel_obj


def objcomp_frame(ctx: Context, v: Token, frames: frozenset[str], kids: list[Token],
                  after: list[Token]) -> Chars | None | _Miss:
    """3. An object with its complement ("criticized X for Y", "called X Y")."""
    objs, rel_obj = _objects(ctx, v, kids, after)
    comps = [c for c in after if c.dep_ in ("oprd", "xcomp", "ccomp") or (
        c.dep_ == "prep" and c.lower_ in ctx.words.objcomp_preps and (objs or rel_obj)) or (
        c.dep_ == "dobj" and len(objs) > 1 and c is not objs[0])]
    comps = [c for c in comps if (not ctx.comma_between(v.i, c.i) or ctx.in_quote(c.idx)) and not (
        c.dep_ == "prep" and _time_only(ctx, c))]
    if objs and comps and comps[-1].i > objs[0].i:
        end = max(c.right_edge.i for c in comps)
        return token_span(ctx, objs[0].left_edge.i, end, anchor=v)
    if objs and objs[0].dep_ == "dobj" and _charge(ctx, v, objs[0]):
        # "accused the judges of protecting X": the complement hangs on the object
        end = max([objs[0].right_edge.i] + [c.right_edge.i for c in comps])
        return token_span(ctx, objs[0].left_edge.i, end, anchor=v)
    if rel_obj and comps:
        c = comps[0]
        s = c.left_edge.i + (1 if c.dep_ == "prep" else 0)
        return token_span(ctx, s, c.right_edge.i, anchor=v)
    if objs and objs[0].dep_ == "oprd" or (objs and rel_obj):
        return token_span(ctx, objs[0].left_edge.i, objs[0].right_edge.i, anchor=v)
    return _quoted_label(ctx, v, objs) or MISS


def label_frame(ctx: Context, v: Token, frames: frozenset[str], kids: list[Token],
                after: list[Token]) -> Chars | None | _Miss:
    """3b. An object with a label after "as" ("rejected the accusations as 'a spy mania'"):
    for verbs that otherwise name an act ("rejected the proposal")."""
    objs, _ = _objects(ctx, v, kids, after)
    if not objs:
        return MISS
    o = objs[0]
    labels = [c for c in [*after, *o.children] if c.dep_ == "prep" and (
        c.lower_ in ctx.words.label_preps) and c.i > o.i and any(
        k.dep_ in ("pobj", "pcomp", "amod", "acomp") for k in c.children) and (
        not ctx.comma_between(v.i, c.i) or ctx.in_quote(c.idx))]
    if not labels:
        return MISS
    return token_span(ctx, o.left_edge.i, max(c.right_edge.i for c in labels), anchor=v)


def _quoted_label(ctx: Context, v: Token, objs: list[Token]) -> Chars | None:
    """"called the show “the news show of record”": the parse folds a quoted label into the
    object; the object and the quotation that opens inside it or right after it."""
    if not objs:
        return None
    o = objs[0]
    lo, hi = o.left_edge.idx, o.right_edge.idx + len(o.right_edge) + LABEL_GAP
    q = next((q for q in ctx.quotes if lo < q.open <= hi and q.closed), None)
    if q is None or ctx.para_of_char(q.open) != ctx.para_of_tok(v.i):
        return None
    end = ctx.tok_range(q.open, q.close)[1]
    return None if end is None else token_span(ctx, o.left_edge.i, end, anchor=v)


LABEL_GAP = 2  # characters between an object and a quoted label after it ("X “Y”")


def _charge(ctx: Context, v: Token, obj: Token) -> bool:
    """Does a complement hang on the object ("accused the judges of protecting X")?"""
    return any(
        k.dep_ == "prep" and (k.lower_ == "as" or k.lower_ in ("of", "for") and any(
            g.dep_ == "pcomp" or g.pos_ == "VERB" or (
                v.lemma_.lower() in ctx.words.charge_verbs and g.dep_ == "pobj")
            for g in k.children))
        for k in obj.children)


def obj_frame(ctx: Context, v: Token, frames: frozenset[str], kids: list[Token],
              after: list[Token]) -> Chars | None | _Miss:
    """4. A noun phrase object of two words or more."""
    for c in after:
        if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and c.i == v.i + 1:
            # "proposed dropping carried interest"
            return token_span(ctx, c.left_edge.i, c.right_edge.i, anchor=v)
    objs, _ = _objects(ctx, v, kids, after)
    for o in objs:
        if o.dep_ != "dobj" or o.lower_ in ctx.words.empty_objects or o.pos_ == "PRON":
            continue
        if (bare_np(ctx, o, strict=v.lemma_ not in ctx.words.act) and (
                o.lower_ not in ctx.words.appeal_nouns)) or quantity(o):
            continue  # "defended the idea", "announced $120 million in aid": acts
        end = o.right_edge.i
        for c in after:
            if c.i > end and (c.dep_ == "xcomp" or c.dep_ == "prep" and (
                    c.lower_ in ctx.words.content_preps) and not temporal(ctx, c) and not any(
                    k.dep_ == "pobj" and k.pos_ == "PRON" for k in c.children)) and (
                    not ctx.comma_between(end, c.i)):
                end = max(end, c.right_edge.i)
        return token_span(ctx, o.left_edge.i, end, anchor=v)
    return MISS


def prep_frame(ctx: Context, v: Token, frames: frozenset[str], kids: list[Token],
               after: list[Token]) -> Chars | None | _Miss:
    """5. A prepositional complement ("cautioned against X")."""
    for c in after:
        if c.dep_ == "prep" and c.lower_ in ctx.words.prep_frame and not temporal(ctx, c) and (
                c.i == v.i + 1 or not ctx.comma_between(v.i, c.i)):
            if any(k.dep_ in ("pobj", "pcomp") for k in c.children):
                inf = [x for x in after if x.i > c.right_edge.i and x.dep_ in (
                    "xcomp", "advcl") and any(k.dep_ == "aux" and k.lower_ == "to"
                                              for k in x.children)]
                if c.lower_ == "to" and inf:
                    # "appealed to the G7 to release the assets": on to the infinitive
                    return token_span(ctx, c.i, inf[0].right_edge.i, anchor=v)
                return token_span(ctx, c.i, c.right_edge.i, anchor=v)
        if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "for" and
                                     k.i == v.i + 1 for k in c.children):
            # "appealed for donors to close the gap"
            return token_span(ctx, v.i + 1, c.right_edge.i, anchor=v)
    return MISS


#: the frames of ``cues.tsv`` in the order they are tried, with the rule that reads each
FRAME_RULES = (("clause", clause_frame), ("inf", inf_frame), ("objcomp", objcomp_frame),
               ("label", label_frame), ("obj", obj_frame), ("prep", prep_frame))


def bare_np(ctx: Context, o: Token, strict: bool = False) -> bool:
    """Is object ``o`` a bare noun phrase that reports no words? ``strict``: a lone word
    ("condemned violence"); else also a determiner and a noun ("condemned the strikes").
    Quoted words always report."""
    if ctx.in_quote(o.idx):
        return False
    words = [x for x in o.subtree if not x.is_punct and not x.is_space]
    if strict:
        return len(words) < 2
    return o.pos_ in ("NOUN", "PROPN") and len([x for x in words if x.dep_ != "det"]) < 2


def quantity(o: Token) -> bool:
    """An object that counts or prices something ("$120 million in aid", "500 troops"):
    an act, not words."""
    first = o.left_edge
    return first.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or first.like_num or (
        first.text in ("$", "€", "£"))


def temporal(ctx: Context, prep: Token) -> bool:
    objs = [k for k in prep.children if k.dep_ == "pobj"]
    return bool(objs) and (objs[0].ent_type_ in ("DATE", "TIME") or
                           objs[0].lower_ in ctx.words.time_nouns)


def _time_only(ctx: Context, prep: Token) -> bool:
    """"called a strike for Thursday", "a meeting for next Wednesday": a preposition whose
    object is a date or time and nothing else dates the act its object names; it is no
    complement ("criticized X for a year of inaction" keeps its complement)."""
    objs = [k for k in prep.children if k.dep_ == "pobj"]
    return bool(objs) and all(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in ctx.words.time_nouns
        for t in objs[0].subtree if not t.is_punct)


def fronted_ok(ctx: Context, c: Token, v: Token) -> bool:
    """A reported clause before its cue: ``The economy is weak, he said.``"""
    doc = ctx.doc
    # the clause must end right before the tag: "X, he said" / "X, said Y" (the comma may
    # be parsed as the clause's last token)
    end = c.right_edge.i
    while end > c.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    j = end + 1
    while j < v.i and (doc[j].is_punct or doc[j].is_space):
        j += 1
    if j < v.i and not any(doc[k].text == "," or doc[k].is_quote
                           for k in range(end + 1, j)):
        return False  # "The revelation set off fireworks: Republicans said X"
    subj = subject_of(ctx.rules, v)
    if j == v.i:
        return True
    return bool(subj) and subj[0].i >= j


def conj_fronted(ctx: Context, v: Token) -> bool:
    """``Clause, X told Y.``: a tag parsed as a conjunct of the clause it reports."""
    doc = ctx.doc
    subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    if not subj or any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
        return False
    s0 = subj[0].left_edge.i
    if s0 == 0 or doc[s0 - 1].text != "," or any(
            c.dep_ == "cc" and c.i < v.i for c in v.children) or any(
            c.dep_ == "cc" and s0 - 2 <= c.i < s0 for c in v.head.children):
        return False
    return _tag_closes(doc, v)


def parenthetical(ctx: Context, v: Token) -> bool:
    """Is the tag of ``v`` set off by commas inside its clause (``X, he said, Y``)?"""
    doc = ctx.doc
    subj = subject_of(ctx.rules, v)
    start = min([v.i] + [s.left_edge.i for s in subj if s.i < v.i])
    if start == 0 or doc[start - 1].text != ",":
        return False
    for k in range(v.i + 1, min(len(doc), v.i + 8)):
        t = doc[k]
        if t.text == ",":
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct or t.is_quote:
            return False
    return False


def _participle_after(c: Token, v: Token, end: int) -> int:
    """"said the duties were legal and based on evidence that ...": a participle without a
    subject, after "and" right behind the clause, goes on with it (the parse hangs it on the
    reporting verb)."""
    doc = c.doc
    cc = end if doc[end].lower_ == "and" else end + 1  # the parse may keep "and" in the clause
    if cc + 1 >= len(doc) or doc[cc].lower_ != "and":
        return end
    nxt = doc[cc + 1]
    if nxt.head.i == v.i and nxt.dep_ in ("advcl", "conj") and nxt.tag_ == "VBN" and not any(
            k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for k in nxt.children):
        return nxt.right_edge.i
    return end


#: modals of a reported future after a past reporting verb ("said it would appeal")
BACKSHIFT_MODALS = frozenset({"would", "could", "might", "should", "'d"})
PAST_PERFECT = "had"


def _backshifted(t: Token, v: Token) -> bool:
    """"said it disagreed and would appeal", "said Spain would not yield and had asked X": a
    conjunct with the reported future's modal or a past perfect after a past reporting verb
    goes on with what was said, no act of the speaker's own."""
    return v.tag_ == "VBD" and any(
        a.dep_ == "aux" and (a.lower_ in BACKSHIFT_MODALS or a.lower_ == PAST_PERFECT)
        for a in t.children)


#: words that open a reported clause ("said X and that Y")
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _complement_clause(t: Token) -> bool:
    """A conjunct opened by a complementizer ("... and that the embassy had never been
    informed"): one more clause of what was said, not a report of its own."""
    first = t.left_edge
    return first.i < t.i and first.dep_ == "mark" and first.lower_ in COMPLEMENTIZERS


def _continues(t: Token, v: Token) -> bool:
    """Does the conjunct ``t`` go on with what ``v`` reports (a backshifted verb, another
    that-clause), rather than report something of its own?"""
    return _backshifted(t, v) or _complement_clause(t)


def _hedged(ctx: Context, t: Token) -> bool:
    """"said it supported the subject but wanted the module optional", "says it regrets the
    decision but will not oppose it": a conjunct with no subject of its own joined by a
    contrast (``hedge_conjunctions``) qualifies what was said and goes on with it (the gold
    files keep such a position whole; "and urged X", "but warned that X", "but declined to
    say whether X" stay reports of their own: ``own_reports``)."""
    if ctx.polnear_spans or t.lemma_.lower() in ctx.words.own_reports or any(
            k.dep_ in ("nsubj", "nsubjpass", "expl") for k in t.children):
        return False
    k = t.left_edge.i - 1  # the conjunction before the conjunct, however the parse hangs it
    while k > 0 and ctx.doc[k].text == ",":
        k -= 1
    return k > 0 and ctx.doc[k].lower_ in ctx.words.hedge_conjunctions


def _second_clause(c: Token, v: Token, end: int) -> int:
    """"said the family was grateful, but that they had felt abandoned": a that-clause
    coordinated after the content (the parse hangs it on the reporting verb) goes on with it."""
    for t in v.children:
        if t.dep_ == "conj" and t.i > c.i and _complement_clause(t):
            return max(end, t.right_edge.i)
    return end


def _subjectless_conjunct(ctx: Context, c: Token, v: Token, end: int) -> int:
    """"said it was not opposed "in principle" but would accept X", "said it was watching
    closely and would raise the matter": a conjunct without a subject of its own right after
    the content, in the reported future's modal or a past perfect (``_backshifted``), goes on
    with the content where the parse hangs it on the reporting verb (as ``clause_span`` keeps
    it where the parse hangs it on the content). A past verb after "but" ("but stopped short
    of X", "but found that Y") stays the speaker's own."""
    if ctx.polnear_spans:
        return end
    doc = ctx.doc
    for t in v.children:
        if t.dep_ != "conj" or t.i <= c.i or t.left_edge.i <= end or any(
                k.dep_ in ("nsubj", "nsubjpass", "expl") for k in t.children):
            continue
        if any(doc[k].dep_ not in ("cc", "punct") for k in range(end + 1, t.left_edge.i)):
            continue
        if _backshifted(t, v):
            return max(end, t.right_edge.i)
    return end


def _trailing_condition(ctx: Context, c: Token, v: Token, end: int) -> int:
    """"said it would cooperate with the navies, provided they ...", "said X, but only if
    Y": a condition closing the sentence that the parse hangs on the reporting verb goes on
    with the content (``condition_openers``)."""
    doc = ctx.doc
    for t in v.children:
        if t.i <= end or t.left_edge.i > end + 3 or t.right_edge.i < t.i:
            continue
        if t.lower_ in ctx.words.condition_openers and t.dep_ in ("prep", "ccomp", "advcl"):
            opener = t  # "provided", parsed as a preposition or as a verb of its own
        else:
            opener = next((k for k in t.children if k.dep_ == "mark"), None) if t.dep_ in (
                "advcl", "conj") else None
        if opener is None or opener.lower_ not in ctx.words.condition_openers:
            continue
        if not any(doc[k].text == "," for k in range(end, opener.i)):
            continue  # only after a comma: "said X if asked" is the saying's condition
        return max(end, t.right_edge.i)
    return end


def clause_span(ctx: Context, c: Token, v: Token) -> tuple[int, int] | None:
    doc = ctx.doc
    start, end = c.left_edge.i, c.right_edge.i
    if c.i > v.i:
        start = max(start, v.i + 1)
        end = _participle_after(c, v, end)
        end = _second_clause(c, v, end)
        end = _subjectless_conjunct(ctx, c, v, end)
        end = _trailing_condition(ctx, c, v, end)
    # leave out a coordinated report of its own: "X would not be eligible, and when
    # pressed, he said Y" / "he'd battled pneumonia and called it Z"
    for t in c.children:
        if t.dep_ == "conj" and t.i > c.i and verb_cue(ctx.rules, t) is not None and (
                from_verb_ok(ctx.rules, t)) and not _continues(t, v) and not _hedged(ctx, t):
            cut = t.left_edge.i - 1
            while cut > start and (doc[cut].dep_ in ("cc", "punct") or doc[cut].is_space):
                cut -= 1
            end = min(end, cut)
    # leave out a trailing participial cue: "X would not accept Y, calling Z" (read from
    # the tag table: only a participle of the subtree after ``c`` becomes a Token)
    tags = table(doc).tag
    for i in range(c.i + 1, c.right_edge.i + 1):
        if tags[i] != "VBG":
            continue
        t = doc[i]
        if t.dep_ in ("advcl", "conj") and c.is_ancestor(t) and (
                verb_cue(ctx.rules, t) is not None) and t.i - 1 >= start and (
                doc[t.i - 1].text == "," or doc[t.i - 1].is_quote and t.i - 2 >= start and
                doc[t.i - 2].text == ","):
            # (`accept "zero enrichment," calling X Y`: the comma inside the quotation)
            end = min(end, t.i - 2)
    return token_span(ctx, start, end, mark=True, anchor=v)


def token_span(ctx: Context, s: int, e: int, mark: bool = False,
          anchor: Token | None = None) -> tuple[int, int] | None:
    if anchor is not None:
        p = ctx.para_of_tok(anchor.i)
        while s < e and ctx.para_of_tok(s) != p:
            s += 1
        while e > s and ctx.para_of_tok(e) != p:
            e -= 1
    ts, te = ctx.trim(s, e, drop_mark=mark)
    if ts is None or te is None:
        return None
    if anchor is not None:
        # a coordinated report of its own: "called on X to Y and called on Z to W"
        doc = ctx.doc
        pos = table(doc).pos
        for i in range(ts + 1, te + 1):
            if pos[i] != "VERB":
                continue
            t = doc[i]
            if t.dep_ == "conj" and t.i != anchor.i and (
                    from_verb_ok(ctx.rules, t)) and not ctx.in_quote(t.idx) and (
                    not _continues(t, anchor)) and not _hedged(ctx, t):
                cut = t.left_edge.i - 1
                while cut > ts and (doc[cut].dep_ in ("cc", "punct") or doc[cut].is_space):
                    cut -= 1
                te = min(te, cut)
                break
    te = te if ctx.polnear_spans else cut_tail(ctx, ts, te)
    ts, te = ctx.trim(ts, te)
    if ts is None or te is None:
        return None
    doc = ctx.doc
    cs, ce = doc[ts].idx, doc[te].idx + len(doc[te])
    return ctx.fit_quotes(cs, ce)


def _runs_to_end(doc: Doc, t: Token, k: int, e: int) -> bool:
    """Does the material token ``t`` (at ``k``) opens close the content at ``e``? "China,
    which holds half the debt, had resisted it": a relative clause inside the subject does
    not."""
    top = t
    while top.head.i != top.i and top.head.i >= k:
        top = top.head
    end = top.right_edge.i
    while e > end and (doc[e].is_punct or doc[e].is_space):
        e -= 1
    return end >= e


def cut_tail(ctx: Context, s: int, e: int) -> int:
    """Leave out non-restrictive material closing a content: ", although ..." (``tail_openers``),
    ", the latest chapter in ...", "-- a news network ..."."""
    doc = ctx.doc
    tab = table(doc)
    words, idx = tab.text, tab.idx
    for k in range(s + 2, e + 1):
        if ctx.in_quote(idx[k]):
            continue
        if words[k] in ("a", "an") and (words[k - 1] == "," or k - 2 > s and words[
                k - 2] == "," and doc[k - 1].is_quote) and _labelled_by_another(ctx, k, e):
            return k - 2 if words[k - 1] == "," else k - 1
        if words[k - 1] == ",":
            t = doc[k]
            if (t.lower_ in ctx.words.tail_openers or
                    t.dep_ == "appos" and t.head.i < k - 1 or
                    t.dep_ in ("appos",) or
                    t.lower_ in ("the", "a", "an") and t.head.dep_ == "appos") and (
                    _runs_to_end(doc, t, k, e)):
                return k - 2
        word = words[k]
        if word in ("--", "—", "–") and word not in words[k + 1:e + 1]:
            return k - 1
    return e


def _labelled_by_another(ctx: Context, k: int, e: int) -> bool:
    """", a claim the county chairman called \"a lie\"", ", a move the ministry described as
    \"precautionary\"": a noun put in apposition to what was said, whose relative clause is
    another speaker's naming cue (an ``objcomp`` verb with its own subject between, its object
    the noun): that speaker's statement, not part of the content before it."""
    doc = ctx.doc
    n = doc[k + 1] if k + 1 <= e else doc[k]
    if n.pos_ != "NOUN" or n.tag_ != "NN" or doc[k].head.i not in (n.i, n.i + 1):
        return False
    for j in range(n.i + 2, min(e, n.i + 14) + 1):
        v = doc[j]
        if v.pos_ != "VERB":
            continue
        cue = verb_cue(ctx.rules, v)
        if cue is None or "objcomp" not in cue.frames or v.dep_ not in ("relcl", "acl") or (
                any(c.dep_ == "dobj" for c in v.children)):
            return False
        between = doc[n.i + 1:j]
        return not any(t.pos_ in ("VERB", "AUX") or t.lower_ in ctx.words.relative and (
            t.lower_ != "that") for t in between) and (v.head.i in (n.i, n.i + 1) and any(
                c.dep_ == "nsubj" and n.i < c.i < j for c in v.children) or (
                v.head.i in range(n.i, j) and v.head.pos_ in ("NOUN", "PROPN")))
    return False

