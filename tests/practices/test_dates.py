"""Date ranges read the way each language writes them: Finnish with numbers and without repeating
what both ends share, Swedish and English with the month named."""

import datetime

import pytest

from django.template import Context, Template
from django.utils import translation

from practices.dates import format_date_range

D = datetime.date

RANGES = [
    # (start, end, Finnish, Swedish, English)
    (D(2027, 2, 10), D(2027, 2, 11), "10.–11.2.2027", "10–11 februari 2027", "10–11 February 2027"),
    (
        D(2027, 1, 30),
        D(2027, 2, 2),
        "30.1.–2.2.2027",
        "30 januari – 2 februari 2027",
        "30 January – 2 February 2027",
    ),
    (
        D(2026, 12, 30),
        D(2027, 1, 2),
        "30.12.2026–2.1.2027",
        "30 december 2026 – 2 januari 2027",
        "30 December 2026 – 2 January 2027",
    ),
]


@pytest.mark.parametrize(("start", "end", "fi", "sv", "en"), RANGES)
def test_ranges_in_finnish_swedish_and_english(start, end, fi, sv, en):
    assert format_date_range(start, end, "fi") == fi
    assert format_date_range(start, end, "sv") == sv
    assert format_date_range(start, end, "en") == en


@pytest.mark.parametrize(
    ("language", "expected"), [("fi", "10.2.2027"), ("sv", "10 februari 2027"), ("en", "10 February 2027")]
)
def test_a_one_day_range_is_the_date_alone(language, expected):
    assert format_date_range(D(2027, 2, 10), D(2027, 2, 10), language) == expected
    assert format_date_range(D(2027, 2, 10), None, language) == expected


def test_the_filter_writes_each_end_as_a_time_element_in_the_current_language():
    template = Template("{% load date_tags %}{{ start|date_range:end }}")
    context = Context({"start": D(2027, 2, 10), "end": D(2027, 2, 11)})
    with translation.override("fi"):
        assert template.render(context) == (
            '<time datetime="2027-02-10">10.</time>–<time datetime="2027-02-11">11.2.2027</time>'
        )
    with translation.override("sv"):
        assert template.render(context) == (
            '<time datetime="2027-02-10">10</time>–<time datetime="2027-02-11">11 februari 2027</time>'
        )
    assert (
        Template("{% load date_tags %}{{ start|date_range:end }}").render(Context({"start": None, "end": None})) == ""
    )
