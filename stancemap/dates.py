"""Relative and partial dates in news text, resolved against the publication date.

Pure functions, no spaCy and no I/O: ``resolve("last Tuesday", "2024-03-14")`` returns a
:class:`ResolvedDate` whose ``value`` keeps the granularity the text gives:

==========  ===========================  =====================================
granularity  ``value``                   examples
==========  ===========================  =====================================
day          ``2024-03-12``              "on Thursday", "yesterday", "March 3", "two days ago"
week         ``2024-W10`` (ISO week)     "last week", "next week"
month        ``2024-02``                 "in February", "last month"
year         ``2024``                    "in 2016", "last year"
period       ``2024-02-21/2024-02-29``   "in late February", "earlier this month", "since May"
==========  ===========================  =====================================

News reports mostly past events, so an expression without a year or direction ("on Thursday",
"in December") resolves to the latest such date on or before publication; pass
``future=True`` for a clause in the future tense ("will meet on Thursday"). Durations ("for two
weeks", "18 months") are not dates and resolve to ``None``. Without a publication date only
expressions that carry their own year resolve to a value; the others keep ``value=None`` with
their granularity.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["ResolvedDate", "parse_iso_date", "resolve", "is_year", "GRANULARITIES"]

GRANULARITIES = ("day", "week", "month", "year", "period")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
    "few": 3, "couple of": 2, "a couple of": 2,
}  # fmt: skip

_MONTH_RE = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_WEEKDAY_RE = (
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|"
    r"fri|sat|sun)\.?"
)
_NUM_RE = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|" \
          r"a few|few|a couple of|couple of)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"
_YEAR_RE = r"((?:1[89]|20|21)\d\d)"
_YEAR_FULL = re.compile(_YEAR_RE)
_LEAD = re.compile(
    r"^(?:(?:on|in|at|during|over|from|of|by|as of|as early as|until|till|back in|since|"
    r"starting|beginning|around|about|late on|early on|earlier on|later on)\s+)+"
)


@dataclass(frozen=True)
class ResolvedDate:
    """A date expression resolved to a span of calendar days.

    ``value`` is the ISO form at the expression's granularity (see the module doc), or ``None``
    when the text needs a publication date that was not given. ``start``/``end`` are the first
    and last days covered (inclusive), when known.
    """

    text: str
    granularity: str
    value: str | None
    start: date | None = None
    end: date | None = None


def is_year(text: str) -> bool:
    """Whether a word is a year as this module reads one ("2015", "1884")."""
    return _YEAR_FULL.fullmatch(text) is not None


def parse_iso_date(value: str | date | None) -> date | None:
    """``date`` from ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date), else None."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _day(d: date, text: str) -> ResolvedDate:
    return ResolvedDate(text, "day", d.isoformat(), d, d)


def _week(d: date, text: str) -> ResolvedDate:
    monday = d - timedelta(days=d.weekday())
    year, week, _ = d.isocalendar()
    return ResolvedDate(text, "week", f"{year}-W{week:02d}", monday, monday + timedelta(days=6))


def _month(year: int, month: int, text: str) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(text, "month", f"{year:04d}-{month:02d}", date(year, month, 1),
                        date(year, month, last))


def _year(year: int, text: str) -> ResolvedDate:
    return ResolvedDate(text, "year", f"{year:04d}", date(year, 1, 1), date(year, 12, 31))


def _period(start: date, end: date, text: str) -> ResolvedDate:
    if end < start:
        start, end = end, start
    if start == end:
        return _day(start, text)
    return ResolvedDate(text, "period", f"{start.isoformat()}/{end.isoformat()}", start, end)


def _unresolved(granularity: str, text: str) -> ResolvedDate:
    return ResolvedDate(text, granularity, None)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _month_year(month: int, pub: date, future: bool) -> int:
    """The year of a month named without one: the latest on or before publication (past
    reading) or the next on or after it (future reading)."""
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _number(word: str) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _part_of_month(part: str, year: int, month: int, text: str) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    if part in ("early", "the beginning of", "the start of", "beginning of", "start of"):
        lo, hi = 1, 10
    elif part in ("mid", "the middle of", "middle of"):
        lo, hi = 11, 20
    else:  # late, the end of
        lo, hi = 21, last
    return _period(date(year, month, lo), date(year, month, hi), text)


