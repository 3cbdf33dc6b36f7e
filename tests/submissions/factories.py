import time

import factory
import wagtail_factories

from django.core import signing

from submissions import models
from submissions.spam import _SALT


class NominationFormPageFactory(wagtail_factories.PageFactory):
    title = "Ilmoita hyvä käytäntö"
    slug = "ilmoita-kaytanto"
    show_in_menus = True

    class Meta:
        model = models.NominationFormPage


class NominationFactory(factory.django.DjangoModelFactory):
    title = "Kulttuurikahvila kirjastossa"
    record = factory.LazyAttribute(lambda o: {"title": o.title, "summary": "Kahvila kokoaa kävijät."})
    locale = factory.LazyFunction(lambda: __import__("wagtail.models", fromlist=["Locale"]).Locale.get_default())
    submitter_name = "Maija Meikäläinen"
    submitter_email = "maija@example.fi"

    class Meta:
        model = models.Nomination


def started(seconds_ago=60):
    """The form's signed start time, as if it had been shown ``seconds_ago``."""
    return signing.dumps(time.time() - seconds_ago, salt=_SALT)


def nomination_data(**overrides):
    """A person's filled-in nomination form, as POSTed."""
    data = {
        "title": "Kulttuurikahvila kirjastossa",
        "summary": "Kirjaston kulttuurikahvila kokoaa ikääntyneet kerran viikossa.",
        "background": "Yksinäisyys lisääntyi.\n\nKirjasto halusi auttaa.",
        "how_it_works": "Vapaaehtoiset keittävät kahvit.",
        "municipalities": ["091", "049"],
        "themes": ["cooperation"],
        "target_groups": ["older-people"],
        "tags": "kahvila, lukupiiri",
        "start_year": "2021",
        "end_year": "",
        "status": "active",
        "reach": "300",
        "evidence_level": "described",
        "cost_level": "small",
        "submitter_name": "Maija Meikäläinen",
        "submitter_role": "Kulttuurituottaja",
        "submitter_organisation": "Helsingin kaupunginkirjasto",
        "submitter_municipality": "091",
        "submitter_email": "maija@example.fi",
        "publish_contact": "on",
        "website": "",
        "form_started": started(),
        "draft": "d" * 43,
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def submit_one_of_each(client, home, visits):
    """One submission of every kind, through the public forms, full of private values: a
    nomination drafted into a practice and published (its contact without consent), a visit
    application, a sparring request and an approved offer without consent, and an approved
    adoption. Returns the published practice. Public forms are throttled: clear the cache first."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from django.utils import timezone

    from practices.updates import add_adoption
    from submissions.drafting import draft_from_nomination
    from tests.practices.factories import MunicipalityVisitPageFactory

    form = NominationFormPageFactory(parent=home, slug="salainen-ehdotus")
    client.post(
        form.url,
        nomination_data(
            submitter_name="Salaiselina Yksityinen",
            submitter_role="Piilotehtävänimike",
            submitter_organisation="Näkymätön virasto",
            submitter_email="salainen.osoite@example.fi",
            publish_contact="",
        ),
    )
    editor = get_user_model().objects.create_superuser("salainen-toimittaja", "st@example.fi", "salasana")
    page = draft_from_nomination(models.Nomination.objects.latest("pk"), editor)
    page.get_latest_revision().publish()  # published, its submitter contact without consent
    page.refresh_from_db()
    start = timezone.localdate() + datetime.timedelta(days=30)
    visit = MunicipalityVisitPageFactory(
        parent=visits, start_date=start, end_date=start, capacity=5, travel_support=True
    )
    secret = {"website": "", "form_started": started()}
    client.post(
        reverse("visit_apply", args=[visit.pk]),
        {
            **secret,
            "municipality": "091",
            "name": "Hakija Salainen",
            "job_title": "Salaperäinen sihteeri",
            "email": "hakija.salainen@example.fi",
            "phone": "+358 40 999 8877",
            "dietary_and_access_needs": "Salainen ruokavalio",
            "travel_support_requested": "on",
            "travel_cost_estimate": "321.55",
            "travel_plan": "Salainen reitti",
        },
    )
    sparring = models.SparringPage(title="Sparrausapu", slug="salainen-sparraus")
    home.add_child(instance=sparring)
    base = {**secret, "themes": ["cultural-wellbeing"], "municipality": "091", "job_title": "Piilotitteli"}
    client.post(sparring.url + "request/", {**base, "description": "Salainen pyyntö", "mode": "remote", "name": "Pyytäjä Salainen", "email": "pyytaja.salainen@example.fi"})  # fmt: skip
    client.post(sparring.url + "offer/", {**base, "description": "Salainen tarjous", "remote": "on", "name": "Tarjoaja Salainen", "email": "tarjoaja.salainen@example.fi"})  # fmt: skip
    models.SparringOffer.objects.update(status=models.SparringOffer.Status.APPROVED)  # approved, no consent
    adoption = {**secret, "municipality": "564", "since_year": "2025", "what_changed": "Salainen muutos"}
    client.post(reverse("practice_adopt", args=[page.pk]), {**adoption, "contact_name": "Ilmoittaja Salainen", "contact_email": "ilmoittaja.salainen@example.fi"})  # fmt: skip
    add_adoption(page, models.Adoption.objects.latest("pk").municipality)  # approved: the municipality is shown
    return page


def private_values_of_every_submission():
    """What the privacy rule keeps back of every submission and practice, less values so short
    ("x", a small number) that they could be anywhere and values someone agreed to show (a
    review owner's address that is also a consenting contact's)."""
    from django.apps import apps

    from practices.models import PracticePage
    from practices.privacy import private_values

    rows = [
        *models.Adoption.objects.all(),
        *models.Nomination.objects.all(),
        *models.VisitApplication.objects.all(),
        *models.SparringRequest.objects.all(),
        *models.SparringOffer.objects.all(),
        *PracticePage.objects.all(),
    ]
    shown = set()
    for model in apps.get_models():
        if consent_field := getattr(model, "consent_field", None):
            for row in model.objects.filter(**{consent_field: True}):
                shown |= {str(getattr(row, name)) for name in model.private_fields if getattr(row, name)}
    return {value for value in set().union(*(private_values(row) for row in rows)) - shown if len(value) > 4}
