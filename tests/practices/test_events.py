"""Webinars and visits are upcoming until they have ended, by the clock in Helsinki."""

import datetime
import zoneinfo

import pytest

from django.utils import timezone

from practices.models import MunicipalityVisitPage, WebinarPage
from tests.practices import factories

pytestmark = pytest.mark.django_db

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
# 00:30 on 11 March in Helsinki is still 10 March in UTC
JUST_AFTER_HELSINKI_MIDNIGHT = datetime.datetime(2027, 3, 11, 0, 30, tzinfo=HELSINKI)


@pytest.fixture
def clock(monkeypatch):
    """Pin the clock at 00:30 in Helsinki (22:30 the previous day in UTC)."""
    now = JUST_AFTER_HELSINKI_MIDNIGHT.astimezone(datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: now)
    assert now.date() == datetime.date(2027, 3, 10) and timezone.localdate() == datetime.date(2027, 3, 11)
    return now


def visit(site_tree, title, start, end):
    return factories.MunicipalityVisitPageFactory(parent=site_tree.visits, title=title, start_date=start, end_date=end)


def test_a_visit_that_ended_yesterday_in_helsinki_is_past_everywhere(client, site_tree, clock):
    ended = visit(site_tree, "Eilen päättynyt vierailu", datetime.date(2027, 3, 9), datetime.date(2027, 3, 10))
    ongoing = visit(site_tree, "Tänään päättyvä vierailu", datetime.date(2027, 3, 10), datetime.date(2027, 3, 11))
    assert not ended.is_upcoming and ongoing.is_upcoming
    assert list(MunicipalityVisitPage.objects.upcoming()) == [ongoing]
    assert list(MunicipalityVisitPage.objects.past()) == [ended]
    home = client.get(site_tree.home.url).content.decode()
    assert ongoing.title in home and ended.title not in home
    upcoming, past = client.get(site_tree.visits.url).content.decode().split('id="past"')
    assert ongoing.title in upcoming and ended.title not in upcoming
    assert ended.title in past


def test_a_webinar_is_upcoming_until_its_last_minute(client, site_tree, clock):
    ending = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Juuri päättyvä",
        starts_at=clock - datetime.timedelta(minutes=59),
        duration_minutes=60,
    )
    ended = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Päättynyt",
        starts_at=clock - datetime.timedelta(minutes=61),
        duration_minutes=60,
    )
    assert ending.is_upcoming and not ended.is_upcoming
    assert list(WebinarPage.objects.upcoming()) == [ending]
    assert list(WebinarPage.objects.past()) == [ended]
    upcoming, past = client.get(site_tree.webinars.url).content.decode().split('id="past"')
    assert ending.title in upcoming and ended.title in past


def test_upcoming_events_come_soonest_first_and_past_ones_latest_first(site_tree, clock):
    today = timezone.localdate()
    later = visit(site_tree, "Myöhemmin", today + datetime.timedelta(days=20), today + datetime.timedelta(days=21))
    sooner = visit(site_tree, "Pian", today + datetime.timedelta(days=5), today + datetime.timedelta(days=6))
    old = visit(site_tree, "Kauan sitten", today - datetime.timedelta(days=90), today - datetime.timedelta(days=89))
    recent = visit(site_tree, "Äskettäin", today - datetime.timedelta(days=9), today - datetime.timedelta(days=8))
    assert list(MunicipalityVisitPage.objects.upcoming()) == [sooner, later]
    assert list(MunicipalityVisitPage.objects.past()) == [recent, old]
