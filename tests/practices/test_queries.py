"""Pages and listings run a bounded number of queries, whatever the amount of linked data."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import Municipality, PracticeRelatedPage
from practices.vocabularies import VOCABULARIES
from tests.practices import factories

pytestmark = pytest.mark.django_db


def practice_with(site_tree, n):
    municipalities = list(Municipality.objects.order_by("code")[:n])
    page = factories.PracticePageFactory(
        parent=site_tree.practices, title=f"Käytäntö, {n} linkkiä", municipalities=municipalities
    )
    page.adopted_in.set(municipalities[:n])
    for vocabulary in VOCABULARIES:
        getattr(page, vocabulary.key).set(vocabulary.model.objects.filter(locale__language_code="fi")[:n])
    page.tags.add(*[f"tunniste{i}" for i in range(n)])
    targets = [factories.PracticePageFactory(parent=site_tree.practices, title=f"Kohde {n}-{i}") for i in range(n)]
    page.related_links = [PracticeRelatedPage(target=t) for t in targets]
    page.save_revision().publish()
    return page


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_practice_page_queries_do_not_grow_with_linked_items(client, site_tree):
    small, large = practice_with(site_tree, 1), practice_with(site_tree, 20)
    client.get(small.url)  # warm caches (site root paths, content types)
    small_count = queries_for(client, small.url)
    large_count = queries_for(client, large.url)
    assert large_count == small_count
    assert small_count <= 38  # the peers section takes two


def test_practice_listing_queries_do_not_grow_with_practices(client, site_tree):
    practice_with(site_tree, 3)
    client.get(site_tree.practices.url)
    few = queries_for(client, site_tree.practices.url)
    for n in range(10):
        factories.PracticePageFactory(
            parent=site_tree.practices, municipalities=list(Municipality.objects.all()[n : n + 3])
        )
    assert queries_for(client, site_tree.practices.url) == few


def test_home_page_queries_are_bounded(client, site_tree):
    for _ in range(3):
        factories.PracticePageFactory(parent=site_tree.practices)
    client.get(site_tree.home.url)
    few = queries_for(client, site_tree.home.url)
    for _ in range(6):
        factories.PracticePageFactory(parent=site_tree.practices)
        factories.NewsPageFactory(parent=site_tree.news)
    assert queries_for(client, site_tree.home.url) == few
