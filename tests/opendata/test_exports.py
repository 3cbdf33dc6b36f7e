"""Exports of all published practices as CSV and JSON: the search page's filters, vocabulary
names in the reader's language, places by code and name, nothing private, streamed."""

import csv
import io
import json

import pytest

from django.http import StreamingHttpResponse

from practices.models import PracticeContact, Theme
from tests.practices.factories import PracticePageFactory, municipality, term

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank(site_tree):
    lahti = PracticePageFactory(
        parent=site_tree.practices,
        title='Lahden "kumppanuuspöydät", osa 1',
        municipalities=[municipality("398"), municipality("091")],
        review_owner_email="salainen.omistaja@example.fi",
    )
    lahti.themes.set([term(Theme, "cooperation")])
    PracticeContact.objects.create(page=lahti, name="Piilo Pekka", email="pekka.piilo@example.fi")
    lahti.save_revision().publish()
    PracticePageFactory(parent=site_tree.practices, title="Rovaniemen lukupiirit", municipalities=[municipality("698")])
    PracticePageFactory(parent=site_tree.practices, title="Luonnos", live=False)
    return lahti


def body(response):
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_the_csv_has_one_row_per_published_practice(client, bank):
    response = client.get("/fi/vienti/kaytannot.csv")
    assert response["Content-Type"].startswith("text/csv") and "license" in response["Link"]
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert sorted(row["title"] for row in rows) == ['Lahden "kumppanuuspöydät", osa 1', "Rovaniemen lukupiirit"]
    lahti = next(row for row in rows if row["id"] == str(bank.pk))
    assert lahti["municipalities_codes"] == "091; 398" and lahti["municipalities"] == "Helsinki; Lahti"
    assert lahti["themes"] == "Yhteistyö ja kumppanuudet"
    assert lahti["regions"] == "Päijät-Häme; Uusimaa"
    assert lahti["url"] == f"http://testserver{bank.url}"
    assert "Moni ikääntynyt" in lahti["background"] and "<p>" not in lahti["background"]
    text = body(client.get("/fi/vienti/kaytannot.csv"))
    for secret in ("salainen.omistaja", "Piilo Pekka", "pekka.piilo", "review"):
        assert secret not in text


def test_the_json_export_follows_the_search_filters_and_names_the_licence(client, bank):
    data = json.loads(body(client.get("/fi/vienti/kaytannot.json?region=19")))
    assert data["license"]["name"] == "CC BY 4.0"
    assert [item["title"] for item in data["items"]] == ["Rovaniemen lukupiirit"]
    assert data["items"][0]["municipalities_codes"] == ["698"]
    everything = json.loads(body(client.get("/fi/vienti/kaytannot.json?theme=cooperation&region=nowhere")))
    assert [item["title"] for item in everything["items"]] == ['Lahden "kumppanuuspöydät", osa 1']  # junk ignored


def test_the_search_page_links_the_export_of_its_filters(client, bank):
    html = client.get("/fi/haku/?q=lukupiiri&region=19").content.decode()
    assert 'href="/fi/vienti/kaytannot.csv?region=19"' in html
    assert 'href="/fi/vienti/kaytannot.json?region=19"' in html
