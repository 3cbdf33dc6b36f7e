import pytest

from tests.practices import factories


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back after every test, so
    what was cached from it (pages, the site's navigation) must go as well."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def site_tree(db):
    """A Finnish home page as the default site's root, with the four section indexes."""
    return factories.site_tree()


def pytest_sessionstart(session):
    """Compile the UI catalogues (they are built, not committed) before any test renders."""
    import gettext

    import django
    from django.core.management import call_command
    from django.utils.translation import trans_real

    django.setup()
    call_command("compile_catalogues", verbosity=0)
    # catalogues read before they were compiled are cached (by Django, and by Python's gettext
    # per .mo file): read them again
    gettext._translations.clear()
    trans_real._translations = {}
    trans_real._default = None
