"""Scoring stancemap output against gold data, exactly as ``shared/spec/SCORING.md`` says.

Three kinds of gold are supported:

* ``stancemap-gold/1`` articles (``*.gold.json`` beside a ``.txt``): :func:`load_gold`,
  :func:`score_document`, :func:`evaluate_gold`, :func:`document_errors` (what was counted
  wrong). Layers: ``actors``, ``statements``,
  ``statements_attributed``, ``stances``, ``stances_country``, ``events``, ``events_target``.
* PolNeAR brat attribution files: :func:`load_polnear`, :func:`score_polnear`,
  :func:`evaluate_polnear`.
* ConfliBERT CAMEO sentence files: :func:`load_cameo_class`, :func:`load_cameo_ner`,
  :func:`score_cameo_class`, :func:`score_cameo_ner`, :func:`evaluate_cameo`.

The engine is passed in as a callable ``analyze(Article) -> Document`` so that this module
never imports the spaCy pipeline; saved stancemap/1 output can be scored instead
(:func:`load_system`).

Choices the spec leaves open, made here once:

* **Matching** is one-to-one: each gold item is matched at most once and each system item at
  most once. Candidate pairs are taken greedily best-first (highest score, then system order,
  then gold order) and the result is then completed with augmenting paths, so the number of
  matches is the maximum possible and never depends on the order of the records.
* The **actors** layer follows SCORING.md literally: precision is the share of system actors
  that map to some gold actor (two system actors for one gold entity both count), recall the
  share of gold actors mapped to. The ``one_per_entity`` check shows how many mapped system
  actors share their gold actor with another one (split coreference chains).
* **Stances** are compared as sets of ``(actor, proposition, polarity)`` triples on both sides
  (duplicates collapse), also before the country roll-up.
* **Content tokens** are the normalised words of a text minus :data:`STOP_WORDS`, as a set; a
  text made only of stop words keeps all its words. Proposition phrases use the same tokens.
"""

from __future__ import annotations

from .cameo import (
    CAMEO_CLASSES,
    CAMEO_HALVES,
    DEMAND_MODES,
    PLOVER_CLASS,
    bio_spans,
    cameo_half,
    cameo_text,
    evaluate_cameo,
    event_class,
    first_event,
    load_cameo_class,
    load_cameo_ner,
    score_cameo_class,
    score_cameo_ner,
    sentence_class,
    system_role_spans,
)
from .cameo import (
    _prf as _prf,
)
from .cameo import (
    _role_mention as _role_mention,
)
from .cameo import (
    _token_span as _token_span,
)
from .errors import document_errors
from .gold import (
    _GOLD_SECTIONS as _GOLD_SECTIONS,
)
from .gold import (
    DocumentScore,
    Gold,
    Key,
    Report,
    evaluate_gold,
    load_gold,
    load_system,
    map_actors,
    score_document,
)
from .gold import (
    _gold_paths as _gold_paths,
)
from .gold import (
    _GoldActors as _GoldActors,
)
from .gold import (
    _proposition_key as _proposition_key,
)
from .polnear import (
    Frag,
    PolnearArticle,
    PolnearAttribution,
    evaluate_polnear,
    load_polnear,
    polnear_agreement,
    score_polnear,
)
from .polnear import (
    _docs_for as _docs_for,
)
from .polnear import (
    _length as _length,
)
from .polnear import (
    _merge as _merge,
)
from .polnear import (
    _overlap as _overlap,
)
from .polnear import (
    _parse_ann as _parse_ann,
)
from .polnear import (
    _polnear_root as _polnear_root,
)
from .polnear import (
    _source_right as _source_right,
)
from .polnear import (
    _span_frags as _span_frags,
)
from .polnear import (
    _trim as _trim,
)
from .report import (
    _HEADER as _HEADER,
)
from .report import (
    _acc_line as _acc_line,
)
from .report import (
    _row as _row,
)
from .report import (
    _table as _table,
)
from .report import (
    format_report,
)
from .scoring import (
    _WORD as _WORD,
)
from .scoring import (
    GOLD_FORMAT,
    LAYERS,
    PROPOSITION_COVER,
    STATEMENT_GOLD_COVER,
    STATEMENT_SYSTEM_COVER,
    STOP_WORDS,
    LayerScore,
    content_tokens,
    log,
    normalize,
    tokens,
)
from .scoring import (
    _accuracy as _accuracy,
)
from .scoring import (
    _at_least as _at_least,
)
from .scoring import (
    _match as _match,
)

__all__ = [
    "CAMEO_CLASSES",
    "CAMEO_HALVES",
    "DEMAND_MODES",
    "DocumentScore",
    "Frag",
    "GOLD_FORMAT",
    "Gold",
    "Key",
    "LAYERS",
    "LayerScore",
    "PLOVER_CLASS",
    "PROPOSITION_COVER",
    "PolnearArticle",
    "PolnearAttribution",
    "Report",
    "STATEMENT_GOLD_COVER",
    "STATEMENT_SYSTEM_COVER",
    "STOP_WORDS",
    "bio_spans",
    "cameo_half",
    "cameo_text",
    "content_tokens",
    "document_errors",
    "evaluate_cameo",
    "evaluate_gold",
    "evaluate_polnear",
    "event_class",
    "first_event",
    "format_report",
    "load_cameo_class",
    "load_cameo_ner",
    "load_gold",
    "load_polnear",
    "polnear_agreement",
    "load_system",
    "log",
    "map_actors",
    "normalize",
    "score_cameo_class",
    "score_cameo_ner",
    "score_document",
    "score_polnear",
    "sentence_class",
    "system_role_spans",
    "tokens",
]
