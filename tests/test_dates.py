"""Relative and partial dates resolved against the publication date (stancemap.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from stancemap.dates import parse_iso_date, resolve

PUB = "2024-03-14"  # a Thursday


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        # weekdays: the latest such day on or before publication
        ("on Thursday", "2024-03-14", "day"),
        ("Tuesday", "2024-03-12", "day"),
        ("on Friday", "2024-03-08", "day"),
        ("last Tuesday", "2024-03-12", "day"),
        ("last Thursday", "2024-03-07", "day"),
        ("next Monday", "2024-03-18", "day"),
        ("Monday evening", "2024-03-11", "day"),
        ("late on Sunday", "2024-03-10", "day"),
        ("yesterday", "2024-03-13", "day"),
        ("tomorrow", "2024-03-15", "day"),
        ("today", "2024-03-14", "day"),
        ("three days ago", "2024-03-11", "day"),
        # days of a month, with and without a year
        ("on March 10", "2024-03-10", "day"),
        ("Nov. 2", "2023-11-02", "day"),
        ("12 February 2021", "2021-02-12", "day"),
        ("on March 10, 2010", "2010-03-10", "day"),
        ("the 13th", "2024-03-13", "day"),
        ("2023-06-30", "2023-06-30", "day"),
        # weeks, months, years
        ("last week", "2024-W10", "week"),
        ("next week", "2024-W12", "week"),
        ("last month", "2024-02", "month"),
        ("next month", "2024-04", "month"),
        ("in February", "2024-02", "month"),
        ("in December", "2023-12", "month"),
        ("June 2019", "2019-06", "month"),
        ("in 2016", "2016", "year"),
        ("last year", "2023", "year"),
        # periods keep both ends
        ("in late February", "2024-02-21/2024-02-29", "period"),
        ("early March", "2024-03-01/2024-03-10", "period"),
        ("mid-January", "2024-01-11/2024-01-20", "period"),
        ("earlier this month", "2024-03-01/2024-03-13", "period"),
        ("later this month", "2024-03-15/2024-03-31", "period"),
        ("earlier this week", "2024-03-11/2024-03-13", "period"),
        ("earlier this year", "2024-01-01/2024-03-13", "period"),
        ("since February", "2024-02-01/2024-03-14", "period"),
        ("last weekend", "2024-03-09/2024-03-10", "period"),
        ("in recent days", "2024-03-07/2024-03-14", "period"),
        ("late 2017", "2017-09-01/2017-12-31", "period"),
    ],
)
def test_resolve(text: str, value: str, granularity: str) -> None:
    r = resolve(text, PUB)
    assert r is not None, text
    assert (r.value, r.granularity) == (value, granularity)
    assert r.text == text


def test_future_reading_looks_ahead() -> None:
    assert resolve("on Tuesday", PUB, future=True).value == "2024-03-19"  # type: ignore[union-attr]
    assert resolve("in February", PUB, future=True).value == "2025-02"  # type: ignore[union-attr]
    assert resolve("on Thursday", PUB, future=True).value == "2024-03-14"  # type: ignore[union-attr]


def test_start_and_end_days() -> None:
    r = resolve("last month", PUB)
    assert r is not None and (r.start, r.end) == (date(2024, 2, 1), date(2024, 2, 29))
    r = resolve("last week", PUB)
    assert r is not None and (r.start, r.end) == (date(2024, 3, 4), date(2024, 3, 10))


@pytest.mark.parametrize("text", ["two weeks", "18 months", "nearly six hours", "recently",
                                  "the talks", "within two weeks", ""])
def test_not_dates(text: str) -> None:
    assert resolve(text, PUB) is None


def test_without_publication_date() -> None:
    r = resolve("in late February", None)
    assert r is not None and r.value is None and r.granularity == "period"
    r = resolve("last Tuesday", None)
    assert r is not None and r.value is None and r.granularity == "day"
    # an expression with its own year needs no publication date
    r = resolve("March 3, 2022", None)
    assert r is not None and r.value == "2022-03-03"


def test_year_boundary() -> None:
    r = resolve("last month", "2024-01-05")
    assert r is not None and r.value == "2023-12"
    r = resolve("on Monday", "2024-01-02")  # a Tuesday
    assert r is not None and r.value == "2024-01-01"
    r = resolve("last week", "2024-01-03")
    assert r is not None and r.value == "2023-W52"


def test_parse_iso_date() -> None:
    assert parse_iso_date("2024-03-14T09:30:00Z") == date(2024, 3, 14)
    assert parse_iso_date("14/03/2024") is None
    assert parse_iso_date(None) is None
