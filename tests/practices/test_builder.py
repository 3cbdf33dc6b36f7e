"""The builder's ways of writing pages give the same practices, and each leaves what Wagtail's
own create and publish leave: history entries and the signal cache purging listens to."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page, PageLogEntry
from wagtail.signals import page_published

from practices.builder import build_practice, build_practices
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


@pytest.fixture
def published():
    """The pages ``page_published`` announced, as a frontend cache purger would hear them."""
    heard = []

    def listener(sender, instance, **kwargs):
        heard.append(instance.pk)

    page_published.connect(listener)
    yield heard
    page_published.disconnect(listener)


@pytest.mark.parametrize("bulk", [False, True], ids=["one by one", "bulk"])
def test_loaded_pages_have_history_and_announce_their_publishing(site_tree, published, bulk):
    pages = build_practices(records(2), bulk=bulk)
    for page in pages:
        actions = list(PageLogEntry.objects.filter(page_id=page.pk).order_by("pk").values_list("action", flat=True))
        assert actions == ["wagtail.create", "wagtail.publish"]
    assert sorted(published) == sorted(p.pk for p in pages)


def test_drafts_are_loaded_without_publishing(site_tree, published):
    [page] = build_practices(records(1), publish=False)
    assert not Page.objects.get(pk=page.pk).live and published == []
    assert list(PageLogEntry.objects.filter(page_id=page.pk).values_list("action", flat=True)) == ["wagtail.create"]


def test_a_page_built_as_an_editor_is_made_as_the_admin_makes_it(site_tree, published):
    user = get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana")
    draft = build_practice(records(1)[0], user=user)
    assert not draft.live and draft.owner == user and published == []
    live = build_practice(records(1)[0], user=user, publish=True)
    assert live.live and published == [live.pk]
    entries = PageLogEntry.objects.filter(page_id=live.pk).order_by("pk")
    assert [e.action for e in entries] == ["wagtail.create", "wagtail.edit", "wagtail.publish"]
    assert {e.user_id for e in entries[1:]} == {user.pk}
