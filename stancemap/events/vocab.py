"""Named constants of the event rules. The words and the event types live in data files
(``data/event_words.tsv``, ``data/event_types.tsv``); this module names each list after what
the rules do with it. To add a word to a list, add a line to the data file."""

from __future__ import annotations

from .lexicon import LIGHT, NONE
from .tables import DATA, EventTypes, WordLists

__all__ = ["DATA", "LIGHT", "NONE"]  # and the constants below

TYPES = EventTypes.load()
QUAD = TYPES.quad
PLOVER_TYPES = TYPES.names

COOPERATIVE = TYPES.group("cooperative")
MATERIAL_CONFLICT = TYPES.group("material_conflict")
CONDITIONAL_THREATS = TYPES.group("conditional_threat")
FUTURE_THREATS = TYPES.group("future_threat")
PERFORMED_IN_PURPOSE = TYPES.group("performed_in_purpose")
CONFLICT = TYPES.group("conflict")
SYMMETRIC = TYPES.group("symmetric")
OF_PATIENT_TYPES = TYPES.group("of_patient")
AGENTIVE_TYPES = TYPES.group("agentive")
SPEAKER_VOICED = TYPES.group("speaker_voiced")
VERBAL = TYPES.group("verbal")
RECIPIENT_FIRST = TYPES.group("recipient_first")
PLACED = TYPES.group("placed")
ADVERSARIAL = TYPES.group("adversarial")
AUTHORITY = TYPES.group("authority")
GIVEN = TYPES.group("given")
DOMESTIC = TYPES.group("domestic")
#: event types that, with no party named, are aimed at the other side of the story's dispute
DISPUTE_OFFERS = TYPES.group("dispute_offer")
#: yielding acts: in the future, or agreed to, the future concession type
CONCESSIONS = TYPES.group("concession")
#: complement types whose mode a request for them takes ("urged X to talk": meet)
APPEAL_MODE_TYPES = TYPES.group("appeal_mode")
#: types whose target may be a thing, not only a party ("shelled the power station")
THING_TARGETS = TYPES.group("thing_target")
#: the groups below: one rule each (event_types.tsv's header says what for)
PRIOR_POSITIONS = TYPES.group("prior_position")
NEGATED_REFUSALS = TYPES.group("negated_refusal")
FAILED_REFUSALS = TYPES.group("failed_refusal")
DEMAND_ANSWERS = TYPES.group("demand_answer")
ACCORD_TYPES = TYPES.group("accord")
JUDGEMENTS = TYPES.group("judgement")
PROTESTING = TYPES.group("protesting")
BLAME_OR_PRAISE = TYPES.group("blame_or_praise")
STOPPABLE = TYPES.group("stoppable")
CONTROLLERS = TYPES.group("controller")
KEPT_WHEN_AGREED = TYPES.group("kept_when_agreed")
COMPLEMENT_TARGETS = TYPES.group("complement_targets")
OWN_OBJECTS = TYPES.group("own_object")
VOTES_ON_PROPOSALS = TYPES.group("vote_on_proposal")
TROOP_MOVING = TYPES.group("troop_moving")
#: told in the agentless passive in a party's report, the reporter's own act
REPORTER_AGENT = TYPES.group("reporter_agent")
DEMANDED_FORCE = TYPES.group("demanded_force")
#: actor type -> the sector of those that act on their own government from outside it:
#: parties, and groups of people with no sector ("farmers", "pensioners")
OUTSIDE_SECTORS: dict[str, str | None] = {"organization": "PTY", "group": None}
#: what a refusal with no target answers: the latest demand or offer made to its source
ANSWERED = TYPES.group("answered")
#: complement type -> mode of the AGREE / REQUEST / REJECT that governs it
COMPLEMENT_MODE = TYPES.complement_mode
#: what a refusal refuses -> its mode ("will not attend talks": REJECT, mode meet)
REJECT_MODE = TYPES.reject_mode
#: event type -> prepositions whose object is its target, in order of preference
TARGET_PREPS = TYPES.target_preps

