"""Facet counts from the tokens' bit sets: right at once after a page's tokens change, read
again only when they do."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import token_bits
from search.database import store_tokens
from tests.practices import factories
from tests.search.conftest import ON_ELASTICSEARCH

pytestmark = [pytest.mark.django_db, pytest.mark.skipif(ON_ELASTICSEARCH, reason="the database backends")]


def test_a_bit_set_holds_exactly_the_given_ids():
    bits = token_bits.bits_of([3, 0, 17, 64, 1000])
    assert [n for n in range(1100) if bits >> n & 1] == [0, 3, 17, 64, 1000]
    assert token_bits.bits_of([]) == 0


def test_the_tokens_are_read_again_only_after_they_change(site_tree):
    page = factories.PracticePageFactory(parent=site_tree.practices, title="Sirkuskoulu", start_year=2019)
    assert token_bits.token_bits().by_token["year:2019"] >> page.pk & 1

    with CaptureQueriesContext(connection) as unchanged:
        token_bits.token_bits()
    assert not any("kbsearch_facettoken" in q["sql"] for q in unchanged.captured_queries)

    page.start_year = 2021
    page.save_revision().publish()
    bits = token_bits.token_bits()
    assert not bits.by_token.get("year:2019", 0) >> page.pk & 1
    assert bits.by_token["year:2021"] >> page.pk & 1


def test_indexing_a_page_again_without_changes_keeps_the_bits(site_tree):
    page = factories.PracticePageFactory(parent=site_tree.practices, title="Sirkuskoulu")
    held = token_bits.token_bits()
    store_tokens(type(page), [page.pk])
    assert token_bits.token_bits() is held


def test_keep_returns_the_ids_in_the_bit_set_in_their_order():
    bits = token_bits.bits_of([3, 8, 9, 700])
    assert token_bits.keep([9, 1, 700, 3, 5000, 8], bits) == [9, 700, 3, 8]
    assert token_bits.keep([1, 2], 0) == []
