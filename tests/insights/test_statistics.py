"""The statistics page: every figure equals a direct count in the database (a practice counted
once whatever its languages), gaps listed, each region linking to the search filtered by it, in
every language; the figures follow a publish at once and come from the cache otherwise."""

import pytest

from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from insights.figures import figures
from insights.models import StatisticsPage
from practices.demo.site import ensure_site_structure
from practices.models import PracticeIndexPage, PracticePage, Theme
from practices.translation import translate_page
from practices.updates import add_adoption
from practices.vocabularies import facets
from tests.practices.factories import PracticePageFactory, municipality, term

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank(site_tree):
    practices = site_tree.practices
    lahti = PracticePageFactory(
        parent=practices, title="Lahden kumppanuuspöydät", municipalities=[municipality("398")], start_year=2020
    )
    lahti.themes.set([term(Theme, "cooperation")])
    lahti.save_revision().publish()
    joint = PracticePageFactory(
        parent=practices, title="Yhteinen", municipalities=[municipality("091"), municipality("564")], start_year=2022
    )
    joint.themes.set([term(Theme, "cooperation"), term(Theme, "cultural-wellbeing")])
    joint.save_revision().publish()
    PracticePageFactory(parent=practices, title="Luonnos", municipalities=[municipality("837")], live=False)
    page = StatisticsPage(title="Tilastot", slug="tilastot")
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return page, lahti, joint


def direct(path, value):
    """Practices with ``value`` at ``path``, counted the plain way."""
    return (
        PracticePage.objects.live()
        .public()
        .filter(**{path: value})
        .aggregate(n=Count("translation_key", distinct=True))["n"]
    )


def test_every_figure_equals_a_direct_count(bank):
    numbers = figures(Locale.get_default())
    assert numbers.practices == 2
    paths = {facet.param: facet.path_for(PracticePage) for facet in facets()}
    checked = 0
    for dimension in numbers.dimensions:
        if dimension.param == "size":
            continue  # a range, checked below
        for row in dimension.rows:
            value = int(row.value) if dimension.param == "year" else row.value
            assert row.count == direct(paths[dimension.param], value), (dimension.param, row.value)
            checked += 1
    assert checked > 60  # every region, county and term was compared, zeros too
    size = {row.value: row.count for row in next(d for d in numbers.dimensions if d.param == "size").rows}
    assert size == {"under-5000": 0, "5000-20000": 0, "20000-100000": 0, "over-100000": 2}
    regions = {r.code: r for r in numbers.regions}
    assert regions["07"].count == 1 and regions["01"].count == 1 and regions["19"].count == 0
    assert regions["07"].per_10k == pytest.approx(10_000 / regions["07"].population)


def test_the_page_shows_map_charts_tables_and_gaps(client, bank):
    page, _lahti, _joint = bank
    html = client.get(page.url).content.decode()
    assert 'href="/fi/haku/?type=practice&amp;region=07"' in html  # the map and table lead to search
    assert "Päijät-Häme" in html and "<svg" in html and "<table" in html
    assert "Lappi" in html.split('id="gaps"')[1]  # a region with nothing is listed as a gap
    assert 'role="img"' in html and "<desc" in html


def test_figures_follow_a_publish_and_an_adoption_at_once(client, bank, site_tree):
    page, lahti, _joint = bank
    with CaptureQueriesContext(connection) as fresh:
        client.get(page.url)
    with CaptureQueriesContext(connection) as cached:
        client.get(page.url)
    PracticePageFactory(parent=site_tree.practices, title="Uusi Lapissa", municipalities=[municipality("698")])
    numbers = figures(Locale.get_default())
    assert numbers.practices == 3 and {r.code: r.count for r in numbers.regions}["19"] == 1
    add_adoption(lahti, municipality("091"))
    assert figures(Locale.get_default()).adoptions == 1
    assert len(cached) < len(fresh)  # unchanged figures come from the cache


def test_the_page_in_swedish_names_everything_in_swedish(db, client, django_capture_on_commit_callbacks):
    homes = ensure_site_structure()
    PracticePageFactory(
        parent=PracticeIndexPage.objects.get(locale=homes["fi"].locale), municipalities=[municipality("853")]
    )
    page = StatisticsPage(title="Tilastot", slug="tilastot")
    homes["fi"].add_child(instance=page)
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(page, homes["sv"].locale, {"title": "Statistik", "slug": "statistik"})
    html = client.get(page.get_translation(homes["sv"].locale).url).content.decode()
    assert 'lang="sv"' in html and "Egentliga Finland" in html and "Landskap" in html
    assert 'href="/sv/sok/?type=practice&amp;region=02"' in html
