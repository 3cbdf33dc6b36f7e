"""Factories for the content model (wagtail-factories / factory_boy)."""

import datetime
import importlib
from types import SimpleNamespace

import factory
import wagtail_factories

from django.utils import timezone

from wagtail.models import Collection, Locale, Page, Site

from practices import models
from practices.builder import text_to_rich_text


def finnish():
    return Locale.objects.get(language_code="fi")


def reference_data():
    """What the migrations load, loaded again: transactional tests empty every table afterwards,
    migration data included."""
    from django.apps import apps

    if not Locale.objects.exists():
        Locale.objects.create(language_code="fi")
        importlib.import_module("practices.migrations.0002_municipalities").load(apps, None)
        importlib.import_module("practices.migrations.0003_locales_and_vocabularies").seed(apps, None)
        importlib.import_module("practices.migrations.0009_browse_pages_and_place_texts").name_counties(apps, None)
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="fi")))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")


def municipality(code):
    return models.Municipality.objects.get(code=code)


def term(model, slug):
    return model.objects.get(slug=slug, locale__language_code="fi")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Kulttuuria yhteistuumin"
    slug = "etusivu"
    locale = factory.LazyFunction(finnish)

    class Meta:
        model = models.HomePage


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Hyvät käytännöt"
    slug = "kaytannot"

    class Meta:
        model = models.PracticeIndexPage


class WebinarIndexPageFactory(wagtail_factories.PageFactory):
    title = "Webinaarit"
    slug = "webinaarit"

    class Meta:
        model = models.WebinarIndexPage


class VisitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kuntavierailut"
    slug = "kuntavierailut"

    class Meta:
        model = models.VisitIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ajankohtaista"
    slug = "ajankohtaista"

    class Meta:
        model = models.NewsIndexPage


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kulttuurikaveritoiminta {n}")
    summary = "Vapaaehtoiset kulttuurikaverit vievät ikääntyneitä konsertteihin ja näyttelyihin."
    background = text_to_rich_text("Moni ikääntynyt jää pois kulttuuritapahtumista, koska yksin lähteminen on vaikeaa.")
    how_it_works = text_to_rich_text("Koulutetut vapaaehtoiset lähtevät seuraksi.")
    start_year = 2021
    status = models.PracticePage.Status.ACTIVE
    evidence_level = models.PracticePage.EvidenceLevel.EVALUATED
    cost_level = models.PracticePage.CostLevel.SMALL

    class Meta:
        model = models.PracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def municipalities(obj, create, extracted, **kwargs):
        if create:
            obj.municipalities.set(extracted if extracted is not None else [municipality("398")])
            if obj.live:  # publish as an editor would: the search index then sees the municipalities
                obj.save_revision().publish()
            else:
                obj.save()


class WebinarPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kulttuurihyvinvointi kunnassa {n}")
    summary = "Webinaari kulttuurihyvinvoinnin suunnittelusta."
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
    duration_minutes = 90

    class Meta:
        model = models.WebinarPage


class MunicipalityVisitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kuntavierailu Kempeleeseen {n}")
    summary = "Puolentoista päivän vertaisoppimisvierailu."
    host_municipality = factory.LazyFunction(lambda: municipality("244"))
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=60))
    end_date = factory.LazyAttribute(lambda o: o.start_date + datetime.timedelta(days=1))

    class Meta:
        model = models.MunicipalityVisitPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Uutinen {n}")
    summary = "Kumppanuuksia tarvitaan kunnissa."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = models.NewsPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "Saavutettavuusseloste"
    summary = "Tämä seloste koskee palvelua."

    class Meta:
        model = models.StandardPage


class BrowsePageFactory(wagtail_factories.PageFactory):
    title = "Teemat"
    slug = "teemat"
    kind = models.BrowsePage.Kind.THEME

    class Meta:
        model = models.BrowsePage


def site_tree():
    """A Finnish home page as the default site's root, with the four section indexes."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    if welcome.pk != home.pk:
        welcome.delete()  # after the site moved: deleting a site's root page deletes the site
    return SimpleNamespace(
        home=home,
        practices=PracticeIndexPageFactory(parent=home),
        webinars=WebinarIndexPageFactory(parent=home),
        visits=VisitIndexPageFactory(parent=home),
        news=NewsIndexPageFactory(parent=home),
    )
