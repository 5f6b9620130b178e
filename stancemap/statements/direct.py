"""Direct quotations: the reporting clause, colon, dash or label that attributes a
quotation, and quotations that go on from a statement."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from .context import SENT_END, SUBJ, Context, Found, within
from .cues import verb_cue, verb_cue_word
from .quotes import DOUBLE_OPEN, HEADLINE_TAG, LABEL, Quote, mark_at
from .speakers import actor_type, make_found


def direct_quotes(ctx: Context, quotes: list[Quote], used: set[int]) -> list[Found]:
    out: list[Found] = []
    for q in quotes:
        first, last = ctx.tok_range(q.open, q.close)
        if first is None or last is None:
            continue
        f = label_in_quote(ctx, q, first, last)
        if f is None:
            tag = tag_after(ctx, q, last)
            if tag is not None:
                f = make_found(ctx, tag[0], "direct", (q.start, q.end), "quote-tag",
                               priority=3)
                used.add(tag[0].i)
        if f is None:
            pre = tag_before(ctx, q, first)
            if pre is not None and pre[0].i in used and out and out[-1].cue_tok == pre[0].i:
                # "A," he said, "B.": B goes on with A's statement (PolNeAR: one statement
                # in two fragments), or is a statement of its own with the same speaker and
                # cue (the gold files)
                if ctx.rules.join_quotes:
                    go_on(ctx, out[-1], (q.start, q.end))
                else:
                    out.append(again(out[-1], (q.start, q.end)))
                continue
            if pre is not None:
                cue_tok, colon = pre
                f = make_found(ctx, cue_tok, "direct", (q.start, q.end), "quote-pre",
                               priority=3, colon=colon)
                if not colon:
                    used.add(cue_tok.i)
        if f is None:
            f = dash_after(ctx, q, last)
        if f is not None:
            out.append(f)
    return out


class _Covered:
    """The statements by start with the furthest end so far, to see what covers a quotation
    (starts and ends as they were before any continuation was added)."""

    def __init__(self, found: list[Found]) -> None:
        self.order = sorted(found, key=lambda f: f.content[0])
        self.starts = [f.content[0] for f in self.order]
        self.reach: list[int] = []
        for f in self.order:
            self.reach.append(max(f.content[1], self.reach[-1] if self.reach else 0))

    def __call__(self, q: Quote) -> bool:
        """Does a statement's content overlap quotation ``q``?"""
        order, reach = self.order, self.reach
        k = bisect_left(self.starts, q.end) - 1
        if k < 0 or reach[k] <= q.start:
            return False
        j = k
        while j >= 0 and reach[j] > q.start and not (
                order[j].content[0] <= q.start < order[j].content[1] or
                q.start <= order[j].content[0] < q.end):
            j -= 1
        return j >= 0 and reach[j] > q.start


def continuations(ctx: Context, quotes: list[Quote], found: list[Found]) -> None:
    """Quotations with no attribution of their own that go on from a statement earlier in
    the same paragraph (``"A," he said after the meeting. "B."``, ``X, he said. "B."``):
    the statement's content is extended to their end (PolNeAR: one attribution)."""
    extra: list[Found] = []
    covered = _Covered(found)
    by_para: dict[int, list[Found]] = {}
    for f in found:
        by_para.setdefault(ctx.para_of_char(f.content[0]), []).append(f)
    for q in quotes:
        if covered(q) or not (ctx.starts_clause(q.open) or _after_conjunction(ctx, q.open)):
            continue
        para = ctx.para_of_char(q.open)
        prev = previous_paragraph_quote(ctx, q, by_para.get(para - 1, []))
        if prev is not None:
            go_on(ctx, prev, (q.start, q.end))
            continue
        last = _last_statement(ctx, q, para, by_para.get(para, []))
        if last is None or _other_speaker(ctx, q, *last):
            continue
        best, best_end = last
        if not ctx.rules.join_quotes and any(c in ctx.text[best_end:q.open] for c in ".!?"):
            extra.append(again(best, (q.start, q.end)))
            continue
        go_on(ctx, best, (q.start, q.end))
        if best.kind != "direct":
            best.kind = "mixed"
    found.extend(extra)


def again(f: Found, content: tuple[int, int]) -> Found:
    """A statement of ``f``'s speaker and cue whose content is a quotation going on from it."""
    return Found(list(f.speakers), "direct", f.cue, content, f.source, f.cue_tok, "quote-more", 3)


