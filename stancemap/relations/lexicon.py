"""The relation stage's vocabulary, read once from data files.

- ``data/cameo_verbs.tsv``: verbs whose CAMEO code says how the subject treats the object
  (praise, endorse, defend; criticise, accuse, reject, threaten, ...), extracted from
  PETRARCH2's CAMEO verb dictionary by ``scripts/extract_cameo_relation_verbs.py`` (MIT).
- ``data/relation_cues.tsv``: hand-written additions: verbs, verb + preposition frames,
  naming verbs ("called Y a liar"), position nouns ("Y's idea"), relation nouns ("criticism
  of Y"), valence corrections and negation words.
- ``data/relation_words.tsv``: the word classes the parse rules read (prepositions, particles,
  first-person pronouns), one class a line, each constant named after its class (``WORDS``).
- VADER's sentiment lexicon (``vaderSentiment``, MIT): the valence (-4..4) of evaluative words
  ("reckless", "liar", "brilliant"), corrected by the ``valence`` rows above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from ..lexicon import phrase_classes

POSITIVE, NEGATIVE = "positive", "negative"
REMOVED = "none"
#: |VADER valence| from which a verb outside the lexicon reads as a relation to its object.
VERB_VALENCE = 1.5
WORDS_FILE = Path(__file__).resolve().parent / "data" / "relation_words.tsv"
#: The rules' word classes: class name -> words (a missing class fails where it is read).
WORDS: dict[str, frozenset[str]] = phrase_classes(WORDS_FILE)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("stancemap.relations").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]  # lemma -> polarity
    preps: dict[tuple[str, str], str]  # (lemma, preposition) -> polarity
    adjs: dict[tuple[str, str], str]  # (adjective, preposition) -> polarity
    naming: dict[str, frozenset[str]]  # lemma -> prepositions of the predicate ("" = none)
    positions: frozenset[str]
    nouns: dict[str, str]  # relation noun -> polarity
    noun_preps: dict[str, frozenset[str]]
    valence: dict[str, float]
    negations: frozenset[str]
    agents: dict[str, str]  # "critic", "ally" -> polarity
    affiliates: frozenset[str]  # agents toward their possessor only ("Trump's lawyer")
    chosen: frozenset[str]  # the possessor toward the bearer ("Lynch, Obama's nominee")
    patients: dict[str, str]  # "impeachment" -> negative: a stance on "Y's impeachment"
    mutual: frozenset[str]  # relations that hold both ways ("rival", "feud", "clash")
    light: frozenset[str]  # "X voiced criticism of Y"
    receive: frozenset[str]  # "Y drew criticism from X"
    flip: frozenset[str]  # positive verbs whose negation is opposition ("won't support Y")
    removed: frozenset[str] = frozenset()  # verbs a "none" row took out of the lexicon
    #: neutral nouns whose adjectives give the sign ("warm words for Y", "friendly relations
    #: with Y") -> the prepositions of their target
    rated: dict[str, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def valence_verbs(self) -> dict[str, str]:
        """Words VADER rates at least ``VERB_VALENCE`` either way and the verb lexicon does not
        list (nor removes): as a verb with an actor object they say how the subject treats it
        ("X admires Y", "Y is disliked by X", "X betrayed Y")."""
        return {w: POSITIVE if v > 0 else NEGATIVE for w, v in self.valence.items()
                if abs(v) >= VERB_VALENCE and w.isalpha() and w not in self.verbs
                and w not in self.removed}

    @cached_property
    def verb_triggers(self) -> frozenset[str]:
        """Lemmas of the verbs any parse rule looks at (the others are skipped fast)."""
        return frozenset(self.verbs) | {v for v, _ in self.preps} | set(self.naming) \
            | self.mutual | self.flip

    @cached_property
    def triggers(self) -> frozenset[str]:
        """Every lemma some parse rule looks at."""
        return self.verb_triggers | frozenset(self.valence_verbs) | self.adj_triggers \
            | self.noun_triggers

    @cached_property
    def speech_verbs(self) -> frozenset[str]:
        """Verbs that report what their subject said ("promise", "agree", "welcome": speech
        cues of the statement stage's ``cues.tsv``): their own valence is the content's, no
        judgement of the subject."""
        from ..statements.lexicon import load_lexicon as cue_lexicon

        return frozenset(lemma for lemma, cue in cue_lexicon().verbs.items()
                         if cue.cls == "speech")

    @cached_property
    def noun_triggers(self) -> frozenset[str]:
        return frozenset(self.nouns) | set(self.agents) | set(self.rated)

    @cached_property
    def adj_triggers(self) -> frozenset[str]:
        return frozenset(a for a, _ in self.adjs)

    def word_valence(self, word: str) -> float:
        """VADER valence of a lower-cased word (0.0 when it has none)."""
        return self.valence.get(word.lower(), 0.0)

    def token_valence(self, lower: str, lemma: str) -> float:
        """The valence of a word as written (lower-cased), else of its lemma."""
        return self.valence[lower] if lower in self.valence else self.word_valence(lemma)


def _vader() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return {w: float(v) for w, v in SentimentIntensityAnalyzer().lexicon.items()}


def _split(value: str) -> frozenset[str]:
    return frozenset(p.strip() for p in value.split(",") if p.strip())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon (cached: read once per process)."""
    verbs = {r[0]: r[1] for r in _rows("cameo_verbs.tsv")}
    preps: dict[tuple[str, str], str] = {}
    adjs: dict[tuple[str, str], str] = {}
    naming: dict[str, frozenset[str]] = {}
    nouns: dict[str, str] = {}
    noun_preps: dict[str, frozenset[str]] = {}
    valence = _vader()
    agents: dict[str, str] = {}
    patients: dict[str, str] = {}
    removed: set[str] = set()
    rated: dict[str, frozenset[str]] = {}
    words: dict[str, set[str]] = {"negation": set(), "mutual": set(), "light": set(),
                                  "receive": set(), "position": set(), "flip": set(),
                                  "affiliate": set(), "chosen": set()}
    for kind, word, *rest in _rows("relation_cues.tsv"):
        value = rest[0] if rest else ""
        if kind == "verb":
            if value == REMOVED:
                verbs.pop(word, None)
                removed.add(word)
            else:
                verbs[word] = value
        elif kind in ("prep", "adj"):
            for p in _split(value):
                (preps if kind == "prep" else adjs)[(word, p)] = rest[1]
        elif kind == "naming":
            naming[word] = _split(value) or frozenset({""})
        elif kind in ("agent", "affiliate", "chosen"):
            agents[word] = value
            if kind != "agent":
                words[kind].add(word)
        elif kind in words:
            words[kind].add(word)
        elif kind == "noun":
            nouns[word] = value
        elif kind == "patient":
            patients[word] = value
        elif kind == "noun_prep":
            noun_preps[word] = _split(value)
        elif kind == "rated":
            rated[word] = _split(value)
        elif kind == "valence":
            valence[word] = float(value)
    return Lexicon(verbs, preps, adjs, naming, frozenset(words["position"]), nouns, noun_preps,
                   valence, frozenset(words["negation"]), agents, frozenset(words["affiliate"]),
                   frozenset(words["chosen"]),
                   patients, frozenset(words["mutual"]),
                   frozenset(words["light"]), frozenset(words["receive"]),
                   frozenset(words["flip"]), frozenset(removed), rated)
