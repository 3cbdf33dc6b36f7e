"""The builder's two ways of writing pages give the same practices."""

import pytest

from wagtail.models import Page

from practices.builder import build_practices
from practices.models import PracticePage
from practices.schema import PracticeSchema

from .test_import import GOOD

pytestmark = pytest.mark.django_db


def records(n, **changes):
    schema = PracticeSchema()
    return [schema.validate({**GOOD, "title": f"{GOOD['title']} {i}", **changes}) for i in range(n)]


def relations(page):
    return {
        "municipalities": sorted(page.municipalities.values_list("code", flat=True)),
        "themes": sorted(page.themes.values_list("slug", flat=True)),
        "target_groups": sorted(page.target_groups.values_list("slug", flat=True)),
        "tags": sorted(page.tags.names()),
        "contacts": list(page.contacts.values_list("name", "email", "publish_consent", "sort_order")),
    }


def test_bulk_pages_equal_pages_built_one_by_one(site_tree, client):
    one = build_practices(records(1))[0]
    bulk = build_practices(records(3), bulk=True)
    one, bulk = PracticePage.objects.get(pk=one.pk), [PracticePage.objects.get(pk=p.pk) for p in bulk]

    for page in bulk:
        assert relations(page) == relations(one)
        assert page.live and not page.has_unpublished_changes
        assert page.get_parent().pk == site_tree.practices.pk
        assert page.url_path.startswith(site_tree.practices.url_path)
        assert page.live_revision_id == page.latest_revision_id
        assert page.live_revision.as_object().title == page.title
        response = client.get(page.url)
        assert response.status_code == 200
        assert "Testi Yhteyshenkilö" in response.content.decode()  # a consenting contact shows
    slugs = [one.slug] + [p.slug for p in bulk]
    assert len(set(slugs)) == 4  # a slug already taken is not reused


def test_bulk_pages_keep_the_page_tree_valid(site_tree):
    build_practices(records(2), bulk=True)
    build_practices(records(1))  # the tree still takes a page the usual way after a bulk load
    build_practices(records(2), bulk=True)
    assert Page.find_problems() == ([], [], [], [], [])
    index = Page.objects.get(pk=site_tree.practices.pk)
    assert index.numchild == index.get_children().count() == 5


def test_bulk_pages_are_found_by_search(site_tree, client):
    build_practices(records(2, title="Sirkuskoulu kylätaloilla"), bulk=True)
    response = client.get("/fi/haku/", {"q": "sirkuskoulu"})
    assert response.context["outcome"].total == 2
