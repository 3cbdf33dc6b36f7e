"""The data catalogue that open-data portals harvest: DCAT-AP as JSON-LD at ``/catalog.jsonld``.

One catalogue, three datasets (practices, webinars, municipality visits), each with its
distributions: the CSV and JSON exports (practices), the API and the RSS feed, all under CC BY
4.0, in Finnish, Swedish and English. Titles and descriptions are given in every language; the
vocabularies are the EU's (languages, file types, frequencies, data themes), so a CKAN DCAT
harvester maps them without anyone typing the catalogue in.
"""

import json

from django.conf import settings
from django.db.models import Max
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Page

from practices.licence import LICENCE_URL, PUBLISHER_NAME
from practices.models import MunicipalityVisitPage, PracticePage, WebinarPage

EU = "http://publications.europa.eu/resource/authority/"
LANGUAGE_CODES = {"fi": "FIN", "sv": "SWE", "en": "ENG"}
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def in_every_language(text):
    """[{"@value", "@language"}] of a translatable string."""
    values = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            values.append({"@value": str(text() if callable(text) else text), "@language": code})
    return values


def uri(request, path):
    return {"@id": request.build_absolute_uri(path)}


def localized(name, **kwargs):
    with translation.override(settings.LANGUAGE_CODE):
        return reverse(name, kwargs=kwargs or None)


def distribution(request, path, title, file_type, media_type, *, download=False):
    found = {
        "@type": "dcat:Distribution",
        "dct:title": title,
        "dcat:accessURL": uri(request, path),
        "dct:format": {"@id": f"{EU}file-type/{file_type}"},
        "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media_type}"},
        "dct:license": {"@id": LICENCE_URL},
    }
    if download:
        found["dcat:downloadURL"] = uri(request, path)
    return found


def modified(model):
    latest = model.objects.live().public().aggregate(latest=Max("last_published_at"))["latest"]
    return {"@value": latest.isoformat(), "@type": "xsd:dateTime"} if latest else None


def dataset(request, key, model, title, description, keywords, extra_distributions=()):
    api = "/api/v2/pages/?type=" + model._meta.label + "&fields=*"
    feed_type = {"practices": "practice", "webinars": "webinar", "visits": "visit"}[key]
    found = {
        "@id": request.build_absolute_uri(reverse("dcat_catalogue")) + f"#{key}",
        "@type": "dcat:Dataset",
        "dct:identifier": key,
        "dct:title": in_every_language(title),
        "dct:description": in_every_language(description),
        "dcat:keyword": [{"@value": word, "@language": "fi"} for word in keywords],
        "dcat:theme": [{"@id": f"{EU}data-theme/EDUC"}, {"@id": f"{EU}data-theme/SOCI"}],
        "dct:language": [{"@id": f"{EU}language/{code}"} for code in LANGUAGE_CODES.values()],
        "dct:spatial": {"@id": f"{EU}country/FIN"},
        "dct:accrualPeriodicity": {"@id": f"{EU}frequency/CONT"},
        "dct:license": {"@id": LICENCE_URL},
        "dct:publisher": publisher(),
        "dcat:contactPoint": {
            "@type": "vcard:Organization",
            "vcard:fn": PUBLISHER_NAME,
            "vcard:hasEmail": {"@id": f"mailto:{settings.DEFAULT_FROM_EMAIL}"},
        },
        "dcat:landingPage": uri(request, localized("search") + f"?type={feed_type}"),
        "dcat:distribution": [
            *extra_distributions,
            distribution(request, api, "API (Wagtail API v2, JSON)", "JSON", "application/json"),
            distribution(request, localized("feed_rss") + f"?type={feed_type}", "RSS", "RSS", "application/rss+xml"),
        ],
    }
    if (latest := modified(model)) is not None:
        found["dct:modified"] = latest
    return found


def publisher():
    return {"@type": "foaf:Agent", "foaf:name": PUBLISHER_NAME}


def catalogue(request):
    """The DCAT-AP catalogue as a JSON-LD document (a dict)."""
    practices = dataset(
        request,
        "practices",
        PracticePage,
        lambda: _("Good practices of municipal culture services"),
        lambda: _(
            "Good practices of Finnish municipal culture services: what was done, where, with whom, with what "
            "resources and results, classified by theme, target group, art form, partner sector, TEAviisari "
            "dimension and task of the Act on Municipal Cultural Activities."
        ),
        ["kulttuuripalvelut", "kunnat", "hyvät käytännöt", "kulttuurihyvinvointi", "TEAviisari"],
        extra_distributions=[
            distribution(request, localized("export_csv"), "CSV", "CSV", "text/csv", download=True),
            distribution(request, localized("export_json"), "JSON", "JSON", "application/json", download=True),
        ],
    )
    webinars = dataset(
        request,
        "webinars",
        WebinarPage,
        lambda: _("Webinar recordings on municipal culture services"),
        lambda: _("Webinars of the development task: recordings, transcripts, chapters, speakers and materials."),
        ["webinaarit", "kulttuuripalvelut"],
    )
    visits = dataset(
        request,
        "visits",
        MunicipalityVisitPage,
        lambda: _("Peer-learning municipality visits"),
        lambda: _(
            "Municipality visits for peer learning: programmes, participating municipalities and what was learnt."
        ),
        ["kuntavierailut", "vertaisoppiminen"],
    )
    latest = Page.objects.live().public().aggregate(latest=Max("last_published_at"))["latest"]
    found = {
        "@context": CONTEXT,
        "@id": request.build_absolute_uri(reverse("dcat_catalogue")),
        "@type": "dcat:Catalog",
        "dct:title": in_every_language(lambda: _("Culture services knowledge bank")),
        "dct:description": in_every_language(
            lambda: _(
                "The national knowledge bank of good practices for municipal culture services in Finland: "
                "practices, webinar recordings and municipality visits, free to reuse."
            )
        ),
        "dct:publisher": publisher(),
        "dct:license": {"@id": LICENCE_URL},
        "dct:language": [{"@id": f"{EU}language/{code}"} for code in LANGUAGE_CODES.values()],
        "foaf:homepage": uri(request, "/"),
        "dcat:dataset": [practices, webinars, visits],
    }
    if latest:
        found["dct:modified"] = {"@value": latest.isoformat(), "@type": "xsd:dateTime"}
    return found


@require_GET
@cache_control(max_age=3600, public=True)
def catalogue_view(request):
    body = json.dumps(catalogue(request), ensure_ascii=False, indent=2)
    return HttpResponse(body, content_type="application/ld+json; charset=utf-8")
