"""A two-node Elasticsearch cluster with one replica keeps answering searches while a node is down.

Runs when ``ELASTICSEARCH_CLUSTER`` names the script that stops a node (``.ci/run`` starts the
cluster with ``scripts/elasticsearch.sh start 2`` and sets it); the settings read both nodes from
``ELASTICSEARCH_URL``. The backend's timeout bounds how long a search may wait.

Two master-eligible nodes keep only one of them in the voting configuration, so the cluster
survives losing the other one, not the elected master (a third, voting-only node would let it
lose either): the test stops the node that is not the master, as a node going down for
maintenance would be chosen.
"""

import os
import subprocess

import pytest

from django.conf import settings
from django.test import Client

from search import backend
from tests.practices import factories
from tests.search.conftest import ON_ELASTICSEARCH

CLUSTER = os.environ.get("ELASTICSEARCH_CLUSTER", "")

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (ON_ELASTICSEARCH and CLUSTER), reason="needs a two-node cluster (CI runs it)"),
]


def test_searches_keep_working_while_one_node_is_stopped(site_tree):
    urls = settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"]
    assert len(urls) == 2
    # A cluster just started may still be placing its replicas: wait for them, with a client
    # timeout longer than the searches' own (the first run in a clean CI hit the 10 s one).
    es = backend.backend().es.options(request_timeout=120)
    es.cluster.health(wait_for_status="green", timeout="90s")
    factories.PracticePageFactory(parent=site_tree.practices, title="Kumppanuuspöydät kokoavat yhdistykset")
    es.cluster.health(wait_for_status="green", timeout="90s")
    es.indices.refresh(index="_all")
    client = Client()
    assert (
        "Kumppanuuspöydät kokoavat yhdistykset" in client.get("/fi/haku/", {"q": "kumppanuuspöydillä"}).content.decode()
    )
    master = es.cat.master(format="json")[0]["node"]
    down = "n2" if master == "n1" else "n1"
    subprocess.run([CLUSTER, "stop", down], check=True, timeout=60)  # noqa: S603
    es.cluster.health(wait_for_nodes="1", timeout="60s")
    try:
        for query in ("kumppanuuspöydillä", "yhdistys", "kumppanuuspöytä"):
            response = client.get("/fi/haku/", {"q": query})
            assert response.status_code == 200
            assert "Kumppanuuspöydät kokoavat yhdistykset" in response.content.decode()
    finally:
        subprocess.run([CLUSTER, "start", "2"], check=False, timeout=180)  # noqa: S603
