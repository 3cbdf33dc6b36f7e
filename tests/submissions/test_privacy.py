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
        body = client.get(url).content.decode()
        for value in PRIVATE.values():
            assert value not in body, (url, value)
        if url != status:
            assert nomination.token not in body, url
