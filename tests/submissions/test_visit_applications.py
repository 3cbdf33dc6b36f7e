"""A culture employee applies to an upcoming municipality visit: one per municipality, places in
the order applications arrive, a waiting list that moves up, a deadline, travel support, mail
through the worker, a private link to cancel, and the list for editors as CSV and XLSX."""

import datetime
import io
import re

import openpyxl
import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

from practices.demo.site import ensure_site_structure
from practices.models import VisitIndexPage
from practices.translation import translate_page
from submissions.models import VisitApplication
from tests.practices.factories import MunicipalityVisitPageFactory, municipality
from tests.submissions.factories import started
from tests.submissions.test_nomination_form import run_mail_worker

pytestmark = pytest.mark.django_db


def upcoming_visit(parent, **fields):
    start = timezone.localdate() + datetime.timedelta(days=30)
    defaults = {"start_date": start, "end_date": start + datetime.timedelta(days=1), "capacity": 2}
    return MunicipalityVisitPageFactory(parent=parent, **{**defaults, **fields})


def application_data(code="091", **overrides):
    data = {
        "municipality": code,
        "name": "Maija Meikäläinen",
        "job_title": "Kulttuurituottaja",
        "email": f"maija.{code}@example.fi",
        "phone": "",
        "dietary_and_access_needs": "",
        "website": "",
        "form_started": started(),
    }
    return {**data, **overrides}


def apply(client, visit, **data):
    return client.post(reverse("visit_apply", args=[visit.pk]), application_data(**data))


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def visit(site_tree):
    return upcoming_visit(site_tree.visits)


def test_the_visit_page_leads_to_the_form_and_says_how_many_places_are_left(client, visit):
    apply(client, visit, code="091")
    html = client.get(visit.url).content.decode()
    assert reverse("visit_apply", args=[visit.pk]) in html
    assert "1 paikka jäljellä" in html
    form = client.get(reverse("visit_apply", args=[visit.pk])).content.decode()
    assert 'for="id_municipality"' in form and 'value="091"' in form
    assert 'name="travel_cost_estimate"' not in form  # the visit offers no travel support


def test_an_application_gets_a_place_and_a_confirmation_with_a_cancel_link(client, visit):
    response = apply(client, visit, code="091")
    application = VisitApplication.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{application.token}/")
    assert application.status == VisitApplication.Status.ACCEPTED and application.locale.language_code == "fi"
    assert mail.outbox == []  # nothing is sent inside the request
    run_mail_worker()
    [message] = mail.outbox
    assert message.to == ["maija.091@example.fi"] and visit.title in message.subject
    assert "Paikkasi" in message.subject
    link = re.search(r"http://testserver(/\S+)", message.body).group(1)
    response = client.get(link)
    assert response["Referrer-Policy"] == "same-origin"  # not to other sites; the cancel form still posts
    page = response.content.decode()
    assert "Paikka vahvistettu" in page and "Helsinki" in page
    assert "Maija" not in page and "maija.091@example.fi" not in page  # the private page shows no one's data


def test_a_full_visit_puts_applicants_on_the_waiting_list_which_moves_up_on_cancelling(client, visit):
    first = apply(client, visit, code="091")["Location"]
    apply(client, visit, code="049")
    waiting = apply(client, visit, code="092")["Location"]
    apply(client, visit, code="853")
    statuses = dict(VisitApplication.objects.values_list("municipality__code", "status"))
    assert statuses == {"091": "accepted", "049": "accepted", "092": "waitlisted", "853": "waitlisted"}
    assert "jonossa 1." in client.get(waiting).content.decode()
    assert "Vierailu on täynnä" in client.get(visit.url).content.decode()
    run_mail_worker()
    mail.outbox.clear()

    client.post(first, {"cancel": "1"})
    statuses = dict(VisitApplication.objects.values_list("municipality__code", "status"))
    assert statuses == {"091": "cancelled", "049": "accepted", "092": "accepted", "853": "waitlisted"}
    run_mail_worker()
    [message] = mail.outbox
    assert message.to == ["maija.092@example.fi"] and "vapautui" in message.subject
    client.post(first, {"cancel": "1"})  # twice changes nothing
    assert VisitApplication.objects.accepted().count() == 2


def test_one_municipality_applies_once_per_visit_in_the_form_and_in_the_database(client, visit):
    apply(client, visit, code="091")
    response = apply(client, visit, code="091", name="Toinen Hakija")
    assert response.status_code == 200
    assert "Helsinki on jo hakenut tälle vierailulle" in response.content.decode()
    assert 'value="Toinen Hakija"' in response.content.decode()  # nothing typed is lost
    assert VisitApplication.objects.count() == 1
    first = VisitApplication.objects.get()
    with pytest.raises(IntegrityError):
        VisitApplication.objects.create(
            visit=visit,
            municipality=first.municipality,
            status="waitlisted",
            name="x",
            job_title="x",
            email="x@example.fi",
            locale=first.locale,
        )