def _part_of_year(part: str, year: int, text: str) -> ResolvedDate:
    if part in ("early", "the beginning of", "the start of", "beginning of", "start of"):
        lo, hi = (1, 1), (4, 30)
    elif part in ("mid", "the middle of", "middle of"):
        lo, hi = (5, 1), (8, 31)
    elif part in ("the end of", "end of"):
        lo, hi = (12, 1), (12, 31)
    else:
        lo, hi = (9, 1), (12, 31)
    return _period(date(year, *lo), date(year, *hi), text)


_PART = r"(early|mid|late|the beginning of|the start of|the middle of|the end of|beginning of|" \
        r"start of|middle of|end of)"


class _Miss:
    """An expression that is not of a rule's form: the next rule is tried."""


MISS = _Miss()


def resolve(
    expression: str, published: str | date | None, *, future: bool = False
) -> ResolvedDate | None:
    """Resolve a date expression (as found in the text) against the publication date.

    Returns ``None`` when the expression is not a point or stretch of calendar time (a
    duration such as "two weeks", or an unknown phrase).
    """
    text = expression.strip()
    s, since = _normalise(text)
    pub = parse_iso_date(published)
    # absolute: ISO dates, days with months, months, years
    for rule in _ABSOLUTE:
        found = rule(s, text, pub, since, future)
        if found is not MISS:
            return found
    # relative to the publication date
    rel = _relative(s, text, pub, future)
    if rel is not None and since and rel.start is not None:
        return _since(rel.start, pub, text)
    return rel


def _normalise(text: str) -> tuple[str, bool]:
    """The expression lower-cased without its lead words, and whether it says "since"."""
    s = re.sub(r"\s+", " ", text.lower()).strip(" ,.;:")
    s = s.replace("’", "'")
    s = re.sub(r"(?<=\w)-(?=\w)", " ", s) if s.startswith(("mid-", "early-", "late-")) else s
    since = bool(re.match(r"^(since|starting|beginning)\b", s))
    s = _LEAD.sub("", s)
    s = re.sub(r"^the (?=(?:following|previous|same|next|last) )", "", s)
    return s, since


def _iso(s: str, text: str, pub: date | None, since: bool, future: bool
         ) -> ResolvedDate | None | _Miss:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        return MISS
    d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _since(d, pub, text) if since and d else (_day(d, text) if d else None)


def _day_of_month(s: str, text: str, pub: date | None, since: bool, future: bool
                  ) -> ResolvedDate | None | _Miss:
    """"14 May", "May 14, 2024", "Tuesday, the 14th of May"."""
    day_month = re.fullmatch(
        rf"(?:{_WEEKDAY_RE},? )?(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH_RE},?"
        rf"(?: {_YEAR_RE})?{_PART_OF_DAY}", s)
    month_day = re.fullmatch(
        rf"(?:{_WEEKDAY_RE},? )?{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?,?(?: {_YEAR_RE})?"
        rf"{_PART_OF_DAY}", s)
    if day_month:
        dd, mon, yr = day_month.group(2), day_month.group(3), day_month.group(4)
    elif month_day:
        mon, dd, yr = month_day.group(2), month_day.group(3), month_day.group(4)
    else:
        return MISS
    month, day = MONTHS[mon], int(dd)
    if yr:
        year = int(yr)
    elif pub is None:
        return _unresolved("day", text)
    else:
        year = _day_year(pub, month, day, future)
    d = _safe_date(year, month, day)
    if d is None:
        return None
    return _since(d, pub, text) if since else _day(d, text)


def _day_year(pub: date, month: int, day: int, future: bool) -> int:
    """The year of a day given without one: the publication year, or the one before (after,
    for a future event) when that day would fall after (before) publication."""
    year = pub.year
    cand = _safe_date(year, month, day)
    if cand is not None:
        if not future and cand > pub:
            year -= 1
        elif future and cand < pub:
            year += 1
    return year


def _part_month(s: str, text: str, pub: date | None, since: bool, future: bool
                ) -> ResolvedDate | None | _Miss:
    """"early May", "late March 2023"."""
    m = re.fullmatch(rf"{_PART} {_MONTH_RE}(?:,? {_YEAR_RE})?", s)
    if not m:
        return MISS
    part, month = m.group(1), MONTHS[m.group(2)]
    if m.group(3):
        year = int(m.group(3))
    elif pub is None:
        return _unresolved("period", text)
    else:
        year = _month_year(month, pub, future)
    return _part_of_month(part, year, month, text)


