"""The one privacy rule covers nominations: what a submitter sent about themselves reaches no
public page, no search result and no sitemap; only the status link's holder sees the nomination,
and even they see nobody's personal data."""

import pytest

from wagtail.models import Page

from practices.privacy import private_values
from submissions.models import Nomination
from tests.practices.factories import PracticePageFactory
from tests.submissions.factories import NominationFormPageFactory, nomination_data

pytestmark = pytest.mark.django_db

PRIVATE = {
    "submitter_name": "Salaiselina Yksityinen",
    "submitter_role": "Piilotehtävänimike",
    "submitter_organisation": "Näkymätön virasto",
    "submitter_email": "salainen.osoite@example.fi",
}


def test_no_public_address_shows_what_the_submitter_sent_about_themselves(client, site_tree, settings):
    settings.SUBMISSIONS_MIN_FILL_SECONDS = 0
    form = NominationFormPageFactory(parent=site_tree.home)
    PracticePageFactory(parent=site_tree.practices, title="Kulttuurikahvila")
    status = client.post(form.url, nomination_data(**PRIVATE))["Location"]
    nomination = Nomination.objects.get()
    assert set(PRIVATE.values()) | {nomination.token} <= private_values(nomination)
    urls = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    urls += ["/sitemap.xml", "/fi/haku/?q=Salaiselina", "/fi/haku/?q=virasto", "/fi/suggest/?q=Salais", status]
    for url in urls:
        response = client.get(url)
        body = (b"".join(response.streaming_content) if response.streaming else response.content).decode()
        for value in PRIVATE.values():
            assert value not in body, (url, value)
        if url != status:
            assert nomination.token not in body, url


def test_a_sweep_of_every_public_address_finds_no_private_value_of_any_submission(client, site_tree, settings):
    """Every kind of submission at once, one drafted into a published practice: no public page,
    search, suggestion, sitemap, feed or API response shows what the privacy rule declares private."""
    import datetime

    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from django.utils import timezone

    from practices.models import PracticePage
    from practices.updates import add_adoption
    from submissions.drafting import draft_from_nomination
    from submissions.models import Adoption, SparringOffer, SparringPage, SparringRequest, VisitApplication
    from tests.practices.factories import MunicipalityVisitPageFactory
    from tests.submissions.factories import started

    settings.SUBMISSIONS_MIN_FILL_SECONDS = 0
    form = NominationFormPageFactory(parent=site_tree.home)
    client.post(form.url, nomination_data(**PRIVATE, publish_contact=""))
    editor = get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana")
    page = draft_from_nomination(Nomination.objects.get(), editor)
    page.get_latest_revision().publish()  # published, its submitter contact without consent
    start = timezone.localdate() + datetime.timedelta(days=30)
    visit = MunicipalityVisitPageFactory(
        parent=site_tree.visits, start_date=start, end_date=start, capacity=5, travel_support=True
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
    sparring = SparringPage(title="Sparrausapu", slug="sparraus")
    site_tree.home.add_child(instance=sparring)
    base = {**secret, "themes": ["cultural-wellbeing"], "municipality": "091", "job_title": "Piilotitteli"}
    client.post(sparring.url + "request/", {**base, "description": "Salainen pyyntö", "mode": "remote", "name": "Pyytäjä Salainen", "email": "pyytaja.salainen@example.fi"})  # fmt: skip
    client.post(sparring.url + "offer/", {**base, "description": "Salainen tarjous", "remote": "on", "name": "Tarjoaja Salainen", "email": "tarjoaja.salainen@example.fi"})  # fmt: skip
    SparringOffer.objects.update(status=SparringOffer.Status.APPROVED)  # approved, but no consent
    adoption = {**secret, "municipality": "564", "since_year": "2025", "what_changed": "Salainen muutos"}
    client.post(reverse("practice_adopt", args=[page.pk]), {**adoption, "contact_name": "Ilmoittaja Salainen", "contact_email": "ilmoittaja.salainen@example.fi"})  # fmt: skip
    add_adoption(page, Adoption.objects.get().municipality)  # approved: the municipality is shown

    rows = [
        *Adoption.objects.all(),
        *Nomination.objects.all(),
        *VisitApplication.objects.all(),
        *SparringRequest.objects.all(),
        *SparringOffer.objects.all(),
    ]
    assert len(rows) == 5
    secrets = set().union(*(private_values(row) for row in rows)) | private_values(PracticePage.objects.get())
    assert {
        "Salaiselina Yksityinen",
        "hakija.salainen@example.fi",
        "Salainen pyyntö",
        "Tarjoaja Salainen",
        "Ilmoittaja Salainen",
    } <= secrets
    secrets = {value for value in secrets if len(value) > 4}  # "x", a short number, could be anywhere

    urls = {p.url for p in Page.objects.live().filter(depth__gt=1).specific()}
    urls |= {sparring.url, reverse("visit_apply", args=[visit.pk]), "/sitemap.xml", "/fi/suggest/?q=Sala"}
    urls |= {"/fi/syote/rss/", "/fi/syote/atom/", "/api/v2/documents/", "/api/v2/pages/?fields=*"}
    urls |= {"/fi/vienti/kaytannot.csv", "/fi/vienti/kaytannot.json?lang=all"}
    urls |= {
        f"/api/v2/pages/?type={label}&fields=*"
        for label in ("practices.PracticePage", "practices.MunicipalityVisitPage")
    }
    urls |= {f"/api/v2/pages/{p.pk}/" for p in Page.objects.live().filter(depth__gt=1)}
    urls |= {
        f"/fi/haku/?q={word}"
        for word in ("Salaiselina", "Salainen", "Hakija", "Tarjoaja", "Piilotitteli", "salainen", "Ilmoittaja")
    }
    for url in sorted(urls):
        response = client.get(url)
        body = (b"".join(response.streaming_content) if response.streaming else response.content).decode()
        if "?q=" in url:  # the search page repeats what was typed: that is not a leak
            body = body.replace(url.split("?q=")[1], "")
        for value in secrets:
            assert value not in body, (url, value)
