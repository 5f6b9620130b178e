"""Candidate name spans the tagger missed, cut or mislabelled, and the clean-up of a
name span.

Given names and surnames the tagger left untagged or cut in two ("- Donald Trump said",
"[Donald] [Trump]"), bodies whose name ends in a word for a body ("The Canadian Vehicle
Manufacturers' Association"), party families ("the Greens"), a given name before a surname
tagged as an organisation; an organisation's kind from its name; a name's determiner,
possessive and line break; photo credits."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer, fold
from .gender import is_given_name
from .mention import Mention
from .office_names import office_before, office_word
from .plurals import common_nouns
from .sources import NAME_OF_JOINERS, source_noun
from .titles import is_role_word
from .tokens import POSSESSIVE, entities, span_text, table
from .words import WORDS

#: A surname with an apostrophe after one capital ("O’Connor", "D'Souza").
APOSTROPHE_NAME = re.compile(r"^[A-Z]['’][A-Z][a-z]+$")
PERSON_TAGS = frozenset({"PERSON"})

# Lower-case words inside an organisation's name ("Alternative for Germany", "Party of
# Regions"), and the fewest tokens a name spelled out before a bracketed short form has.
NAME_JOINERS = {"for", "of", "and", "the", "de", "du", "des", "del", "la", "le", "in", "on"}
NAME_RUN_MIN = 2
ACRONYM_MAX = 6  # letters of a bracketed short form ("UDMR")
SLUG_MIN = 4  # letters of a wire slug before a headline ("ANALYSIS-")
CREDIT_WORDS = WORDS["credit_words"]
CREDIT_WINDOW = 3
LEGISLATURE_NAMES = WORDS["legislature_names"]
MAX_PERSON_NAME_TOKENS = 3
ORG_LABELS = {"ORG"}
PERSON_ENT_LABELS = {"PERSON"}
#: small words a body's name runs over between its capitalised words ("the Group for a
#: Switzerland without an Army"; ``name_run_words``)
NAME_RUN_WORDS = WORDS["name_run_words"]
NAME_ON_JOINERS = {"on"}  # after a body's word only ("the Commission on Human Rights")
TIME_ENT_LABELS = {"DATE", "TIME"}
PLACE_CUT_MAX = 3  # words of a place's name on the far side of a name's cut
PLACE_CUT_KINDS = {"country", "region", "capital"}
MAX_BODY_TOKENS = 6  # words of a body's name the tagger missed
BODY_TAILS = WORDS["body_tails"]
GOV_BODY_WORDS = WORDS["gov_bodies"]
APPOS_BODY_HEADS = WORDS["appos_org_heads"]
# An organisation's kind and sector from the words of its name: a party, else the first kind
# of ORG_KINDS one of whose words the name has.
ORG_PARTY_WORDS = WORDS["org_party_words"]
PARTY_POSITIONS = WORDS["party_positions"]
VOTE_VERBS = WORDS["vote_verbs"]
PARTY_SHARE_NOUNS = WORDS["party_share_nouns"]
#: small words a party's name may hold between its capitalised words (with NAME_JOINERS)
PARTY_JOINERS = NAME_JOINERS - {"in", "on"} | {"-", "'s", "’s"}
ORG_NOT_PARTY_WORDS = WORDS["org_not_party_words"]
ORG_KINDS = (
    ("court", "JUD", WORDS["org_court_words"]),
    ("body", "LEG", WORDS["org_legislature_words"]),
    ("body", "GOV", WORDS["org_government_words"]),
    ("armed", "MIL", WORDS["org_armed_words"]),
    ("media", "MED", WORDS["org_media_words"]),
    ("business", "BUS", WORDS["org_business_words"]),
    ("religious", "REL", WORDS["org_religious_words"]),
)


def _strip(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    tab = table(doc)
    while start < end and tab.lower[start] in ("the", "a", "an"):
        start += 1
    while end > start and tab.text[end - 1] in POSSESSIVE | {"'", "’"}:
        end -= 1
    opened = [i for i in range(start, end) if tab.text[i] == "("]
    if opened and ")" not in tab.text[opened[-1]:end] and opened[-1] > start:
        end = opened[-1]  # "The Association for Elections and Democracy (Perludem"
    return doc[start:end]


def _split_names(doc: Doc, ents: tuple[Span, ...], gaz: Gazetteer) -> list[Span]:
    """A given name and a surname the tagger cut in two ("[Donald] [Trump]"): one person."""
    out = []
    for a, b in zip(ents, ents[1:], strict=False):
        if a.end == b.start and len(a) == 1 and a.text in gaz.given_names and (
                b.label_ != "NORP") and (  # "Christian Democrat": a party word
                len(b) <= MAX_PERSON_NAME_TOKENS - 1 and all(
                    t.is_alpha and t.is_title for t in b)) and (
                gaz.lookup(b.text) is None and _org_kind(b.text)[0] is None) and (
                not _org_tail(b)):
            out.append(Span(doc, a.start, b.end, label="PERSON"))
    return out


def _untagged_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Given name and surname the tagger left untagged ("- Donald Trump said")."""
    tab = table(doc)
    out = []
    given = gaz.given_names
    for i, word in enumerate(tab.text[:-1]):
        if word not in given or tab.pos[i] != "PROPN" or doc[i].ent_type_:
            continue
        j = i + 1
        while j < len(doc) and j - i < MAX_PERSON_NAME_TOKENS and tab.pos[j] == "PROPN" and (
                tab.text[j].istitle() and tab.text[j].isalpha() and not doc[j].ent_type_):
            j += 1
        if j > i + 1 and gaz.lookup(span_text(doc, i + 1, j)) is None and not (
                _org_tail(doc[i:j])) and not any(
                is_role_word(t, gaz) for t in doc[i + 1:j]):
            out.append(Span(doc, i, j, label="PERSON"))
    return out


