"""The DCAT-AP catalogue parses as RDF and has what a harvester needs: the catalogue's title,
description and publisher; each dataset's title, description, licence and distributions with
their access addresses, which answer."""

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF

from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db
CC_BY = URIRef("https://creativecommons.org/licenses/by/4.0/")
EU_LANGUAGE = Namespace("http://publications.europa.eu/resource/authority/language/")


@pytest.fixture
def graph(client, site_tree):
    PracticePageFactory(parent=site_tree.practices, title="Lukupiiri")
    response = client.get("/catalog.jsonld")
    assert response["Content-Type"].startswith("application/ld+json")
    return Graph().parse(data=response.content, format="json-ld")


def test_the_catalogue_describes_itself(graph):
    catalogue = next(graph.subjects(RDF.type, DCAT.Catalog))
    titles = {title.language: str(title) for title in graph.objects(catalogue, DCTERMS.title)}
    assert titles["fi"] == "Kulttuuripalvelujen tietopankki" and set(titles) == {"fi", "sv", "en"}
    assert graph.value(catalogue, DCTERMS.description) is not None
    assert graph.value(catalogue, DCTERMS.publisher) is not None
    assert graph.value(catalogue, DCTERMS.license) == CC_BY
    assert EU_LANGUAGE.FIN in set(graph.objects(catalogue, DCTERMS.language))


def test_every_dataset_has_what_dcat_ap_requires_and_its_distributions_answer(client, graph):
    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    assert {str(graph.value(d, DCTERMS.identifier)) for d in datasets} == {"practices", "webinars", "visits"}
    for dataset in datasets:
        assert graph.value(dataset, DCTERMS.title) and graph.value(dataset, DCTERMS.description)
        assert graph.value(dataset, DCTERMS.license) == CC_BY
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) >= 2
        for distribution in distributions:
            url = str(graph.value(distribution, DCAT.accessURL))
            assert url.startswith("http://testserver/")
            assert graph.value(distribution, DCTERMS.license) == CC_BY
            assert client.get(url.removeprefix("http://testserver")).status_code == 200, url
    practices = next(d for d in datasets if str(graph.value(d, DCTERMS.identifier)) == "practices")
    downloads = {str(graph.value(d, DCAT.downloadURL)) for d in graph.objects(practices, DCAT.distribution)}
    assert "http://testserver/fi/vienti/kaytannot.csv" in downloads
