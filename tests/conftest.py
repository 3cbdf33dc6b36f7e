from types import SimpleNamespace

import pytest

from wagtail.models import Page, Site

from tests.practices import factories


@pytest.fixture
def site_tree(db):
    """A Finnish home page as the default site's root, with the four section indexes."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    if welcome.pk != home.pk:
        welcome.delete()
    return SimpleNamespace(
        home=home,
        practices=factories.PracticeIndexPageFactory(parent=home),
        webinars=factories.WebinarIndexPageFactory(parent=home),
        visits=factories.VisitIndexPageFactory(parent=home),
        news=factories.NewsIndexPageFactory(parent=home),
    )


def pytest_sessionstart(session):
    """Compile the UI catalogues (they are built, not committed) before any test renders."""
    import django
    from django.core.management import call_command
    from django.utils.translation import trans_real

    django.setup()
    call_command("compile_catalogues", verbosity=0)
    # catalogues read before they were compiled are cached: read them again
    trans_real._translations = {}
    trans_real._default = None
