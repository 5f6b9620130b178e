"""The statement stage: runs the statement rules over a document and merges what they find."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from .according import according_to
from .context import Context, Found
from .direct import continuations, direct_quotes, labels
from .lexicon import CUES, Lexicon, Rules, load_lexicon, load_words
from .merge import merge
from .quotes import find_quotes
from .reported import reported_speech


class StatementStage:
    """Finds statements; sets ``doc._.statements``. Needs the actor stage's layers.

    The stage holds only its :class:`Rules` (the lexicon and options); everything about one
    document lives in that document's :class:`Context`."""

    def __init__(self, lexicon: Lexicon | None = None, join_quotes: bool = True,
                 keep_that: bool = False, data: Path | None = None) -> None:
        """``join_quotes``: a quotation that goes on after its reporting clause in a new
        sentence (``"A," he said. "B."``) extends the same statement (PolNeAR's convention);
        False makes B a statement of its own (the gold files' convention).
        ``keep_that``: keep the complementizer in ``said that X`` (PolNeAR's spans); by
        default the content is X (the gold files' convention).
        ``data``: a folder with ``cues.tsv`` and ``statement_words.tsv`` to read instead of
        ``stancemap/data`` (``lexicon``, if given, still replaces its cues)."""
        lex = lexicon or load_lexicon(data / CUES if data is not None else None)
        self.rules = Rules.make(lex, join_quotes, keep_that, load_words(data))
        self.lex = self.rules.lex
        self.join_quotes = join_quotes
        self.keep_that = keep_that

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.statements = []
            return doc
        ctx = Context(doc, self.rules)
        quotes = find_quotes(ctx.text)
        ctx.set_quotes(quotes)
        found: list[Found] = []
        used_cues: set[int] = set()
        found += direct_quotes(ctx, quotes, used_cues)
        found += labels(ctx)
        found += reported_speech(ctx, used_cues)
        found += according_to(ctx)
        continuations(ctx, quotes, found)
        doc._.statements = merge(ctx, found)
        return doc
