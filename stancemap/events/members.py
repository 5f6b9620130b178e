"""Event coder: a party's lawmakers named as a counted group ("most deputies of party X left
the hall", "legislators from the Y party accused ..."): the acts are the party's. The actor
stage keeps the group ("most deputies") as an actor of its own; the coder reads the party."""

from __future__ import annotations

from typing import Any

from .parse import _child, _Tok
from .vocab import PARTY_LAWMAKER_NOUNS, QUANTIFYING_WORDS


class PartyLawmakers:
    """The party whose lawmakers a group noun names. A part of the event coder
    (``coder._Coder``); the methods read its per-document state."""

    mmap: dict[int, str]
    actor_by_id: dict[str, Any]

    def _lawmakers_party(self, tok: _Tok) -> str | None:
        """The party of "(most) lawmakers of/from X" where X is an organisation that is no
        legislature: a plural legislator noun (``party_lawmaker_nouns``) with no modifier
        but a quantity (``quantifying_words``, a number), whose "of"/"from" phrase names
        the organisation. Not "Nationalist lawmakers from X" (a faction of its own)."""
        low = tok.lower_
        single = low[:-3] + "y" if low.endswith("ies") else low[:-1]  # ("Deputies": PROPN)
        if single not in PARTY_LAWMAKER_NOUNS or not low.endswith("s") or any(
            c.dep_ in ("amod", "compound") and c.lower_ not in QUANTIFYING_WORDS
            for c in tok.lefts
        ):
            return None
        for c in tok.rights:
            if c.dep_ != "prep" or c.lower_ not in ("of", "from"):
                continue
            pobj = _child(c, "pobj")
            party = self.mmap.get(pobj.i) if pobj is not None else None
            actor = self.actor_by_id.get(party) if party is not None else None
            if actor is not None and actor.type == "organization" and (
                (actor.sector or "").upper() not in ("LEG", "GOV", "IGO", "JUD")
            ):
                return party
        return None
