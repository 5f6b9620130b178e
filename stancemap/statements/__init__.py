"""The statement stage: who said (or thinks, or wants) what.

``StatementStage()(doc)`` sets ``doc._.statements`` to a list of ``model.Statement``: a
speaker (an actor id from the actor stage, or None), a kind (``direct`` = all in quotation
marks, ``indirect`` = reported, ``mixed``), the cue that introduces it, the content, and the
words naming the speaker (``source``).

How it works, in linear passes over the text and the parse spaCy already made:

1. **Quotations.** Quotation marks of every style ("" “” ‘’ «» „“ and ``''``) are paired per
   paragraph. A quotation still open at the end of a paragraph goes on when the next paragraph
   opens with a quotation mark (a quote over several paragraphs); otherwise it ends there.
2. **Direct quotes.** A quotation is attributed by the reporting clause after it
   (``"...," Lavrov noted`` / ``"...," said X``), before it (``X said: "..."``), a colon
   (``X was blunt: "..."``, ``X: "..."``) or a dash (``"..." - X``). A quotation with no
   attribution of its own that goes on after a statement's tag in the same paragraph is the
   same speaker's: within the sentence (``"A," he said, "B."``) it extends that statement;
   in a new sentence (``"A," he said. "B."``, ``X, he said. "B."``) it is a statement of its
   own with the same speaker and cue, so no tag stands inside a content (the gold files'
   convention). ``StatementStage(join_quotes=True)`` extends the statement instead, as PolNeAR
   annotates one attribution (``stancemap evaluate --polnear`` scores it so).
3. **Reported speech, beliefs and intentions.** A cue from ``data/cues.tsv`` (verbs, verb +
   particle phrases, nouns with a that-clause) and its complement in the dependency parse: a
   that-clause (``said [that] X`` -> X), a to-infinitive with its object (``urged Kiev to X``),
   an object with its complement (``criticized X for Y``, ``labeling it Y``), a prepositional
   complement (``cautioned against X``). Participial cues (``..., arguing that X``) take the
   subject of the clause they hang on. A statement that is mixed carries quotation marks in its
   content.
4. **Attributions without a speech verb**: ``according to X, ...``, headline or transcript
   labels ``X: ...``.
5. **Speakers** are the subject of the cue (climbing through participles, conjoined verbs and
   relative clauses) mapped to actors with ``actor_at`` (and the actors' mentions), so pronouns and
   descriptions resolved by the actor stage's coreference give the actor. A coordinated subject
   ("France, Britain and Germany warned ...", "..., each of them insisting ...") gives one
   statement per actor, with the same content; so does a subject that enumerates actors
   ("Three countries - A, B and C -", "mediators from A and B") or a list the parser left in
   the dateline ("CITY, Country, May 14 - A, B and C accused ..."). A cue conjoined to the
   clause another cue reports ("said X and accused Y of Z") is the first cue's speaker's;
   "whose minister said" speaks for the relative clause's antecedent; "according to a
   statement from X" is X's; "X, who said A, recalled B" gives X two statements.
6. **Not statements**: an act with a bare object ("defended the idea", "pushed for a deal",
   ``act`` in ``data/statement_words.tsv``) or a counted one ("announced $5 million in aid");
   a drafted text as subject ("a resolution demanding X", and "It" for it in the next
   sentence; ``document`` words); "declined to say whether X".

A statement whose cue lies inside another statement's content or source is dropped:
attributions do not nest (PolNeAR's rule), and a cue inside a quotation belongs to the quoted
speaker's words. Content spans follow the gold files: ``said that X`` gives X, a direct quote
is what the marks enclose, a mixed one is the whole reported clause with its quoted fragment,
and non-restrictive material closing it (", which ...", an apposition, a dash) is left out
(``polnear_spans=True`` keeps "that" and that material, as PolNeAR does).

7. **The trained attribution model** (``learned``; ``mode`` of the stage): where the rules find
   nothing, a model trained on PolNeAR's train split proposes (cue, content) pairs; beside the
   rules only those with a speaker actor and a reported clause are kept (``combined``, the
   default), or also noun-phrase contents (``broad``); ``rules`` and ``model`` run one alone.
8. **Reports without a source, PolNeAR's conventions only** (``raising``): a raising verb
   ("X appears to Y", "X seemed Z") or a passive belief verb ("X is expected to Y", "X was
   seen as Z") is a cue, its subject and complement the content in two fragments, and so is a
   passive judgement nobody is named to make ("X was criticized for Y"); a passive cue with its
   agent ("X was criticized by Y") is Y's report about X; a reporter's question told by a
   participle without a subject ("Asked whether X, she said Y"; "when asked about Z") is a
   report of its own, cue "asked", speaker the asker named by "by" or none, never the
   answerer's. Beside the model, a text, recording or poll as its report's subject ("the poll
   shows X ahead", "the lawsuit alleges Y") stands for a speaker. The gold files do not count
   these, so the default engine never draws them.

The package: ``lexicon`` reads the data files, ``quotes`` finds quotation regions,
``context`` holds one document's lookups, ``cues`` matches cue words, ``speakers`` finds who
speaks, ``content`` where the content begins and ends, ``direct``, ``reported`` and
``according`` (and, under PolNeAR's conventions, ``raising``) are the rules that find
statements, ``merge`` keeps one statement per content and cue, and ``stage`` runs them in turn.
"""

from __future__ import annotations

from .lexicon import Cue, Lexicon, load_lexicon, load_words, parse_lexicon
from .quotes import Quote, find_quotes
from .stage import StatementStage

__all__ = [
    "Cue", "Lexicon", "Quote", "StatementStage", "find_quotes", "load_lexicon", "load_words",
    "parse_lexicon",
]
