"""The read-only API: every published page, nothing else, only public fields, filtered by the
registry's facets, in a number of queries that does not grow with the page size."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from practices.models import PracticeContact, TargetGroup, Theme
from tests.practices.factories import NewsPageFactory, PracticePageFactory, municipality, term

pytestmark = pytest.mark.django_db

PRACTICES = "/api/v2/pages/?type=practices.PracticePage"


def practice(parent, title, code="398", themes=(), **fields):
    page = PracticePageFactory(parent=parent, title=title, municipalities=[municipality(code)], **fields)
    if themes:
        page.themes.set([term(Theme, slug) for slug in themes])
        page.save_revision().publish()
    return page


@pytest.fixture
def bank(site_tree):
    lahti = practice(
        site_tree.practices,
        "Lahden kumppanuuspöydät",
        themes=["cooperation"],
        review_owner_email="salainen.omistaja@example.fi",
    )
    PracticeContact.objects.create(page=lahti, name="Julkinen Jaana", email="jaana@example.fi", publish_consent=True)
    PracticeContact.objects.create(
        page=lahti, name="Piilo Pekka", email="pekka.piilo@example.fi", publish_consent=False
    )
    lahti.save_revision().publish()
    rovaniemi = practice(site_tree.practices, "Rovaniemen lukupiirit", code="698", themes=["participation"])
    practice(site_tree.practices, "Luonnos", live=False)
    locked = practice(site_tree.practices, "Salasanan takana")
    PageViewRestriction.objects.create(page=locked, restriction_type="password", password="x")
    NewsPageFactory(parent=site_tree.news, title="Uutinen")
    return lahti, rovaniemi


def test_the_api_lists_every_published_practice_and_nothing_else(client, bank):
    data = client.get(PRACTICES + "&fields=*").json()
    titles = {item["title"] for item in data["items"]}
    assert titles == {"Lahden kumppanuuspöydät", "Rovaniemen lukupiirit"}
    assert data["meta"]["license"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    text = client.get(PRACTICES + "&fields=*").content.decode()
    for secret in ("salainen.omistaja", "Piilo Pekka", "pekka.piilo", "review", "owner_email"):
        assert secret not in text
    lahti = next(item for item in data["items"] if item["title"] == "Lahden kumppanuuspöydät")
    assert lahti["contacts"] == [
        {"name": "Julkinen Jaana", "title": "", "organisation": "", "email": "jaana@example.fi", "phone": ""}
    ]
    assert lahti["themes"] == [{"slug": "cooperation", "name": "Yhteistyö ja kumppanuudet"}]
    place = lahti["municipalities"][0]
    assert place["code"] == "398" and place["region"] == {"code": "07", "name": "Päijät-Häme"}
    assert "Päijät-Hämeen hyvinvointialue" == place["wellbeing_county"]
    assert client.get(f"/api/v2/pages/{bank[0].pk}/").status_code == 200


def test_filters_follow_the_registry(client, bank):
    def titles(query):
        return {item["title"] for item in client.get(PRACTICES + query).json()["items"]}

    assert titles("&region=19") == {"Rovaniemen lukupiirit"}
    assert titles("&theme=cooperation,participation") == {"Lahden kumppanuuspöydät", "Rovaniemen lukupiirit"}
    assert titles("&theme=cooperation&region=19") == set()  # AND across facets
    assert titles("&size=20000-100000") == {"Rovaniemen lukupiirit"}  # Lahti is over 100,000
    assert titles("&region=99") == set()  # an unknown value matches nothing
    assert client.get(PRACTICES + "&year=viime").status_code == 400
    all_types = client.get("/api/v2/pages/?region=07").json()["items"]
    assert [item["title"] for item in all_types] == ["Lahden kumppanuuspöydät"]  # news has no region


def test_private_documents_are_not_listed(client, bank):
    Document = get_document_model()
    root = Collection.get_first_root_node()
    hidden = root.add_child(name="Liitteet")
    CollectionViewRestriction.objects.create(collection=hidden, restriction_type=CollectionViewRestriction.LOGIN)
    Document.objects.create(title="Julkinen raportti", file="julkinen.pdf")
    Document.objects.create(title="Ilmoittajan liite", file="liite.pdf", collection=hidden)
    titles = [item["title"] for item in client.get("/api/v2/documents/").json()["items"]]
    assert titles == ["Julkinen raportti"]


def test_a_listing_runs_the_same_queries_whatever_its_size(client, site_tree):
    for n in range(12):
        page = practice(site_tree.practices, f"Käytäntö {n}", themes=["cooperation"])
        page.target_groups.set([term(TargetGroup, "children")])
        PracticeContact.objects.create(page=page, name="Julkinen", publish_consent=True)
        page.save_revision().publish()
    client.get(PRACTICES)  # the site and its root, which Wagtail caches after the first request
    counts = []
    for limit in (2, 12):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(PRACTICES + f"&fields=*&limit={limit}")
        assert len(response.json()["items"]) == limit
        counts.append(len(queries))
    assert counts[0] == counts[1]
