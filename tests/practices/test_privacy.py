"""Private data (review owners, contacts without consent) never reaches public pages or search."""

import pytest

from django.core import checks

from practices.models import PracticeContact
from practices.privacy import private_values
from tests.practices import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(site_tree):
    page = factories.PracticePageFactory(
        parent=site_tree.practices,
        title="Kylätalokiertue",
        review_owner_email="omistaja.salainen@example.fi",
    )
    page.contacts = [
        PracticeContact(
            name="Julkinen Henkilö", email="julkinen@example.fi", phone="+358 40 000 0001", publish_consent=True
        ),
        PracticeContact(
            name="Salainen Henkilö", email="salainen@example.fi", phone="+358 40 000 0009", publish_consent=False
        ),
    ]
    page.save_revision().publish()
    return page


def test_private_values_are_declared_in_one_place(practice):
    assert private_values(practice) == {
        "omistaja.salainen@example.fi",
        "Salainen Henkilö",
        "salainen@example.fi",
        "+358 40 000 0009",
    }


def test_public_page_shows_consenting_contacts_only(client, practice):
    html = client.get(practice.url).content.decode()
    assert "Julkinen Henkilö" in html and "julkinen@example.fi" in html
    for secret in private_values(practice):
        assert secret not in html


def test_search_never_finds_a_practice_by_its_private_values(client, practice):
    for secret in ("omistaja.salainen@example.fi", "salainen@example.fi", "Salainen"):
        html = client.get("/fi/haku/", {"q": secret}).content.decode()
        assert practice.title not in html


def test_search_results_never_show_private_values(client, practice):
    html = client.get("/fi/haku/", {"q": "Kylätalokiertue"}).content.decode()
    assert practice.title in html
    for secret in private_values(practice):
        assert secret not in html


def test_listings_never_show_private_values(client, practice, site_tree):
    for page in (site_tree.home, site_tree.practices):
        html = client.get(page.url).content.decode()
        assert practice.title in html
        for secret in private_values(practice):
            assert secret not in html


def test_system_check_stops_a_private_field_from_being_indexed(monkeypatch):
    from wagtail.search import index

    from practices.models import PracticePage

    monkeypatch.setattr(
        PracticePage, "search_fields", [*PracticePage.search_fields, index.SearchField("review_owner_email")]
    )
    errors = [e for e in checks.run_checks() if e.id == "practices.E001"]
    assert errors and "review_owner_email" in errors[0].msg


def test_system_check_stops_a_private_field_of_a_related_model_from_being_indexed(monkeypatch):
    from wagtail.search import index

    from practices.models import PracticePage

    assert not [e for e in checks.run_checks() if e.id == "practices.E001"]
    contacts = index.RelatedFields("contacts", [index.SearchField("organisation"), index.SearchField("email")])
    monkeypatch.setattr(PracticePage, "search_fields", [*PracticePage.search_fields, contacts])
    errors = [e.msg for e in checks.run_checks() if e.id == "practices.E001"]
    assert errors == [
        "PracticePage.contacts.email is private (PracticeContact.private_fields) but is in search_fields."
    ]


def test_restricted_pages_stay_out_of_listings_and_search(client, site_tree):
    from wagtail.models import PageViewRestriction

    hidden = factories.PracticePageFactory(parent=site_tree.practices, title="Suljettu käytäntö")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for url in (site_tree.home.url, site_tree.practices.url):
        assert "Suljettu käytäntö" not in client.get(url).content.decode()
    assert 'class="card"' not in client.get("/fi/haku/", {"q": "Suljettu"}).content.decode()