#: the word lists of event_words.tsv -> whether the list is keyed
WORD_LISTS = {
    "object_control": False, "quantity_nouns": False, "time_marks": False,
    "own_conduct": False, "for_verbs": False, "medium_nouns": False, "attempt_heads": False,
    "backing_verbs": False, "stop_verbs": False, "duration_nouns": False,
    "generic_heads": False, "state_nouns": False, "government_nouns": False,
    "legislator_nouns": False, "legislature_nouns": False, "finding_verbs": False,
    "inquiry_nouns": False, "label_verbs": False, "describe_verbs": False,
    "blame_labels": False, "praise_words": False, "victim_nouns": False,
    "origin_verbs": False, "sending_verbs": False, "weekday_words": False,
    "thing_nouns": False, "response_verbs": False, "proposal_classes": False,
    "help_verbs": False, "guilt_words": False, "issuing_verbs": False,
    "peaceful_purpose_verbs": False, "peaceful_words": False, "consequence_words": False,
    "stance_verbs": False, "defending_verbs": False, "hosting_verbs": False,
    "receiving_verbs": False,
    "accord_verbs": False, "joint_words": False, "reciprocal_acts": False,
    "object_sense_verbs": False, "actor_object_verbs": False, "clause_sense_verbs": False,
    "expectation_verbs": False, "telling_verbs": False, "warning_verbs": False,
    "counterfactual_words": False, "ellipsis_words": False,
    "considering_verbs": False,
    "plan_verbs": False, "quoting_verbs": False, "proviso_verbs": False,
    "naming_verbs": False, "appeal_verbs": False, "obligation_verbs": False,
    "static_verbs": False, "phrase_preps": False, "set_apart": False,
    "correlatives": False, "identifying_participles": False, "release_verbs": False,
    "posted_nouns": False, "charging_verbs": False, "mediation_verbs": False,
    "mediator_nouns": False, "departure_verbs": False, "anonymity_verbs": False,
    "option_nouns": False, "whole_quantifiers": False, "watchdog_sectors": False,
    "also_words": False, "quoted_rejects": False, "office_sectors": False, "copulas": False,
    "question_marks": False, "question_heads": False, "complement_preps": False,
    "list_preps": False,
    "first_person": False, "relative_pronouns": False,
    "authority_sectors": False, "act_place_preps": False, "civilian_sectors": False,
    "voting_verbs": False, "summons_verbs": False,
    "act_nouns": False, "announced_requests": False, "question_verbs": False,
    "nominalization": True, "event_noun_owner": True,
    "chamber_members": True, "permission_verbs": False, "misfortune_verbs": False,
    "proof_verbs": False, "dismay_words": False,
    "remedy_verbs": False, "hardship_words": False, "position_verbs": False,
    "critic_adjectives": False, "joint_act_verbs": False, "denial_verbs": False,
    "terms_marks": True, "invitation_words": False, "adopting_verbs": False,
    "crowd_nouns": False, "assembly_verbs": False, "advice_modals": False,
    "refusal_excluded": False, "defiance_verbs": False,
    "forum_nouns": False, "enacted_nouns": False, "drafting_verbs": False,
    "draft_rejecting_verbs": False, "voted_texts": False, "drafted_texts": False,
    "chamber_acts": False,
    "protest_motive_preps": False,
    "motion_verbs": False, "censure_words": False, "no_confidence_words": False,
    "majority_parts": False, "minority_parts": False,
    "rebuttal_verbs": False, "answered_claims": False, "party_lawmaker_nouns": False,
    "quantifying_words": False, "sitting_words": False, "chamber_names": False,
    "reaction_verbs": False, "made_acts": False, "judicial_acts": False, "law_texts": False,
    "legal_action_verbs": False, "legal_action_nouns": False, "court_words": False,
    "court_passives": False, "office_holder_nouns": False, "force_nouns": False,
    "speaker_body_nouns": False, "calling_verbs": False, "court_bound_verbs": False,
    "court_bound_nouns": False, "declared_protests": False,
    "later_day_words": False, "own_body_nouns": False, "media_sectors": False,
    "negated_threats": False, "state_protest_verbs": False,
}  # fmt: skip
WORDS = WordLists.load(WORD_LISTS)
_W = WORDS.words

