"""The stance lexicons of ``stancemap/data/stance_*.tsv``: read, checked and indexed once.

Every table is a tab-separated file with ``#`` comments. Each row is checked when it is read:
a wrong number of columns, an unknown polarity, frame, relation or word class, a multiword
entry where only one word can match, or a key defined twice raises :class:`LexiconError`
naming the file and the line. Nothing is skipped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..lexicon import LexiconError as LexiconError  # re-exported: stancemap.stances.LexiconError
from ..lexicon import read_rows, word_class_record, word_classes

DATA = Path(__file__).resolve().parent.parent / "data"
#: PETRARCH2's CAMEO verb dictionary, as the relations layer compiled it: the verbs of praise,
#: endorsement (CAMEO 05x) and of disapproval and rejection (11x, 12x) stand
#: for or against a direct object that is no actor, where stance_verbs.tsv has no row
#: (exceptions in stance_cameo.tsv).
CAMEO_VERBS = DATA.parent / "relations" / "data" / "cameo_verbs.tsv"
CAMEO_STANCE_CODES = ("05", "11", "12")

POLARITIES = ("support", "oppose", "neutral", "conditional")
POLAR = ("support", "oppose")
# Frames of stance_verbs.tsv (``prep:P`` besides): see stancemap/stances/verbs.py.
VERB_FRAMES = ("obj", "xcomp", "self", "that", "subj")
AGREEMENT_RELATIONS = ("same", "opposite")
AGREEMENT_FRAMES = ("obj",)  # and prep:P
NOUN_COMPLEMENTS = ("inf", "that")  # besides prepositions
CONDITION_KINDS = ("condition", "precondition", "negated")
CONDITION_ASKS = ("same", "opposite")  # what a condition clause asks for, against the stance
HEDGE_POLARITIES = ("neutral", "evasive")
REVERSAL_KINDS = ("verb", "modifier", "undo", "negated", "gerund", "halt")
JUDGES = ("speaker",)
YES_NO = ("yes", "no")
NO_COMPLEMENT = "-"


@dataclass(frozen=True)
class Words:
    """The word classes of ``stance_words.tsv`` (the comments there say which rule reads each)."""

    members: frozenset[str]
    speaks_for: frozenset[str]
    body_voices: frozenset[str]
    state_voices: frozenset[str]
    noting: frozenset[str]
    government: frozenset[str]
    own_body: frozenset[str]
    state_offices: frozenset[str]
    private_offices: frozenset[str]
    doc_nouns: frozenset[str]
    vote_verbs: frozenset[str]
    vote_nouns: frozenset[str]
    majority: frozenset[str]
    ruling_sectors: frozenset[str]
    difficulty: frozenset[str]
    instance_nouns: frozenset[str]
    removal_nouns: frozenset[str]
    ending_nouns: frozenset[str]
    scrutiny_nouns: frozenset[str]
    scrutiny_preps: frozenset[str]
    asked_of: frozenset[str]
    defecting: frozenset[str]
    disputes: frozenset[str]
    generic_subjects: frozenset[str]
    pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    definite_dets: frozenset[str]
    list_preps: frozenset[str]
    title_preps: frozenset[str]
    holder_preps: frozenset[str]
    relatives: frozenset[str]
    possessives: frozenset[str]
    others: frozenset[str]
    selves: frozenset[str]
    rule_verbs: frozenset[str]
    acting_texts: frozenset[str]
    bringing: frozenset[str]
    protests: frozenset[str]
    joining: frozenset[str]
    frame_nouns: frozenset[str]
    raising: frozenset[str]
    raised_topics: frozenset[str]
    raised_before: frozenset[str]
    loosen: frozenset[str]
    keep: frozenset[str]
    proposals: frozenset[str]
    proposing: frozenset[str]
    requests: frozenset[str]
    positions: frozenset[str]
    actor_objects: frozenset[str]
    judged_verbs: frozenset[str]
    undecided: frozenset[str]
    weighing: frozenset[str]
    open_adj: frozenset[str]
    generic: frozenset[str]
    relating: frozenset[str]
    conduct: frozenset[str]
    kept_course: frozenset[str]
    unspecified_acts: frozenset[str]
    uncharged: frozenset[str]
    offering: frozenset[str]
    vague_mods: frozenset[str]
    media: frozenset[str]
    time_words: frozenset[str]
    time_units: frozenset[str]
    action_stop: frozenset[str]
    copulas: frozenset[str]
    declining: frozenset[str]
    refusing: frozenset[str]
    refused_asks: frozenset[str]
    turning_down: frozenset[str]
    open_marks: frozenset[str]
    described_dets: frozenset[str]
    alternatives: frozenset[str]
    plain_mods: frozenset[str]
    affected_preps: frozenset[str]
    vote_manners: frozenset[str]
    act_tellers: frozenset[str]
    act_marks: frozenset[str]
    claim_tellers: frozenset[str]
    deciding: frozenset[str]
    voting_bodies: frozenset[str]
    withdrawn_things: frozenset[str]
    outcome_nouns: frozenset[str]
    decision_anaphors: frozenset[str]
    punishing: frozenset[str]
    had_nouns: frozenset[str]
    withheld: frozenset[str]
    decision_acts: frozenset[str]
    foreseen: frozenset[str]
    disguising: frozenset[str]
    wanting: frozenset[str]
    accepting: frozenset[str]
    enacting: frozenset[str]
    voted_texts: frozenset[str]
    anonymity: frozenset[str]
    go_betweens: frozenset[str]
    calming: frozenset[str]
    unnamed_acts: frozenset[str]
    polities: frozenset[str]
    persons: frozenset[str]
    standing_nouns: frozenset[str]
    standing_verbs: frozenset[str]
    walkouts: frozenset[str]
    boycotts: frozenset[str]
    walkout_times: frozenset[str]
    inquiring: frozenset[str]
    chamber_parties: frozenset[str]
    asked_marks: frozenset[str]
    seeing: frozenset[str]
    receiving: frozenset[str]
    state_bodies: frozenset[str]
    held_views: frozenset[str]
    light_heads: frozenset[str]
    necessity: frozenset[str]
    vehicles: frozenset[str]


def _words(path: Path) -> Words:
    return word_class_record(Words, path)


@dataclass(frozen=True)
class Lexicon:
    """Everything the stance rules know about words, from the data files."""

    verbs: dict[str, tuple[str, tuple[str, ...]]]
    nouns: dict[str, tuple[str, tuple[str, ...], bool]]
    preps: dict[str, str]
    evaluatives: dict[str, tuple[str, str]]
    conditions: dict[str, str]
    condition_asks: dict[str, str]
    hedges: dict[str, str]
    agreement: dict[str, tuple[str, str]]
    reversal: dict[str, str]
    synonyms: dict[str, str]
    descriptions: dict[str, str]
    accusation: dict[str, tuple[str, ...]]
    claims: dict[str, tuple[str, frozenset[str] | None]]
    judged: frozenset[str]
    nonprops: dict[str, frozenset[str]]
    words: Words
    opposites: dict[str, frozenset[str]] = field(default_factory=dict)
    act_nouns: dict[str, frozenset[str]] = field(default_factory=dict)

    @cached_property
    def multiword(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Multiword evaluatives ("red line") with their words, in file order."""
        return tuple((k, tuple(k.split())) for k in self.evaluatives if " " in k)

    @cached_property
    def multiword_words(self) -> frozenset[str]:
        """Every word of a multiword evaluative: a token that may start one."""
        return frozenset(w for _, ws in self.multiword for w in ws)

    @cached_property
    def triggers(self) -> frozenset[str]:
        """Lemmas that can start a stance expression (see stage.find_expressions)."""
        w = self.words
        return frozenset(self.verb_triggers | w.open_adj | set(self.nouns)
                         | set(self.evaluatives))

    @cached_property
    def verb_triggers(self) -> frozenset[str]:
        """Verb lemmas some verb rule reads: an announced action is none of them."""
        w = self.words
        return frozenset(w.vote_verbs | w.undecided | w.weighing | w.rule_verbs
                         | set(self.agreement) | set(self.verbs))

    @cached_property
    def padded_conditions(self) -> list[tuple[str, str, str]]:
        """(marker, " marker ", kind) in file order, for matching inside word strings."""
        return [(mk, f" {mk} ", kind) for mk, kind in self.conditions.items()]

    @cached_property
    def neutral_hedges(self) -> list[str]:
        return [h for h, pol in self.hedges.items() if pol == "neutral"]

    @cached_property
    def reply_hedges(self) -> list[str]:
        """Hedges that make a reply to a question neutral on it: neutral and evasive ones."""
        return list(self.hedges)


