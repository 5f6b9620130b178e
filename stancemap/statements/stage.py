"""The statement stage: runs the statement rules over a document and merges what they find."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from ..model import Statement
from ..options import STATEMENT_MODES
from ..segment import FINAL
from .according import according_to, in_poll, in_source
from .adjcues import adj_found
from .boundary import load_boundary
from .context import Context, Found
from .direct import continuations, direct_quotes, labels
from .learned import AttributionModel, load_model, model_found
from .lexicon import CUES, Lexicon, Rules, load_lexicon, load_words
from .merge import merge
from .nouncues import noun_found
from .polnear import end_before_reports, polnear_extents
from .quotes import find_quotes
from .raising import asked, hearsay, passive_agent, raised
from .reception import received
from .reported import put_questions, reported_speech, unsaid_question

MODES = STATEMENT_MODES

if not Doc.has_extension("deed_statements"):  # read by drop_deeds, once every stage ran
    Doc.set_extension("deed_statements", default=None)


class StatementStage:
    """Finds statements; sets ``doc._.statements``. Needs the actor stage's layers.

    The stage holds only its :class:`Rules` (the lexicon and options); everything about one
    document lives in that document's :class:`Context`."""

    def __init__(self, lexicon: Lexicon | None = None, join_quotes: bool = False,
                 polnear_spans: bool = False, data: Path | None = None,
                 mode: str = "combined", ends: bool = True) -> None:
        """``join_quotes``: a quotation that goes on after its reporting clause in a new
        sentence (``"A," he said. "B."``) is a statement of its own (False, the default: the
        gold files' convention), or extends the same statement (True: PolNeAR's).
        ``polnear_spans``: contents as PolNeAR draws them: the complementizer of ``said that X``
        and closing non-restrictive material (``, which ...``, ``-- a ...``) kept; by default
        the content is X without them (the gold files' convention).
        ``data``: a folder with ``cues.tsv`` and ``statement_words.tsv`` to read instead of
        ``stancemap/data`` (``lexicon``, if given, still replaces its cues).
        ``mode``: ``combined`` (the rules, and the trained attribution model where they find
        nothing, for reported clauses; with ``polnear_spans`` also for a verb's object, which
        PolNeAR counts as an attribution), ``broad`` (the same, and the model's reports whose
        content is a noun phrase: "backed Trump", PolNeAR's notion), ``rules`` or ``model``
        alone."""
        if mode not in MODES:
            raise ValueError(f"statement mode must be one of {', '.join(MODES)}, not {mode!r}")
        lex = lexicon or load_lexicon(data / CUES if data is not None else None)
        self.rules = Rules.make(lex, join_quotes, polnear_spans, load_words(data))
        self.lex = self.rules.lex
        self.join_quotes = join_quotes
        self.polnear_spans = polnear_spans
        self.mode = mode
        self.model: AttributionModel | None = load_model() if mode != "rules" else None
        self.ends = load_boundary() if polnear_spans and ends else None

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.statements = []
            return doc
        ctx = Context(doc, self.rules)
        quotes = find_quotes(ctx.text)
        ctx.set_quotes(quotes)
        found: list[Found] = []
        # questions put to their answerers: no statements, under the gold files' conventions
        questions = frozenset() if self.polnear_spans else put_questions(ctx)
        if self.mode != "model":
            found = self._rules(ctx, quotes, questions)
            if self.polnear_spans:
                end_before_reports(ctx, found)
        if self.model is not None:
            model = self.model
            ctx.cue_p = lambda t: model.cue_score(t, ctx.in_quote)
            found += model_found(ctx, self.model, found, beside_rules=self.mode != "model",
                                 broad=self.mode == "broad")
            if self.polnear_spans and self.mode == "combined":
                found += noun_found(ctx, found)
                found += adj_found(ctx, found)
        if not self.polnear_spans:
            found = [f for f in found if not in_headline(ctx, f) and f.cue_tok not in questions
                     and not unsaid_question(ctx, f)]
        statements = merge(ctx, found)
        doc._.deed_statements = frozenset() if self.polnear_spans else frozenset(
            s.id for s in statements if deed(doc, s, self.rules.words.deeds))
        doc._.statements = (polnear_extents(doc, statements, self.ends) if self.polnear_spans
                            else statements)
        return doc

    @staticmethod
    def _rules(ctx: Context, quotes: list, questions: frozenset[int]) -> list[Found]:
        found: list[Found] = []
        used_cues: set[int] = set()
        found += direct_quotes(ctx, quotes, used_cues)
        found += labels(ctx)
        found += reported_speech(ctx, used_cues)
        found += according_to(ctx)
        found += in_source(ctx)
        if ctx.polnear_spans:
            found += raised(ctx, used_cues)
            found += passive_agent(ctx, used_cues)
            found += hearsay(ctx, used_cues)
            found += in_poll(ctx, used_cues, found)
            found += received(ctx, used_cues, found)
        # a question is no statement a quotation goes on either
        found = [f for f in found if f.cue_tok not in questions]
        continuations(ctx, quotes, found)
        if ctx.polnear_spans:  # a question is never the statement a quotation goes on
            found += asked(ctx, used_cues)
        return found


def deed(doc: Doc, st: Statement, deeds: frozenset[str]) -> bool:
    """Is ``st`` told by a verb the gold files count as an act, never as reported words
    (``deeds``: "ordered the agency to stop", "refused to sign")?"""
    span = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand") if st.cue else None
    return span is not None and len(span) > 0 and span[0].lemma_.lower() in deeds and not any(
        t.pos_ in ("VERB", "AUX") for t in span[1:])  # "refused to say if X" is a statement


def drop_deeds(doc: Doc) -> None:
    """Leaves out of ``doc._.statements`` those the statement stage found told by a deed
    (``deed_statements``), once every stage has read them: the actors they name, the events
    and stances they carry stay as they are; one a stance cites stays too."""
    deeds = doc._.deed_statements or frozenset()
    if not deeds or not doc._.statements:
        return
    cited = {st.statement for st in doc._.stances or []}
    doc._.statements = [s for s in doc._.statements if s.id not in deeds or s.id in cited]


#: what ends a paragraph that is a sentence, not a headline
SENTENCE_CLOSE = tuple(FINAL)


def in_headline(ctx: Context, f: Found) -> bool:
    """Is ``f`` read from the story's headline, its first line when that line ends with no
    sentence's close and the story goes on below it ("Dockworkers say they will strike over
    pension cuts", "Court orders port to halt dredging")? The gold files count no
    statement in a headline (none of the 18 readable ones); a headline's own tag ("..., Former
    Doctor Says.", ``direct.labels``) is kept."""
    if f.rule == "headline" or len(ctx.paragraphs) < 2:
        return False
    ps, pe = ctx.paragraphs[0]
    line = ctx.text[ps:pe].rstrip()
    if not line or line.endswith(SENTENCE_CLOSE) or len(line) > 200:
        return False
    return ps <= f.content[0] < pe and (f.cue is None or f.cue[0] < pe)

