"""From merged candidates to one stance per actor and proposition.

Announced actions count only on propositions others address; agreements lend the other
actor's principal position (reversed for "rebutted"); officials and their states share
positions; the polarity is the current, most frequent, earliest one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from spacy.tokens import Span

from ..actors.tokens import expanded_span, sentence_of
from ..model import Actor
from . import agreement, echoes
from .candidates import Agreement, Cand, decide
from .context import QUOTES, Reading

# "Russia's deputy ambassador": a title that makes a person the state's agent
POSS_TITLE = re.compile(r"^(?:the )?[A-Z][\w.\- ]*['’]s [a-z]")
AGENT_TITLES = ("its ", "their ")
SENTENCE_ENDS = (".", "!", "?")
# positions an official and the state must already share before the official's others are the
# state's too (one shared position is often the state's own act that the official reports)
CAPACITY_LINKS = 2
# third actors that must address a proposition before a government spokesperson and the state
# share it (one other is often a remark no one but the pair takes up)
VOICE_OTHERS = 2
Resolved = tuple[str, int, str, str | None, tuple[int, int]]  # actor, cluster, pol, st, ev
ByKey = dict[tuple[str, int], list[Cand]]
Chooser = Callable[[int, list[Cand]], list[Cand]]  # (cluster, candidates) -> those to lend


def resolve(r: Reading, cands: list[Cand], agreements: list[Agreement],
            dropped: list[tuple[str, Cand, str]] | None = None,
            groups: ByKey | None = None) -> list[Resolved]:
    """(actor, cluster, polarity, statement, evidence) in evidence order. ``dropped``, if
    given, receives (holder, candidate, reason) for each candidate a gate leaves out (``weak``:
    an announced action no one else addresses; ``part``: a counted part's; ``ruler``: a court's
    or a go-between's), and ``groups`` the candidates behind each (actor, cluster)."""
    by_key: ByKey = {}
    # an announced action is a stance when others address it or it names a condition
    strong = {c.prop for c in cands if not c.weak or c.polarity == "conditional"}
    rulers = {a.id for a in r.actors.values()
              if (a.sector or "").lower() in r.words.ruling_sectors}
    rulers |= {a.id for a in r.actors.values() if go_between(r, a)}
    for c in cands:
        if c.prop < 0:
            continue
        if c.prop not in strong or c.part:  # (a counted part's vote still says what was voted on)
            if dropped is not None:
                dropped.extend((h, c, "weak" if c.prop not in strong else "part")
                               for h in c.holders)
            continue
        for h in c.holders:
            if h not in rulers:  # a court's ruling is no stance of the court, nor a go-between's
                by_key.setdefault((h, c.prop), []).append(c)
            elif dropped is not None:
                dropped.append((h, c, "ruler"))
    officials(r, by_key)
    agreement.apply(r, agreements, by_key)
    echoes.apply(r, by_key)  # "So did B", "B voted with A"
    officials(r, by_key)
    paragraph_officials(r, by_key)
    capacity(r, by_key)
    bodies(r, by_key)
    state_voices(r, by_key)
    if groups is not None:
        groups.update(by_key)
    out = []
    for (actor, k), cs in by_key.items():
        pol = decide(cs)
        # evidence: the holder's own expression before one lent by agreement
        first = next(c for c in sorted(cs, key=lambda c: (
            c.phrase is None and c.anaphor is None, c.trigger)) if c.polarity == pol)
        out.append((actor, k, pol, first.statement, first.evidence))
    out.sort(key=lambda x: x[4])
    return out


def go_between(r: Reading, a: Actor) -> bool:
    """"A source familiar with the planning said the navy had argued for X": an unnamed
    source described by a ``go_betweens`` word tells of others' positions, holding none."""
    if a.type not in ("person", "group"):
        return False
    words = {w for m in a.mentions for w in m.text.lower().split()} | set(a.name.lower().split())
    return bool(words & r.words.go_betweens)


def officials(r: Reading, by_key: ByKey) -> None:
    """"Its chief negotiator, X, said ...": an official introduced as the state's agent
    speaks for it. The official shares the state's positions (only those he relays when
    he names the state in his own words); a state that states no position itself takes the
    official's."""
    for a in r.actors.values():
        if a.type != "person" or not any(
                m.text.lower().startswith(AGENT_TITLES) or POSS_TITLE.match(m.text)
                for m in a.mentions):
            continue
        state = r.state_of(a.id)
        if state is None or not _agent_of_state(r, a, state):
            continue
        silent = not any(h == state for h, _ in by_key)
        if not any(m.text.lower().startswith(AGENT_TITLES) for m in a.mentions):
            # "Russia's envoy, X": the state takes X's position only if it is an actor
            # beyond that title
            silent = silent and len(r.actors[state].mentions) > 1
        if silent:
            _lend(by_key, a.id, state)
        else:
            _lend(by_key, state, a.id, _relayed(_relayed_statements(r, a.id, state)))


def _relayed(own: set[str] | None) -> Chooser:
    """:func:`officials`' choice for the official: a relay holds only what it relays (all when
    ``own`` is None: he speaks as the state)."""
    if own is None:
        return _all
    return lambda k, cs: [c for c in cs if c.statement in own]


def capacity(r: Reading, by_key: ByKey) -> None:
    """A state's office-holder ("Foreign Minister X", "Foreign Ministry spokesman Y", "Ambassador
    Z") speaks in the state's capacity, and what the official says is also the state's position.
    The convention holds only where the article shows the official speaking for the state: the
    state holds positions of its own and already shares at least ``CAPACITY_LINKS`` of them with
    the official (a state named only as the official's home, or one that takes its own line, is
    not the official's voice: the seed's Lavrov speaks for no Russia that "lambasted" a demand).
    Only propositions that some third actor addresses are lent (a remark no one else takes up is
    the official's own), and only one way: the state's acts are not the official's words."""
    holders = {h for h, _ in by_key}
    for a in r.actors.values():
        if a.type != "person" or a.id not in holders or not _state_office(r, a):
            continue
        state = r.state_of(a.id)
        if state is None or state == a.id or state not in holders:
            continue
        shared = sum((state, k) in by_key and decide(by_key[(state, k)]) == decide(cs)
                     for (h, k), cs in by_key.items() if h == a.id)
        if shared < CAPACITY_LINKS:
            continue
        _lend(by_key, a.id, state, _addressed_by_others(by_key, a.id, state))


def leads_chamber_party(r: Reading, a: Actor) -> bool:
    """Is person ``a`` a party officer of a legislature ("Senate Majority Leader X" leads a
    party in the Senate, not the Senate: ``chamber_parties``)?"""
    return bool(_title_words(r, a) & r.words.chamber_parties)


def bodies(r: Reading, by_key: ByKey) -> None:
    """"Greens spokesperson X", "its leader, X": a person whose title is a ``body_voices`` word
    of the one organisation the title names speaks for that body, so each takes the other's
    positions on what it holds none of."""
    for a in r.actors.values():
        if a.type != "person":
            continue
        words = {w.lower() for role in a.roles for w in role.replace(",", " ").split()}
        if not words & r.words.body_voices or leads_chamber_party(r, a):
            continue
        body = r.body_of(a.id)
        if body is None or body == a.id:
            continue
        _lend(by_key, a.id, body)
        _lend(by_key, body, a.id)


def state_voices(r: Reading, by_key: ByKey) -> None:
    """"Foreign Ministry spokesman X", "Government spokeswoman Y": the spokesperson of a government
    body (a ``state_voices`` word and a ``speaks_for`` word or "press secretary" in the title, no
    ``private_offices`` word, no possessive title of another owner) speaks for the state, so each
    takes the other's positions on what it holds none of, where ``VOICE_OTHERS`` third actors
    address the proposition too."""
    for a in r.actors.values():
        if a.type != "person":
            continue
        words = _title_words(r, a)
        spokes = words & r.words.speaks_for or {"press", "secretary"} <= words
        if not spokes or not words & r.words.state_voices or words & r.words.private_offices:
            continue
        state = r.state_of(a.id)
        if state is None or state == a.id or _title_names_other(r, a, state):
            continue
        chosen = _addressed_by_others(by_key, a.id, state, VOICE_OTHERS)
        _lend(by_key, a.id, state, chosen)
        _lend(by_key, state, a.id, chosen)


def _title_names_other(r: Reading, person: Actor, state: str) -> bool:
    """Whether a possessive title names an owner other than the state ("The Taliban
    administration's deputy spokesman, X": not the state the person's country gives)."""
    owned = [m for m in person.mentions
             if POSS_TITLE.match(m.text) or m.text.lower().startswith(AGENT_TITLES)]
    return bool(owned) and not _agent_of_state(r, person, state)


def _title_words(r: Reading, person: Actor) -> set[str]:
    """The lower-cased lemmas of the person's roles and of the titles around the mentions
    ("Foreign Ministry spokesman X": foreign, ministry, spokesman)."""
    words = {w.lower() for role in person.roles for w in role.replace(",", " ").split()}
    for m in person.mentions:
        sp = expanded_span(r.doc, m.start, m.end)
        if sp is not None:
            words |= {t.lemma_.lower() for t in sp if t.i < m.start or t.i >= m.end}
    return words


def _addressed_by_others(by_key: ByKey, official: str, state: str, others: int = 1) -> Chooser:
    """:func:`capacity`'s choice: a proposition ``others`` third actors address."""
    return lambda k, cs: cs if sum(x not in (official, state) for x, j in by_key
                                   if j == k) >= others else []


def _state_office(r: Reading, person: Actor) -> bool:
    """Whether a person's role is a state office: a ``state_offices`` title word, no
    ``private_offices`` word, and no organisation of the person's own named in the title."""
    words = {w.lower() for role in person.roles for w in role.replace(",", " ").split()}
    if not words & r.words.state_offices or words & r.words.private_offices:
        return False
    return r.body_of(person.id) is None


def _agent_of_state(r: Reading, person: Actor, state: str) -> bool:
    """Whether the owner of the person's title is the state: "Russia's envoy" names it; for
    "Its chief negotiator" the nearest actor named before the title is the one "its" means
    ("The Left party ... its spokesperson" is the party's, not the state's)."""
    for m in person.mentions:
        low = m.text.lower()
        if POSS_TITLE.match(m.text) and not low.startswith(AGENT_TITLES):
            owner = m.text.split("'")[0].split("’")[0].strip().lower().removeprefix("the ")
            names = [x.text.lower() for x in r.actors[state].mentions] + [
                r.actors[state].name.lower()]
            if any(owner == n or n.endswith(owner) or owner.endswith(n) for n in names):
                return True
        elif low.startswith(AGENT_TITLES):
            if _its_owner(r, person, m.start) == state:
                return True
    return False


def _its_owner(r: Reading, person: Actor, start: int) -> str | None:
    """Whom "its" / "their" of a title at char ``start`` means: the subject of the sentence
    before (or of its own sentence, where the title does not open it) when an actor is that
    subject, else the nearest actor named there ("The decision took the housing agency by
    surprise. Its representative in Botswana, X": no actor, so not Botswana's, named sentences
    before; "The coalition, which shared power with the army, welcomed it. Its spokeswoman": the
    coalition)."""
    doc = r.doc
    tok = next((t for t in doc if t.idx >= start), None)
    if tok is None:
        return None
    sent = sentence_of(doc, tok.i)
    if tok.i == sent.start and sent.start > 0:
        sent = sentence_of(doc, sent.start - 1)
        end = doc[sent.end - 1].idx + len(doc[sent.end - 1])
    else:
        end = start
    subj = next((r.mmap[t.i] for t in sent if t.dep_ in ("nsubj", "nsubjpass")
                 and t.head.i == sent.root.i and t.i in r.mmap), None)
    if subj is not None and subj != person.id:
        return subj
    lo = doc[sent.start].idx
    before = [(x.end, b.id) for b in r.actors.values() if b.id != person.id
              for x in b.mentions if lo <= x.start and x.end <= end]
    return max(before)[1] if before else None


def _relayed_statements(r: Reading, official: str, state: str) -> set[str] | None:
    """The official's statement ids when one of them names the state as a clause subject
    ("Its spokesman, X, said Niger would never accept Y"): an official who reports the
    state's position in the third person relays it, and shares only the positions he
    relays, not those the state voiced by other means. None when he speaks as the state."""
    doc = r.doc
    mine = [st for st in doc._.statements or [] if st.speaker == official and st.content]
    for st in mine:
        sp = expanded_span(doc, st.content.start, st.content.end)
        if sp is not None and any(t.dep_ in ("nsubj", "nsubjpass") and r.mmap.get(t.i) == state
                                  for t in sp):
            return {x.id for x in mine}
    return None


def paragraph_officials(r: Reading, by_key: ByKey) -> None:
    """"Norway said it would now support X. '...,' Climate Minister Aasen said.": an
    official of a state whose quotation opens the sentence right after the state's stance,
    in the same paragraph, shares that stance."""
    doc = r.doc
    after_spokesperson: dict[str, int | None] = {}  # per official: read once, not per statement
    for st in doc._.statements or []:
        a = r.actors.get(st.speaker or "")
        if a is None or a.type != "person" or st.content is None:
            continue
        state = r.state_of(a.id)
        if state is None or state == a.id:
            continue
        before = _sentence_before_quote(r, st.content.start, st.content.end)
        if before is None:
            if a.id not in after_spokesperson:
                after_spokesperson[a.id] = _sentence_before_spokesperson(r, a)
            before = after_spokesperson[a.id]
        if before is None:
            continue
        _lend(by_key, state, a.id, _voiced_in(sentence_of(doc, before)), st.id)


def _voiced_in(sent: Span) -> Chooser:
    """:func:`paragraph_officials`' choice: a position the state took in ``sent``."""
    return lambda k, cs: cs if any(sent.start <= c.trigger < sent.end for c in cs) else []


def _all(k: int, cs: list[Cand]) -> list[Cand]:
    """Every position of the giver."""
    return cs


def _lend(by_key: ByKey, giver: str, taker: str, chosen: Chooser = _all,
          statement: str | None = None) -> None:
    """Lend the giver's positions to the taker (an official's to the state, or the state's
    to the official): each proposition the taker holds no position on, with the candidates
    ``chosen(k, cs)`` keeps (none: not lent), as said in ``statement`` if one is given."""
    for (h, k), cs in list(by_key.items()):
        if h != giver or (taker, k) in by_key:
            continue
        kept = chosen(k, cs)
        if kept:
            lent = sys._getframe(1).f_code.co_name  # the rule that lends ("officials")
            by_key[(taker, k)] = [c.copy_for(taker, statement, lent) for c in kept]


def _sentence_before_spokesperson(r: Reading, a: Actor) -> int | None:
    """"Russia condemned X. Foreign ministry spokesperson Y said ...": the end of the sentence
    before the one a spokesperson (``speaks_for`` words) opens as its subject, in the same
    paragraph."""
    doc = r.doc
    for m in a.mentions:
        sp = expanded_span(doc, m.start, m.end)
        if sp is None or not any(t.lemma_.lower() in r.words.speaks_for for t in sp) or (
                m.text.lower().startswith(AGENT_TITLES) or POSS_TITLE.match(m.text)):
            continue  # ("Its spokeswoman, X": an agent of the state, see officials)
        sent = sentence_of(doc, sp.start)
        lead = [t for t in doc[sent.start:sp.start] if not t.is_space]
        if sent.start < 1 or any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "DET") for t in lead):
            continue  # the spokesperson's title opens the sentence ("Foreign ministry ...")
        if sp.root.dep_ != "nsubj":
            continue
        before = sent.start - 1
        while before > 0 and doc[before].is_space:
            before -= 1
        if doc[before].text in SENTENCE_ENDS and "\n" not in doc[before:sent.start].text:
            return before
    return None


def _sentence_before_quote(r: Reading, start: int, end: int) -> int | None:
    """The end of the sentence a quotation follows in the same paragraph, if it does."""
    doc = r.doc
    sp = expanded_span(doc, start, end)
    if sp is None:
        return None
    q = sp[0].i - 1  # the opening quotation mark
    while q > 0 and doc[q].is_space:
        q -= 1
    if q < 1 or doc[q].text not in QUOTES:
        return None  # only a quotation that follows the state's stance
    before = q - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    if doc[before].text not in SENTENCE_ENDS or "\n" in doc[before:q].text:
        return None  # not a new sentence, or another paragraph
    return before
