"""The event coder of one document: its state and the pass over its sentences."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from .. import dates
from .addressees import UnnamedAddressees
from .aims import Aims
from .announced import AnnouncedProtests
from .answers import AnsweredClaims
from .backers import Backers
from .context import ContextParties
from .courts import CourtAgents
from .criticism import ReportedCriticism
from .dating import Dating
from .defiance import Defiance
from .ellipsis import RepeatedActs
from .emit import Emitter
from .frames import Frame
from .keep import Candidate, KeepCandidates
from .labels import RelativeLabels
from .lastpass import LastPass
from .lawsuits import LegalChallenges
from .lexicon import Lexicon, NounEntry, _table_index
from .members import PartyLawmakers
from .mixedverdicts import MixedVerdicts
from .modality import Modality
from .motives import ActMotives
from .parse import _Doc, _Sent
from .participants import Participants
from .predicates import SpecialPredicates
from .reactions import ReactedActs
from .records import PloverEvent
from .reference import Reference
from .rules import EventRules
from .speakers import Speakers
from .steps import HeldOutSteps
from .summons import AttendedSummons
from .terms import OfferTerms
from .triggers import TriggerLookup
from .vocab import NOMINALIZATIONS
from .votelists import VoteLists
from .walkouts import Walkouts


class _Coder(TriggerLookup, Modality, Speakers, Reference, Participants, SpecialPredicates,
             ReportedCriticism, EventRules, Aims, Emitter, ContextParties, Dating, OfferTerms,
             RepeatedActs, HeldOutSteps, ActMotives, RelativeLabels, AnsweredClaims,
             PartyLawmakers, Walkouts, ReactedActs, LegalChallenges, CourtAgents,
             VoteLists, Backers, AnnouncedProtests, UnnamedAddressees, LastPass, KeepCandidates,
             Defiance, AttendedSummons, MixedVerdicts):
    """Codes the events of one document: the per-document state, and the pass over its
    sentences. The rules live in the mixins."""

    def __init__(self, doc: Doc, lex: Lexicon, future_concession: str = "CONCEDE",
                 candidates: bool = False, dropped: bool = True) -> None:
        self.future_concession = future_concession
        # the keep model's notes (``keep.py``) when a model reads them: the emitted records'
        # features, and (``dropped``: the model may keep some) the candidates the gates dropped
        self.noting = candidates
        self.dropped: list[Candidate] | None = [] if candidates and dropped else None
        self.ev_feats: dict[int, list[str]] = {}
        self.doc = doc
        self.sdoc = _Doc(doc)
        self.verb_index = _table_index(lex.verbs)
        self.speaker_index = _table_index(lex.speaker)
        self.cameo_verbs = lex.cameo.verbs if lex.cameo is not None else None
        self.cameo_index = _table_index(lex.cameo.verbs) if lex.cameo is not None else {}
        self.lex = lex
        self.mmap: dict[int, str] = doc._.mention_map or {}
        self.persons = frozenset(a.id for a in doc._.actors or [] if a.type == "person")
        article = doc._.article
        pub = getattr(article, "date", None) if article is not None else None
        day = dates.parse_iso_date(pub) if isinstance(pub, str) else None
        self.pub = day.isoformat() if day is not None else pub
        self.events: list[PloverEvent] = []
        self.owners: dict[str, list[str]] = {}
        self.story_drafter_ids: list[str] | None = None  # (``Aims._story_drafters``)
        self.owner_sentence: dict[str, int] = {}
        self.first_owners: dict[str, list[str]] = {}  # noun -> source of the first sanction
        self.lead: list[str] = []  # the source of the story's first event with one
        self.quote_spans: list[tuple[int, int]] | None = None
        self.quote_speaker: dict[tuple[int, int], tuple[list[str], Token | None]] = {}
        self.statements = self._statement_index(doc)
        self.sent_index = 0
        self.sent: _Sent | None = None
        self.frame_cache: dict[int, Frame | None] = {}
        self._conds: set[str] | None = None
        self.noun_cache: dict[int, NounEntry | None] = {}
        self.class_cache: dict[int, set[str]] = {}
        self.phrase_cache: dict[int, tuple[int, int]] = {}
        self.object_cache: dict[int, list[tuple[Token, str | None]]] = {}
        self.actor_memo: dict[tuple[Any, ...], list[str]] = {}  # (``Reference.actors``)
        self.mentions_by_word: dict[str, list[tuple[int, int, str]]] | None = None
        self.date_cache: dict[int, str | None] = {}  # token -> its date expression
        self.resolved: dict[tuple[str, bool], dates.ResolvedDate | None] = {}
        self.have_above: dict[int, bool] = {}  # token -> a "have" among its heads
        self.consult_parties: list[str] = []
        self.actor_by_id = {a.id: a for a in doc._.actors or []}
        self.sides: list[str] = []  # the two parties "both sides" refers to
        self.dispute: list[str] = []  # the parties of the first dispute between two
        self.mediators: list[str] = []  # whoever mediated: "the mediators"
        self.legislature: str | None = ""  # the one legislature named ("": not looked for)
        self.chambers: list[Any] = []  # the legislatures named (for "senators")

    def run(self) -> list[PloverEvent]:
        try:
            for n, sent in enumerate(self.sdoc.sents):
                self.sent_index = n
                self.sent = sent
                self._sentence(sent)
            self.sent = None
            return self._finish()
        finally:
            self.sdoc.close()

    def _sentence(self, sent: _Sent) -> None:
        for tok in sent:
            verb = tok.is_verb
            if verb or tok.pos_ == "ADJ":
                self._trigger(tok)
            if tok.pos_ in ("NOUN", "PROPN"):
                self._noun_trigger(tok)
                self._remember_owner(tok)
            elif verb and tok.lem in NOMINALIZATIONS:  # only nouns and these verbs own words
                self._remember_owner(tok)
        self._repeated_acts(sent)
        self._joined_by(sent)
        self._vote_lists(sent)
        self._gapped_votes(sent)
        self._backed_with(sent)