def go_on(ctx: Context, f: Found, piece: tuple[int, int]) -> None:
    """``f``'s content goes on in ``piece``: a fragment of its own where its attribution stands
    between ('"A," she said, "B."'), else one stretch."""
    gap = (f.content[1], piece[0])
    f.go_on(piece, any(span is not None and within(span, gap) for span in (f.cue, f.source)))


def _last_statement(ctx: Context, q: Quote, para: int, found: list[Found]
                    ) -> tuple[Found, int] | None:
    """The statement of the paragraph that ends last before quotation ``q``, and its end."""
    best: Found | None = None
    best_end = -1
    for f in found:
        if f.cue_tok is None or f.rule in ("label", "according"):
            continue
        end = max(f.content[1], f.cue[1] if f.cue else 0, f.source[1] if f.source else 0)
        if end <= q.open and ctx.para_of_char(f.content[0]) == para and end > best_end:
            best, best_end = f, end
    return None if best is None else (best, best_end)


def _other_speaker(ctx: Context, q: Quote, best: Found, best_end: int) -> bool:
    """Does somebody else speak between the statement's end and quotation ``q``?"""
    first, last = ctx.tok_range(best_end, q.open)
    if first is None or last is None:
        return False
    for t in ctx.doc[first:last + 1]:
        if t.idx < best_end or t.idx >= q.open:
            continue
        if (t.is_quote and t.idx != q.open and not _title_quote(ctx, t.idx)) or (
                verb_cue(ctx.rules, t) is not None and t.pos_ == "VERB" and
                t.i != best.cue_tok and (t.dep_ in ("ROOT", "conj", "ccomp") or
                                         t.tag_ == "VBG")):
            return True
    return False


def _after_conjunction(ctx: Context, c: int) -> bool:
    """'... ," he said. But "B."': a quotation after a conjunction that opens a sentence."""
    text = ctx.text
    head = text[:c].rstrip()
    word = head.split()[-1] if head.split() else ""
    return word.lower() in ctx.words.sentence_conjunctions and (
        ctx.starts_clause(len(head) - len(word))) and head[:len(head) - len(word)].rstrip()[
        -1:] in (".", "!", "?", "\n", "")


TITLE_WORDS = 6  # a quotation of at most this many words inside a tag names a show or text


def _title_quote(ctx: Context, c: int) -> bool:
    """Is the quotation mark at ``c`` part of a short title inside a tag ('he said on ABC's
    "This Week"'), no words of somebody else?"""
    inner = ctx.quote_at(c)
    if inner is None or not inner.closed:
        return False
    words = ctx.text[inner.start:inner.end].rstrip(".,!?").split()
    return len(words) <= TITLE_WORDS and not any(ch in " ".join(words) for ch in ".!?,")


def previous_paragraph_quote(ctx: Context, q: Quote, found: list[Found]
                              ) -> Found | None:
    """A paragraph that is only a quotation, right after a paragraph that ends with a
    direct quote and its tag: the same speaker goes on (``"A," he said.`` / ``"B."``)."""
    text = ctx.text
    p = ctx.para_of_char(q.open)
    if p == 0 or ctx.paragraphs[p][0] != q.open or not q.closed or mark_at(
            text, q.open) not in DOUBLE_OPEN or len(text[q.start:q.end].split()) < 6:
        return None  # not a quoted paragraph (a heading in single quotes, a phrase)
    if text[q.close:ctx.paragraphs[p][1]].strip():
        return None  # more than the quotation in this paragraph
    ps, pe = ctx.paragraphs[p - 1]
    best = None
    for f in found:
        if f.kind == "direct" and f.cue is not None and ps <= f.content[0] and (
                f.cue[1] <= pe) and f.rule in ("quote-tag", "quote-pre"):
            if best is None or f.content[1] > best.content[1]:
                best = f
    if best is None:
        return None
    end = max(best.content[1], best.cue[1] if best.cue else 0,
              best.source[1] if best.source else 0)
    tail = text[end:pe].strip().strip("\"”’'")
    if len(tail) > 2 and not re.fullmatch(r"[,.;:!?]?\s*\w*\.?", tail):
        return None  # the paragraph goes on after the tag: another sentence
    return best


#: marks that may close a quotation followed by its tag without a comma ("...?" she asked)
TAG_END_MARKS = (",", "?", "!", ".", "…", "—", "–", "-")
#: words a tag may run to before its cue verb, after a full stop, question or exclamation
SHORT_TAG_WORDS = 8
LONG_TAG_WORDS = 24
TAG_CLASSES = ("speech", "belief")  # the cue classes a quotation's tag may have


