"""A practice page shows practices from municipalities like its own: size class, region or a neighbour."""

import pytest

from practices import models
from tests.practices import factories

pytestmark = pytest.mark.django_db


def practice(site_tree, title, code, themes=()):
    page = factories.PracticePageFactory(
        parent=site_tree.practices, title=title, municipalities=[factories.municipality(code)]
    )
    page.themes.set([factories.term(models.Theme, slug) for slug in themes])
    page.save_revision().publish()
    return page


def test_regions_know_their_neighbours():
    north_ostrobothnia = models.Region.objects.get(code="17")
    assert {r.name_fi for r in north_ostrobothnia.neighbours.all()} == {
        "Pohjois-Savo",
        "Keski-Suomi",
        "Keski-Pohjanmaa",
        "Kainuu",
        "Lappi",
    }
    assert north_ostrobothnia in models.Region.objects.get(code="19").neighbours.all()  # both ways


def test_peers_are_of_the_same_size_in_the_same_or_a_neighbouring_region(client, site_tree):
    page = practice(site_tree, "Kempeleen käytäntö", "244", themes=["participation", "networking"])  # 19,702
    liminka = practice(site_tree, "Limingan käytäntö", "425", themes=["participation"])  # same region, 10,116
    sotkamo = practice(site_tree, "Sotkamon käytäntö", "765", themes=["participation", "networking"])  # Kainuu
    practice(site_tree, "Oulun käytäntö", "564", themes=["participation"])  # same region, 217,469
    practice(site_tree, "Karkkilan käytäntö", "224", themes=["participation"])  # Uusimaa, not a neighbour
    assert page.peers() == [sotkamo, liminka]  # two shared themes before one
    html = client.get(page.url).content.decode()
    section = html.split('id="peers"')[1]
    assert "Sotkamon käytäntö" in section and "Limingan käytäntö" in section
    assert "Oulun käytäntö" not in section and "Karkkilan käytäntö" not in section
    assert "5\u00a0000–20\u00a0000 asukasta" in section and "Pohjois-Pohjanmaa" in section


def test_a_practice_without_peers_shows_no_empty_section(client, site_tree):
    page = practice(site_tree, "Ainoa käytäntö", "244")
    assert 'id="peers"' not in client.get(page.url).content.decode()