def test_after_cancelling_the_municipality_may_send_someone_else(client, visit):
    first = apply(client, visit, code="091")["Location"]
    client.post(first, {"cancel": "1"})
    assert apply(client, visit, code="091", name="Toinen Hakija").status_code == 302
    assert VisitApplication.objects.live().get().name == "Toinen Hakija"


def test_after_the_deadline_the_form_is_closed(client, site_tree):
    visit = upcoming_visit(site_tree.visits, application_deadline=timezone.localdate() - datetime.timedelta(days=1))
    assert client.get(reverse("visit_apply", args=[visit.pk])).status_code == 410
    assert apply(client, visit).status_code == 410
    assert not VisitApplication.objects.exists()
    assert reverse("visit_apply", args=[visit.pk]) not in client.get(visit.url).content.decode()


def test_travel_support_needs_an_estimate(client, site_tree):
    visit = upcoming_visit(site_tree.visits, travel_support=True)
    response = apply(client, visit, travel_support_requested="on", travel_cost_estimate="", travel_plan="Juna")
    assert response.status_code == 200 and "Anna kustannusarvio" in response.content.decode()
    response = apply(client, visit, travel_support_requested="on", travel_cost_estimate="-5", travel_plan="Juna")
    assert response.status_code == 200 and not VisitApplication.objects.exists()
    apply(client, visit, travel_support_requested="on", travel_cost_estimate="184.50", travel_plan="Juna")
    application = VisitApplication.objects.get()
    assert application.travel_support_requested and application.travel_cost_estimate == 184.5


def test_hostile_input_is_stored_as_text_and_shown_escaped(client, visit):
    payload = "<script>alert(1)</script>"
    apply(client, visit, name=payload, dietary_and_access_needs=payload)
    application = VisitApplication.objects.get()
    assert application.name == payload
    editor = get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana")
    client.force_login(editor)
    html = client.get(reverse("visit_applications:inspect", args=[application.pk])).content.decode()
    assert payload not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_bot_gets_a_plain_answer_and_takes_no_place(client, visit):
    response = apply(client, visit, website="http://spam.example")
    assert response.status_code == 200 and not VisitApplication.objects.exists()


def test_editors_export_the_applicants_as_csv_and_xlsx(client, visit, site_tree):
    other = upcoming_visit(site_tree.visits, title="Toinen vierailu")
    apply(client, visit, code="091", dietary_and_access_needs="Gluteeniton")
    apply(client, other, code="049")
    editor = get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana")
    client.force_login(editor)
    url = reverse("visit_applications:index")
    csv = b"".join(client.get(url, {"export": "csv", "visit": visit.pk}).streaming_content).decode()
    assert "maija.091@example.fi" in csv and "Gluteeniton" in csv and "maija.049@example.fi" not in csv
    response = client.get(url, {"export": "xlsx", "visit": visit.pk})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [str(cell.value) for row in sheet.iter_rows() for cell in row]
    assert "maija.091@example.fi" in cells and "Helsinki" in cells


def test_nobody_but_editors_sees_the_applicants(client, visit):
    apply(client, visit, code="091")
    assert client.get(reverse("visit_applications:index")).status_code == 302
    user = get_user_model().objects.create_user("vieras", "v@example.fi", "salasana")
    client.force_login(user)
    assert client.get(reverse("visit_applications:index")).status_code in (302, 403)


def test_the_municipality_choice_is_validated(client, visit):
    response = apply(client, visit, code="999")
    assert response.status_code == 200 and not VisitApplication.objects.exists()
    assert municipality("091").name_fi == "Helsinki"


def test_the_swedish_visit_shares_the_places_of_the_finnish_one(client, django_capture_on_commit_callbacks):
    homes = ensure_site_structure()
    visit = upcoming_visit(VisitIndexPage.objects.get(locale__language_code="fi"), capacity=1)
    sv = Locale.objects.get(language_code="sv")
    with django_capture_on_commit_callbacks(execute=True):
        swedish = translate_page(visit, sv, {"title": "Kommunbesök", "slug": "kommunbesok"})
    assert homes["sv"].locale == sv
    apply(client, visit, code="091")
    with translation.override("sv"):
        url = reverse("visit_apply", args=[swedish.pk])
    assert url in client.get(swedish.url).content.decode()
    response = client.post(url, application_data("049"))
    application = VisitApplication.objects.get(municipality__code="049")
    assert application.visit_id == visit.pk and application.status == "waitlisted"
    assert application.locale.language_code == "sv"
    page = client.get(response["Location"]).content.decode()
    assert "Kommunbesök" in page and "På reservlistan" in page
    run_mail_worker()
    swedish_mail = next(m for m in mail.outbox if m.to == ["maija.049@example.fi"])
    assert "Du står på reservlistan: Kommunbesök" == swedish_mail.subject


def test_the_visit_page_in_the_admin_leads_to_its_applications(client, visit):
    apply(client, visit, code="091")
    editor = get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana")
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[visit.pk])).content.decode()
    listing = reverse("visit_applications:index") + f"?visit={visit.pk}"
    assert listing in html
    assert "Maija Meikäläinen" in client.get(listing).content.decode()
