"""Pieces of one word that pre-tokenized text writes apart become one token before the tagger.

Pre-tokenized corpora join their tokens with spaces, so an apostrophe and its ``s`` stand apart
("Saudi Arabia ’ s southwestern region", "Theresa May ’ s offer"), and so do the point of an
abbreviation ("Mr . Erdogan", "On Nov . 2"), the points of initials ("T . P . L . F .") and
the separator or point inside a number ("16 , 000 Syrians", "1 . 5 million"), and an
accented letter inside a name ("Pe ñ a Nieto", "Otto P é rez Molina"). spaCy then
reads ``’`` as punctuation and ``s`` as a word of its own, or the point as the end of a
sentence, and the parse falls apart: the possessor becomes an object, the possessed noun a
second one; "Mr" ends a sentence. ``join_clitics`` (a spaCy component that runs first)
merges such pieces into one token whose norm is the one spaCy gives the word written
together (``'s``; ``mr.``; ``16,000``), so the tagger and parser read the word they know.
An abbreviation is one the tokenizer itself keeps whole when written together (its special
cases: "Mr.", "Nov.", "Gen."). The text is unchanged (the token's text keeps its spaces); a
word written together ("Syria’s", "Mr.") is spaCy's own token and is left alone.
"""


from collections.abc import Container

from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .actors.tokens import token_texts

APOSTROPHES = frozenset({"'", "’"})
NUMBER_SEPARATORS = (",", ".")  # thousands separator, decimal point
POINT = (".",)


def detached_clitics(texts: list[str], spaces: list[bool]) -> list[int]:
    """Indices of apostrophes written apart from a following ``s`` that ends a word after a
    word ("Syria ’ s forces")."""
    return [i for i in range(1, len(texts) - 1)
            if texts[i] in APOSTROPHES and spaces[i] and texts[i + 1] in ("s", "S")
            and texts[i - 1][-1:].isalnum()]


def detached_points(texts: list[str], spaces: list[bool], abbreviations: Container[str]
                    ) -> list[int]:
    """Indices of capitalised abbreviations written apart from their point, followed by more
    of the sentence ("Mr . Erdogan", "Nov . 2")."""
    return [i for i in range(len(texts) - 2)
            if texts[i + 1] == "." and spaces[i] and len(texts[i]) > 1
            and texts[i][0].isupper() and texts[i] + "." in abbreviations]


class JoinClitics:
    """Merge each detached possessive clitic (``’ s``) and abbreviation point (``Mr .``) into
    one token with the norm of the word written together; ``abbreviations`` are the
    tokenizer's special cases that end in a point."""

    def __init__(self, abbreviations: frozenset[str]) -> None:
        self.abbreviations = abbreviations

    def __call__(self, doc: Doc) -> Doc:
        texts = token_texts(doc)
        has_apostrophe = any(t in APOSTROPHES for t in texts)
        if not has_apostrophe and "." not in texts and "," not in texts and not any(
            _lone_letter(t) for t in texts
        ):
            return doc
        spaces = list(map(bool, doc.to_array(SPACY).tolist()))  # read in bulk, no Tokens
        merges = [(i, 2, "'s") for i in detached_clitics(texts, spaces)] if has_apostrophe else []
        merges += [(i, 2, texts[i].lower() + ".")
                   for i in detached_points(texts, spaces, self.abbreviations)]
        merges += [(i, 3, "".join(texts[i:i + 3])) for i in detached_numbers(texts, spaces)]
        taken = {k for i, n, _ in merges for k in range(i, i + n)}
        merges += [(i, n, "".join(texts[i:i + n]).lower())
                   for i, n in detached_initials(texts, spaces)
                   if not taken & set(range(i, i + n))]
        taken = {k for i, n, _ in merges for k in range(i, i + n)}
        merges += [(i, n, "".join(texts[i:i + n]).lower())
                   for i, n in detached_letters(texts, spaces)
                   if not taken & set(range(i, i + n))]
        if merges:
            with doc.retokenize() as r:
                for i, n, norm in merges:
                    r.merge(doc[i:i + n], attrs={"NORM": norm})
        return doc


def detached_numbers(texts: list[str], spaces: list[bool]) -> list[int]:
    """Indices of numbers written apart from their thousands separator or decimal point and
    the digits after it ("16 , 000 Syrians", "1 . 5 million"): one to three digits, a comma
    and three digits; or digits, a point and digits."""
    out: list[int] = []
    free = 0  # the first token not taken by a number found already
    for i in _before(texts, NUMBER_SEPARATORS):
        if i < free or i >= len(texts) - 2:
            continue
        a, sep, b = texts[i], texts[i + 1], texts[i + 2]
        if spaces[i] and spaces[i + 1] and a.isdigit() and b.isdigit() and (
            (sep == "," and len(a) <= 3 and len(b) == 3) or sep == "."
        ):
            out.append(i)
            free = i + 3
    return out


def _before(texts: list[str], marks: Container[str]) -> list[int]:
    """Indices of the tokens just before a token in ``marks`` (one pass over the tokens; the
    scans below look only there)."""
    return [k - 1 for k, text in enumerate(texts) if text in marks and k]


def detached_initials(texts: list[str], spaces: list[bool]) -> list[tuple[int, int]]:
    """``(start, length)`` of initials written apart from their points ("U . S .", "T . P .
    L . F ."): single capital letters, each followed by a point, the last one's point kept
    when there is one; two points at least ("Plan B . A new plan" is two sentences)."""
    out = []
    free = 0  # the first token not taken by initials found already
    for i in _before(texts, POINT):  # an initial with its point may start there
        if i < free or i >= len(texts) - 2:
            continue
        j = i
        while j + 2 < len(texts) and _initial(texts[j]) and texts[j + 1] == "." and (
            _initial(texts[j + 2])
        ) and spaces[j] and spaces[j + 1]:
            j += 2
        end = j + 1
        if j > i and end < len(texts) and texts[end] == "." and spaces[j]:
            end += 1
        if texts[i:end].count(".") >= 2:  # two points at least: "Plan B . A new ..." is not
            out.append((i, end - i))
            free = end
    return out


def detached_letters(texts: list[str], spaces: list[bool]) -> list[tuple[int, int]]:
    """``(start, length)`` of words whose accented letter is written apart ("Pe ñ a Nieto",
    "Otto P é rez", "Andr é s"): the piece before it, the letter, and a lower-case piece
    after it when there is one."""
    out = []
    i = 1
    while i < len(texts):
        if _lone_letter(texts[i]) and spaces[i - 1] and texts[i - 1].isalpha() and (
            not out or out[-1][0] + out[-1][1] <= i - 1
        ):
            n = 2
            if i + 1 < len(texts) and spaces[i] and texts[i + 1].isalpha() and (
                texts[i + 1][0].islower()
            ):
                n = 3
            out.append((i - 1, n))
            i += n - 1
        else:
            i += 1
    return out


def _lone_letter(text: str) -> bool:
    """A letter outside ASCII standing as a token of its own ("ñ", "é")."""
    return len(text) == 1 and text.isalpha() and not text.isascii()


def _initial(text: str) -> bool:
    return len(text) == 1 and text.isupper()


@Language.factory("stancemap_clitics")
def join_clitics(nlp: Language, name: str) -> JoinClitics:
    """The component, with the abbreviations of ``nlp``'s tokenizer."""
    rules = getattr(nlp.tokenizer, "rules", None) or {}
    return JoinClitics(frozenset(k for k in rules if k.endswith(".")))
