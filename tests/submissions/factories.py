import time

import factory
import wagtail_factories

from django.core import signing

from submissions import models
from submissions.spam import _SALT


class NominationFormPageFactory(wagtail_factories.PageFactory):
    title = "Ilmoita hyvä käytäntö"
    slug = "ilmoita-kaytanto"
    show_in_menus = True

    class Meta:
        model = models.NominationFormPage


class NominationFactory(factory.django.DjangoModelFactory):
    title = "Kulttuurikahvila kirjastossa"
    record = factory.LazyAttribute(lambda o: {"title": o.title, "summary": "Kahvila kokoaa kävijät."})
    locale = factory.LazyFunction(lambda: __import__("wagtail.models", fromlist=["Locale"]).Locale.get_default())
    submitter_name = "Maija Meikäläinen"
    submitter_email = "maija@example.fi"

    class Meta:
        model = models.Nomination


def started(seconds_ago=60):
    """The form's signed start time, as if it had been shown ``seconds_ago``."""
    return signing.dumps(time.time() - seconds_ago, salt=_SALT)


def nomination_data(**overrides):
    """A person's filled-in nomination form, as POSTed."""
    data = {
        "title": "Kulttuurikahvila kirjastossa",
        "summary": "Kirjaston kulttuurikahvila kokoaa ikääntyneet kerran viikossa.",
        "background": "Yksinäisyys lisääntyi.\n\nKirjasto halusi auttaa.",
        "how_it_works": "Vapaaehtoiset keittävät kahvit.",
        "municipalities": ["091", "049"],
        "themes": ["cooperation"],
        "target_groups": ["older-people"],
        "tags": "kahvila, lukupiiri",
        "start_year": "2021",
        "end_year": "",
        "status": "active",
        "reach": "300",
        "evidence_level": "described",
        "cost_level": "small",
        "submitter_name": "Maija Meikäläinen",
        "submitter_role": "Kulttuurituottaja",
        "submitter_organisation": "Helsingin kaupunginkirjasto",
        "submitter_municipality": "091",
        "submitter_email": "maija@example.fi",
        "publish_contact": "on",
        "website": "",
        "form_started": started(),
        "draft": "d" * 43,
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