def _spelled_out(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"The Alternative for Germany (AfD)": the name before an organisation's bracketed
    short form is a mention of the same organisation (the words inside it, "Germany", are
    no mentions of their own)."""
    mentions = _bracketed_acronyms(doc, mentions)
    added: list[Mention] = []
    renamed: dict[str, str] = {}
    for m in mentions:
        if m.kind != "org" or m.start < 2 or m.end >= len(doc) or not (
                doc[m.start - 1].text == "(" and doc[m.end].text == ")"):
            continue
        start = _name_run_start(doc, m.start - 1)
        if m.start - 1 - start < NAME_RUN_MIN:
            continue
        covering = [o for o in mentions if o is not m and o.start <= start and m.start - 1 <= o.end]
        if covering:
            _same_org(covering, m, renamed)
            continue
        name = m.name if m.how.startswith("gazetteer") else span_text(doc, start, m.start - 1)
        renamed[m.name] = name
        added.append(Mention(_after_article(doc, start), m.start - 1, "org", name,
                             country=m.country, sector=m.sector, org_kind=m.org_kind,
                             how="spelled-out"))
    owners = {o.name: o for o in mentions if o.kind == "org"}
    for m in mentions:  # "The AfD said" later on: the same organisation
        if m.kind == "org" and m.name in renamed:
            m.name = renamed[m.name]
            owner = owners.get(m.name)
            if owner is not None and owner.how.startswith("gazetteer"):
                m.country, m.sector, m.org_kind = owner.country, owner.sector, owner.org_kind
    if not added:
        return mentions
    inside = [(a.start, a.end) for a in added]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
    return sorted(kept + added, key=lambda m: m.start)


def _same_org(covering: list[Mention], short: Mention, renamed: dict[str, str]) -> None:
    """"The far-right Freedom Party (FPO)": a name the tagger found before a short form the
    gazetteer knows is that organisation's mention; a name the gazetteer knows itself makes
    the short form its own in this text ("Reporters Without Borders (RSF)" is no armed group)."""
    if len(covering) != 1 or covering[0].kind != "org" or not short.how.startswith("gazetteer"):
        return
    name = covering[0]
    if name.how == "ner:org":
        name.name, name.country, name.sector = short.name, short.country, short.sector
        name.org_kind = short.org_kind
    elif name.how.startswith("gazetteer") and name.name != short.name:
        renamed[short.name] = name.name


def _bracketed_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"The Democratic Alliance of Hungarians in Romania (UDMR)": a short form in capitals the
    tagger missed, in brackets after a name run that starts with an organisation's mention,
    is that organisation's own short form (a mention), so that the spelled-out rule reads the
    whole run as its name ("in Romania" included)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    words = table(doc).text
    for i in range(1, len(doc) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        short = doc[i + 1]
        if short.i in taken or not (
                short.is_upper and short.is_alpha and 2 <= len(short) <= ACRONYM_MAX):
            continue
        start = _name_run_start(doc, i)
        first = next((m for m in mentions if m.start <= start < m.end), None)
        if first is None or first.kind != "org" or i - start < NAME_RUN_MIN:
            continue
        added.append(Mention(short.i, short.i + 1, "org", first.name, country=first.country,
                             sector=first.sector, org_kind=first.org_kind, how="acronym"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _name_run_start(doc: Doc, end: int) -> int:
    """Where the capitalised name ending before token ``end`` starts ("Alternative for
    Germany", "Party of Regions"): capitalised words and the joiners between them."""
    k = end - 1
    while k >= 0 and (doc[k].text[:1].isupper() or (
            (doc[k].lower_ in NAME_JOINERS or doc[k].text in POSSESSIVE) and k > 0 and (
                doc[k - 1].text[:1].isupper()))):  # "People's Party"
        k -= 1
    start = k + 1
    while start < end and doc[start].lower_ in ("the",):
        start += 1
    return start


TAIL_LABELS = ORG_LABELS | {"GPE", "LOC"}


def _name_tail(span: Span, gaz: Gazetteer) -> bool:
    """Is ``span`` a known name that ends a longer one the tagger tagged as an organisation
    or a place ("Commission" of "the Joint Rivers Commission", "the Singapore High
    Commission"; "Ireland" of "Northern Ireland"), after a capitalised word the gazetteer
    does not know ("the EU Commission" is the Commission)? Such a name is no mention of its
    own."""
    doc, i = span.doc, span.start
    if i == 0 or doc[i].ent_iob_ != "I" or doc[i].ent_type_ not in TAIL_LABELS or any(
            t.ent_iob_ != "I" for t in span):
        return False
    prev = doc[i - 1]
    return prev.is_alpha and prev.text[:1].isupper() and gaz.lookup(prev.text) is None


IZAFET_PARTICLES = frozenset(WORDS["izafet_particles"])
NAME_PARTICLES = frozenset(WORDS["name_particles"])
NAME_PARTICLE_RUN = 2  # linking words between the two capitalised halves of a name


def _izafet_names(doc: Doc) -> list[Span]:
    """A hyphenated name of Urdu, Persian or Arabic form ("Jamaat-e-Islami",
    "the Tehreek-e-Taliban Pakistan"), which the tagger cuts at its hyphens: a capitalised
    word, a linking particle (``izafet_particles``) between two hyphens and a capitalised
    word, with the capitalised names written next to them, are one organisation's name."""
    out = []
    words = table(doc).text
    for i in range(2, len(doc) - 2):
        if words[i] not in IZAFET_PARTICLES or words[i - 1] != "-" or words[i + 1] != "-" or (
                not words[i - 2][:1].isupper() or not words[i + 2][:1].isupper()) or any(
                doc[k].whitespace_ for k in range(i - 2, i + 2)):
            continue
        start, end = i - 2, i + 3
        while start > 0 and doc[start - 1].pos_ == "PROPN" and words[start - 1][:1].isupper() and (
                doc[start - 1].whitespace_ == " "):
            start -= 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and words[end][:1].isupper() and (
                doc[end - 1].whitespace_ == " "):
            end += 1
        out.append(Span(doc, start, end, label="ORG"))
    return out


def _capital_name_word(doc: Doc, k: int) -> bool:
    """Is token ``k`` a word of a name: a capitalised proper noun or a number ("40 Horas")?"""
    word = doc[k].text
    return (word[:1].isupper() and doc[k].pos_ == "PROPN") or word.isdigit()


def _particle_names(doc: Doc) -> list[Span]:
    """A name in another language with lower-case linking words inside ("Te Taura Whiri i
    te Reo Maori", "Graon mo Jastis Pati"), which the tagger cuts at them: capitalised words,
    one or two ``name_particles`` and capitalised words again, with the capitalised names
    written next to them, are one organisation's name."""
    out = []
    words = table(doc).text
    n = len(doc)
    i = 1
    while i < n - 1:
        run = 0
        while i + run < n and words[i + run] in NAME_PARTICLES and run < NAME_PARTICLE_RUN:
            run += 1
        if not run or i + run >= n or not (doc[i - 1].text[:1].isupper() and (
                doc[i - 1].pos_ == "PROPN" or doc[i - 1].ent_type_)) or not (
                _capital_name_word(doc, i + run)):
            i += max(run, 1)
            continue
        start, end = i - 1, i + run + 1
        while start > 0 and _capital_name_word(doc, start - 1) and not doc[start].is_sent_start:
            start -= 1
        while end < n and _capital_name_word(doc, end):
            end += 1
        if doc[end - 1].text[:1].isupper():
            out.append(Span(doc, start, end, label="ORG"))
        i = end
    return out


LIST_PARTY_WORDS = 3  # capitalised words of a party's name in a list of parties
LIST_NOT_PARTY = {"PERSON", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"}


def _list_item_end(doc: Doc, k: int, taken: set[int], gaz: Gazetteer) -> int:
    """End of a party's name at token ``k`` of a list of parties: up to ``LIST_PARTY_WORDS``
    capitalised proper nouns found by no other rule, with no place, person, date, title or
    word for a state's body among them, followed by the list's next comma or "and" or by
    the list's verb ("the Greens and ...", "the Left voting", a gerund the parser may take
    for a noun); ``k`` where there is none."""
    end, n = k, len(doc)
    while end < n and end - k < LIST_PARTY_WORDS and doc[end].text[:1].isupper() and (
            doc[end].is_alpha and (doc[end].tag_ in ("NNP", "NNPS") or doc[end].ent_type_ in (
                "ORG", "NORP")) and end not in taken
            and doc[end].ent_type_ not in LIST_NOT_PARTY and not is_role_word(doc[end], gaz)
            and doc[end].lower_ not in GOV_BODY_WORDS and not (end > k and doc[end].is_sent_start)):
        end += 1
    if end == k or end >= n or not (doc[end].lower_ in (",", "and", "or", ";", ".") or (
            doc[end].pos_ in ("VERB", "AUX") or doc[end].lower_.endswith("ing"))) or (
            gaz.lookup(span_text(doc, k, end)) is not None):
        return k
    return end


def _listed_parties(doc: Doc, mentions: list[Mention], taken: set[int], gaz: Gazetteer
                    ) -> list[Mention]:
    """"Labour, the Liberal Democrats, the Greens and Plaid Cymru voted for", "the Polish
    People's Party and the Left voting in favour": a name the tagger left out or took for a
    nationality, listed after a party with a comma or "and" between, is a party of the same
    state (the list goes on from it)."""
    out: list[Mention] = []
    for m in [m for m in mentions if m.kind == "org" and m.org_kind == "party"]:
        j = m.end
        while True:
            k = j + (j < len(doc) and doc[j].text == ",")
            k += k < len(doc) and doc[k].lower_ == "and"
            if k == j or k >= len(doc) or doc[k].is_sent_start:
                break
            k += k < len(doc) and doc[k].lower_ == "the"
            end = _list_item_end(doc, k, taken, gaz)
            if end == k:
                break
            out.append(Mention(_after_article(doc, k), end, "org", span_text(doc, k, end),
                               country=m.country, sector="PTY", org_kind="party",
                               how="listed-party"))
            taken.update(range(k, end))
            j = end
    return out


def _untagged_bodies(doc: Doc) -> list[Span]:
    """Capitalised names the tagger left untagged that end in a word for a body ("The
    Canadian Vehicle Manufacturers' Association"): organisations."""
    out = []
    tab = table(doc)
    for i, word in enumerate(tab.text):
        if not word.istitle() or tab.lower[i] not in BODY_TAILS or doc[i].ent_type_:
            continue
        start = i
        while start - 1 >= 0 and i - start < MAX_BODY_TOKENS and doc[start - 1].ent_type_ not in (
                "PERSON", "ORG", "GPE", "LOC", "FAC") and (
                tab.text[start - 1].istitle() or tab.text[start - 1] in ("'", "’", "'s", "’s")
                and start - 2 >= 0 and tab.text[start - 2].istitle()) and (
                "\n" not in doc[start - 1].whitespace_):
            start -= 1
        while start < i and not tab.text[start].istitle():
            start += 1
        if start < i and tab.lower[start] != "the" or start + 1 < i:
            if tab.lower[start] == "the":
                start += 1
            out.append(Span(doc, start, _of_run_end(doc, i + 1), label="ORG"))
    return out


def _of_run_end(doc: Doc, end: int) -> int:
    """Where a body's name ending before ``end`` ends when its "of"/"for" and the capitalised
    words after it are part of it ("the Thai Chamber [of Commerce]"): not over a person's name,
    a date or a line break; ``end`` where no such words follow."""
    if end + 1 >= len(doc) or doc[end].lower_ not in NAME_OF_JOINERS:
        return end
    j = end + 1
    while j < len(doc) and j - end <= MAX_BODY_TOKENS and doc[j].text[:1].isupper() and (
            doc[j].is_alpha and doc[j].ent_type_ not in PERSON_TAGS | TIME_ENT_LABELS
            and "\n" not in doc[j - 1].whitespace_):
        j += 1
    return j if j > end + 1 else end


def _demonym_bodies(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """A body's name that opens with a nationality the tagger cut off or left untagged ("The
    [German] [Ice Hockey Federation]", "The Ecuadorian Episcopal Conference"): the demonym and
    the capitalised words it is a compound of, up to a word for a body, are one organisation's
    name (the state's own offices, "the Russian Defence Ministry", stay the state's; a known
    name after the demonym, "the British Labour Party", stays that name)."""
    out = []
    tab = table(doc)
    for i, tok in enumerate(doc):
        if not tab.text[i][:1].isupper() or tok.dep_ not in ("compound", "amod"):
            continue
        head = tok.head
        if head.i <= i or head.i - i > MAX_BODY_TOKENS or not _body_word(head) or (
                head.lower_ in GOV_BODY_WORDS):
            continue
        entry = gaz.lookup(tab.text[i])
        if entry is None or entry.kind != "demonym" or not entry.code:
            continue
        rest = doc[i + 1:head.i + 1]
        if not all(t.text[:1].isupper() and t.is_alpha and t.ent_type_ not in PERSON_TAGS and (
                i < t.head.i <= head.i or t.i == head.i) for t in rest) or (
                gaz.lookup(rest.text) is not None or any("\n" in t.whitespace_ for t in rest)):
            continue
        start = i - 1 if i > 0 and tab.lower[i - 1] == "the" else i
        end = _of_run_end(doc, head.i + 1)  # "... of Commerce"
        out.append(Span(doc, start, end, label="ORG"))
    return out


def _appositive_bodies(doc: Doc) -> list[Span]:
    """A name the tagger left untagged with an apposition headed by a word for a body after it
    ("Viasna, the Belarusian human rights group, said"): an organisation."""
    out = []
    tab = table(doc)
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha or (
                tok.ent_type_ and not _stamped(doc, tok.i)):
            continue
        if tok.i + 1 >= len(doc) or tab.text[tok.i + 1] != "," or not any(
                c.dep_ == "appos" and c.i > tok.i + 1 and c.pos_ == "NOUN" and (
                    c.lower_ in APPOS_BODY_HEADS) and not any(  # a tagged body: named already
                    t.ent_type_ in ORG_LABELS for t in c.subtree) for c in tok.children):
            continue
        start = tok.i
        while start > 0 and tok.i - start < MAX_BODY_TOKENS and "\n" not in (
                doc[start - 1].whitespace_):
            prev = doc[start - 1]
            if prev.text[:1].isupper() and prev.ent_type_ in ("", "GPE", "NORP") and (
                    prev.pos_ == "PROPN" or prev.is_alpha and start > 1 and (
                        doc[start - 2].text == "-" and not doc[start - 2].whitespace_)):
                start -= 1  # "Singapore Anti-Death Penalty Campaign", "Like-[Minded]"
            elif start > 1 and prev.text == "-" and not prev.whitespace_ and (
                    not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper()):
                start -= 2  # "Like-Minded"
            else:
                break
        out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


def _stamped(doc: Doc, i: int) -> bool:
    """Is token ``i`` a name after a live blog's time stamp ("12:15 - Viasna, ..."), which the
    tagger takes into the time?"""
    return doc[i].ent_type_ in TIME_ENT_LABELS and i > 0 and doc[i - 1].text in ("-", "–")


def _body_word(tok: Token) -> bool:
    """Is ``tok`` a capitalised word for a body ("Association", "Party", "Union")?"""
    return tok.text[:1].isupper() and tok.is_alpha and (
        tok.lower_ in BODY_TAILS or _org_tail([tok]) or _org_kind(tok.text)[0] is not None)


def _joined_names(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """A body's name the tagger cut at "of" or "for" ("The Law Association [of Zambia]",
    "the Democratic Party [of Socialists]", "Union for the [Homeland]"): the part it tagged
    as an organisation and the capitalised name run on the other side of the joiner, when
    the word before the joiner is a word for a body, make one organisation's name. A run
    with a person's name in it, or "and", ends nothing ("the Council of Europe and ...")."""
    out = []
    words = table(doc).text
    for ent in ents:
        if ent.label_ not in ORG_LABELS:
            continue
        start, end = ent.start, ent.end
        j = end + 1  # forward: "[The Law Association] of Zambia"
        if end + 1 < len(doc) and doc[end].lower_ in NAME_OF_JOINERS | NAME_ON_JOINERS and (
                _body_word(doc[end - 1]) or office_word(doc[end - 1])):
            if doc[j].lower_ == "the":
                j += 1
            last, caps = None, 0  # at most MAX_BODY_TOKENS capitalised words, joiners apart
            while j < len(doc) and caps < MAX_BODY_TOKENS and "\n" not in words[j]:
                if doc[j].ent_type_ in PERSON_ENT_LABELS:
                    last = None
                    break
                if doc[j].ent_type_ in TIME_ENT_LABELS:
                    break  # "the Commission on Monday"
                if words[j][:1].isupper() and doc[j].is_alpha:
                    last, caps = j, caps + 1
                elif doc[j].lower_ not in NAME_OF_JOINERS | NAME_RUN_WORDS:
                    break
                j += 1
            if last is not None:
                end = last + 1
        k = start - 1  # backward: "Union for the [Homeland]"
        if k >= 2 and doc[k].lower_ == "the":
            k -= 1
        if 1 <= k < start and doc[k].lower_ in NAME_OF_JOINERS and _body_word(doc[k - 1]) and (
                not doc[k - 1].ent_type_) and not doc[k - 1].is_sent_start:
            start = k - 1
        start = office_before(doc, start)  # "the [OSCE High Commissioner on] National ..."
        if (start, end) != (ent.start, ent.end):
            out.append(Span(doc, start, end, label="ORG"))
    return out


AND_WORDS_MAX = 3  # capitalised words of a body's name after its inner "and"
AND_WORD_LABELS = {"", "ORG", "NORP"}  # what the tagger may call a name's word after "and"


def _and_joined_names(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """A body's name the tagger cut at its inner "and": "the Party of Action [and
    Solidarity]", "the Department of Public Works [and Highways]" (a name with its "of" or
    "for" runs on over "and" and the capitalised words that end the run), "The [Wildlife and]
    Nature Protection Society" (a name ending in a word for a body takes the one capitalised
    word between "the" and its "and"). Not over a person's or a place's name, an acronym or a
    name the gazetteer knows ("the Council of Europe and NATO", "the Ministry of Defence and
    Russia")."""
    out = []
    for span in spans:
        if span.label_ not in ORG_LABELS or "\n" in span.text:
            continue
        end = _and_run_end(doc, span, gaz)
        start = _and_run_start(doc, span, gaz)
        if (start, end) != (span.start, span.end):
            out.append(Span(doc, start, end, label="ORG"))
    return out


def _and_word(doc: Doc, k: int, gaz: Gazetteer) -> bool:
    """Can token ``k`` be a word of a body's name after (or before) its inner "and": a
    capitalised common noun ("Solidarity", "Highways", "Wildlife"), no name of its own?"""
    t = doc[k]
    nouns = common_nouns()
    return t.is_alpha and t.text.istitle() and t.ent_type_ in AND_WORD_LABELS and (
        fold(t.text) not in gaz.folded) and not _body_word(t) and (
        t.lower_ in nouns or t.lower_.removesuffix("s") in nouns)


def _and_run_end(doc: Doc, span: Span, gaz: Gazetteer) -> int:
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not any(
            t.lower_ in NAME_OF_JOINERS for t in span[1:]):
        return end
    j = end + 1
    while j < len(doc) and j - end <= AND_WORDS_MAX and _and_word(doc, j, gaz) and (
            "\n" not in doc[j - 1].whitespace_):
        j += 1
    if j == end + 1 or j - end > AND_WORDS_MAX or (j < len(doc) and (
            doc[j].text[:1].isupper() or doc[j].lower_ in NAME_OF_JOINERS)):
        return end
    return j


def _and_run_start(doc: Doc, span: Span, gaz: Gazetteer) -> int:
    k = span.start
    if k < 3 or doc[k - 1].lower_ != "and" or doc[k - 3].lower_ != "the" or not _body_word(
            span[-1]) or not span[0].text[:1].isupper() or not _and_word(doc, k - 2, gaz):
        return k
    return k - 2


def _place_completed(doc: Doc, ents: tuple[Span, ...] | list[Span], gaz: Gazetteer
                     ) -> list[Span]:
    """A body's name the tagger cut inside a place's name of several words ("[The Law
    Association of Trinidad] and Tobago", "Trinidad and [Tobago Chamber of Commerce]"): the
    name runs on over the rest of the place's name when the words across the cut make a
    place the gazetteer knows."""
    out = []
    for ent in ents:
        if ent.label_ not in ORG_LABELS:
            continue
        start, end = ent.start, ent.end
        for width in range(1, PLACE_CUT_MAX + 1):  # forward: the place's words after the cut
            if end + width <= len(doc) and _a_place(doc[end - 1:end + width], gaz):
                end += width
                break
        for width in range(1, PLACE_CUT_MAX + 1):  # backward: the place's words before it
            if start - width >= 0 and doc[start - width].ent_type_ not in ORG_LABELS and (
                    _a_place(doc[start - width:start + 1], gaz)):
                start -= width
                break
        if (start, end) != (ent.start, ent.end):
            out.append(Span(doc, start, end, label="ORG"))
    return out


def _a_place(span: Span, gaz: Gazetteer) -> bool:
    """Are these words (more than one, all on one line, capitalised at both ends) a state's or
    place's name the gazetteer knows?"""
    if len(span) < 2 or not (span[0].text[:1].isupper() and span[-1].text[:1].isupper()) or any(
            "\n" in t.text for t in span):
        return False
    entry = gaz.lookup(span.text)
    return entry is not None and entry.kind in PLACE_CUT_KINDS


def _listed_name(doc: Doc, ents: tuple[Span, ...], gaz: Gazetteer) -> list[Span]:
    """A body's name that lists fields ("the Senate Health, Education, Labor and Pensions
    Committee", "the Jesuit Refugee and Migrant Service"), which the tagger cuts at each
    comma and "and": organisation names joined only by those, the last ending in a word for a
    body and none before it ending in one or known as a name of its own, are one name."""
    out = []
    orgs = [e for e in ents if e.label_ in ORG_LABELS]
    for k, last in enumerate(orgs):
        if not (_body_word(last[-1])):
            continue
        start, j = last.start, k
        crossed_and = False
        while j > 0:
            prev = orgs[j - 1]
            gap = table(doc).lower[prev.end:start]
            if not gap or any(w not in (",", "and") for w in gap) or gap.count("and") > 1 or (
                    _body_word(prev[-1]) or gaz.lookup(_strip(prev).text) is not None):
                break
            crossed_and = crossed_and or "and" in gap
            start, j = prev.start, j - 1
        if crossed_and and start < last.start:
            out.append(Span(doc, start, last.end, label="ORG"))
    return out


def _org_tail(tokens: Span | list[Token]) -> bool:
    """Does a name end in a word for a body ("Edison Research", "Brookings Institute")?"""
    noun = source_noun(tokens[-1].lower_) if len(tokens) else None
    return noun is not None and noun.type == "organization"


def _one_line(span: Span) -> Span:
    """A name never runs over a line break: "Heading One\nHeading Two" is cut at the break."""
    doc = span.doc
    words = table(doc).text  # a token's trailing whitespace is a space or nothing, never a
    for i in range(span.start, span.end):  # line break: spaCy makes a break a token of its own
        if "\n" in words[i]:
            return doc[span.start:i] if i > span.start else doc[span.start:span.start]
    return span


#: a live blog's time stamp ("13:05 - Italy, Greece and Malta ...") and the dashes after it
TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}")
DASHES = ("-", "–", "—")


def _past_slug(span: Span) -> Span:
    """A wire slug opening a headline ("ANALYSIS-Missouri's fight moves to court",
    "EXPLAINER-..."), an upper-case word joined by a hyphen to the headline's first word at a
    line's start, is no part of a name the tagger ran over it: the name starts after it; nor
    is a live blog's time stamp and its dash ("13:05 - Italy")."""
    doc = span.doc
    k = span.start
    if len(span) >= 3 and TIME_STAMP.fullmatch(doc[k].text) and doc[k + 1].text in DASHES:
        return Span(doc, k + 2, span.end, label=span.label_)  # "13:05 - Italy": a live blog's
    if len(span) < 3 or doc[k + 1].text != "-" or doc[k].whitespace_ or doc[k + 1].whitespace_ or (
            not (doc[k].is_upper and doc[k].is_alpha and len(doc[k]) >= SLUG_MIN)) or (
            k > 0 and "\n" not in doc[k - 1].text_with_ws):
        return span
    return Span(doc, k + 2, span.end, label=span.label_)


LEAD_FUNCTION_WORDS = WORDS["lead_function_words"]


def _past_lead_word(span: Span) -> Span:
    """A clause's first word the tagger ran into the name after it ("Outside parliament, ...",
    "Q: Will Kyrgyzstan take it to court?"): a preposition or an auxiliary of
    ``lead_function_words`` that the parser reads as one (a modal before a bare verb, or a
    preposition whose object is the rest of the name) is no part of the name, which starts
    after it. "Will Harrington said" keeps its given name: no modal goes with "said"."""
    doc = span.doc
    if len(span) < 2:
        return span
    first = span[0]
    if first.lower_ not in LEAD_FUNCTION_WORDS or not first.text[:1].isupper():
        return span
    aux = (first.tag_ == "MD" or first.dep_ in ("aux", "auxpass")) and (
        first.head.tag_ in ("VB", "VBP"))  # "Will X take ...?": a modal with a bare verb
    prep = first.dep_ == "prep" and all(
        t.head.i == first.i or t.head.i in range(span.start + 1, span.end) for t in span[1:])
    if not (aux or prep):
        return span
    return Span(doc, span.start + 1, span.end, label=span.label_)


def _credit(span: Span) -> bool:
    """A photo or image credit ("Photo: AP", "(AP Photo/...)") names no actor."""
    doc = span.doc
    tab = table(doc)
    before = tab.lower[max(0, span.start - CREDIT_WINDOW):span.start]
    after = tab.lower[span.end:span.end + 1]
    return bool(set(before[-2:]) & CREDIT_WORDS) and (":" in before or "/" in before) or (
        bool(after) and after[0] in CREDIT_WORDS and span.end + 1 < len(doc) and (
            tab.text[span.end + 1] == "/"))


def _after_article(doc: Doc, start: int) -> int:
    """``start``, moved back over an article just before it."""
    if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
        start -= 1
    return start


def _family_parties(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"The Greens", "the Socialists", "41 Conservatives": a party family's word
    (``party_families.tsv``) as a capitalised plural after "the" or a count names a party."""
    out = []
    tab = table(doc)
    for i in range(1, len(doc)):
        counted = tab.tag[i - 1] == "CD"  # the count's group: party_parts._counted_names
        if tab.tag[i] not in ("NNPS", "NNS", "NNP") or not (counted or tab.lower[i - 1] == (
                "the")) or not tab.lower[i].endswith("s"):
            continue
        t = doc[i]
        if not t.is_title or t.ent_iob_ == "I" or t.ent_type_ not in ("", "NORP"):
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "and" and doc[t.i + 2].is_title:
            continue  # "the Socialists and Democrats": one name of its own
        if t.lower_[:-1] in gaz.party_families or t.lower_ in gaz.party_families:
            out.append(Span(doc, t.i if counted else t.i - 1, t.i + 1, label="ORG"))
    return out


def _position_parties(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"the opposition NCP Tumaini opposed", "The opposition Liberals welcomed", "the
    ruling Kuomintang": a party's place (``party_positions``) after an article ("the main
    opposition" too) makes the run of capitalised words after it a party's name, whatever
    the tagger made of it (a person's, a people's, a part of no name). The run may hold
    joining words ("Movement for the Rights of Farmers") and stops at a title word
    ("the opposition Labour leader ...") or a person's name the tagger marks."""
    out = []
    tab = table(doc)
    n = len(doc)
    for i in range(1, n - 1):
        if tab.lower[i] not in PARTY_POSITIONS or tab.text[i] != tab.lower[i]:
            continue
        before = doc[i - 1]
        if not (before.pos_ == "DET" or before.pos_ == "ADJ" and i > 1 and doc[i - 2].pos_ == (
                "DET")):
            continue
        j = i + 1
        while j < n and (doc[j].text[:1].isupper() or tab.lower[j] in PARTY_JOINERS and (
                j + 1 < n and doc[j + 1].text[:1].isupper() and j > i + 1)):
            t = doc[j]
            if is_role_word(t, gaz) or t.ent_iob_ == "B" and t.ent_type_ == "PERSON" and (
                    j > i + 1 and j + 1 < n and doc[j + 1].ent_iob_ == "I"):
                break  # a full name of a person ("the opposition Democrat Ann Lee")
            j += 1
        while j > i + 1 and tab.lower[j - 1] in PARTY_JOINERS:
            j -= 1
        if j > i + 1 and not any(doc[k].is_sent_start for k in range(i + 1, j)):
            name = span_text(doc, i + 1, j)
            entry = gaz.lookup(name)
            if entry is None or entry.kind == "org":
                out.append(Span(doc, i + 1, j, label="ORG"))
    # the same name elsewhere in the text, where the tagger may cut it ("NCP Tumaini
    # said ..." with "Tumaini" a person's name): the party's too
    words = [tuple(tab.text[s.start:s.end]) for s in out if len(s) > 1]
    for w in set(words):
        k = len(w)
        for i in range(n - k + 1):
            if tuple(tab.text[i:i + k]) == w and not any(s.start == i for s in out):
                out.append(Span(doc, i, i + k, label="ORG"))
    return out


def _voting_parties(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"Labour, the Greens and Homes Before Banks voted against", "Most deputies of The Centre
    abstained", "The four TDs of Rural Ireland abstained": the capitalised subjects of a
    vote (``vote_verbs``), and the "of" names after a party's members or share
    (``party_share_nouns``) as its subject, are names of parties whatever the tagger made of
    them (a place's, nothing). Each is the run of capitalised words (and joining words) the
    subject's head ends; a name the gazetteer knows as no organisation's is left out."""
    out = []
    tab = table(doc)
    for v in doc:
        if v.lemma_ not in VOTE_VERBS or v.pos_ != "VERB":
            continue
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        heads: list[Token] = []
        for subj in subjects:
            for h in [subj, *subj.conjuncts]:
                if h.lower_ in PARTY_SHARE_NOUNS:
                    heads.extend(g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for g in c.children if g.dep_ == "pobj")
                else:
                    heads.append(h)
        for h in heads:
            if not h.text[:1].isupper() or h.pos_ not in ("PROPN", "NOUN") or h.is_sent_start:
                continue  # "Residents of X voted": a sentence's first word is no name
            start = h.i
            while start > 0 and (doc[start - 1].text[:1].isupper() and (
                    tab.lower[start - 1] not in PARTY_SHARE_NOUNS) or (
                    tab.lower[start - 1] in PARTY_JOINERS - {"and", "'s", "’s"} and (
                        start - 2 >= 0) and (
                        doc[start - 2].text[:1].isupper()))) and not doc[start].is_sent_start:
                start -= 1
            while start < h.i and (tab.lower[start] in PARTY_JOINERS or doc[start].pos_ in (
                    "DET", "NUM")):
                start += 1
            if sum(doc[k].is_upper and len(doc[k]) > 2 for k in range(start, h.i + 1)) > 1:
                continue  # a headline in capitals ("SWISS LOWER HOUSE KILLS BILL")
            name = span_text(doc, start, h.i + 1)
            entry = gaz.lookup(name)
            if entry is None or entry.kind == "org":
                out.append(Span(doc, start, h.i + 1, label="ORG"))
    return out


def _misread_surnames(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """An untagged given name before a one-word name the tagger took for an organisation
    ("Christian Democrat Annegret [Vogt]"): one person. Given names from
    ``given_name_genders.tsv``."""
    out = []
    tab = table(doc)
    pos, words = tab.pos, tab.text
    for i in range(len(doc) - 1):
        if pos[i] != "PROPN" or not is_given_name(words[i]):
            continue  # (a Token made only for a given name)
        t, nxt = doc[i], doc[i + 1]
        if t.ent_type_ or not t.is_title:
            continue
        if nxt.ent_type_ not in ORG_LABELS or nxt.ent_iob_ != "B" or (
                i + 2 < len(doc) and doc[i + 2].ent_iob_ == "I"):
            continue
        if nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and (
                gaz.lookup(nxt.text) is None and _org_kind(nxt.text)[0] is None):
            out.append(Span(doc, i, i + 2, label="PERSON"))
    return out


def _untagged_surnames(doc: Doc, surnames: set[str]) -> list[Span]:
    """A bare surname of a person the text named in full that the tagger left out of every
    entity, as the subject of its clause ("Bah called the decision 'sad'", the surname
    read as an interjection): that person (``surnames``: ``text_surnames`` of the doc)."""
    out: list[Span] = []
    tab = table(doc)
    words = tab.text
    for i, w in enumerate(words):
        if w not in surnames:
            continue
        t = doc[i]
        if t.ent_type_ or t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ in (
                "ADJ", "VERB", "AUX", "ADV"):
            continue
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN" or (
                i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and (
                    doc[i - 1].i != t.sent.start)):
            continue  # part of a longer name
        out.append(Span(doc, i, i + 1, label="PERSON"))
    return out


def _apostrophe_surnames(doc: Doc) -> list[Span]:
    """Surnames with an apostrophe ("Danny O’Connor", "Beto O'Rourke"): the tagger stops
    before them or misses the name, leaving a given name alone. The name runs on over the
    surname when it follows a tagged person's name or an untagged given name, and a later
    bare use of that surname is the person too."""
    out: list[Span] = []
    named: set[str] = set()
    tab = table(doc)
    words = tab.text
    for i in range(1, len(doc)):
        if not APOSTROPHE_NAME.match(words[i]):
            continue
        prev = doc[i - 1]
        if prev.ent_type_ in PERSON_TAGS and not doc[i].ent_type_:
            start = prev.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
        elif not prev.ent_type_ and prev.is_title and is_given_name(prev.text):
            start = prev.i
        else:
            continue
        out.append(Span(doc, start, i + 1, label="PERSON"))
        named.add(words[i])
    taken = {s.end - 1 for s in out}
    out += [Span(doc, i, i + 1, label="PERSON") for i in range(len(doc))
            if words[i] in named and i not in taken and not doc[i].ent_type_]
    return out


def _org_kind(name: str) -> tuple[str | None, str | None]:
    """Guess an organisation's kind and sector from its name."""
    low = fold(name)
    words = set(low.split())
    if low.removeprefix("the ") in LEGISLATURE_NAMES:
        return "body", "LEG"  # "Congress" alone is a legislature ("the Congress party" is not)
    if words & ORG_PARTY_WORDS and not words & ORG_NOT_PARTY_WORDS:
        return "party", "PTY"
    return next(((kind, sector) for kind, sector, cue in ORG_KINDS if words & cue),
                (None, None))


def _organs(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """"The African Union's Peace and Security Council", "the U.N. nuclear watchdog's Board
    of Governors": a name the tagger found (no gazetteer entry) after an international
    organisation's possessive, named or described with its name inside, is that
    organisation's organ: one actor named by both, the owner as written ("African Union
    Peace and Security Council", "NATO Military Committee"), international like its owner
    (no state's by the story's home), its mention the whole phrase; the organ's bare name
    later in the text is the same actor."""
    tab = table(doc)
    organs: dict[str, Mention] = {}
    drop: set[int] = set()
    added: list[Mention] = []
    for k, m in enumerate(mentions):
        poss = m.start - 1
        if m.kind != "org" or m.how != "ner:org" or poss < 1 or tab.text[poss] not in POSSESSIVE:
            continue
        start, name = _organ_owner(doc, gaz, mentions, poss, drop)
        if start is None:
            continue
        drop.add(k)
        organ = Mention(_after_article(doc, start), m.end, "org", f"{name} {m.name}".strip(),
                        sector="IGO", org_kind=m.org_kind, how="organ")
        organs[m.name] = organ
        added.append(organ)
    if not added:
        return mentions
    for m in mentions:  # "the Peace and Security Council" later on: the same organ
        if m.kind == "org" and m.how == "ner:org" and m.name in organs:
            m.name, m.sector = organs[m.name].name, "IGO"
    kept = [m for k, m in enumerate(mentions) if k not in drop]
    return sorted(kept + added, key=lambda m: m.start)


def _organ_owner(doc: Doc, gaz: Gazetteer, mentions: list[Mention], poss: int,
                 drop: set[int]) -> tuple[int | None, str]:
    """Where the international owner before the possessive at ``poss`` starts, and the name
    the organ takes from it ("African Union"; "" for a description, "the U.N. nuclear
    watchdog", whose organ keeps its own name). Marks a named owner's mention in ``drop``."""
    for k, o in enumerate(mentions):
        if o.kind == "org" and o.end in (poss, poss + 1) and o.start < poss:
            if o.sector != "IGO" or o.country is not None:
                return None, ""
            drop.add(k)
            return o.start, _strip(doc[o.start:poss]).text  # as written: "NATO", "the AU"
    head = doc[poss - 1]
    if head.pos_ != "NOUN" or any(o.start <= head.i < o.end for o in mentions):
        return None, ""
    start = head.left_edge.i
    if start >= poss - 1:
        return None, ""
    for ent in entities(doc):
        if start <= ent.start and ent.end <= poss - 1 and ent.label_ in ORG_LABELS:
            entry = gaz.lookup(ent.text)
            if entry is not None and entry.kind == "org" and entry.sector == "IGO":
                return start, ""
    return None, ""


def _joiner_end(core: Span) -> int:
    """"The Federation of Industries of [the State of Sao Paulo]": a name the tagger cut
    after a joiner ("of", "for", "and") goes on through the capitalised name run after it
    (its own joiners and an article after "of" included); with no such run the joiner is
    no part of the name."""
    doc, end = core.doc, core.end
    if len(core) < 2 or core[-1].lower_ not in NAME_JOINERS or core[-1].lower_ == "the":
        return end
    j = end
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    last = None
    while j < len(doc) and j - end <= MAX_BODY_TOKENS and "\n" not in doc[j - 1].whitespace_:
        if doc[j].text[:1].isupper() and doc[j].is_alpha:
            last = j
        elif doc[j].lower_ not in NAME_JOINERS - {"and"}:
            break
        j += 1
    if last is not None:
        return last + 1
    k = end
    while k > core.start + 1 and doc[k - 1].lower_ in NAME_JOINERS:
        k -= 1
    return k


#: Kinds of the gazetteer's organisations that have no state chapters ("the UN of ..." is
#: none) or that a state's name before them makes no body of their own ("Kansas
#: Republicans" are the party's members).
UNCHAPTERED_KINDS = frozenset({"igo", "agency", "court", "body", "party", "armed"})


def _chapter_org(span: Span, gaz: Gazetteer) -> bool:
    """A name that may have a state's or province's chapter: an organisation the tagger
    found that the gazetteer does not know as an intergovernmental, state or party body."""
    entry = gaz.lookup(_strip(span).text)
    return entry is None or (entry.kind == "org" and entry.org_kind not in UNCHAPTERED_KINDS)


SUBNATIONAL_LEVELS = WORDS["subnational_levels"]


CHAPTER_NOUNS = WORDS["chapter_nouns"]
NGO_NAME_WORDS = 4  # the longest known organisation name a national chapter is read on


def _national_chapters(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"Transparency International Georgia", "Amnesty International Kenya": a known
    non-governmental organisation's national chapter, named by the country right after the
    organisation's name, is one organisation (the tagger cuts it anywhere: "International
    Georgia", or the country alone)."""
    out = []
    tab = table(doc)
    words = tab.text
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        for k in range(NGO_NAME_WORDS, 0, -1):
            end = i + k
            if end >= len(doc) or not all(x[:1].isupper() for x in words[i:end + 1]):
                continue
            if end + 1 < len(doc) and words[end + 1][:1].isupper():
                continue  # a longer name runs on
            entry = gaz.lookup(doc[i:end].text)
            if entry is None or entry.kind != "org" or entry.org_kind != "ngo":
                continue
            place = gaz.lookup(words[end])
            if place is not None and place.kind == "country":
                out.append(Span(doc, i, end + 1, label="ORG"))
                break
    return out


def _possessive_chapters(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"Amnesty International's Ghana office", "Amnesty International's French section": a
    known organisation's branch in a state or region, named by the organisation's
    possessive, the place (its name or demonym) and a branch noun (``chapter_nouns``), is one
    organisation of its own (not the organisation, nor the state)."""
    out = []
    tab = table(doc)
    words, lower = tab.text, tab.lower
    for i, w in enumerate(words):
        if w not in ("'s", "’s") or i < 1 or i + 2 >= len(doc) or (
                lower[i + 2] not in CHAPTER_NOUNS) or not words[i + 1][:1].isupper():
            continue
        place = gaz.lookup(words[i + 1])
        if place is None or place.kind not in ("country", "demonym", "region"):
            continue
        for k in range(NGO_NAME_WORDS, 0, -1):
            entry = gaz.lookup(doc[i - k:i].text) if i - k >= 0 else None
            if entry is not None and entry.kind == "org" and all(
                    x[:1].isupper() for x in words[i - k:i]):
                out.append(Span(doc, i - k, i + 3, label="ORG"))
                break
    return out


def _state_chapters(doc: Doc, ents: tuple[Span, ...], gaz: Gazetteer) -> list[Span]:
    """A national organisation's chapter in a state or province is one organisation named
    with the place: "the ACLU of Nebraska", "the Audubon Society of Ohio" (the place after
    "of": a region of the gazetteer, or a state's name), "the Nebraska NAACP" (a region
    right before the name). The tagger cuts the place off, and the national body's name
    alone is another actor."""
    out = _national_chapters(doc, gaz) + _possessive_chapters(doc, gaz)
    tab = table(doc)
    for ent in ents:
        if ent.label_ in ORG_LABELS and ent.start > 0 and tab.text[ent.start - 1] in (
                SUBNATIONAL_LEVELS) and doc[ent.start].text[:1].isupper():
            # "the state Republican Party", "the state Supreme Court", "the county Democratic
            # Party": the body of the state (county) the story is about, not the nation's
            out.append(Span(doc, ent.start - 1, ent.end, label="ORG"))
            continue
        if ent.label_ not in ORG_LABELS or not _chapter_org(ent, gaz):
            continue
        start, end = ent.start, ent.end
        if end + 1 < len(doc) and tab.lower[end] == "of" and tab.text[end + 1][:1].isupper():
            place = gaz.lookup(tab.text[end + 1])
            if place is not None and place.kind in ("region", "country") and (
                    end + 2 >= len(doc) or not tab.text[end + 2][:1].isupper()):
                end += 2
        if start > 0 and tab.text[start - 1][:1].isupper() and doc[start - 1].tag_ == "NNP":
            place = gaz.lookup(tab.text[start - 1])
            if place is not None and place.kind == "region" and (
                    start < 2 or doc[start - 2].tag_ != "NNP"):
                start -= 1
        if (start, end) != (ent.start, ent.end):
            out.append(Span(doc, start, end, label="ORG"))
    return out


def _listed_known_orgs(span: Span, gaz: Gazetteer) -> list[Span]:
    """An organisation the tagger made of two joined by "and" ("the Democratic Coalition and
    Momentum rejected ..."): when the words before "and" are an organisation the gazetteer
    knows, or those after it a party it knows, the two sides are two names (the tagged whole
    is none)."""
    if span.label_ not in ORG_LABELS or gaz.lookup(_strip(span).text) is not None:
        return []
    ands = [t.i for t in span if t.lower_ == "and"]
    if len(ands) != 1 or ands[0] in (span.start, span.end - 1):
        return []
    left, right = span.doc[span.start:ands[0]], span.doc[ands[0] + 1:span.end]
    first, second = (gaz.lookup(_strip(s).text) if len(_strip(s)) else None
                     for s in (left, right))
    known = first is not None and first.kind == "org" or (
        second is not None and second.org_kind == "party" and not any(
            t.tag_ == "POS" for t in left))  # not an organ named after its owner's "'s"
    if not known or not all(t.text[:1].isupper() for t in _strip(right)[:1]):
        return []
    return [Span(span.doc, left.start, left.end, label="ORG"),
            Span(span.doc, right.start, right.end, label="ORG")]


#: A hyphenated given name's last part ("-woo", "-seok", "-myung") is short; the words that
#: make a modifier of a name ("Merkel-style", "Smith-era") are not part of it.
NAME_SYLLABLE_MAX = 5
HYPHEN_SUFFIX_WORDS = WORDS["hyphen_suffix_words"]


def _hyphen_completed(ent: Span) -> Span:
    """A name the tagger ended on a hyphen inside a word ("Choi Jung-" of "Choi Jung-won"),
    or a person's name it ended before one ("Han Ji" of "Han Ji-woo"): the word's part after
    the hyphen belongs to it."""
    doc = ent.doc
    end = ent.end
    if len(ent) > 1 and end < len(doc) and ent[-1].text == "-" and not ent[-1].whitespace_ and (
            not ent[-2].whitespace_ and _name_syllable(doc[end])):
        return Span(doc, ent.start, end + 1, label=ent.label_)
    if ent.label_ in PERSON_ENT_LABELS and end + 1 < len(doc) and doc[end].text == "-" and (
            not ent[-1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_lower
            and _name_syllable(doc[end + 1])):  # "Han Ji" of "Han Ji-woo"
        return Span(doc, ent.start, end + 2, label=ent.label_)
    return ent


def _name_syllable(tok: Token) -> bool:
    """Could the word after a hyphen end a given name ("woo" of "Ji-woo", "Luc" of
    "Jean-Luc"), not make the name a modifier ("Merkel-style", "Smith-led")?"""
    low = tok.lower_
    return tok.is_alpha and len(low) <= NAME_SYLLABLE_MAX and not low.endswith("ed") and (
        low not in HYPHEN_SUFFIX_WORDS)


#: words of an advocacy group's name ("Students for Open Campuses"): its members, then
#: "for" and its cause, each side a capitalised run of at most this many words
CAUSE_NAME_MAX = 4
CAUSE_TAGGED = {"ORG", "NORP", "WORK_OF_ART"}
CAUSE_NAMED_WORDS = 2  # capitalised words of a cause that name it with no tag
CAUSE_NOT_ALONE = {"GPE", "LOC", "NORP", "DATE", "TIME", "EVENT"}


def _cause_run(doc: Doc, j: int) -> int:
    """End of the capitalised run from ``j`` that names a cause ("Fair Rents",
    "Responsible Growth-Tucson", "Housing and Transit"): title-case words, joined by a hyphen
    or "and" between two of them; ``j`` when there is none."""
    end, words, n = j, 0, len(doc)
    while j < n and words < CAUSE_NAME_MAX:
        tok = doc[j]
        if tok.is_title and tok.is_alpha:
            words += 1
            end = j = j + 1
        elif tok.text == "-" and not tok.whitespace_ and end == j and j + 1 < n and (
                doc[j + 1].is_title and not doc[j - 1].whitespace_):
            j += 1  # "Growth-Tucson"
        elif tok.lower_ == "and" and end == j and j + 1 < n and doc[j + 1].is_title and (
                doc[j + 1].is_alpha and doc[j + 1].ent_type_ not in PERSON_ENT_LABELS):
            j += 1
        else:
            break
    return end


def _cause_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """An advocacy group named by its members and its cause ("Vermonters for Fair Rents",
    "Arizonans for Responsible Growth-Tucson", "Students for Open Campuses"), which the
    tagger cuts at "for" or leaves untagged: a capitalised run ending in a plural noun,
    "for", an optional "the" and a capitalised run make one organisation's name, when the
    tagger put some word of it in an organisation, a nationality or a title or the cause has
    two capitalised words; not when the cause is a place, nationality or date alone
    ("Tariffs for China") or the members are a title ("Ministers for Europe"). A cause may
    be a word that is a title elsewhere ("Jamaicans for Justice")."""
    out = []
    words = table(doc).text
    for i, tok in enumerate(doc):
        if tok.lower_ != "for" or i == 0 or not _plural_title(doc[i - 1]):
            continue
        start = i - 1
        while start > 0 and i - start < CAUSE_NAME_MAX and doc[start - 1].is_title and (
                doc[start - 1].is_alpha or doc[start - 1].like_num) and (
                "\n" not in words[start - 1]) and doc[start - 1].lower_ != "the":
            start -= 1
        j = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
        end = _cause_run(doc, j)
        if end == j or "\n" in "".join(words[start:end]):
            continue
        span, cause = doc[start:end], doc[j:end]
        if any(t.ent_type_ in PERSON_ENT_LABELS for t in span) or any(
                is_role_word(t, gaz) for t in doc[start:i]) or not (
                any(t.ent_type_ in CAUSE_TAGGED for t in span) or sum(
                    t.is_alpha for t in cause) >= CAUSE_NAMED_WORDS):
            continue
        kinds = {t.ent_type_ for t in cause}
        if len(kinds) == 1 and kinds <= CAUSE_NOT_ALONE and all(t.ent_iob_ != "O" for t in cause):
            continue  # "Sanctions for Russia", "Ministers for Europe"
        out.append(Span(doc, start, end, label="ORG"))
    return out


def _plural_title(tok: Token) -> bool:
    """A capitalised plural noun ("Citizens", "Arizonans"; "Vermonters", which the tagger may
    take for a singular name)."""
    low = tok.lower_
    return tok.is_title and tok.is_alpha and (tok.tag_ in ("NNS", "NNPS") or (
        tok.tag_ == "NNP" and low.endswith("s") and not low.endswith("ss")))


def _cause_split(ent: Span, causes: list[Span]) -> list[Span]:
    """An organisation the tagger ran on into an advocacy group's name after "and" or a
    comma ("the Arizona Farm Bureau and Arizonans for Clean Water"): the part before, and
    the group."""
    for c in causes:
        if ent.start < c.start and c.end == ent.end and c.start - 1 > ent.start and (
                ent.doc[c.start - 1].lower_ in ("and", ",")):
            return [Span(ent.doc, ent.start, c.start - 1, label=ent.label_), c]
    return []