def _month_only(s: str, text: str, pub: date | None, since: bool, future: bool
                ) -> ResolvedDate | None | _Miss:
    """"May", "May 2024"."""
    m = re.fullmatch(rf"{_MONTH_RE}(?:,? {_YEAR_RE})?", s)
    if not m:
        return MISS
    month = MONTHS[m.group(1)]
    if m.group(2):
        year = int(m.group(2))
    elif pub is None:
        return _unresolved("month", text)
    else:
        year = _month_year(month, pub, future)
    if since:
        return _since(date(year, month, 1), pub, text)
    return _month(year, month, text)


def _years(s: str, text: str, pub: date | None, since: bool, future: bool
           ) -> ResolvedDate | None | _Miss:
    """"early 2024", "2024"."""
    m = re.fullmatch(rf"{_PART} {_YEAR_RE}", s)
    if m:
        return _part_of_year(m.group(1), int(m.group(2)), text)
    m = re.fullmatch(_YEAR_RE, s)
    if m:
        if since:
            return _since(date(int(m.group(1)), 1, 1), pub, text)
        return _year(int(m.group(1)), text)
    return MISS


_ABSOLUTE = (_iso, _day_of_month, _part_month, _month_only, _years)


def _since(start: date, pub: date | None, text: str) -> ResolvedDate:
    if pub is None or pub < start:
        return ResolvedDate(text, "period", None, start, None)
    return _period(start, pub, text)


def _relative(s: str, text: str, pub: date | None, future: bool) -> ResolvedDate | None:
    kind = _relative_kind(s)
    if kind is None:
        return None
    if pub is None:
        return _unresolved(kind[0], text)
    return kind[1](pub, text, future)


def _relative_kind(s: str):  # -> (granularity, function(pub, text, future)) | None
    if re.fullmatch(r"(?:earlier |later )?(?:today|tonight)|this (?:morning|afternoon|evening)|"
                    r"overnight|(?:earlier|later) in the day", s):
        return "day", lambda p, t, f: _day(p, t)
    if re.fullmatch(rf"yesterday{_PART_OF_DAY}|last night", s):
        return "day", lambda p, t, f: _day(p - timedelta(days=1), t)
    if re.fullmatch(r"the day before yesterday", s):
        return "day", lambda p, t, f: _day(p - timedelta(days=2), t)
    if re.fullmatch(rf"tomorrow{_PART_OF_DAY}", s):
        return "day", lambda p, t, f: _day(p + timedelta(days=1), t)
    m = re.fullmatch(rf"(last|this|next|this past|this coming|coming|past)? ?{_WEEKDAY_RE}"
                     rf"{_PART_OF_DAY}", s)
    if m:
        which, wd = m.group(1), WEEKDAYS[m.group(2)]
        return "day", lambda p, t, f: _day(_weekday(p, wd, which, f), t)
    m = re.fullmatch(rf"{_NUM_RE} (day|week|month|year)s? (ago|earlier|before|later|from now)",
                     s)
    if m:
        n = _number(m.group(1))
        unit, sign = m.group(2), (1 if m.group(3) in ("later", "from now") else -1)
        if n is None:
            return None
        return unit if unit != "day" else "day", lambda p, t, f: _ago(p, n * sign, unit, t)
    m = re.fullmatch(r"(last|this|next|the past|past|the previous|previous|the following|"
                     r"following|this past|the coming|coming) (week|month|year|weekend)", s)
    if m:
        which, unit = m.group(1).removeprefix("the "), m.group(2)
        delta = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0,
                 "next": 1, "following": 1, "coming": 1}[which]
        gran = "period" if unit == "weekend" else unit
        return gran, lambda p, t, f: _unit(p, delta, unit, t)
    m = re.fullmatch(r"(earlier|later|early|late|the end of|end of|the beginning of|"
                     r"the start of|beginning of|start of|the middle of|mid) "
                     r"(?:this|the) (week|month|year)", s)
    if m:
        return "period", lambda p, t, f: _part_of_current(p, m.group(1), m.group(2), t)
    m = re.fullmatch(r"(early|late|mid|the end of|end of|the beginning of|the start of) "
                     r"(last|next) (month|year)", s)
    if m:
        def part_of(p: date, t: str, f: bool, m: re.Match[str] = m) -> ResolvedDate:
            delta = -1 if m.group(2) == "last" else 1
            if m.group(3) == "month":
                y, mo = _shift_month(p.year, p.month, delta)
                return _part_of_month(m.group(1), y, mo, t)
            return _part_of_year(m.group(1), p.year + delta, t)

        return "period", part_of
    m = re.fullmatch(r"(?:in )?(?:the )?(?:recent|past|last) (?:few |couple of )?"
                     r"(days|weeks|months)|recent (days|weeks|months)", s)
    if m:
        unit = m.group(1) or m.group(2)
        span = {"days": 7, "weeks": 28, "months": 91}[unit]
        return "period", lambda p, t, f: _period(p - timedelta(days=span), p, t)
    m = re.fullmatch(rf"(?:the )?(?:past|last) {_NUM_RE} (days|weeks|months|years)", s)
    if m:
        n = _number(m.group(1))
        unit = m.group(2)[:-1]
        if n is None:
            return None
        return "period", lambda p, t, f: _period(_back(p, n, unit), p, t)
    m = re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th)", s)
    if m:
        day = int(m.group(1))

        def nth(p: date, t: str, f: bool, day: int = day) -> ResolvedDate | None:
            y, mo = p.year, p.month
            if day > p.day and not f:
                y, mo = _shift_month(y, mo, -1)
            d = _safe_date(y, mo, day)
            return _day(d, t) if d else None

        return "day", nth
    return None