def _verbs(path: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    verbs = {r.word(0, "verb lemma"): (r.choice(1, POLARITIES, "polarity"),
                                       r.frames(2, VERB_FRAMES))
             for r in read_rows(path, 3)}
    for lemma, pol in _cameo_verbs(path.parent / "stance_cameo.tsv"):
        verbs.setdefault(lemma, (pol, ("obj",)))
    return verbs


def _cameo_verbs(exceptions: Path) -> list[tuple[str, str]]:
    """(lemma, stance polarity) of the CAMEO dictionary's evaluation verbs (CAMEO_VERBS), less
    the blocks and lemmas ``exceptions`` lists."""
    skip = word_classes(exceptions, ("block", "lemma")) if exceptions.exists() else {}
    blocks = {b.upper() for b in skip.get("block", ())}
    lemmas = skip.get("lemma", frozenset())
    out = []
    for r in read_rows(CAMEO_VERBS, 4):
        lemma, pol, code, block = (c.strip() for c in r.cells[:4])
        if code.startswith(CAMEO_STANCE_CODES) and block not in blocks and lemma not in lemmas:
            out.append((lemma, "support" if pol == "positive" else "oppose"))
    return out


def _nouns(path: Path) -> tuple[dict[str, tuple[str, tuple[str, ...], bool]], frozenset[str]]:
    nouns: dict[str, tuple[str, tuple[str, ...], bool]] = {}
    judged: set[str] = set()
    for r in read_rows(path, 4, 5):
        lemma = r.word(0, "noun lemma")
        comps = r.words(2, "complement", sep=",")
        nouns[lemma] = (r.choice(1, POLARITIES, "polarity"), comps,
                        r.choice(3, YES_NO, "anaphoric value") == "yes")
        if len(r.cells) > 4 and r.choice(4, JUDGES, "judge") == "speaker":
            judged.add(lemma)
    return nouns, frozenset(judged)


def _evaluatives(path: Path) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for r in read_rows(path, 3):
        comp = r.cells[2]
        if comp != NO_COMPLEMENT:
            r.word(2, "complement (a preposition, inf or -)")
        out[r.phrase(0, "evaluative")] = (r.choice(1, POLARITIES, "polarity"), comp)
    return out


def _pairs(path: Path, key: str, allowed: tuple[str, ...], what: str,
           multiword: bool = False, max_cols: int | None = None) -> dict[str, str]:
    """A two-column table key -> one of ``allowed`` (further columns read elsewhere)."""
    return {(r.phrase(0, key) if multiword else r.word(0, key)): r.choice(1, allowed, what)
            for r in read_rows(path, 2, max_cols)}


def _asks(path: Path) -> dict[str, str]:
    """Condition markers whose clause is what the holder asks for: marker -> same|opposite."""
    out: dict[str, str] = {}
    for r in read_rows(path, 2, 3):
        if len(r.cells) > 2:
            if r.cells[1] != "condition":
                r.fail("only a condition marker asks for something")
            out[r.phrase(0, "marker")] = r.choice(2, CONDITION_ASKS, "condition asks")
    return out


def _synonyms(path: Path, what: str = "synonym") -> dict[str, str]:
    """A ``class<TAB>words`` table: each word to its one class."""
    syn: dict[str, str] = {}
    for r in read_rows(path, 2):
        cls = r.word(0, f"{what} class")
        for w in r.words(1, what):
            if w in syn:
                r.fail(f"{w!r} is already in {what} class {syn[w]!r}")
            syn[w] = cls
    return syn


def _agreement(path: Path) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for r in read_rows(path, 3):
        if "," in r.cells[2]:
            r.fail("one frame per agreement cue")
        frame, = r.frames(2, AGREEMENT_FRAMES)
        out[r.word(0, "verb lemma")] = (r.choice(1, AGREEMENT_RELATIONS, "relation"), frame)
    return out


def _claims(path: Path, event_nouns: Path) -> dict[str, tuple[str, frozenset[str] | None]]:
    """Claim verbs: lemma -> (preposition, the event-noun lemmas the charge must name, or
    None for any act). A noun class must be one event_nouns.tsv defines."""
    classes: dict[str, set[str]] = {}
    for row in read_rows(event_nouns, 4, 5):
        classes.setdefault(row.cells[3], set()).add(row.cells[0].split()[-1])
    out: dict[str, tuple[str, frozenset[str] | None]] = {}
    for r in read_rows(path, 3):
        cls = r.cells[2]
        if cls != NO_COMPLEMENT and cls not in classes:
            r.fail(f"noun class {cls!r} is not a class of {event_nouns.name}")
        out[r.word(0, "verb lemma")] = (r.word(1, "preposition"), None if cls == NO_COMPLEMENT
                                        else frozenset(classes[cls]))
    return out


def _acts_to_words(path: Path, act: str, word: str) -> dict[str, frozenset[str]]:
    """A table keyed by an act (a verb lemma, alone or with one more word: its particle,
    adjective, preposition or object's head) -> the words of the row's second cell."""
    out: dict[str, frozenset[str]] = {}
    for r in read_rows(path, 2, 2):
        key = r.phrase(0, act)
        if len(key.split()) > 2:
            r.fail(f"an {act} is a verb and at most one more word")
        out[key] = frozenset(r.words(1, word))
    return out


def _opposites(path: Path) -> dict[str, frozenset[str]]:
    """Undoing acts -> the lemmas of the acts they undo."""
    return _acts_to_words(path, "undoing act", "undone act")


def _act_nouns(path: Path) -> dict[str, frozenset[str]]:
    """Enacted acts -> the nouns a later sentence names the act by."""
    return _acts_to_words(path, "act", "act noun")


@lru_cache(maxsize=4)
def load_lexicon(data: Path | None = None) -> Lexicon:
    """The stance lexicons of ``data`` (default ``stancemap/data``), read and checked once."""
    d = Path(data) if data is not None else DATA
    nouns, judged = _nouns(d / "stance_nouns.tsv")
    return Lexicon(
        verbs=_verbs(d / "stance_verbs.tsv"),
        nouns=nouns,
        judged=judged,
        preps=_pairs(d / "stance_preps.tsv", "preposition", POLAR, "polarity"),
        evaluatives=_evaluatives(d / "stance_evaluatives.tsv"),
        conditions=_pairs(d / "stance_conditions.tsv", "marker", CONDITION_KINDS,
                          "condition type", multiword=True, max_cols=3),
        condition_asks=_asks(d / "stance_conditions.tsv"),
        hedges=_pairs(d / "stance_hedges.tsv", "hedge", HEDGE_POLARITIES, "polarity",
                      multiword=True),
        agreement=_agreement(d / "stance_agreement.tsv"),
        reversal=_pairs(d / "stance_reversal.tsv", "reversal word", REVERSAL_KINDS, "kind",
                        multiword=True),
        synonyms=_synonyms(d / "stance_synonyms.tsv"),
        descriptions=_synonyms(d / "stance_descriptions.tsv", "description"),
        accusation={r.word(0, "verb lemma"): r.words(1, "preposition", sep=",")
                    for r in read_rows(d / "stance_accusation.tsv", 2)},
        claims=_claims(d / "stance_claims.tsv", d / "event_nouns.tsv"),
        nonprops={r.word(0, "verb lemma"): frozenset(r.words(1, "object lemma"))
                  for r in read_rows(d / "stance_nonprops.tsv", 2)},
        words=_words(d / "stance_words.tsv"),
        opposites=_opposites(d / "stance_opposites.tsv"),
        act_nouns=_act_nouns(d / "stance_act_nouns.tsv"),
    )
