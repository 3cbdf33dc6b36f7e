"""Search engines may index a search for words or for one filter, each with its own description
and address, and are told to leave every other combination out of their index."""

import re

import pytest

from tests.practices import factories
from tests.search.test_search import html_of, practice

pytestmark = pytest.mark.django_db


def head_of(html):
    return html.split("</head>")[0]


def robots(html):
    found = re.search(r'<meta name="robots" content="([^"]+)"', head_of(html))
    return found.group(1) if found else None


def description(html):
    found = re.search(r'<meta name="description" content="([^"]+)"', head_of(html))
    return found.group(1) if found else None


def canonical(html):
    found = re.search(r'<link rel="canonical" href="([^"]+)"', head_of(html))
    return found.group(1) if found else None


def test_a_search_for_words_is_indexable_with_its_count_and_words_in_the_description(client, site_tree):
    practice(site_tree, "Kirjastojen lukupiiri")
    practice(site_tree, "Kirjastoauto kylille")
    html = html_of(client, {"q": "kirjasto"})
    assert robots(html) is None
    assert (
        description(html)
        == "2 käytäntöä, webinaaria, vierailua ja uutista hakusanalla ”kirjasto” kulttuuripalvelujen tietopankissa."
    )
    assert canonical(html) == "http://testserver/fi/haku/?q=kirjasto"


def test_one_filter_is_a_landing_page_described_by_the_filter(client, site_tree):
    practice(site_tree, "Kulttuuriluotsit", municipalities=[factories.municipality("853")])
    html = html_of(client, {"municipality": "853"})
    assert robots(html) is None
    assert "Turku" in description(html) and description(html).startswith("1 ")
    assert canonical(html) == "http://testserver/fi/haku/?municipality=853"


def test_the_whole_bank_to_browse_is_indexable(client, site_tree):
    practice(site_tree, "Kulttuuriluotsit")
    html = html_of(client)
    assert robots(html) is None and description(html).startswith("Hae kulttuuripalvelujen tietopankin")
    assert canonical(html) == "http://testserver/fi/haku/"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "kirjasto", "municipality": "853"},  # words and a filter
        {"municipality": ["853", "091"]},  # two values
        {"q": "kirjasto", "page": "2"},
        {"q": "kirjasto", "sort": "newest"},
        {"q": "kirjasto", "lang": "all"},
        {"q": "olematonsana"},  # no results
    ],
)
def test_other_combinations_are_left_out_of_the_index_but_followed(client, site_tree, params):
    for n in range(12):
        practice(site_tree, f"Kirjasto {n}", municipalities=[factories.municipality("853")])
    html = html_of(client, params)
    assert robots(html) == "noindex, follow"
    assert canonical(html) is None and description(html) is None


def test_words_in_the_description_are_escaped(client, site_tree):
    practice(site_tree, "Kirjasto")
    html = html_of(client, {"q": 'kirjasto "><script>alert(1)</script>'})
    assert "<script>alert(1)" not in html
