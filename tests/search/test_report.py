"""Editors see popular searches and searches that found nothing; old records are purged."""

import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from search.models import SearchTermDay
from tests.practices import factories

pytestmark = pytest.mark.django_db


def test_searches_are_counted_by_day_and_language_with_those_that_found_nothing(client, site_tree):
    factories.PracticePageFactory(parent=site_tree.practices, title="Kirjasto kylille")
    for query in ("kirjasto", "Kirjasto ", "kirjasto", "qwertyuiop"):
        client.get("/fi/haku/", {"q": query})
    client.get("/fi/haku/", {"q": "kirjasto", "page": "2"})  # paging does not count again
    popular, unanswered = SearchTermDay.report(30)
    assert [(r["query_string"], r["total"], r["missed"]) for r in popular] == [("kirjasto", 3, 0), ("qwertyuiop", 1, 1)]
    assert [r["query_string"] for r in unanswered] == ["qwertyuiop"]
    assert SearchTermDay.objects.get(query_string="kirjasto").language == "fi"


def test_editors_read_the_report_in_the_admin(admin_client, site_tree):
    SearchTermDay.objects.create(query_string="kumppanuuspöytä", language="fi", date=timezone.localdate(), searches=4)
    SearchTermDay.objects.create(
        query_string="<b>tyhjä</b>", language="sv", date=timezone.localdate(), searches=2, without_results=2
    )
    html = admin_client.get("/admin/reports/search/").content.decode()
    assert "kumppanuuspöytä" in html and "&lt;b&gt;tyhjä&lt;/b&gt;" in html
    sv_only = admin_client.get("/admin/reports/search/", {"language": "sv", "days": "7"}).content.decode()
    assert "kumppanuuspöytä" not in sv_only
    assert admin_client.get("/admin/reports/search/", {"days": "x"}).status_code == 200


def test_the_report_is_for_signed_in_editors_only(client, site_tree):
    response = client.get("/admin/reports/search/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_records_older_than_the_retention_period_are_purged(settings):
    settings.SEARCH_QUERY_RETENTION_DAYS = 30
    today = timezone.localdate()
    old = SearchTermDay.objects.create(query_string="vanha", language="fi", date=today - datetime.timedelta(days=31))
    kept = SearchTermDay.objects.create(query_string="uusi", language="fi", date=today - datetime.timedelta(days=29))
    call_command("purge_search_queries")
    assert not SearchTermDay.objects.filter(pk=old.pk).exists()
    assert SearchTermDay.objects.filter(pk=kept.pk).exists()
