"""A counted part of a party that votes or acts is a group of its own: "Three UDP members
voted against", "as did seven Labour members", "joined by six members of the Green Party".
The group is named as the text counts it, takes the party's
state, and holds its own stance (``parts.counted_part`` keeps the party out of it); the
party's mention inside the phrase ("Labour members", "members of the Green Party"), and a
counted group named without its party ("eight members"), are the group's: a list of voters
that reads every name in it ("with the votes of A and 12 members of B") gives B no vote.
"The 19 councillors of X" and "all 26 members" are the whole, no part.

The members are a counted plural (a small exact count, ``groups.small_count``) that is a
clause's subject, a subject's conjunct, or the object after a companion word
(``part_companions``: "joined by", "together with"), a member noun (``counted_members``) with
the party before it ("Labour members") or after "of" ("members of the Green Party"). A
party's counted plural name is a group only when told beside other voters ("The Greens, the Left
and 46 Social Democrats voted for it", "joined by three Conservatives", "with 24 Social
Democrats", "as did 41 Conservatives": ``_counted_names``); as a clause's own subject ("Four
Democrats crossed the aisle") or with its members named ("three Democrats, Sen. A, Sen. B and
Sen. C") it is left alone: the gold sets name the party or the members there, not the count. The
count is exact ("about 60 EPP lawmakers" is a figure).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .groups import small_count
from .mention import Mention
from .words import WORDS

COUNTED_MEMBERS = WORDS["counted_members"]
PART_COMPANIONS = WORDS["part_companions"]
PLURAL_TAGS = ("NNS", "NNPS")
PARTY_KINDS = (None, "party")  # an organisation's kind that may be a party (None: unknown)
WHOLE_DEPS = ("det", "predet", "poss")  # "the 19 councillors", "all 26 members": the whole
ROUGH_DEPS = ("quantmod", "advmod")
COUNTED = "counted"  # the rule of ``groups`` that named the count alone ("eight members")
LISTED = ("conj", "appos")  # the links of a list of subjects
ELIDED = ("do",)  # "as did 41 Conservatives": the verb of an elided repeat
NAMED_MEMBERS = "appos"  # "three Democrats, Sen. A, Sen. B": the members named, no group
NOT_PARTY_ENTS = ("GPE", "LOC", "PERSON", "NORP")  # a bare word that names no party


def party_part_mentions(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """``mentions`` with each counted part of a party made a group mention (its party's
    mention inside the phrase taken into it); ``taken`` grows by the new mentions' tokens."""
    out = list(mentions)
    for tok in doc:
        if not _member_noun(tok) or not _acting(tok) or not small_count(tok) or any(
                c.dep_ in WHOLE_DEPS for c in tok.lefts):
            continue
        counts = [c for c in tok.lefts if c.dep_ == "nummod"]
        if any(t.dep_ in ROUGH_DEPS for c in counts for t in c.subtree):
            continue  # "about 60 EPP lawmakers": a rough figure, no group that votes as one
        start = min(c.left_edge.i for c in counts)
        found = _party_of(tok, start, out)
        if found is None:
            continue
        party, end = found
        inner = [m for m in out if start <= m.start and m.end <= end]
        if any(i in taken for i in range(start, end) if not any(
                m.start <= i < m.end for m in inner)) or any(
                m.kind != "org" and m.how != COUNTED for m in inner):
            continue
        out = [m for m in out if m not in inner]
        out.append(Mention(start, end, "group", doc[start:end].text,
                           country=None if party is None else party.country, how="party-part"))
        taken.update(range(start, end))
    return _counted_names(doc, out, taken)


def _counted_names(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """"as did 41 Conservatives", "with 24 Social Democrats": a small count on a party's
    plural name that acts is a group of its own; not where the members are then named
    ("three Democrats, Sen. A, Sen. B and Sen. C": an apposition)."""
    out = list(mentions)
    for m in mentions:
        head = doc[m.end - 1]
        if not _party_like(m) or head.tag_ not in PLURAL_TAGS or not small_count(head) or (
                not _beside_others(head)) or any(c.dep_ in WHOLE_DEPS for c in head.lefts) or any(
                c.dep_ == NAMED_MEMBERS for c in head.children):
            continue
        start = min(c.left_edge.i for c in head.lefts if c.dep_ == "nummod")
        if start >= m.start or any(i in taken for i in range(start, m.start)):
            continue
        out = [x for x in out if x is not m]
        out.append(Mention(start, m.end, "group", doc[start:m.end].text, country=m.country,
                           how="party-part"))
        taken.update(range(start, m.end))
    return out


def _beside_others(tok: Token) -> bool:
    """A count told beside other voters: a subject's conjunct ("A, B and 46 Social
    Democrats voted"), a companion's object ("joined by three Conservatives"), or the subject of
    an elided repeat ("as did 41 Conservatives"); not a clause's own subject ("Four Democrats
    crossed the aisle": the gold names the party there)."""
    if tok.dep_ == "pobj":
        return _acting(tok)
    if tok.dep_ == "conj":
        t = tok
        while t.dep_ in LISTED and t.head is not t:
            t = t.head  # "the Greens, the Left, X's single member and 46 Social Democrats"
        return _subject(t)
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ELIDED


def _member_noun(tok: Token) -> bool:
    """A plural member noun ("members", "MPs", the latter often tagged singular)."""
    low = tok.lower_
    return tok.tag_ in PLURAL_TAGS and tok.lemma_.lower() in COUNTED_MEMBERS or (
        tok.tag_ == "NN" and low.endswith("s") and low[:-1] in COUNTED_MEMBERS)


def _acting(tok: Token) -> bool:
    """A clause's subject, a subject's conjunct, or the object of a companion word (not its
    conjunct: "with the votes of A and 19 members of B who defied ..." is a count of votes)."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ in PART_COMPANIONS
    return _subject(tok)


def _subject(tok: Token) -> bool:
    """A clause's subject or a subject's conjunct."""
    if tok.dep_ == "conj":
        return _subject(tok.head)
    return tok.dep_ == "nsubj"


def _party_of(tok: Token, start: int,
              mentions: list[Mention]) -> tuple[Mention | None, int] | None:
    """The party's mention (None for a bare name no rule made an actor) and the phrase's end,
    or None where the counted plural is no party's part."""
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    if of:  # "six members of the Green Party"
        m = _mention_at(mentions, of[0].i)
        return (m, m.end) if m is not None and _party_like(m) else None
    mods = [c for c in tok.lefts if c.i > start and c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not mods:
        return None
    m = _mention_at(mentions, mods[0].i)
    if m is not None:  # "Eleven ODM members"
        return (m, tok.i + 1) if _party_like(m) else None
    if any(c.ent_type_ in NOT_PARTY_ENTS for c in mods):
        return None
    return None, tok.i + 1  # "seven Labour members": a party no rule named alone


def _mention_at(mentions: list[Mention], i: int) -> Mention | None:
    """The mention over token ``i``, if any."""
    return next((m for m in mentions if m.start <= i < m.end), None)


def _party_like(m: Mention) -> bool:
    """An organisation that is a party, or of no kind the rules know."""
    return m.kind == "org" and m.org_kind in PARTY_KINDS
