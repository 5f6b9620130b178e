"""Groups of people as actors: collectives that act or speak ("Thousands of farmers
drove ...", "according to local medics") and a country word with an agent noun
("Pakistani border guards", "Indian and Pakistani troops")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .gazetteer import Entry
from .mention import Mention
from .sources import agent_sector, names_actor, post_modifier
from .tokens import POSSESSIVE, span_text, table
from .words import WORDS, codes

# Agent sectors of ordinary people ("Armenian voters"): no actor of their own by nationality.
PLAIN_PEOPLE_SECTORS = codes("plain_people_sectors")
GROUP_HEADS = WORDS["group_heads"]
POLITICAL_SIDES = WORDS["political_sides"]
COMMON_LEGISLATURES = WORDS["common_legislatures"]
COMMITTEE_OWNERS = WORDS["committee_owners"]
COMMITTEE_HEADS = WORDS["committee_heads"]
COMMITTEE_WORDS = 6  # words of a committee's topic between its legislature and its head
POLITICAL_COLLECTIVES = WORDS["political_collectives"]
STATE_FORCES = WORDS["state_forces"]
QUANTITY_NOUNS = WORDS["quantity_nouns"]
GROUP_COUNTS = WORDS["group_counts"]
VAGUE_MODS = WORDS["vague_mods"]
VOICE_NOUNS = WORDS["voice_nouns"]
TROOP_NOUNS = WORDS["troop_nouns"]
MILITARY_BODIES = WORDS["military_bodies"]
NOT_GROUP_HEADS = WORDS["not_group_heads"]
CROWD_HEADS = WORDS["crowd_heads"]
CROWD_VERBS = WORDS["crowd_verbs"]
CROWD_DISPLAYS = WORDS["crowd_displays"]
CUSTODY_VERBS = WORDS["custody_verbs"]
BIG_COUNTS = WORDS["big_counts"]
BIG_COUNT = 1000  # a count this large is a figure, no group that acts


def _is_military(head: Token, between: Span) -> bool:
    low = head.lower_
    mods = {t.lower_ for t in between}
    return low in MILITARY_BODIES or (low == "forces" and "armed" in mods) or (
        low == "force" and "air" in mods)


def _demonym_head(core: Span) -> tuple[Token | None, list[Token] | None, bool]:
    """The noun a demonym modifies, the words between them (None without such a noun), and
    whether the demonym is coordinated with another."""
    root = core.root
    head = root.head if root.dep_ in ("amod", "compound", "nmod") else None
    if root.dep_ == "conj" and root.head.dep_ in ("amod", "compound", "nmod"):
        head = root.head.head  # "Indian and [Pakistani] officials"
    coord = any(c.dep_ == "conj" for c in root.children)  # "[Indian] and Pakistani"
    between = [t for t in core.doc[core.end:head.i] if not (coord and t.dep_ in (
        "cc", "conj", "punct"))] if head is not None and head.i >= core.end else None
    if between is not None and head.lower_ in VOICE_NOUNS and len(between) and (
        _is_military(between[-1], between[:-1])
    ):
        head, between = between[-1], between[:-1]  # "an Indian army statement said"
    return head, between, coord


def _coordinated_troops(core: Span, head: Token, coord: bool) -> bool:
    """Troops of coordinated demonyms ("Indian and Pakistani troops"): each state's military."""
    return (coord or core.root.dep_ == "conj") and head.lower_ in TROOP_NOUNS


def _few_lower_modifiers(between: list[Token]) -> bool:
    return all(
        t.dep_ in ("amod", "compound") and t.is_lower for t in between
    ) and len(between) <= 2


