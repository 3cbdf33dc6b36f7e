import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

from practices.translation import translate_page


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo seeded once for the module, in a transaction rolled back after it; each test
    runs in a savepoint inside it, as usual."""
    with django_db_blocker.unblock(), transaction.atomic():
        # wagtail-localize publishes translations on commit, which this transaction never reaches
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches the sites' root paths; the sites are gone


@pytest.fixture
def seeded(demo, db):
    pass


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page (wagtail-localize publishes on commit: run those callbacks at once)."""

    def run(page, locale, fields):
        with django_capture_on_commit_callbacks(execute=True):
            translate_page(page, locale, fields)
        return page.get_translation(locale)

    return run
