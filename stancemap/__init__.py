"""stancemap: who said what, who stands where, who did what to whom, from political news.

    >>> import stancemap
    >>> doc = stancemap.analyze("Poland's Foreign Minister Radoslaw Sikorski said ...")
    >>> doc.actors[0].country
    'POL'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .model import Article, Document

__all__ = ["Article", "Document", "analyze", "analyze_many"]
__version__ = "0.1.0"


def analyze(text: str, date: str | None = None, id: str = "doc", **meta: str | None) -> Document:
    """Analyse one text; ``meta`` may carry title, url and source."""
    from .pipeline import default_engine

    return default_engine().analyze(Article(id=id, text=text, date=date, **meta))


def analyze_many(items: Iterable[Article | str], batch_size: int = 16,
                 jobs: int = 1) -> Iterator[Document]:
    """Analyse many texts or Articles, streamed through spaCy's ``nlp.pipe``; ``jobs`` > 1:
    in that many forked worker processes (same documents, same order)."""
    from .parallel import analyze_many as run
    from .pipeline import default_engine

    def articles() -> Iterator[Article]:
        for i, item in enumerate(items):
            yield item if isinstance(item, Article) else Article(id=f"doc{i + 1}", text=item)

    return run(default_engine(), articles(), jobs=jobs, batch_size=batch_size)
