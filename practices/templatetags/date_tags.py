"""``{{ start|date_range:end }}``: a date range in the page's language (see practices.dates)."""

from django import template

from practices.dates import date_range_html

register = template.Library()


@register.filter
def date_range(start, end=None):
    """The dates from ``start`` to ``end`` as <time> elements, written the way the current language
    writes a range ("10.–11.2.2027" in Finnish); one date when they are the same day."""
    if not start:
        return ""
    return date_range_html(start, end)
