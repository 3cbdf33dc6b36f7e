"""The page cache for anonymous readers: served without queries, stale the moment content
changes anywhere it shows, and never holding what only one reader may see."""

import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from practices import cache_generation
from practices.page_cache import HEADER
from tests.practices import factories
from tests.submissions.factories import NominationFormPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def practice(site_tree):
    return factories.PracticePageFactory(parent=site_tree.practices, title="Lukulähettiläät")


def test_a_second_anonymous_read_is_served_from_the_cache_without_queries(client, practice):
    first = client.get(practice.url)
    assert first[HEADER] == "stored"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(practice.url)
    assert second[HEADER] == "hit"
    assert len(queries) == 0
    assert second.content == first.content


def test_a_published_edit_shows_at_once_on_the_page_its_index_and_the_home_page(client, site_tree, practice):
    urls = (practice.url, site_tree.practices.url, site_tree.home.url)
    for url in urls:
        client.get(url)
        assert client.get(url)[HEADER] == "hit"
    practice.title = "Lukulähettiläät kirjastoissa"
    practice.save_revision().publish()
    for url in urls:
        response = client.get(url)
        assert response[HEADER] == "stored", url
        assert "Lukulähettiläät kirjastoissa" in response.content.decode(), url


def test_an_unpublished_page_leaves_the_cache_and_its_index(client, site_tree, practice):
    client.get(practice.url)
    client.get(site_tree.practices.url)
    practice.unpublish()
    assert client.get(practice.url).status_code == 404
    assert "Lukulähettiläät" not in client.get(site_tree.practices.url).content.decode()


def test_a_moved_page_sends_its_old_address_to_the_new_one(client, site_tree, practice):
    old_url = practice.url
    client.get(old_url)
    practice.move(site_tree.news, pos="last-child")
    practice.refresh_from_db()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == practice.url


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, practice):
    client.get(practice.url)
    assert client.get(practice.url)[HEADER] == "hit"
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(practice.url)
    assert response.status_code == 302
    assert "Lukulähettiläät" not in response.content.decode()


def test_private_pages_are_never_stored(client, site_tree):
    signed_in = factories.PracticePageFactory(parent=site_tree.practices, title="Vain kirjautuneille")
    PageViewRestriction.objects.create(page=signed_in, restriction_type=PageViewRestriction.LOGIN)
    group_only = factories.PracticePageFactory(parent=site_tree.practices, title="Vain ryhmälle")
    restriction = PageViewRestriction.objects.create(page=group_only, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Toimittajat"))
    password = factories.PracticePageFactory(parent=site_tree.practices, title="Salasanan takana")
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="kulttuuri"
    )
    for page in (signed_in, group_only, password):
        for _ in range(2):
            assert HEADER not in client.get(page.url), page.title


def test_a_page_read_by_a_signed_in_editor_is_neither_served_from_nor_stored_in_the_cache(client, admin_user, practice):
    client.force_login(admin_user)
    for _ in range(2):
        assert HEADER not in client.get(practice.url)
    client.logout()
    assert client.get(practice.url)[HEADER] == "stored"


def test_what_a_signed_in_editor_may_read_never_reaches_an_anonymous_reader(client, admin_user, site_tree):
    private = factories.PracticePageFactory(parent=site_tree.practices, title="Sisäinen luonnos")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(admin_user)
    for _ in range(2):
        assert "Sisäinen luonnos" in client.get(private.url).content.decode()
    client.logout()
    response = client.get(private.url)
    assert response.status_code == 302
    assert "Sisäinen luonnos" not in response.content.decode()


def test_a_page_with_a_form_is_not_stored(client, site_tree):
    form = NominationFormPageFactory(parent=site_tree.home)
    for _ in range(2):
        response = client.get(form.url)
        assert response.status_code == 200
        assert HEADER not in response


def test_search_answers_are_not_cached_so_every_search_is_recorded(client, practice):
    for _ in range(2):
        assert HEADER not in client.get("/fi/haku/", {"q": "lukulähettiläät"})


def test_a_browser_revalidates_with_the_etag_and_gets_a_304(client, practice):
    first = client.get(practice.url)
    assert first["ETag"] and first["Last-Modified"]
    assert "must-revalidate" in first["Cache-Control"] and "public" in first["Cache-Control"]
    again = client.get(practice.url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_a_preview_shows_unsaved_changes_though_the_live_page_is_cached(client, rf, admin_user, practice):
    client.get(practice.url)  # the live page's parts are cached now
    practice.title = "Lukulähettiläät, luonnos"
    request = rf.get(practice.url, HTTP_HOST="testserver")
    request.user = admin_user
    response = practice.make_preview_request(request, practice.default_preview_mode)
    assert "Lukulähettiläät, luonnos" in response.content.decode()
    assert "Lukulähettiläät, luonnos" not in client.get(practice.url).content.decode()


def test_each_page_of_a_listing_is_kept_apart(client, site_tree, settings):
    for n in range(site_tree.practices.page_size + 2):
        factories.PracticePageFactory(parent=site_tree.practices, title=f"Käytäntö numero {n:02d}")
    first = client.get(site_tree.practices.url).content.decode()
    second = client.get(site_tree.practices.url, {"page": 2}).content.decode()
    odd = client.get(site_tree.practices.url, {"page": "kaksi"}).content.decode()
    assert "Käytäntö numero 00" in second and "Käytäntö numero 00" not in first
    assert odd == first  # anything but a page number is the first page


def test_a_visit_application_updates_the_places_left_at_once(client, site_tree):
    import datetime

    from django.utils import timezone

    from submissions.models import VisitApplication

    start = timezone.localdate() + datetime.timedelta(days=30)
    visit = factories.MunicipalityVisitPageFactory(
        parent=site_tree.visits, capacity=3, start_date=start, end_date=start, application_deadline=None
    )
    client.get(visit.url)
    before = client.get(visit.url).content.decode()
    VisitApplication.objects.create(
        visit=visit,
        municipality=factories.municipality("091"),
        status="accepted",
        name="Hakija",
        email="hakija@example.fi",
        job_title="Kulttuurisihteeri",
        phone="040 123",
        locale=site_tree.home.locale,
        travel_cost_estimate=0,
    )
    after = client.get(visit.url)
    assert after[HEADER] == "stored"
    assert "3 paikkaa jäljellä" in before
    assert "2 paikkaa jäljellä" in after.content.decode()


def test_a_reader_during_a_publish_does_not_keep_the_old_page_after_it_is_committed(
    client, practice, django_capture_on_commit_callbacks
):
    """Between the publish's new generation and its commit, a reader still reads the old page
    and stores it under the new generation: the commit starts another one."""
    with django_capture_on_commit_callbacks(execute=True):
        practice.title = "Lukulähettiläät kouluissa"
        practice.save_revision().publish()
        during = cache_generation.current()
    assert cache_generation.current() != during
    assert "Lukulähettiläät kouluissa" in client.get(practice.url).content.decode()
