"""Date ranges written the way each language writes them.

Finnish writes dates with numbers and leaves out what the two ends share: "10.–11.2.2027" within a
month, "30.1.–2.2.2027" across months, "30.12.2026–2.1.2027" across years. Swedish (as written in
Finland too) and English name the month: "10–11 februari 2027", "30 januari – 2 februari 2027";
the dash is spaced when either end has a space in it. A range of one day is the date alone, in the
language's ordinary date format.
"""

import datetime

from django.utils import dateformat, formats, translation
from django.utils.html import format_html

DASH = "\u2013"  # en dash


def _formats(start, end, language):
    """(format of the start, format of the end, the dash) for ``language``."""
    same_year = start.year == end.year
    same_month = same_year and start.month == end.month
    if language == "fi":
        first = "j." if same_month else "j.n." if same_year else "j.n.Y"
        return first, "j.n.Y", DASH
    first = "j" if same_month else "j F" if same_year else "j F Y"
    return first, "j F Y", DASH if same_month else f" {DASH} "


def _day(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def date_range_parts(start, end=None, language=None):
    """The range as [(date, text), ...] and the dash between them: one part for a single day."""
    language = (language or translation.get_language() or "fi").split("-")[0]
    start, end = _day(start), _day(end) if end else None
    with translation.override(language):
        if end is None or end == start:
            return [(start, formats.date_format(start, "DATE_FORMAT"))], ""
        first, last, dash = _formats(start, end, language)
        return [(start, dateformat.format(start, first)), (end, dateformat.format(end, last))], dash


def format_date_range(start, end=None, language=None):
    """The range as plain text (for e-mail and feeds)."""
    parts, dash = date_range_parts(start, end, language)
    return dash.join(text for _date, text in parts)


def date_range_html(start, end=None, language=None):
    """The range in HTML, each end a <time> element with its machine-readable date."""
    parts, dash = date_range_parts(start, end, language)
    times = [format_html('<time datetime="{}">{}</time>', day.isoformat(), text) for day, text in parts]
    return format_html("{}{}{}", times[0], dash, times[1]) if len(times) == 2 else times[0]
