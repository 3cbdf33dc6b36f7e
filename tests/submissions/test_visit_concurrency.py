"""Twenty culture employees press "send" at the same moment for a visit with ten places: exactly
ten get a place and ten go on the waiting list. Each request runs in its own thread with its
own database connection, through the whole view, on whichever database the suite runs on."""

import datetime
import threading

import pytest

from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Site

from submissions.models import VisitApplication
from tests.practices.factories import (
    HomePageFactory,
    MunicipalityVisitPageFactory,
    VisitIndexPageFactory,
    reference_data,
)
from tests.submissions.factories import started

CODES = ["091", "049", "092", "853", "837", "179", "564", "698", "405", "109",
         "167", "297", "609", "905", "020", "005", "009", "010", "016", "018"]  # fmt: skip


@pytest.fixture
def visit(transactional_db, settings):
    settings.SUBMISSIONS_RATE_LIMIT = "1000/h"  # twenty from one address is this test, not a flood
    reference_data()
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True)
    start = timezone.localdate() + datetime.timedelta(days=20)
    return MunicipalityVisitPageFactory(
        parent=VisitIndexPageFactory(parent=home),
        start_date=start,
        end_date=start + datetime.timedelta(days=1),
        capacity=10,
    )


def test_twenty_simultaneous_applications_fill_ten_places_and_a_waiting_list_of_ten(visit):
    url = reverse("visit_apply", args=[visit.pk])
    barrier = threading.Barrier(len(CODES))
    answers, errors = [], []

    def press_send(code):
        try:
            data = {
                "municipality": code,
                "name": f"Hakija {code}",
                "job_title": "Kulttuurisihteeri",
                "email": f"hakija.{code}@example.fi",
                "website": "",
                "form_started": started(),
            }
            client = Client()
            barrier.wait(timeout=30)
            answers.append(client.post(url, data).status_code)
        except Exception as error:  # reported below: a thread's exception would otherwise vanish
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=press_send, args=(code,)) for code in CODES]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert answers == [302] * 20
    statuses = list(VisitApplication.objects.filter(visit=visit).values_list("status", flat=True))
    assert statuses.count("accepted") == 10 and statuses.count("waitlisted") == 10
    queue = [a.queue_position for a in VisitApplication.objects.filter(visit=visit).waitlisted()]
    assert queue == list(range(1, 11))
