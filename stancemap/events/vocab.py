"""Named constants of the event coder: event-type groups and word lists."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent.parent / "data"


QUAD = {
    "AGREE": "VERBAL_COOPERATION", "CONSULT": "VERBAL_COOPERATION",
    "SUPPORT": "VERBAL_COOPERATION", "CONCEDE": "VERBAL_COOPERATION",
    "COOPERATE": "MATERIAL_COOPERATION", "AID": "MATERIAL_COOPERATION",
    "RETREAT": "MATERIAL_COOPERATION",
    "REQUEST": "VERBAL_CONFLICT", "ACCUSE": "VERBAL_CONFLICT", "REJECT": "VERBAL_CONFLICT",
    "THREATEN": "VERBAL_CONFLICT",
    "PROTEST": "MATERIAL_CONFLICT", "SANCTION": "MATERIAL_CONFLICT",
    "MOBILIZE": "MATERIAL_CONFLICT", "COERCE": "MATERIAL_CONFLICT",
    "ASSAULT": "MATERIAL_CONFLICT",
}  # fmt: skip


PLOVER_TYPES = frozenset(QUAD)


LIGHT, NONE = "LIGHT", "NONE"


LIGHT, NONE = "LIGHT", "NONE"


COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
                         "RETREAT"})


MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})


CONFLICT = MATERIAL_CONFLICT | {"ACCUSE", "REJECT", "THREATEN", "PROTEST"}


SYMMETRIC = frozenset({"CONSULT", "COOPERATE"})


#: complement type -> mode of the AGREE / REQUEST / REJECT that governs it
COMPLEMENT_MODE = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "cooperate",
                   "RETREAT": "yield", "CONCEDE": "yield"}


#: what a refusal refuses -> its mode ("will not attend talks": REJECT, mode meet)
REJECT_MODE = {"CONSULT": "meet", "AID": "assist"}


#: types that need someone to act: a thing ("the move", "expropriation") cannot be their source
AGENTIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE",
                            "REJECT", "THREATEN", "COOPERATE", "AID", "SANCTION", "PROTEST"})


#: positions a state's own official voices for it (the official is the source)
SPEAKER_VOICED = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})


#: verbal events: somebody must say them
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                    "THREATEN"})


#: object classes that make a criticism a rejection ("lambasted the demand")
PROPOSAL_CLASSES = frozenset({"proposal", "demand", "request", "ultimatum"})


#: verbs whose object is the subject of their infinitive ("urged Kiev to talk")
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "order", "tell", "force", "persuade",
                            "encourage", "invite", "allow", "permit", "press", "instruct",
                            "require", "help", "pressure", "push", "implore", "direct"})


#: nouns that only count or group what follows "of" ("a series of rebuttals")
QUANTITY_NOUNS = frozenset({"series", "number", "wave", "spate", "string", "barrage", "volley",
                            "dozen", "hundred", "thousand", "couple", "flurry", "raft", "host",
                            "ton", "tonne", "set", "kind", "type", "lot", "handful", "part",
                            "third", "half"})


#: subordinators of time: a present-tense clause under them is future or background
TIME_MARKS = frozenset({"before", "until", "till", "once", "while", "whenever", "when",
                        "after"})


#: nouns of an actor's own dealings: defending them supports nobody
OWN_CONDUCT = frozenset({"sale", "delivery", "export", "shipment", "purchase", "transfer"})


#: verbs of "calling for": "called in a statement for X", "called for X to be lifted"
FOR_VERBS = frozenset({"call", "appeal", "press", "push", "ask", "plead", "lobby", "argue"})


#: where something is said ("called in a statement for X")
MEDIUM_NOUNS = frozenset({"statement", "communique", "letter", "speech", "interview", "post",
                          "message", "declaration", "resolution", "address"})


#: heads that name their event by "at" ("an attempt at mediation")
ATTEMPT_HEADS = frozenset({"attempt", "effort", "bid", "push", "drive"})


#: verbs of a future AGREE that back someone else's idea ("London would back X")
BACKING_VERBS = frozenset({"back", "support", "endorse", "accept", "welcome", "join"})


#: verbs whose gerund complement stops ("stopped sharing data")
STOP_VERBS = frozenset({"stop", "cease", "halt", "suspend"})


#: durations that measure what follows "of" ("two days of talks")
DURATION_NOUNS = frozenset({"day", "week", "month", "hour", "year", "round"})


LIST_PREPS = ("like", "including", "such")


FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})


RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})


#: heads that name their event by a modifier ("mediation efforts", "curfew hours")
GENERIC_HEADS = frozenset({"effort", "process", "bid", "initiative", "mission", "operation",
                           "program", "programme", "campaign", "package", "delivery", "hour",
                           "declaration", "measure", "regime", "order", "plan", "activity",
                           "agreement", "deal", "talk", "proposal", "flight", "link"})


#: heads that name a person's state: "her government" is the country
STATE_NOUNS = frozenset({"government", "country", "administration", "army", "military",
                         "force", "troop", "delegation", "cabinet", "state", "nation"})


#: what inquiries do with their results ("the probe found that ...")
FINDING_VERBS = frozenset({"find", "conclude", "establish", "determine"})


INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "audit", "review", "panel",
                           "commission", "tribunal", "report"})


#: verbs that label something ("called X a disgrace")
LABEL_VERBS = frozenset({"call", "label", "brand", "dub", "term"})


#: verbs that label with "as" ("described X as a provocation")
DESCRIBE_VERBS = frozenset({"describe", "characterize", "characterise", "portray"})


#: labels that are accusations in themselves, whatever they are applied to
BLAME_LABELS = frozenset({"theft", "robbery", "intimidation", "hostility", "aggression",
                          "provocation", "blackmail", "piracy", "crime", "violation",
                          "propaganda", "lie", "terrorism", "extortion", "interference",
                          "hypocrisy", "disgrace", "illegal", "unjust", "outrageous",
                          "unacceptable", "irresponsible", "hostile", "betrayal", "sabotage",
                          "aggressive", "criminal", "lawless", "reckless", "escalation"})


#: words that make a label praise rather than criticism
PRAISE_WORDS = frozenset({"step", "progress", "success", "victory", "breakthrough", "good",
                          "great", "positive", "constructive", "important", "historic",
                          "welcome", "milestone", "model", "partner", "friend", "ally", "vital",
                          "necessary", "essential", "crucial", "opportunity", "achievement",
                          "useful", "helpful", "productive", "excellent", "fair", "reasonable",
                          "encouraging", "hope", "hopeful", "landmark", "right"})


#: "both sides", "the two parties"
SIDE_NOUNS = frozenset({"side", "party"})


#: who suffers consequences rather than being threatened with them
VICTIM_NOUNS = frozenset({"people", "civilian", "population", "child", "family", "citizen",
                          "resident", "woman", "refugee", "farmer", "worker", "consumer",
                          "taxpayer", "patient", "victim", "generation"})


#: participles that name where goods come from ("cars made in China")
ORIGIN_VERBS = frozenset({"make", "import", "produce", "manufacture", "export", "grow",
                          "build", "assemble", "originate", "ship"})


#: verbs whose purpose clause is carried out ("sent experts to investigate")
SENDING = frozenset({"send", "dispatch", "deploy", "fly", "rush"})


WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "yesterday", "today", "tonight", "overnight"})


AGENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


CONTENT_DEPS = ("xcomp", "ccomp")


#: verbs whose nominalisations later sentences refer to ("the ruling" of "ruled")
NOMINALIZATIONS: dict[str, tuple[str, ...]] = {
    "rule": ("ruling", "judgment", "judgement", "decision", "verdict"),
    "judge": ("judgment", "judgement"), "decide": ("decision",), "propose": ("proposal",),
    "suggest": ("suggestion",), "offer": ("offer",), "demand": ("demand",),
    "request": ("request",), "plan": ("plan",), "draft": ("draft",),
    "announce": ("announcement",), "pledge": ("pledge",), "promise": ("promise",),
    "call": ("call",), "appeal": ("appeal",), "move": ("move",),
}


#: event type -> nouns that refer back to the last such event ("backed the call")
EVENT_NOUN_OWNERS = {
    "REQUEST": ("call", "appeal", "demand", "request", "plea", "ultimatum"),
    "AGREE": ("offer", "proposal", "pledge", "promise", "commitment", "initiative"),
    "REJECT": ("rejection", "veto", "refusal"),
    "ACCUSE": ("accusation", "criticism", "allegation", "charge"),
    "THREATEN": ("threat", "warning"),
    "SANCTION": ("sanction", "measure", "move", "decision", "duty", "tariff", "levy",
                 "embargo"),
    "COERCE": ("move", "decision", "measure", "ban"),
    "ASSAULT": ("strike", "airstrike", "attack", "bombing", "shelling", "raid", "offensive",
                "assault", "bombardment"),
}


#: nouns that end like role nouns ("-er", "-or", "-ist", "-ian", "-ant") but are things
THING_NOUNS = frozenset({
    "border", "order", "water", "power", "paper", "number", "letter", "matter", "center",
    "centre", "cancer", "computer", "chamber", "corner", "river", "quarter", "error", "sector",
    "factor", "behavior", "behaviour", "harbor", "harbour", "mirror", "terror", "reactor",
    "tractor", "monitor", "weather", "summer", "winter", "disaster", "register", "poster",
    "theater", "theatre", "meter", "filter", "banner", "manner", "dinner", "shelter", "thunder",
    "corridor", "interior", "exterior", "elevator", "indicator", "detector", "motor",
    "restaurant", "plant", "grant", "variant", "pollutant", "equivalent", "question",
    "boulder", "charter", "barrier", "carrier", "trigger", "chapter", "cluster", "counter",
    "platter", "flavor", "flavour", "favor", "favour", "honor", "honour", "humor", "humour",
    "labour", "neighbour", "rumor", "rumour", "tumor", "vapor", "vigor", "armor", "anchor",
    "tremor", "splendor", "horror", "valor", "rigor", "clamor", "fervor", "furor",
    "coffee", "jubilee", "toffee", "guarantee", "pedigree", "decree",
})


#: verbs of answering whose "by"-clause is the (future) act itself ("would respond by X-ing")
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer"})