def _agent_group(core: Span, entry: Entry, head: Token | None, between: list[Token] | None,
                 coord: bool) -> Mention | None:
    """A country word and an agent noun: "Pakistani border guards", "Iranian hardliners"
    (each state's own group where demonyms are coordinated: "Indian and Pakistani ...")."""
    if head is None or between is None or head.tag_ != "NNS" or len(between) > 2 or not all(
            t.is_lower and t.dep_ in ("amod", "compound") for t in between):
        return None
    words = [t.lower_ for t in between] + [head.lower_]
    sector = agent_sector(words)
    if sector is None or sector in PLAIN_PEOPLE_SECTORS:
        return None
    name = " ".join([core.text] + words)
    end = core.end if coord else head.i + 1
    return Mention(core.start, end, "group", name, country=entry.code, sector=sector,
                   how="demonym-agent")


def _group_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    out: list[Mention] = []
    tab = table(doc)
    for i, low in enumerate(tab.lower):
        if low not in GROUP_HEADS or tab.tag[i] != "NNS" or i in taken:
            continue
        tok = doc[i]
        if tok.lower_ in NOT_GROUP_HEADS:
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod", "quantmod",
                                                    "nmod")]
        mods = [m for m in mods if m.i not in taken]
        named = [m for m in mods if m.dep_ in ("amod", "compound", "nmod")
                 and m.lower_ not in VAGUE_MODS and (m.pos_ in ("ADJ", "NOUN", "VERB") or (
                     m.pos_ == "PROPN" and m.dep_ == "nmod"))]
        quantity = tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.pos_ == "NUM" or tok.head.head.lower_ in QUANTITY_NOUNS or (
                tok.head.head.lower_ in GROUP_COUNTS
                and tok.head.head.dep_ in ("nsubj", "nsubjpass")))
        # "according to local medics": a collective cited as a source speaks
        source = tok.dep_ == "pobj" and tok.head.lower_ == "to" and (
            tok.head.head.lower_ == "according")
        if source and not named:
            # "according to local medics", "according to two diplomats present"
            named = [m for m in mods if m.dep_ == "amod" and m.pos_ == "ADJ" or (
                m.dep_ == "nummod" and m.like_num)]
        # "Thousands of farmers drove ...", "Unions have threatened ...": a collective
        # that acts as a clause's subject
        acting = (quantity and tok.head.head.dep_ in ("nsubj", "nsubjpass")) or (
            tok.dep_ == "nsubj" and not mods and not any(
                c.dep_ in ("poss", "det") for c in tok.children) and not (
                _generic_subject(tok)))
        if not named and not source and not acting and not (
                tok.lower_ in POLITICAL_COLLECTIVES and (
                    quantity or any(m.dep_ == "nummod" for m in mods))):
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
            continue
        lefts = [c.left_edge.i for c in tok.lefts if c.dep_ != "punct"]
        start = min(lefts + [m.i for m in mods] + [tok.i])
        # "hundreds of displaced residents": take the quantity in front
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i and (
            head.head.pos_ == "NUM" or head.head.lower_ in QUANTITY_NOUNS or quantity
        ):
            start = head.head.left_edge.i
        if any(i in taken for i in range(start, tok.i + 1)):
            start = tok.i
            while start - 1 >= 0 and doc[start - 1].i in {m.i for m in named}:
                start -= 1
        first = min(m.i for m in named) if named else tok.i
        # a source's words after its noun ("Diplomats in Abuja said", "according to two
        # diplomats present") are part of its description
        post = post_modifier(tok, tok.sent.end) if tok.dep_ == "nsubj" or source else []
        post = [] if any(t.i in taken for t in post) else post
        end = post[-1].i + 1 if post else tok.i + 1
        # a lone adjective ("two diplomats present") is in the mention, not in the name
        name_toks = list(doc[first:end if len(post) > 1 else tok.i + 1])
        name = " ".join(t.text for t in name_toks)
        out.append(Mention(start, end, "group", name, how="group"))
        taken.update(range(start, end))
    return out