PROPOSAL_CLASSES = _W["proposal_classes"]
QUESTION_VERBS = _W["question_verbs"]
PHRASE_PREPS = _W["phrase_preps"]
SET_APART = _W["set_apart"]
CORRELATIVES = _W["correlatives"]
IDENTIFYING_PARTICIPLES = _W["identifying_participles"]
OBJECT_CONTROL = _W["object_control"]
QUANTITY_NOUNS = _W["quantity_nouns"]
ALSO_WORDS = _W["also_words"]
QUOTED_REJECTS = _W["quoted_rejects"]
OFFICE_SECTORS = _W["office_sectors"]
AUTHORITY_SECTORS = _W["authority_sectors"]
CIVILIAN_SECTORS = _W["civilian_sectors"]
#: verbs of assembling ("gathered outside the embassy"): a PROTEST of a crowd only (emit._make)
ASSEMBLY_VERBS = _W["assembly_verbs"]
VOTING_VERBS = _W["voting_verbs"]
DRAFTING_VERBS = _W["drafting_verbs"]
DRAFT_REJECTING_VERBS = _W["draft_rejecting_verbs"]
VOTED_TEXTS = _W["voted_texts"]
DRAFTED_TEXTS = _W["drafted_texts"]
POSITION_VERBS = _W["position_verbs"]
COPULAS = _W["copulas"]
TIME_MARKS = _W["time_marks"]
OWN_CONDUCT = _W["own_conduct"]
FOR_VERBS = _W["for_verbs"]
MEDIUM_NOUNS = _W["medium_nouns"]
ATTEMPT_HEADS = _W["attempt_heads"]
BACKING_VERBS = _W["backing_verbs"]
STOP_VERBS = _W["stop_verbs"]
DURATION_NOUNS = _W["duration_nouns"]
GENERIC_HEADS = _W["generic_heads"]
STATE_NOUNS = _W["state_nouns"]
OWN_BODY_NOUNS = _W["own_body_nouns"]
GOVERNMENT_NOUNS = _W["government_nouns"]
OFFICE_HOLDER_NOUNS = _W["office_holder_nouns"]
FORCE_NOUNS = _W["force_nouns"]
LEGISLATOR_NOUNS = _W["legislator_nouns"]
LEGISLATURE_NOUNS = _W["legislature_nouns"]
FINDING_VERBS = _W["finding_verbs"]
INQUIRY_NOUNS = _W["inquiry_nouns"]
LABEL_VERBS = _W["label_verbs"]
DESCRIBE_VERBS = _W["describe_verbs"]
BLAME_LABELS = _W["blame_labels"]
MISFORTUNE_VERBS = _W["misfortune_verbs"]
PROOF_VERBS = _W["proof_verbs"]
DISMAY_WORDS = _W["dismay_words"]
CRITIC_ADJECTIVES = _W["critic_adjectives"]
#: "joined Y in condemning X": the subject does the "in" phrase's act, no complement
JOINT_ACT_VERBS = _W["joint_act_verbs"]
DENIAL_VERBS = _W["denial_verbs"]
#: verbs of rejecting what another said or asked ("rejected that", "a demand Y rejected")
REBUTTAL_VERBS = _W["rebuttal_verbs"]
#: plural nouns of a party's lawmakers ("lawmakers of X"): the party's acts (members.py)
PARTY_LAWMAKER_NOUNS = _W["party_lawmaker_nouns"]
#: modifiers of a group noun that only count it ("most lawmakers of X"; members.py)
QUANTIFYING_WORDS = _W["quantifying_words"]
#: a vote or sitting of a legislature, which a walk-out in its sentence leaves (walkouts.py)
SITTING_WORDS = _W["sitting_words"]
#: last words of a chamber's name besides ``legislature_nouns`` ("Senate"; walkouts.py)
CHAMBER_NAMES = _W["chamber_names"]
#: what another said or asked, which a rejection of "that account" answers (answers.py)
ANSWERED_CLAIMS = _W["answered_claims"]
REMEDY_VERBS = _W["remedy_verbs"]
HARDSHIP_WORDS = _W["hardship_words"]
PRAISE_WORDS = _W["praise_words"]
MEDIATION_VERBS = _W["mediation_verbs"]
MEDIATOR_NOUNS = _W["mediator_nouns"]
DEPARTURE_VERBS = _W["departure_verbs"]
#: "who asked not to be named", "declined to be identified": a source's anonymity, no event
ANONYMITY_VERBS = _W["anonymity_verbs"]
VICTIM_NOUNS = _W["victim_nouns"]
ORIGIN_VERBS = _W["origin_verbs"]
SENDING = _W["sending_verbs"]
RELEASE_VERBS = _W["release_verbs"]
POSTED_NOUNS = _W["posted_nouns"]
CHARGING_VERBS = _W["charging_verbs"]
WEEKDAY_WORDS = _W["weekday_words"]
WATCHDOG_SECTORS = _W["watchdog_sectors"]
MEDIA_SECTORS = _W["media_sectors"]
THING_NOUNS = _W["thing_nouns"]
RESPONSE_VERBS = _W["response_verbs"]
HELP_VERBS = _W["help_verbs"]
GUILT_WORDS = _W["guilt_words"]
ISSUING_VERBS = _W["issuing_verbs"]
ADOPTING_VERBS = _W["adopting_verbs"]
PEACEFUL_PURPOSE_VERBS = _W["peaceful_purpose_verbs"]
PEACEFUL_WORDS = _W["peaceful_words"]
CONSEQUENCE_WORDS = _W["consequence_words"]
OPTION_NOUNS = _W["option_nouns"]
WHOLE_QUANTIFIERS = _W["whole_quantifiers"]
STANCE_VERBS = _W["stance_verbs"]
DEFENDING_VERBS = _W["defending_verbs"]
HOSTING_VERBS = _W["hosting_verbs"]
#: verbs of calling a person in, who attends (summons.py)
SUMMONS_VERBS = _W["summons_verbs"]
RECEIVING_VERBS = _W["receiving_verbs"]
#: verbs of pressure whose negated passive is a refusal to yield ("will not be intimidated")
DEFIANCE_VERBS = _W["defiance_verbs"]
ACCORD_VERBS = _W["accord_verbs"]
RECIPROCAL_ACTS = _W["reciprocal_acts"]
#: verbs whose event sense lies in their object only: the bare key is no event
OBJECT_SENSE_VERBS = _W["object_sense_verbs"]
#: verbs that are an event only when their direct object is an actor
ACTOR_OBJECT_VERBS = _W["actor_object_verbs"]
#: verbs that, with a clause complement, tell or admit something: no act
CLAUSE_SENSE_VERBS = _W["clause_sense_verbs"]
JOINT_WORDS = _W["joint_words"]
#: heads of a crowd the police act on ("12 people were arrested"): the story's protesters
CROWD_NOUNS = _W["crowd_nouns"]
FORUM_NOUNS = _W["forum_nouns"]
ENACTED_NOUNS = _W["enacted_nouns"]
#: "should" / "ought": negated, advice against an act ("X should not apologise"), no demand
ADVICE_MODALS = _W["advice_modals"]
#: verbs whose negated future a speaker says of his own side is no refusal ("would not
#: comment", "will never forget"): criticism._reported_refusal
REFUSAL_EXCLUDED = _W["refusal_excluded"]
# single-word rule anchors
EXPECTATION_VERBS = _W["expectation_verbs"]
TELLING_VERBS = _W["telling_verbs"]
WARNING_VERBS = _W["warning_verbs"]
NEGATED_THREATS = _W["negated_threats"]
COUNTERFACTUAL_WORDS = _W["counterfactual_words"]
#: "X did the same / likewise": the act just told, repeated by X (ellipsis.py)
ELLIPSIS_WORDS = _W["ellipsis_words"]
MAJORITY_PARTS = _W["majority_parts"]
MINORITY_PARTS = _W["minority_parts"]
#: "would consider suing": the step held out is a threat or an offer (rules._considered_step)
CONSIDERING_VERBS = _W["considering_verbs"]
PLAN_VERBS = _W["plan_verbs"]
QUOTING_VERBS = _W["quoting_verbs"]
PROVISO_VERBS = _W["proviso_verbs"]
#: "offer" / "refusal" -> the words before a clause that make it the terms of a conditional
#: offer ("would back it only if Y ...") or refusal ("could not vote for it until Y ...")
TERMS_MARKS = WORDS.keyed["terms_marks"]
#: "X would be welcome (to join, in Moscow)": the speaker's invitation to X
INVITATION_WORDS = _W["invitation_words"]
NAMING_VERBS = _W["naming_verbs"]
APPEAL_VERBS = _W["appeal_verbs"]
#: a request announced for the future is a REQUEST ("would ask the court to X")
ANNOUNCED_REQUESTS = _W["announced_requests"]
OBLIGATION_VERBS = _W["obligation_verbs"]
STATIC_VERBS = _W["static_verbs"]
#: verbs whose nominalisations later sentences refer to ("the ruling" of "ruled")
NOMINALIZATIONS = WORDS.keyed["nominalization"]
CHAMBER_MEMBERS = WORDS.keyed["chamber_members"]
PERMISSION_VERBS = _W["permission_verbs"]
#: the nouns of acts that later sentences refer to ("the decision", "the ruling")
ACT_NOUNS = frozenset(n for nouns in NOMINALIZATIONS.values() for n in nouns) | _W["act_nouns"]
#: event type -> nouns that refer back to the last such event ("backed the call")
EVENT_NOUN_OWNERS = WORDS.keyed["event_noun_owner"]

