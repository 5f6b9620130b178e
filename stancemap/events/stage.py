"""The event stage: ``EventStage()(doc)`` sets ``doc._.events``."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc

from .coder import _Coder
from .keep import Candidate, apply_keep_model, load_keep_model, takes_dropped
from .lexicon import Lexicon, load_lexicon
from .predicates import drop_unaimed_verdicts
from .records import PloverEvent
from .spoken import spoken_events
from .targets import fill_targets


def code_events(doc: Doc, lexicon: Lexicon | None = None,
                future_concession: str = "CONCEDE") -> list[PloverEvent]:
    """The PLOVER events of a parsed document (after the actor stage).

    The cyclic garbage collector is paused while the coder runs: its view of the parse is
    thousands of small objects that live until the end of the document and are freed by
    reference counting (``_Doc.close``), and collections the allocations would trigger scan
    the whole heap of the process for nothing."""
    model = load_keep_model()
    with _gc_paused():
        coder = _Coder(doc, lexicon or load_lexicon(), future_concession,
                       candidates=model is not None,
                       dropped=model is not None and takes_dropped(model))
        events = coder.run()
        ev_feats, dropped = coder.ev_feats, coder.dropped
        del coder  # its per-document state goes before the collector runs again
    if model is None:
        return events
    return apply_keep_model(model, events, ev_feats, dropped or [])


def code_candidates(doc: Doc, lexicon: Lexicon | None = None,
                    future_concession: str = "CONCEDE"
                    ) -> tuple[list[PloverEvent], list[list[str] | None], list[Candidate]]:
    """The rules' events (the keep model off), each one's features (None for a record no
    feature was noted for), and the candidates the gates dropped: the keep model's examples
    (``scripts/train_event_model.py``)."""
    with _gc_paused():
        coder = _Coder(doc, lexicon or load_lexicon(), future_concession, candidates=True)
        events = coder.run()
        ev_feats, dropped = coder.ev_feats, coder.dropped
        del coder  # (as in ``code_events``)
    return events, [ev_feats.get(id(e)) for e in events], dropped or []


@contextmanager
def _gc_paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class EventStage:
    """Codes PLOVER events; sets ``doc._.events``.

    ``future_concession`` is the type of a promised concession ("agreed to lift the ban",
    "will release the hostages"): ``"CONCEDE"`` as PLOVER codes it (the default), or
    ``"AGREE"`` as CAMEO-style data does (verbal cooperation).

    ``agentless``: keep an event whose doer names no actor ("40 people were killed", "the
    ship was boarded by armed men"), as CAMEO-style data codes a sentence by its act whoever
    did it. Off by default: an event of the output is who did what to whom, and an act with
    no actor for its doer is left out (our gold never codes one; on the readable sets every
    one of them was a misreading: a subject no actor was found for, a fragment, a clock
    time's heading).
    """

    def __init__(self, lexicon: Lexicon | None = None,
                 future_concession: str = "CONCEDE", agentless: bool = False) -> None:
        if future_concession not in ("CONCEDE", "AGREE"):
            raise ValueError(f"future_concession must be CONCEDE or AGREE, not "
                             f"{future_concession!r}")
        self.lexicon = lexicon or load_lexicon()
        self.future_concession = future_concession
        self.agentless = agentless

    def __call__(self, doc: Doc) -> Doc:
        events = code_events(doc, self.lexicon, self.future_concession)
        fill_targets(doc, events)  # the untargeted acts' targets (a trained ranker)
        events = drop_unaimed_verdicts(events)
        extra = spoken_events(doc, events)  # what speakers say (a trained classifier)
        out = events + extra
        if not self.agentless:
            out = [e for e in out if e.source is not None]
        for n, e in enumerate(out, 1):
            e.id = f"e{n}"
        doc._.events = out
        return doc
