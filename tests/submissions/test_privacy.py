"""The one privacy rule covers nominations: what a submitter sent about themselves reaches no
public page, no search result and no sitemap; only the status link's holder sees the nomination,
and even they see nobody's personal data."""

import pytest

from wagtail.models import Page

from practices.privacy import private_values
from submissions.models import Nomination
from tests.practices.factories import PracticePageFactory
from tests.submissions.factories import (
    NominationFormPageFactory,
    nomination_data,
    private_values_of_every_submission,
    submit_one_of_each,
)

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
    from django.urls import reverse

    from practices.models import MunicipalityVisitPage
    from submissions.models import Adoption, SparringOffer, SparringRequest, VisitApplication

    settings.SUBMISSIONS_MIN_FILL_SECONDS = 0
    submit_one_of_each(client, site_tree.home, site_tree.visits)
    for model in (Adoption, Nomination, VisitApplication, SparringRequest, SparringOffer):
        assert model.objects.count() == 1, model
    secrets = private_values_of_every_submission()
    assert {
        "Salaiselina Yksityinen",
        "hakija.salainen@example.fi",
        "Salainen pyyntö",
        "Tarjoaja Salainen",
        "Ilmoittaja Salainen",
    } <= secrets

    urls = {p.url for p in Page.objects.live().filter(depth__gt=1).specific()}
    visit = MunicipalityVisitPage.objects.live().get()
    urls |= {reverse("visit_apply", args=[visit.pk]), "/sitemap.xml", "/fi/suggest/?q=Sala"}
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
