"""Every page factory builds a valid, published page that renders."""

import pytest

from tests.practices import factories

pytestmark = pytest.mark.django_db

CONTENT_FACTORIES = [
    (factories.PracticePageFactory, "practices"),
    (factories.WebinarPageFactory, "webinars"),
    (factories.MunicipalityVisitPageFactory, "visits"),
    (factories.NewsPageFactory, "news"),
    (factories.StandardPageFactory, "home"),
    (factories.BrowsePageFactory, "home"),
]


@pytest.mark.parametrize(("factory", "parent"), CONTENT_FACTORIES, ids=lambda f: getattr(f, "__name__", f))
def test_each_content_factory_builds_a_valid_live_page(client, site_tree, factory, parent):
    page = factory(parent=getattr(site_tree, parent))
    page.full_clean()
    assert page.live and page.get_parent().pk == getattr(site_tree, parent).pk
    assert client.get(page.url).status_code == 200


def test_the_site_tree_factory_builds_a_home_page_with_its_four_sections(client, site_tree):
    sections = [site_tree.practices, site_tree.webinars, site_tree.visits, site_tree.news]
    assert [p.pk for p in site_tree.home.get_children()] == [p.pk for p in sections]
    for page in [site_tree.home, *sections]:
        assert client.get(page.url).status_code == 200