def _generic_subject(tok: Token) -> bool:
    """A bare plural of people as the subject of a reported clause ("said workers would
    strike", "I believe workers should choose"): people of that kind in general, no group
    that acts; not protesters and the like (``political_collectives``), who are the story's
    crowd ("said protesters threw stones"), nor a state's forces (``state_forces``: "police
    detained 12 people, the ministry said"), nor the subject of a clause of time or manner
    ("as students marched on the ministry")."""
    return tok.lower_ not in POLITICAL_COLLECTIVES | STATE_FORCES and tok.head.dep_ == "ccomp"


def _counted(tok: Token) -> Token | None:
    """The first word of a crowd's count ("About 200 people", "several dozen fishermen",
    "thousands of people"), or None when the noun is not counted."""
    nums = [c for c in tok.lefts if c.dep_ == "nummod"]
    if nums:
        return doc_left(nums[0])
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i and (
            head.head.pos_ == "NUM" or head.head.lower_ in QUANTITY_NOUNS):
        return doc_left(head.head)
    return None


def doc_left(tok: Token) -> Token:
    return tok.doc[min(tok.left_edge.i, tok.i)]


def _crowd_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """A counted crowd that gathers or protests is a group of its own, whatever its noun:
    "About 200 people rallied outside the ministry", "several dozen fishermen gathered to
    demand ...", "Some 150 teachers and parents gathered" (the subject with its conjuncts).
    A counted crowd of "people" is named "protesters"; a party's supporters ("EFF
    supporters") are left to the party."""
    out: list[Mention] = []
    for tok in doc:
        if tok.tag_ != "NNS" or tok.i in taken or not (
                tok.lower_ in CROWD_HEADS or tok.lower_ in GROUP_HEADS) or (
                tok.lower_ in NOT_GROUP_HEADS):
            continue
        first = _counted(tok)
        if first is None or any(c.pos_ == "PROPN" for c in tok.lefts):
            # "Several hundred Labour supporters protested": the party's own act
            continue
        subject = tok if tok.dep_ in ("nsubj",) else (
            tok.head.head if tok.dep_ == "pobj" else None)
        if subject is None or subject.dep_ != "nsubj" or not _gathering(subject.head):
            continue
        conj = [c for c in tok.children if c.dep_ == "conj" and c.tag_ == "NNS"]
        end = (conj[-1].i if conj else tok.i) + 1
        if any(i in taken for i in range(first.i, end)):
            continue
        # a crowd of plain "people" who gather are the story's protesters by name
        name = "protesters" if tok.lower_ in CROWD_HEADS and not conj else doc[first.i:end].text
        out.append(Mention(first.i, end, "group", name, how="crowd"))
        taken.update(range(first.i, end))
    return out


def _gathering(verb: Token) -> bool:
    """Does a counted crowd's verb tell it gathering: a crowd verb ("rallied"), a crowd verb
    as its participle ("held a rally, chanting X") or a thing a crowd carries as its
    object, its conjunct's object or its "behind"/"with" object ("held placards reading X",
    "sang and carried placards", "marched behind a banner"; ``crowd_displays``)."""
    if verb.lemma_ in CROWD_VERBS:
        return True
    for v in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]:
        for c in v.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in CROWD_VERBS:
                return True
            objs = [c] if c.dep_ == "dobj" else [
                k for k in c.children if k.dep_ == "pobj"] if c.dep_ == "prep" else []
            if any(o.lemma_.lower() in CROWD_DISPLAYS for o in objs):
                return True
    return False