def _weekday(pub: date, wd: int, which: str | None, future: bool) -> date:
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if which in ("last", "this past", "past"):
        return pub - timedelta(days=back or 7)
    if which in ("next", "this coming", "coming"):
        return pub + timedelta(days=ahead or 7)
    if which == "this":
        return pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
    return pub + timedelta(days=ahead) if future else pub - timedelta(days=back)


def _ago(pub: date, n: int, unit: str, text: str) -> ResolvedDate:
    if unit == "day":
        return _day(pub + timedelta(days=n), text)
    if unit == "week":
        return _week(pub + timedelta(weeks=n), text)
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, n)
        return _month(y, m, text)
    return _year(pub.year + n, text)


def _back(pub: date, n: int, unit: str) -> date:
    """The same day ``n`` days, weeks, months or years before ``pub``."""
    if unit == "day":
        return pub - timedelta(days=n)
    if unit == "week":
        return pub - timedelta(weeks=n)
    months = n if unit == "month" else 12 * n
    y, m = _shift_month(pub.year, pub.month, -months)
    return date(y, m, min(pub.day, calendar.monthrange(y, m)[1]))


def _unit(pub: date, delta: int, unit: str, text: str) -> ResolvedDate:
    if unit == "week":
        return _week(pub + timedelta(weeks=delta), text)
    if unit == "weekend":
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if delta > 0 or (delta == 0 and saturday < pub - timedelta(days=1)):
            saturday += timedelta(days=7)
        return _period(saturday, saturday + timedelta(days=1), text)
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, delta)
        return _month(y, m, text)
    return _year(pub.year + delta, text)


def _part_of_current(pub: date, part: str, unit: str, text: str) -> ResolvedDate:
    if unit == "week":
        lo = pub - timedelta(days=pub.weekday())
        hi = lo + timedelta(days=6)
    elif unit == "month":
        lo = date(pub.year, pub.month, 1)
        hi = date(pub.year, pub.month, calendar.monthrange(pub.year, pub.month)[1])
    else:
        lo, hi = date(pub.year, 1, 1), date(pub.year, 12, 31)
    if part == "earlier":
        return _period(lo, max(lo, pub - timedelta(days=1)), text)
    if part == "later":
        return _period(min(hi, pub + timedelta(days=1)), hi, text)
    if unit == "month":
        return _part_of_month(part, pub.year, pub.month, text)
    if unit == "year":
        return _part_of_year(part, pub.year, text)
    # parts of a week
    if part in ("early", "the beginning of", "the start of", "beginning of", "start of"):
        return _period(lo, lo + timedelta(days=2), text)
    if part in ("mid", "the middle of"):
        return _period(lo + timedelta(days=2), lo + timedelta(days=4), text)
    return _period(lo + timedelta(days=4), hi, text)