def tag_after(ctx: Context, q: Quote, last: int) -> tuple[Token, int] | None:
    """``"...," X said`` / ``"...," said X``: the cue verb and the tag's last token."""
    if not ctx.starts_clause(q.open):
        return None  # `accept "zero enrichment," calling X`: a quotation inside a clause
    para = ctx.para_of_char(q.close - 1) if q.close > 0 else 0
    inner = ctx.text[q.start:q.end].rstrip()
    end_mark = inner[-1:] if inner else ""
    i = _tag_start(ctx, last, para, end_mark)
    if i is None:
        return None
    limit = SHORT_TAG_WORDS if end_mark in ("?", "!", ".") else LONG_TAG_WORDS
    verb = _tag_verb(ctx, i, para, limit)
    if verb is None or verb.tag_ == "VBG":
        return None  # `accept "zero enrichment," calling X Y` is no tag
    e = _tag_end(ctx, verb)
    if _tag_content(ctx, verb, e):
        return None
    return verb, e - 1


def _skip_spaces(ctx: Context, i: int) -> int:
    """The first token from ``i`` on that is no space within the line."""
    doc = ctx.doc
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    return i


def _tag_start(ctx: Context, last: int, para: int, end_mark: str) -> int | None:
    """The first word of a tag after a quotation ending at token ``last``, if one may follow."""
    doc = ctx.doc
    i = _skip_spaces(ctx, last + 1)
    if i >= len(doc) or ctx.para_of_tok(i) != para or doc[i].is_space:
        return None
    if doc[i].text == ",":
        i += 1
    elif end_mark not in TAG_END_MARKS:
        return None
    elif doc[i].text in SENT_END | {":", ";"} or doc[i].is_quote:
        return None
    i = _skip_spaces(ctx, i)
    if i >= len(doc):
        return None
    if end_mark == "." and not (doc[i].is_lower or verb_cue(ctx.rules, doc[i])):
        return None  # `"...." The next sentence` is no tag
    if doc[i].pos_ in ("SCONJ", "CCONJ") or doc[i].tag_ in ("WRB", "IN") or doc[
            i].lower_ in ctx.words.no_tag:
        return None  # `"...," when Clinton blasted him` is no tag
    return i