def _counted_mentions(doc: Doc, taken: set[int], made: list[Mention]) -> list[Mention]:
    """A counted plural of people or bodies that acts, or that is held or freed, is a group
    of its own, named as the text counts it: "Three Labour members voted against", "two
    census takers were detained", "police detained 23 people", "a motion signed by 160
    lawmakers". The noun must name actors (:func:`names_actor`: "members", "farmers",
    "firms"; not "rockets" or "days") and carry a small exact count (no "thousands", no
    "10,000": a figure, not a group that acts; no "about" or "at least" unless it is the
    subject); a subject or the agent after "by" acts, an object or a passive subject only
    of a verb that holds or frees people (``custody_verbs``). "The two men" as an object
    refers back to others and is left to them; a mention already made inside it keeps its words.
    Plain "people" held after a group was told (``made``: "Fishermen blocked the port ... 12
    people were detained") are that story's crowd (``events.aims``), no group of their own."""
    out: list[Mention] = []
    crowd_at = min((m.start for m in made if m.kind == "group" and doc[m.end - 1].lower_ not in (
        STATE_FORCES)), default=len(doc))  # the police who hold them are no crowd
    for tok in doc:
        if tok.tag_ != "NNS" or tok.i in taken or not small_count(tok) or not (
                _counted_role(tok)) or not names_actor(tok) or (tok.dep_ != "nsubj" and any(
                c.dep_ == "det" for c in tok.lefts)):
            continue
        if tok.lower_ in CROWD_HEADS and tok.dep_ != "pobj" and crowd_at < tok.i:
            continue
        lefts = [c for c in tok.lefts if c.dep_ not in ("punct", "cc", "conj")]
        start = min([c.left_edge.i for c in lefts] + [tok.i])
        if any(i in taken for i in range(start, tok.i + 1)):
            continue
        first = start + 1 if doc[start].dep_ == "det" else start  # "The two judges": no "the"
        out.append(Mention(start, tok.i + 1, "group", doc[first:tok.i + 1].text, how="counted"))
        taken.update(range(start, tok.i + 1))
    return out


def small_count(tok: Token) -> bool:
    """Does plural noun ``tok`` carry a small cardinal count ("23 people", "Forty-two
    members"), exact unless the noun is a clause's subject ("About 200 farmers rallied")?"""
    nums = [c for c in tok.lefts if c.dep_ == "nummod" and c.tag_ == "CD" and c.like_num]
    if not nums:
        return False
    words = [t for n in nums for t in n.subtree]
    if any(t.lower_ in BIG_COUNTS or _figure(t.text) >= BIG_COUNT for t in words):
        return False
    return tok.dep_ == "nsubj" or not any(t.dep_ in ("quantmod", "advmod") for t in words)


