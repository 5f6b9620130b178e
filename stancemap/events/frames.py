"""What the rules pass around: a trigger's frame, its context and its arguments."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Frame:
    """A trigger found by lexicon lookup."""

    type: str
    mode: str | None
    key: str
    verb: Token
    noun: Token | None = None  # the event noun of a light verb ("launched [an attack]")
    obj: Token | None = None  # the object the key matched
    cameo: str | None = None  # the CAMEO code, where the CAMEO verb dictionary gave the frame
    cameo_type: str | None = None  # the type of that code (the event keeps the code if its own)
    alone: bool = False  # only the dictionary knows the verb: the event needs a target actor
    patient: Token | None = None  # who is acted on, where the parse hangs them elsewhere


@dataclass
class Context:
    negated: bool = False
    present_negation: bool = False
    future: bool = False
    hypothetical: bool = False
    conditional: bool = False
    obligation: bool = False
    blocked: str = ""  # why the trigger is no event of its own
    speaker: list[str] = field(default_factory=list)
    speaker_tok: Token | None = None
    reported: bool = False
    reporter: Token | None = None  # subject of a non-speech verb over a "that" clause
    failed: bool = False  # "failed to reach agreement"


@dataclass
class Args:
    sources: list[tuple[str | None, Token | None]]
    targets: list[tuple[str | None, Token | None]]
