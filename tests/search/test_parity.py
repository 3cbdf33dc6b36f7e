"""Elasticsearch and the database backend give the same top results and the same facet counts.

Runs where both are configured: ``.ci/run`` (and ``make test-elasticsearch``) runs the search
tests with ``ELASTICSEARCH_URL`` set, and the test settings then keep the database backend too.
"""

import pytest

from django.http import QueryDict

from wagtail.models import Locale

from practices import models
from search import engine
from search.params import parse
from tests.practices import factories
from tests.search.conftest import ON_ELASTICSEARCH

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not ON_ELASTICSEARCH, reason="needs ELASTICSEARCH_URL (CI runs it)"),
]

PRACTICES = [
    ("Kumppanuuspöydät kokoavat yhdistykset", "244", ["cooperation", "networking"]),
    ("Kulttuurikumppanuuspöytä kylätaloilla", "790", ["cooperation"]),
    ("Kirjasto kylille", "698", ["accessibility"]),
    ("Kirjastoauto kiertää Lapissa", "698", ["accessibility", "participation"]),
    ("Taidetta lapsille ja nuorille", "837", ["cultural-education"]),
    ("Lasten kulttuuripolku", "049", ["cultural-education", "participation"]),
    ("Yhdistysten yhteistyöillat", "790", ["cooperation", "participation"]),
    ("Musiikkia hoivakoteihin", "091", ["cultural-wellbeing"]),
]


@pytest.fixture
def bank(site_tree):
    for title, code, themes in PRACTICES:
        page = factories.PracticePageFactory(
            parent=site_tree.practices, title=title, municipalities=[factories.municipality(code)]
        )
        page.themes.set([factories.term(models.Theme, slug) for slug in themes])
        page.save_revision().publish()
    from search import backend

    backend.backend().refresh_indexes()


@pytest.mark.parametrize(
    "query",
    [
        "q=kumppanuuspöydillä",
        "q=yhdistys",
        "q=kirjastoissa",
        "q=lapsille",
        "q=kirjasto&theme=participation",
        "q=kulttuuri&region=19&theme=accessibility&theme=participation",
        "theme=cooperation",
    ],
)
def test_both_backends_give_the_same_results_and_counts(bank, query):
    locale = Locale.objects.get(language_code="fi")
    params = parse(QueryDict(query))
    on_elasticsearch = engine.run(params, locale, using="default")
    on_database = engine.run(params, locale, using="database")
    assert [r.page.pk for r in on_elasticsearch.page][:5] == [r.page.pk for r in on_database.page][:5]
    assert on_elasticsearch.total == on_database.total

    def counts(outcome):
        return {(f.param, v.value): v.count for f in outcome.facets for v in f.values}

    assert counts(on_elasticsearch) == counts(on_database)