def _figure(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def _counted_role(tok: Token) -> bool:
    """Is ``tok`` a verb's subject, the agent after "by", or the object (or passive subject)
    of a verb that holds or frees people ("detained 23 people", "Eleven people were freed")?"""
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "by" and tok.head.dep_ == "agent"
    if tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in CUSTODY_VERBS


def _side_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """"The opposition walked out", "the opposition would boycott it": one side of the
    country's politics named as a unit (``political_sides``), a clause's subject with only
    "the" before it and nothing after it ("the opposition to the bill" is a stance), is a
    group actor beside the parties the text lists."""
    out: list[Mention] = []
    tab = table(doc)
    for i, low in enumerate(tab.lower):
        if low not in POLITICAL_SIDES or i in taken or i == 0 or tab.tag[i] != "NN":
            continue
        tok = doc[i]
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            continue  # "The opposition Christian Democrats backed": the party's place
        kids = list(tok.children)
        if tok.dep_ not in ("nsubj", "nsubjpass") or doc[i - 1].lower_ != "the" or any(
                c.i != i - 1 and c.dep_ != "punct" for c in kids) or (i - 1) in taken:
            continue
        out.append(Mention(i - 1, i + 1, "group", tok.lower_, how="group"))
        taken.update((i - 1, i))
    return out


def common_legislatures(doc: Doc, mentions: list[Mention],
                        lookup: Callable[[str], Entry | None]) -> list[Mention]:
    """"The Iranian parliament voted", "parliament must not use the law", "a bill passed by
    parliament": a state's legislature named by a common noun (``common_legislatures``) as a
    clause's subject or the agent after "by", with only "the" or a demonym before it and
    nothing after it, and not in quoted speech, is an organisation actor (LEG) of that state,
    else of the story's (read later); the demonym is part of its mention. After a state's
    possessive ("Poland's parliament failed to override") the state acts, as before.
    ``lookup`` is the gazetteer's."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    drop: set[int] = set()
    out: list[Mention] = []
    tab = table(doc)
    for i, low in enumerate(tab.lower):
        if low not in COMMON_LEGISLATURES or i in taken or tab.tag[i] != "NN" or (
                tab.quoted[i]):
            continue  # in quoted speech ("a bill the legislature never read"): a voice's
        tok = doc[i]
        if not (tok.dep_ in ("nsubj", "nsubjpass") or (
                tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent")):
            continue
        start, country = i, None
        ok = True
        for c in tok.children:
            if c.dep_ == "punct":
                continue
            if c.i > i:
                ok = False
            elif c.dep_ == "det" and c.lower_ == "the" and not country:
                start = min(start, c.i)
            elif c.dep_ in ("amod", "compound") and c.text[:1].isupper():
                entry = lookup(c.text)
                if entry is None or not entry.code or entry.kind not in ("country", "demonym"):
                    ok = False
                else:
                    country, start = entry.code, min(start, c.i)
            else:  # "Poland's parliament" stays Poland's act, as the gold sets read it
                ok = False
        inside = [m for m in mentions if m.start < i + 1 and m.end > start]
        if not ok or any(m.kind != "country" or m.start < start for m in inside) or any(
                m.start < start < m.end for m in out):
            continue
        drop.update(id(m) for m in inside)  # the state's word is the legislature's here
        out.append(Mention(start, i + 1, "org", low, country=country, sector="LEG",
                           org_kind="body", how="legislature"))
        taken.update(range(start, i + 1))
    return legislature_committees(doc, [m for m in mentions if id(m) not in drop] + out)


def _committee_owner(doc: Doc, k: int) -> int | None:
    """The legislature's word that owns the committee at token ``k`` ("parliament" of
    "parliament's budget committee", "Senate" of "the Senate agriculture committee",
    "the Senate's Constitution and Justice Committee"): nouns, adjectives and "and" of its
    topic between them, then a possessive or nothing; None when there is no such word."""
    tab = table(doc)
    j = k - 1
    while j >= 0 and k - j <= COMMITTEE_WORDS and tab.lower[j] not in COMMITTEE_OWNERS and (
            tab.tag[j] in ("NN", "NNS", "NNP", "JJ") or tab.lower[j] == "and"):
        j -= 1
    if j >= 1 and tab.text[j] in POSSESSIVE:
        j -= 1
    elif j == k - 1:
        return None  # "the Senate committee": the chamber's own, no committee named
    if j < 0 or tab.lower[j] not in COMMITTEE_OWNERS or tab.quoted[j]:
        return None
    return j


def legislature_committees(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"parliament's budget committee", "the Sejm's special services committee", "the
    Senate agriculture committee": a legislature's committee named by its topic is an
    organisation actor (LEG) of its own, wherever the text names it (the gold sets list
    such committees as speakers, targets and owners of their chairs); the legislature's
    word inside it is no mention of its own."""
    out: list[Mention] = []
    tab = table(doc)
    for k, low in enumerate(tab.lower):
        if low not in COMMITTEE_HEADS or tab.tag[k] not in ("NN", "NNP"):
            continue
        owner = _committee_owner(doc, k)
        if owner is None:
            continue
        start = owner - 1 if owner > 0 and tab.lower[owner - 1] == "the" else owner
        inside = [m for m in mentions if start <= m.start and m.end <= k + 1]
        if any(m.start < k + 1 and m.end > start for m in mentions if m not in inside):
            continue
        mentions = [m for m in mentions if m not in inside]
        out.append(Mention(start, k + 1, "org", span_text(doc, owner, k + 1), sector="LEG",
                           org_kind="body", how="committee"))
    return mentions + out
