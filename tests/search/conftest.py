"""The search tests run on the configured backend: the database by default, a real Elasticsearch
when ``ELASTICSEARCH_URL`` is set (``.ci/run`` runs them a second time that way)."""

import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import Client

from search import backend

ON_ELASTICSEARCH = "elasticsearch" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]


@pytest.fixture(scope="session")
def search_mappings(django_db_setup, django_db_blocker):
    """Create the Elasticsearch indexes with their mappings once per run."""
    if ON_ELASTICSEARCH:
        with django_db_blocker.unblock():
            call_command("update_index", verbosity=0)


@pytest.fixture(autouse=True)
def empty_search_index(search_mappings, monkeypatch):
    """Each test starts from an empty index (Elasticsearch keeps documents across the database's
    rollbacks) and sees what it indexed (Elasticsearch shows new documents after a refresh)."""
    if not ON_ELASTICSEARCH:
        yield
        return
    es = backend.backend()
    indexes = [index.name for index in es.all_indexes()]
    es.es.delete_by_query(index=indexes, query={"match_all": {}}, refresh=True, conflicts="proceed")
    request = Client.request

    def refreshed(self, **kwargs):
        es.refresh_indexes()
        return request(self, **kwargs)

    monkeypatch.setattr(Client, "request", refreshed)
    yield