# closed classes of grammar words
QUESTION_MARKS = _W["question_marks"]
QUESTION_HEADS = _W["question_heads"]
COMPLEMENT_PREPS = _W["complement_preps"]
LIST_PREPS = _W["list_preps"]
#: "in protest at / against / over X": what an act was done in protest at (motives._protest_motive)
PROTEST_MOTIVE_PREPS = _W["protest_motive_preps"]
#: "lodged a censure motion against X": verbs that bring a motion (motives._censure_motion)
MOTION_VERBS = _W["motion_verbs"]
#: "a censure motion", "a motion of no confidence": what makes a motion one of censure
CENSURE_WORDS = _W["censure_words"]
NO_CONFIDENCE_WORDS = _W["no_confidence_words"]
FIRST_PERSON = _W["first_person"]
#: "welcomed the warrant": verbs of reacting to another's act, and the act nouns beyond
#: ``act_nouns`` whose maker a reaction is aimed at (reactions.py)
REACTION_VERBS = _W["reaction_verbs"]
MADE_ACTS = _W["made_acts"]
JUDICIAL_ACTS = _W["judicial_acts"]
CHAMBER_ACTS = _W["chamber_acts"]
#: a law or rule whose provisions a clause tells ("the Act bars X"): no actor, no act
LAW_TEXTS = _W["law_texts"]
#: "would sue Y", "would file a lawsuit", "would challenge X in court": a legal action to come
#: is a threat (lawsuits.py)
LEGAL_ACTION_VERBS = _W["legal_action_verbs"]
LEGAL_ACTION_NOUNS = _W["legal_action_nouns"]
COURT_BOUND_VERBS = _W["court_bound_verbs"]
COURT_BOUND_NOUNS = _W["court_bound_nouns"]
DECLARED_PROTESTS = _W["declared_protests"]
COURT_WORDS = _W["court_words"]
#: "he was granted bail", "was convicted": an agentless passive act only a court does, or its
#: object; the court the story named last did it (courts.py)
COURT_PASSIVES = _W["court_passives"]
#: "14 people were detained in Minsk", "deported from X": the place whose state did an
#: agentless act of the authorities (context.py)
ACT_PLACE_PREPS = _W["act_place_preps"]
SPEAKER_BODY_NOUNS = _W["speaker_body_nouns"]
#: "called a march for Thursday": the calling verbs and the day words (announced.py)
CALLING_VERBS = _W["calling_verbs"]
STATE_PROTEST_VERBS = _W["state_protest_verbs"]
LATER_DAY_WORDS = _W["later_day_words"]
RELATIVE = _W["relative_pronouns"]
# grammar, not vocabulary
AGENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
CONTENT_DEPS = ("xcomp", "ccomp")


def sent_message(dep: str, noun_lemma: str, noun_dep: str, verb_lemma: str) -> bool:
    """"issued a statement mocking X": is a participle (``dep``) on a message noun that a verb
    of issuing or sending takes as its object? Then it says what the message says, and the
    issuer acts through it. One test for the event and stance stages' tokens alike."""
    return dep == "acl" and noun_lemma in MEDIUM_NOUNS and noun_dep == "dobj" and (
        verb_lemma in ISSUING_VERBS or verb_lemma in SENDING)