def _tag_verb(ctx: Context, i: int, para: int, limit: int) -> Token | None:
    """The speech or belief cue within ``limit`` words of the tag's start, before any other
    verb, quotation, sentence end or line break."""
    doc = ctx.doc
    words = 0
    j = i
    while j < len(doc) and words <= limit:
        t = doc[j]
        if t.is_space:
            if "\n" in t.text:
                return None
            j += 1
            continue
        if ctx.para_of_tok(j) != para or t.is_quote or ctx.in_quote(t.idx):
            return None
        if t.text in SENT_END or t.text == ";":
            return None
        cue = verb_cue(ctx.rules, t)
        if cue is not None and cue.cls in TAG_CLASSES and (
                t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX")):
            return t
        if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj"):
            return None
        words += 1
        j += 1
    return None


def _tag_end(ctx: Context, verb: Token) -> int:
    """Where the tag ends (exclusive): the sentence end, a new quote or the paragraph end."""
    doc = ctx.doc
    e = verb.i + 1
    while e < len(doc):
        t = doc[e]
        if t.is_quote or ctx.in_quote(t.idx) or (t.is_space and "\n" in t.text):
            break
        if t.text in SENT_END:
            e += 1
            break
        e += 1
    return e


def _tag_content(ctx: Context, verb: Token, e: int) -> bool:
    """Does the tag carry a content of its own after the verb? Not a clause set apart by a
    comma (the parse may give the comma to the clause: "..., her voice drowned out")."""
    return any(
        c.dep_ == "ccomp" and verb.i < c.i < e and not ctx.in_quote(c.idx) and not any(
            k.dep_ == "mark" and k.lower_ != "that" for k in c.children) and not (
            ctx.comma_between(verb.i, c.left_edge.i + 1)) and not _relative_on_object(verb, c)
        for c in verb.children)


def _relative_on_object(verb: Token, c: Token) -> bool:
    """Is clause ``c``, which the parse hangs on the tag's verb, a relative clause on the
    verb's object ("X," she told a man walking by who seemed lost)? Led by a relative pronoun
    right after the object's words, it describes the listener, not what was said."""
    first = c.left_edge
    if first.tag_ not in ("WP", "WDT") or first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return any(o.dep_ in ("dobj", "dative") and o.left_edge.i <= before.i <= o.right_edge.i
               for o in verb.children)


#: words a tag before a quotation is looked back for its cue verb, and for a name and colon
TAG_BEFORE_WORDS = 10
#: a quotation this long opening with a capital needs no colon or comma after its tag
LONG_QUOTE_CHARS = 40
SENTENCE_MARKS = ".!?…"  # a quotation ending in one holds a sentence of its own


def tag_before(ctx: Context, q: Quote, first: int) -> tuple[Token, bool] | None:
    """``X said: "..."``, ``X said, "..."``, ``X was blunt: "..."``."""
    doc = ctx.doc
    i = first - 1
    crossed = False
    while i >= 0 and doc[i].is_space:
        crossed = crossed or "\n" in doc[i].text
        i -= 1
    if i < 0 or (crossed and doc[i].text != ":"):
        return None  # only a colon introduces a quotation in the next paragraph
    punct = doc[i].text
    para = ctx.para_of_tok(i)
    t = _cue_before(ctx, i - 1 if punct in (":", ",") else i, para)
    if t is not None:
        if any(b.dep_ == "mark" or b.lower_ in ("that", "if", "whether")
               for b in doc[t.i + 1:first]):
            return None
        if punct == "," and ctx.polnear_spans and _title_after_tag(ctx, q, t, doc[i - 1]):
            return None
        if punct not in (":", ",") and not (doc[first + 1:first + 2].text[:1].isupper() and (
                q.end - q.start > LONG_QUOTE_CHARS or t.i == i and _whole_sentence(ctx, q))):
            return None
        return t, False
    if punct == ":" and i > 0 and _colon_tag(ctx, i, para):
        return doc[i], True
    return None


def _title_after_tag(ctx: Context, q: Quote, t: Token, before: Token) -> bool:
    """Is quotation ``q`` the title of the text a tag names ("X, she wrote in her memoir,
    "Title."")? Cue ``t`` trails its own reported clause, the word ``before`` the comma is the
    object of the tag's preposition, and the quotation is short: it names the text the report
    is told in, not the speaker's words (PolNeAR's conventions)."""
    return any(c.dep_ in TRAILED_DEPS and c.i < t.i for c in t.children) and (
        before.dep_ == "pobj" and before.pos_ in ("NOUN", "PROPN") and t.i < before.i) and (
        len(ctx.text[q.start:q.end].split()) <= TITLE_WORDS)


#: the dependents of a tag's verb that are a reported clause before it
TRAILED_DEPS = ("ccomp", "parataxis")


def _whole_sentence(ctx: Context, q: Quote) -> bool:
    """Does the quotation hold a sentence of its own ("declared “What a night!”"), not a
    quoted phrase of the reporter's sentence ("called it “absurd”")?"""
    inner = ctx.text[q.start:q.end].rstrip()
    return bool(inner) and inner[-1] in SENTENCE_MARKS


def _cue_before(ctx: Context, j: int, para: int) -> Token | None:
    """A speech or belief cue verb looking back from token ``j`` in the same clause."""
    doc = ctx.doc
    steps = 0
    while j >= 0 and steps < TAG_BEFORE_WORDS:
        t = doc[j]
        if ctx.para_of_tok(j) != para or t.text in SENT_END or t.is_quote or t.text == ";":
            return None
        cue = verb_cue(ctx.rules, t)
        if cue is not None and cue.cls in TAG_CLASSES and (
                t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX")
                or t.lower_ in ctx.rules.words.said_forms) and t.dep_ not in ("amod", "compound"):
            return t
        if t.pos_ in ("VERB",) and t.dep_ not in ("amod", "compound", "acl", "advcl",
                                                  "xcomp", "pcomp", "relcl"):
            return None
        steps += 1
        j -= 1
    return None


def _colon_tag(ctx: Context, i: int, para: int) -> bool:
    """Does the colon at ``i`` follow a speaker: the subject of its clause ("X was blunt:")
    or a name ("Canadian Environment Minister Paul Leblanc: "...")?"""
    doc = ctx.doc
    colon = doc[i]
    subj = [c for c in colon.head.children if c.dep_ in SUBJ and c.i < i]
    if subj and ctx.para_of_tok(subj[0].i) == para:
        return True
    k = i - 1
    while k >= 0 and ctx.para_of_tok(k) == para and doc[k].text not in SENT_END and (
            not doc[k].is_quote) and i - k <= TAG_BEFORE_WORDS:
        k -= 1
    np = [t for t in doc[k + 1:i] if not t.is_space]
    return bool(np) and not any(t.pos_ in ("VERB", "AUX") for t in np) and bool(
        ctx.actor(np[-1].i) or np[-1].pos_ == "PROPN")


def dash_after(ctx: Context, q: Quote, last: int) -> Found | None:
    """``"..." ― Name`` (a dash and a name closing the line); also on the line after a
    quotation that is a paragraph of its own (``"..."`` / ``- Name.``: a fact check's
    quoted claim and its speaker below it)."""
    text = ctx.text
    n = len(text)
    pos = q.close
    while pos < n and text[pos] in " \t\u00a0":
        pos += 1
    if pos < n and text[pos] == "\n" and q.closed and not text[
            text.rfind("\n", 0, q.open) + 1:q.open].strip():
        while pos < n and text[pos] in " \t\u00a0\n":
            pos += 1
    if pos >= n or text[pos] not in "―—–-":
        return None
    dash_s = pos
    while pos < n and text[pos] in "―—–-":
        pos += 1
    dash_e = pos
    while pos < n and text[pos] in " \t\u00a0":
        pos += 1
    eol = text.find("\n", pos)
    eol = n if eol < 0 else eol
    name = text[pos:eol]
    cut = len(name)
    for sep in (",", "(", ";"):
        k = name.find(sep)
        if 0 < k < cut:
            cut = k
    name = name[:cut].rstrip(" .\u00a0\t")
    words = name.split()
    particles = ctx.words.name_particles
    if not words or len(words) > 6 or not all(
            w[:1].isupper() or w[:1] == "@" or w in particles for w in words):
        return None
    ns, ne = pos, pos + len(name)
    speaker = ctx.actor_for_chars(ns, ne)
    cue_tok = ctx.tok_range(dash_s, dash_e)[0]
    return Found([speaker], "direct", (dash_s, dash_e), (q.start, q.end), (ns, ne),
                  cue_tok, "quote-dash", 3)


def label_in_quote(ctx: Context, q: Quote, first: int, last: int) -> Found | None:
    """A transcript paragraph inside quotation marks: ``"PENCE: Well, ..."``."""
    m = LABEL.match(ctx.text, q.start, q.end)
    if m is None:
        return None
    label_end = q.start + m.group(0).index(":")
    return label_found(ctx, q.start, label_end, q.end)


def label_found(ctx: Context, ls: int, le: int, end: int, check: bool = True
                ) -> Found | None:
    """The statement a label ``text[ls:le]`` and its colon give the words up to ``end``
    (``check``: not when the label's first word is a heading's, ``nolabel``)."""
    label = ctx.text[ls:le].strip()
    if not label or check and label.split()[0].lower().strip(".'’") in ctx.words.nolabel:
        return None
    cs = le + 1
    while cs < end and ctx.text[cs].isspace():
        cs += 1
    if cs >= end:
        return None
    speaker = ctx.actor_for_chars(ls, le)
    return Found([speaker], "direct", (le, le + 1), (cs, end), (ls, le), None, "label", 2)


def _reports_own_speaker(ctx: Context, le: int, pe: int) -> bool:
    """The first sentence after a label has a cue verb with a noun subject of its own
    (``The foreign ministry said``, ``Foreign Minister X called``); a transcript's
    ``SOLBERG: We are asking ...`` (a pronoun subject) keeps its label."""
    s, _ = ctx.tok_range(le + 1, pe)
    if s is None:
        return False
    sent = ctx.doc[s].sent
    for t in ctx.doc[s:sent.end]:
        if t.pos_ not in ("VERB", "AUX") or verb_cue(ctx.rules, t) is None:
            continue
        v = t
        while v.dep_ == "conj" and v.head.i != v.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            v = v.head  # "The ministry summoned X and demanded Y"
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") \
                    and c.idx > le:
                return True
    return False


def labels(ctx: Context) -> list[Found]:
    """Headline and transcript labels: ``Pence: Gennifer Flowers Won't ...``."""
    out = interview_answers(ctx)
    answered = {f.content[0] for f in out}
    doc, text = ctx.doc, ctx.text
    for ps, pe in ctx.paragraphs:
        if ctx.in_quote(ps) or any(ps <= c < pe for c in answered):
            continue
        h = HEADLINE_TAG.match(text, ps, pe)
        if h is not None and verb_cue_word(ctx.rules, h.group("cue")):
            # a headline "Clinton Hid Health Problems, Former Doctor Says."
            cs, ce = h.span("content")
            ns, ne = h.span("name")
            cue_tok = ctx.tok_range(*h.span("cue"))[0]
            out.append(Found([ctx.actor_for_chars(ns, ne)], "indirect", h.span("cue"),
                              (cs, ce), (ns, ne), cue_tok, "headline", 2))
            continue
        m = re.match(r"\s*([^:\n]{2,40}?):\s+\S", text[ps:pe])
        if m is None:
            continue
        ls, le = ps + m.start(1), ps + m.end(1)
        toks = ctx.tok_range(ls, le)
        if toks[0] is None or toks[1] is None:
            continue
        words = [t for t in doc[toks[0]:toks[1] + 1] if not t.is_punct]
        if not words or len(words) > 5 or not all(
                t.is_title or t.is_upper or t.pos_ == "PROPN" or t.lower_ in ("of", "the")
                for t in words):
            continue
        if any(t.like_num for t in words):
            continue
        if _reports_own_speaker(ctx, le, pe):
            # a round-up label "Japan: The foreign ministry said ..." heads a sentence
            # that names its own speaker; the label is a heading, not the speaker
            continue
        end = pe
        while end > le and text[end - 1] in " .":
            end -= 1
        f = label_found(ctx, ls, le, end)
        if f is not None and not (ctx.polnear_spans and _names_only(ctx, *f.content)):
            f.kind = "indirect"
            out.append(f)
    return out


#: a Q&A interview's label: "Q: ...", "A: ..." (the letters or words in ``question_labels``
#: and ``answer_labels``)
QA_LABEL = re.compile(r"\s*([A-Za-z]{1,8}):\s+\S")
#: paragraphs before the first question that name the one questioned
INTERVIEW_REACH = 2


def _qa_label(ctx: Context, ps: int, pe: int) -> str | None:
    m = QA_LABEL.match(ctx.text, ps, pe)
    return m.group(1).lower() if m is not None else None


def interview_answers(ctx: Context) -> list[Found]:
    """A Q&A interview's answers ("Q: Were you surprised?" / "A: Disappointed, not
    surprised. ..."): each answer paragraph after the first question is a direct statement
    of the person the text names last in the paragraphs just before that question ("Latvia's
    agriculture minister, Ilze Berzina, spoke to us ... The interview has been condensed.");
    nothing where no person is named there."""
    words = ctx.words
    kinds = [_qa_label(ctx, ps, pe) for ps, pe in ctx.paragraphs]
    first = next((k for k, w in enumerate(kinds) if w in words.question_labels), None)
    if first is None:
        return []
    speaker = None
    for k in range(first - 1, max(-1, first - 1 - INTERVIEW_REACH), -1):
        persons = [m for m in ctx.mentions_in(*ctx.paragraphs[k])
                   if actor_type(ctx, m[2]) == "person"]
        if persons:
            speaker = max(persons)[2]
            break
    if speaker is None:
        return []
    out = []
    for k in range(first + 1, len(ctx.paragraphs)):
        if kinds[k] not in words.answer_labels:
            continue
        ps, pe = ctx.paragraphs[k]
        ls = ps + len(ctx.text[ps:pe]) - len(ctx.text[ps:pe].lstrip())
        le = ctx.text.index(":", ls)
        f = label_found(ctx, ls, le, _sentence_end(ctx.text, le, pe), check=False)
        if f is not None:
            f.speakers = [speaker]
            f.rule = "answer"
            out.append(f)
    return out


def _sentence_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .":
        end -= 1
    return end


#: the parts of speech of a line that lists names or figures, not a proposition
NAME_LIST_POS = frozenset({"PROPN", "NUM", "CCONJ", "PUNCT", "SPACE", "SYM", "X"})


def _names_only(ctx: Context, start: int, end: int) -> bool:
    """Does the text after a label hold only names, handles and figures ("Contributing: A
    and B, News Service", "Follow him on Twitter: @handle", "Delegates won: 1,769")? PolNeAR
    counts no attribution there, a credit or a tally (PolNeAR train: 27 such labels, none an
    attribution; under PolNeAR's conventions only)."""
    lo, hi = ctx.tok_range(start, end)
    if lo is None or hi is None:
        return False
    return all(t.pos_ in NAME_LIST_POS or t.text.startswith("@") for t in ctx.doc[lo:hi + 1])
