"""The admin home page lists what needs an editor's attention, each item linking to its fix,
in a bounded number of queries."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

from currency.dashboard import attention
from currency.models import ReviewRequest
from search.models import SearchTermDay
from submissions.models import VisitApplication
from tests.practices.factories import (
    MunicipalityVisitPageFactory,
    PracticePageFactory,
    WebinarPageFactory,
    municipality,
)
from tests.submissions.factories import NominationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank(site_tree):
    today = timezone.localdate()
    long_ago = today - datetime.timedelta(days=800)
    overdue = PracticePageFactory(
        parent=site_tree.practices, title="Erääntynyt", last_reviewed=long_ago, review_owner_email="o@example.fi"
    )
    PracticePageFactory(parent=site_tree.practices, title="Vailla omistajaa", last_reviewed=long_ago)
    PracticePageFactory(parent=site_tree.practices, title="Tuore", last_reviewed=today)
    silent = PracticePageFactory(parent=site_tree.practices, title="Hiljainen", last_reviewed=long_ago)
    ReviewRequest.objects.create(
        practice=silent, due_on=long_ago, first_reminder_at=timezone.now(), second_reminder_at=timezone.now()
    )
    NominationFactory(title="Uusi ehdotus")
    visit = MunicipalityVisitPageFactory(
        parent=site_tree.visits,
        title="Täyttyvä vierailu",
        start_date=today + datetime.timedelta(days=20),
        end_date=today + datetime.timedelta(days=21),
        capacity=5,
    )
    for code in ("091", "049", "564", "837"):
        VisitApplication.objects.create(
            visit=visit,
            municipality=municipality(code),
            status=VisitApplication.Status.ACCEPTED,
            name="Nimi",
            job_title="Kulttuurisihteeri",
            email=f"{code}@example.fi",
            locale=Locale.get_default(),
        )
    MunicipalityVisitPageFactory(
        parent=site_tree.visits,
        title="Tilava vierailu",
        start_date=today + datetime.timedelta(days=20),
        end_date=today + datetime.timedelta(days=21),
        capacity=20,
    )
    WebinarPageFactory(parent=site_tree.webinars, title="Tekstittämätön", video_url="https://example.fi/v")
    WebinarPageFactory(
        parent=site_tree.webinars, title="Litteroitu", video_url="https://example.fi/w", transcript="<p>Teksti</p>"
    )
    SearchTermDay.objects.create(
        query_string="kulttuuriavustus", language="fi", date=today, searches=3, without_results=3
    )
    SearchTermDay.objects.create(
        query_string="vanha haku",
        language="fi",
        date=today - datetime.timedelta(days=40),
        searches=1,
        without_results=1,
    )
    return overdue, visit


def labels(sections, key):
    return [item.label for item in next(s for s in sections if s.key == key).items]


def test_each_section_lists_the_right_items(bank, django_assert_max_num_queries):
    overdue, visit = bank
    with django_assert_max_num_queries(14):
        sections = attention()
    assert sorted(labels(sections, "due")) == ["Erääntynyt", "Hiljainen", "Vailla omistajaa"]
    assert labels(sections, "unanswered") == ["Hiljainen"]
    assert labels(sections, "nominations") == ["Uusi ehdotus"]
    assert labels(sections, "visits") == ["Täyttyvä vierailu"]
    assert labels(sections, "webinars") == ["Tekstittämätön"]
    assert labels(sections, "searches") == ["kulttuuriavustus"]
    due = next(s for s in sections if s.key == "due")
    assert any(item.url == reverse("wagtailadmin_pages:edit", args=[overdue.pk]) for item in due.items)
    visits = next(s for s in sections if s.key == "visits")
    assert visits.items[0].url.endswith(f"?visit={visit.pk}") and "4" in visits.items[0].detail


def test_the_admin_home_shows_the_panel(client, bank):
    client.force_login(get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="attention-heading"' in html
    assert "Tekstittämätön" in html and "kulttuuriavustus" in html and "Hiljainen" in html
