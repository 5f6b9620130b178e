"""Generate a synthetic corpus of political/diplomatic news articles for benchmarks.

Every article is built from this file's own templates: real country names (from pycountry),
capitals and demonyms, real international organisations, invented people. Sentence shapes vary
the way newswire does: direct quotes with said/told/warned, reported speech, "according to",
appositions with titles, pronoun follow-ups, and events (meetings, sanctions, troop
deployments, protests, aid pledges, arrests, calls for talks). Each article is 350-600 words.

Output is deterministic: article ``i`` depends only on ``--seed`` and ``i``, so the first 50
articles of a 200-article corpus are the 50 articles of a 50-article one.

    python benchmarks/make_corpus.py --n 200 --out benchmarks/corpus.jsonl

The JSONL lines are ``{"id", "text", "date"}``. The file is regenerated on demand; don't commit
it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pycountry

DEFAULT_OUT = Path(__file__).resolve().parent / "corpus.jsonl"
DEFAULT_N = 200
DEFAULT_SEED = 20240312
MIN_WORDS, MAX_WORDS = 350, 600

# alpha-3 -> (demonym, capital). Names come from pycountry.
COUNTRY_TABLE: dict[str, tuple[str, str]] = {
    "FRA": ("French", "Paris"),
    "DEU": ("German", "Berlin"),
    "POL": ("Polish", "Warsaw"),
    "SVK": ("Slovak", "Bratislava"),
    "CZE": ("Czech", "Prague"),
    "HUN": ("Hungarian", "Budapest"),
    "AUT": ("Austrian", "Vienna"),
    "ITA": ("Italian", "Rome"),
    "ESP": ("Spanish", "Madrid"),
    "PRT": ("Portuguese", "Lisbon"),
    "NLD": ("Dutch", "The Hague"),
    "BEL": ("Belgian", "Brussels"),
    "SWE": ("Swedish", "Stockholm"),
    "FIN": ("Finnish", "Helsinki"),
    "NOR": ("Norwegian", "Oslo"),
    "DNK": ("Danish", "Copenhagen"),
    "EST": ("Estonian", "Tallinn"),
    "LVA": ("Latvian", "Riga"),
    "LTU": ("Lithuanian", "Vilnius"),
    "UKR": ("Ukrainian", "Kyiv"),
    "ROU": ("Romanian", "Bucharest"),
    "BGR": ("Bulgarian", "Sofia"),
    "GRC": ("Greek", "Athens"),
    "GBR": ("British", "London"),
    "USA": ("American", "Washington"),
    "CAN": ("Canadian", "Ottawa"),
    "MEX": ("Mexican", "Mexico City"),
    "BRA": ("Brazilian", "Brasilia"),
    "ARG": ("Argentine", "Buenos Aires"),
    "CHL": ("Chilean", "Santiago"),
    "COL": ("Colombian", "Bogota"),
    "PER": ("Peruvian", "Lima"),
    "EGY": ("Egyptian", "Cairo"),
    "NGA": ("Nigerian", "Abuja"),
    "KEN": ("Kenyan", "Nairobi"),
    "ETH": ("Ethiopian", "Addis Ababa"),
    "ZAF": ("South African", "Pretoria"),
    "MAR": ("Moroccan", "Rabat"),
    "JOR": ("Jordanian", "Amman"),
    "SAU": ("Saudi", "Riyadh"),
    "QAT": ("Qatari", "Doha"),
    "IND": ("Indian", "New Delhi"),
    "PAK": ("Pakistani", "Islamabad"),
    "IDN": ("Indonesian", "Jakarta"),
    "MYS": ("Malaysian", "Kuala Lumpur"),
    "PHL": ("Philippine", "Manila"),
    "THA": ("Thai", "Bangkok"),
    "JPN": ("Japanese", "Tokyo"),
    "KOR": ("South Korean", "Seoul"),
    "AUS": ("Australian", "Canberra"),
    "NZL": ("New Zealand", "Wellington"),
    "GEO": ("Georgian", "Tbilisi"),
    "ARM": ("Armenian", "Yerevan"),
    "AZE": ("Azerbaijani", "Baku"),
    "KAZ": ("Kazakh", "Astana"),
    "SRB": ("Serbian", "Belgrade"),
    "HRV": ("Croatian", "Zagreb"),
    "MDA": ("Moldovan", "Chisinau"),
    "CHN": ("Chinese", "Beijing"),
    "VNM": ("Vietnamese", "Hanoi"),
}
NEEDS_THE = {"GBR", "USA", "NLD", "PHL"}

ORGS = [
    ("NATO", "NATO"),
    ("the United Nations", "UN"),
    ("the European Union", "EU"),
    ("the African Union", "African Union"),
    ("the OSCE", "OSCE"),
    ("the International Monetary Fund", "IMF"),
    ("the World Bank", "World Bank"),
    ("the International Committee of the Red Cross", "Red Cross"),
]
NGOS = [
    "Civic Watch",
    "the Open Borders Alliance",
    "Citizens for Transparency",
    "the Forum for Democratic Renewal",
    "Rights First",
    "the Independent Press Council",
]
OUTLETS = [
    "reporters",
    "a news conference",
    "state television",
    "the Baltic Herald",
    "a radio interview",
    "the Morning Ledger",
    "lawmakers",
    "a press briefing",
]

FIRST_M = [
    "Marek",
    "Tomas",
    "Andrei",
    "Luca",
    "Jonas",
    "Pieter",
    "Karim",
    "Daniel",
    "Oskar",
    "Mateo",
    "Viktor",
    "Rafael",
    "Samuel",
    "Henrik",
    "Amir",
    "Stefan",
    "Nikolai",
    "Diego",
    "Emil",
    "Julian",
    "Kofi",
    "Hiro",
    "Arjun",
    "Felix",
]
FIRST_F = [
    "Elena",
    "Maria",
    "Katarina",
    "Ingrid",
    "Amina",
    "Sofia",
    "Lucia",
    "Hanna",
    "Irena",
    "Marta",
    "Nadia",
    "Clara",
    "Leila",
    "Petra",
    "Ana",
    "Yuki",
    "Priya",
    "Zofia",
    "Helena",
    "Ines",
    "Greta",
    "Adaeze",
    "Mira",
    "Teresa",
]
SYL = [
    "ka",
    "lo",
    "ver",
    "mi",
    "dra",
    "sen",
    "to",
    "bar",
    "ne",
    "vi",
    "ro",
    "sta",
    "kor",
    "lin",
    "de",
    "mar",
    "zu",
    "pe",
    "ta",
    "ris",
    "gal",
    "bo",
    "fen",
    "tu",
    "vel",
    "ha",
    "no",
]
ENDINGS = [
    "ov",
    "ic",
    "ek",
    "ani",
    "ez",
    "sson",
    "er",
    "ides",
    "escu",
    "aki",
    "ura",
    "en",
    "ski",
    "elli",
    "ou",
    "as",
    "ardt",
    "ine",
    "oglu",
    "enko",
]

ROLES = [
    ("Foreign Minister", "GOV"),
    ("Defense Minister", "GOV"),
    ("Prime Minister", "GOV"),
    ("President", "GOV"),
    ("Interior Minister", "GOV"),
    ("Finance Minister", "GOV"),
    ("Trade Minister", "GOV"),
    ("opposition leader", "OPP"),
    ("army chief", "MIL"),
    ("Speaker of Parliament", "LEG"),
    ("deputy foreign minister", "GOV"),
    ("government spokesperson", "GOV"),
]

# Propositions: (main phrase, paraphrase); {b} is the other country.
TOPICS = [
    ("sending troops to {b}", "deploying soldiers on {b}'s soil"),
    ("lifting sanctions on {b}", "easing the sanctions against {b}"),
    ("a ceasefire along the border with {b}", "a truce on the {b} frontier"),
    ("the gas pipeline deal with {b}", "the pipeline agreement with {b}"),
    ("joining the regional defense pact", "membership of the defense alliance"),
    ("the free trade agreement with {b}", "the trade pact with {b}"),
    ("extending the peacekeeping mission in {b}", "keeping peacekeepers in {b}"),
    ("raising defense spending to three percent of GDP", "a bigger military budget"),
    ("the new migration quota plan", "the quota system for asylum seekers"),
    ("reopening the embassy in {b}", "restoring diplomatic ties with {b}"),
    ("a grain export corridor through {b}", "the grain corridor"),
    ("admitting {b} to the economic bloc", "{b}'s membership bid"),
]

QUOTES_OPPOSE = [
    "{topic} is a red line that must not be crossed",
    "We will not accept {topic} under any circumstances",
    "This plan would only drag {a} into a wider conflict",
    "Nobody in this government supports {topic}, and nobody will",
    "{topic} would be a grave mistake for the whole region",
    "Our answer is a clear no",
]
QUOTES_SUPPORT = [
    "{topic} is the only responsible choice left to us",
    "We are ready to move ahead with {topic} without delay",
    "{a} stands firmly behind {topic}",
    "This is not unthinkable, and we should stop pretending that it is",
    "History will judge us by whether we had the courage to act",
    "Our partners can count on {a}",
]
QUOTES_NEUTRAL = [
    "We need a peaceful solution, not escalation",
    "Our door remains open to dialogue",
    "The coming weeks will be decisive",
    "Everyone at the table wants the same thing: stability",
    "We are studying the proposal carefully",
]
QUOTES_CONDITIONAL = [
    "We could support {topic}, but only if {b} withdraws its forces first",
    "{a} will back {topic} on condition that parliament approves it",
    "If the guarantees are written down, we will sign",
]
CLAUSES = {
    "any": [
        "the government had no plans to change course",
        "the talks with {b} had been constructive",
        "{b} had violated the agreement signed last year",
        "the decision had been taken after long consultations with allies",
        "{a} remained committed to a diplomatic solution",
        "the security situation on the border had worsened",
        "more pressure on {b} was needed",
    ],
    "oppose": [
        "{a} would not take part in {topic}",
        "{topic} would only deepen the crisis",
        "the cabinet would block {topic} if it came to a vote",
    ],
    "support": [
        "{a} was ready to contribute to {topic}",
        "{topic} was overdue",
        "the aid would arrive within weeks",
    ],
    "neutral": [
        "it was too early to take a position on {topic}",
        "experts were still studying the proposal",
    ],
    "conditional": [
        "{a} would back {topic} only with a clear mandate from parliament",
        "any deal would depend on guarantees from {b}",
    ],
}
STANCE_VERBS = {
    "support": ["voiced support for", "welcomed", "backed", "endorsed"],
    "oppose": ["rejected", "spoke out against", "ruled out", "criticized"],
    "neutral": ["was cautious about", "declined to comment on"],
    "conditional": ["set conditions for", "tied its support to guarantees on"],
}
LEDE_VERBS = {
    "support": ["has come out in favour of", "has thrown its weight behind"],
    "oppose": ["has taken a firm stance against", "has rejected calls for"],
    "neutral": ["has voiced doubts about", "has called for a pause in the debate on"],
    "conditional": ["has set conditions for", "has said it could accept"],
}
LEDE_LABELS = {
    "support": ["a historic opportunity", "the right thing to do"],
    "oppose": ["a red line", "a dangerous gamble"],
    "neutral": ["a question for the coming months", "premature"],
    "conditional": ["possible, but not at any price", "a matter of guarantees"],
}
CRIMES = [
    "undermining democracy",
    "human rights abuses",
    "money laundering",
    "cyber attacks on public institutions",
    "supplying weapons to armed groups",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBERS = ["two", "three", "four", "five", "several", "dozens of"]


def country_name(code: str) -> str:
    c = pycountry.countries.get(alpha_3=code)
    name = getattr(c, "common_name", None) or c.name
    return name


@dataclass
class Country:
    code: str
    name: str  # as used mid-sentence ("the United States")
    demonym: str
    capital: str

    @property
    def cap(self) -> str:
        return self.name[0].upper() + self.name[1:]

    @property
    def poss(self) -> str:
        return self.name + ("'" if self.name.endswith("s") else "'s")


@dataclass
class Person:
    first: str
    last: str
    female: bool
    role: str
    country: Country

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def he(self) -> str:
        return "she" if self.female else "he"

    @property
    def his(self) -> str:
        return "her" if self.female else "his"

    @property
    def titled(self) -> str:
        """'Slovak Defense Minister Marek Kalovic'."""
        return f"{self.country.demonym} {self.role} {self.full}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Article:
    """Builds one article: a cast with fixed stances, a topic, then sentences until the word
    budget is met. A person is introduced with name and title before the surname alone is used,
    and a pronoun only refers to the person the previous sentence was about."""

    def __init__(self, rng: random.Random, index: int) -> None:
        self.rng = rng
        codes = sorted(COUNTRY_TABLE)
        picked = rng.sample(codes, 5)
        self.countries = [self._country(c) for c in picked]
        self.a, self.b = self.countries[0], self.countries[1]
        self.org, self.org_short = rng.choice(ORGS)
        self.ngo = rng.choice(NGOS)
        main, para = rng.choice(TOPICS)
        self.topic = main.format(b=self.b.name)
        self.topic2 = para.format(b=self.b.name)
        used: set[str] = set()
        self.people = [self._person(c, used) for c in (self.a, self.b, self.a, self.countries[2])]
        self.org_person = self._person(self.a, used, role="spokesperson")
        polarities = ["support", "oppose", "neutral", "conditional"]
        self.stance = {id(p): rng.choices(polarities, weights=(4, 4, 1, 1))[0] for p in self.people}
        self.introduced: set[int] = set()
        self.focus: Person | None = None
        self.used: set[tuple[str, int]] = set()
        self.date = dt.date(2024, 1, 1) + dt.timedelta(days=(index * 37 + rng.randrange(30)) % 700)
        self.weekday = WEEKDAYS[self.date.weekday()]

    def _country(self, code: str) -> Country:
        demonym, capital = COUNTRY_TABLE[code]
        name = country_name(code)
        if code in NEEDS_THE:
            name = "the " + name
        return Country(code, name, demonym, capital)

    def _person(self, country: Country, used: set[str], role: str | None = None) -> Person:
        rng = self.rng
        while True:
            last = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(ENDINGS)
            last = last[0].upper() + last[1:]
            if last not in used:
                used.add(last)
                break
        female = rng.random() < 0.45
        first = rng.choice(FIRST_F if female else FIRST_M)
        return Person(first, last, female, role or rng.choice(ROLES)[0], country)

    # -- choosing without repeating ---------------------------------------------------------

    def pick(self, key: str, options: list[str]) -> str:
        """One of ``options``, preferring those not used yet in this article."""
        fresh = [i for i in range(len(options)) if (key, i) not in self.used]
        i = self.rng.choice(fresh or list(range(len(options))))
        self.used.add((key, i))
        return options[i]

    def pick_shape(self, key: str, shapes: list[Callable[[], str]]) -> str | None:
        fresh = [i for i in range(len(shapes)) if (key, i) not in self.used]
        if not fresh:
            return None
        i = self.rng.choice(fresh)
        self.used.add((key, i))
        return shapes[i]()

    def fill(self, template: str, p: Person) -> str:
        topic = self.rng.choice((self.topic, self.topic2))
        return template.format(a=p.country.name, b=self.b.name, topic=topic)

    def quote(self, p: Person, stance: str | None = None) -> str:
        stance = stance or self.stance.get(id(p), "neutral")
        bank = {
            "oppose": QUOTES_OPPOSE,
            "support": QUOTES_SUPPORT,
            "neutral": QUOTES_NEUTRAL,
            "conditional": QUOTES_CONDITIONAL,
        }[stance]
        return _cap(self.fill(self.pick("q" + stance, bank), p))

    def clause(self, p: Person) -> str:
        stance = self.stance.get(id(p), "neutral")
        bank = CLAUSES[stance] + CLAUSES["any"] if self.rng.random() < 0.6 else CLAUSES["any"]
        return self.fill(self.pick("c" + stance, bank), p)

    def who(self, p: Person) -> str:
        """How to name ``p`` as a sentence subject: title and name the first time, then the
        surname, or a pronoun when the previous sentence was about them."""
        if id(p) not in self.introduced:
            self.introduced.add(id(p))
            if self.rng.random() < 0.5:
                return p.titled
            return f"{p.full}, {p.country.poss} {p.role},"
        if self.focus is p and self.rng.random() < 0.6:
            return _cap(p.he)
        return p.last

    # -- sentence shapes --------------------------------------------------------------------

    def lede(self) -> str:
        p, r = self.people[0], self.rng
        st = self.stance[id(p)]
        self.introduced.add(id(p))
        shapes = [
            f"{p.titled} {r.choice(LEDE_VERBS[st])} {self.topic}, calling it "
            f'"{r.choice(LEDE_LABELS[st])}".',
            f"{self.a.poss} {p.role} {p.full} said on {self.weekday} that {self.clause(p)}.",
            f"{p.full}, {self.a.poss} {p.role}, {r.choice(LEDE_VERBS[st])} {self.topic}, "
            f"{p.his} office said.",
        ]
        self.focus = p
        return r.choice(shapes)

    def direct(self, p: Person) -> str:
        r = self.rng
        q = self.quote(p)
        if id(p) not in self.introduced:
            self.introduced.add(id(p))
            shapes = [
                f'"{q}," {p.full}, the {p.country.demonym} {p.role}, said in a statement.',
                f'"{q}," said {p.titled}.',
                f'{p.titled} told {r.choice(OUTLETS)}: "{q}."',
            ]
        else:
            pron = self.focus is p
            shapes = [
                f'"{q}," {p.last} said.',
                f'"{q}," {p.he if pron else p.last} told {r.choice(OUTLETS)}.',
                f'{p.last} told {r.choice(OUTLETS)}: "{q}."',
                f'{p.last} warned: "{q}."',
                f'"{q}. {self.quote(p, "neutral")}," {p.he if pron else p.last} added.',
            ]
        self.focus = p
        return r.choice(shapes)

    def reported(self, p: Person) -> str:
        r = self.rng
        if id(p) not in self.introduced:
            subject = self.who(p)
            shapes = [
                f"{subject} said that {self.clause(p)}.",
                f"{subject} noted that {self.clause(p)}.",
            ]
        else:
            pron = self.focus is p
            shapes = [
                f"{self.who(p)} said that {self.clause(p)}.",
                f"According to {p.last}, {self.clause(p)}.",
                f"{_cap(p.he) if pron else p.last} stressed that {self.clause(p)}.",
                f"{self.who(p)} argued that {self.clause(p)}, adding that "
                f'"{self.quote(p, "neutral").lower()}".',
                f"{_cap(p.he) if pron else p.last} also criticized {self.org} for "
                f"{r.choice(['ignoring the warnings', 'moving too slowly', 'its silence'])}.",
            ]
        self.focus = p
        return r.choice(shapes)

    def position(self, p: Person) -> str:
        st = self.stance[id(p)]
        subject = self.who(p)
        verb = self.rng.choice(STANCE_VERBS[st])
        self.focus = p
        return f"{subject} {verb} {self.topic2}, saying that {self.clause(p)}."

    def event(self) -> str | None:
        r = self.rng
        p, q = self.people[0], self.people[1]
        c3 = self.countries[2]
        n = r.choice(["200", "500", "1,200", "3,000", "5,000"])
        money = r.choice([15, 40, 120, 250, 600])

        def meeting() -> str:
            self.introduced.add(id(q))
            return (
                f"{p.last} met {p.his} {q.country.demonym} counterpart {q.full} in "
                f"{q.country.capital} on {self.weekday} for talks on {self.topic}."
            )

        def visit() -> str:
            name = q.last if id(q) in self.introduced else f"{q.country.demonym} {q.role} {q.full}"
            self.introduced.add(id(q))
            return f"{name} is due to visit {self.a.capital} next week, officials said."

        def spokesperson() -> str:
            self.introduced.add(id(self.org_person))
            return (
                f"{self.org_short} spokesperson {self.org_person.full} urged {self.a.name} "
                f'and {self.b.name} to "show restraint".'
            )

        shapes: list[Callable[[], str]] = [
            meeting,
            visit,
            spokesperson,
            lambda: (
                f"On {self.weekday}, {self.a.name} announced new sanctions against "
                f"{r.choice(NUMBERS)} {self.b.demonym} officials, accusing them of "
                f"{r.choice(CRIMES)}."
            ),
            lambda: (
                f"{self.b.cap} expelled {r.choice(NUMBERS)} {self.a.demonym} diplomats "
                f"in response to the sanctions."
            ),
            lambda: (
                f"{self.b.cap} has deployed {n} troops to its border with {self.a.name}, "
                f"the defense ministry in {self.b.capital} said."
            ),
            lambda: (
                f"Thousands of people protested in {self.a.capital} on {self.weekday} "
                f"against {self.topic}, and police detained {r.choice(NUMBERS)} "
                f"demonstrators."
            ),
            lambda: f"{c3.cap} pledged ${money} million in humanitarian aid to {self.b.name}.",
            lambda: f"{self.org} called on both sides to return to the negotiating table.",
            lambda: (
                f"{c3.cap} and {self.countries[3].name} backed the proposal, while "
                f"{self.countries[4].name} said it had no such plans."
            ),
            lambda: (
                f"{self.ngo} accused the authorities in {self.b.capital} of {r.choice(CRIMES)}."
            ),
            lambda: (
                f"Police in {self.b.capital} arrested {r.choice(NUMBERS)} opposition "
                f"activists ahead of the vote."
            ),
            lambda: (
                f"{self.a.cap} and {c3.name} will hold joint military exercises in "
                f"{r.choice(MONTHS)}."
            ),
        ]
        sentence = self.pick_shape("event", shapes)
        self.focus = None
        return sentence

    def background(self) -> str | None:
        r = self.rng
        year = r.randrange(2014, 2023)
        shapes: list[Callable[[], str]] = [
            lambda: (
                f"The dispute has strained relations between {self.a.name} and "
                f"{self.b.name} since {year}."
            ),
            lambda: (
                f"Analysts said the move could "
                f"{r.choice(['deepen the rift', 'ease tensions'])} between the two "
                f"countries."
            ),
            lambda: f"Talks are expected to resume in {r.choice(MONTHS)}.",
            lambda: f"The debate over {self.topic2} has divided the governing coalition.",
            lambda: (
                f"Parliament is due to vote on the measure before the end of {r.choice(MONTHS)}."
            ),
            lambda: f"Several {self.org_short} member states have so far stayed silent.",
        ]
        sentence = self.pick_shape("background", shapes)
        self.focus = None
        return sentence

    def opinion(self) -> str:
        r = self.rng
        p = r.choice(self.people)
        shape = r.random()
        if shape < 0.3:
            return self.position(p)
        if shape < 0.65:
            return self.direct(p)
        return self.reported(p)

    # -- the article ------------------------------------------------------------------------

    def text(self) -> str:
        r = self.rng
        target = r.randint(MIN_WORDS + 30, MAX_WORDS - 30)
        speaker = self.people[0]
        makers: list[Callable[[], str | None]] = [
            lambda: self.direct(speaker),
            lambda: self.reported(speaker),
            self.event,
            self.event,
            self.background,
            self.opinion,
            self.opinion,
            self.opinion,
        ]
        paragraphs: list[list[str]] = [[self.lede()]]
        words = len(paragraphs[0][0].split())
        seen = set(paragraphs[0])
        tries = 0
        while words < target and tries < 1000:
            tries += 1
            state = (set(self.introduced), self.focus, set(self.used))
            sentence = r.choice(makers)()
            n = len(sentence.split()) if sentence else 0
            if not sentence or sentence in seen or words + n > MAX_WORDS:
                self.introduced, self.focus, self.used = state  # not used: undo its effects
                continue
            sentence = _cap(sentence)
            seen.add(sentence)
            if len(paragraphs[-1]) >= r.choice((1, 2, 2, 3)):
                paragraphs.append([])
            paragraphs[-1].append(sentence)
            words += n
        return "\n\n".join(" ".join(p) for p in paragraphs)


def generate(n: int = DEFAULT_N, seed: int = DEFAULT_SEED) -> list[dict[str, str]]:
    """``n`` articles as ``{"id", "text", "date"}`` dicts, the same for the same seed."""
    out = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        art = Article(rng, i)
        out.append({"id": f"synth-{i + 1:04d}", "text": art.text(), "date": art.date.isoformat()})
    return out


def write_corpus(
    path: Path | str = DEFAULT_OUT, n: int = DEFAULT_N, seed: int = DEFAULT_SEED
) -> Path:
    """Write the corpus as JSONL and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for item in generate(n, seed):
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=DEFAULT_N, help="number of articles (200)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"JSONL path ({DEFAULT_OUT})")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    path = write_corpus(args.out, args.n, args.seed)
    print(path)


if __name__ == "__main__":
    main()
