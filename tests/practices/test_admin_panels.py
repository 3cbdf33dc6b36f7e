"""The dashboard shows every editor's unpublished drafts and changes, in a bounded number of queries."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from practices.admin_panels import SHOWN, drafts_waiting
from tests.practices import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("toimittaja", "toimittaja@example.fi", "salasana")


def draft(parent, title, user=None):
    page = factories.PracticePageFactory(parent=parent, title=title, live=False)
    page.save_revision(user=user)
    return page


def test_a_draft_someone_else_left_is_on_the_dashboard(client, site_tree, editor, django_user_model):
    colleague = django_user_model.objects.create_user("kollega", "kollega@example.fi", "salasana")
    waiting = draft(site_tree.practices, "Kesken jäänyt käytäntö", user=colleague)
    factories.PracticePageFactory(parent=site_tree.practices, title="Valmis käytäntö")
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="fi")
    content = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[waiting.pk]) in content
    assert "Kesken jäänyt käytäntö" in content
    assert "Valmis käytäntö" not in content
    assert "kollega" in content


def test_live_pages_with_unpublished_changes_are_listed(site_tree, editor):
    page = factories.PracticePageFactory(parent=site_tree.practices, title="Muutettu käytäntö")
    page.title = "Muutettu käytäntö (uusi otsikko)"
    page.save_revision(user=editor)
    total, drafts = drafts_waiting(editor)
    assert total == 1
    assert drafts[0][0].pk == page.pk


def test_the_panel_costs_the_same_queries_for_few_or_many_drafts(site_tree, editor):
    draft(site_tree.practices, "Luonnos 1")
    with CaptureQueriesContext(connection) as few:
        assert drafts_waiting(editor)[0] == 1
    for n in range(2, SHOWN + 5):
        draft(site_tree.practices, f"Luonnos {n}")
    with CaptureQueriesContext(connection) as many:
        total, drafts = drafts_waiting(editor)
        assert [d[1].user for d in drafts]  # revisions and their editors come with the pages
    assert total == SHOWN + 4
    assert len(drafts) == SHOWN
    assert len(many) <= len(few) + 1  # the count, once there are more than are shown


def test_the_dashboard_costs_no_more_queries_with_more_drafts(client, site_tree, editor):
    client.force_login(editor)
    draft(site_tree.practices, "Luonnos")
    client.get(reverse("wagtailadmin_home"))  # warm caches (site, locales, content types)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("wagtailadmin_home"))
    for n in range(SHOWN + 3):
        draft(site_tree.practices, f"Luonnos {n}")
    client.get(reverse("wagtailadmin_home"))  # saving pages starts a new cache generation: warm again
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert len(many) <= len(few) + 1, [q["sql"] for q in many.captured_queries]
