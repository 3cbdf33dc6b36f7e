"""The one registry of controlled vocabularies.

Page fields, admin panels, the import schema, templates (and later search facets, the API,
exports and statistics) read this declaration; nothing else lists the vocabularies by hand.
The page models import this module, so it names the term models by label, not by import.
"""

from dataclasses import dataclass
from functools import cache as memoize
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.db.models import Q, Value
from django.forms import CheckboxSelectMultiple
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel


def source_locale_filter():
    """Pages link to the default-language (Finnish) term; other rows are its translations."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


@dataclass(frozen=True)
class Vocabulary:
    key: str  # field name on pages and key in import records
    model_label: str  # "app_label.ModelName" of the term snippet
    param: str  # URL query parameter for search filters
    label: Promise
    help_text: Promise

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def field(self, related_name):
        """A page's link to this vocabulary (always to the default-language terms)."""
        return ParentalManyToManyField(
            self.model_label,
            blank=True,
            related_name=related_name,
            limit_choices_to=source_locale_filter,
            verbose_name=self.label,
            help_text=self.help_text,
        )

    def source_terms(self):
        """The default-language terms, the ones pages and submissions link to."""
        return self.model.objects.filter(**source_locale_filter())

    def panel(self):
        return FieldPanel(self.key, widget=CheckboxSelectMultiple)


VOCABULARIES = (
    Vocabulary(
        "themes",
        "practices.Theme",
        "theme",
        _("Themes"),
        _("Which themes does the practice advance? Choose one or more."),
    ),
    Vocabulary(
        "target_groups",
        "practices.TargetGroup",
        "target_group",
        _("Target groups"),
        _("Who is the activity meant for?"),
    ),
    Vocabulary(
        "art_forms",
        "practices.ArtForm",
        "art_form",
        _("Art forms and fields"),
        _("The art forms and fields of culture the practice concerns."),
    ),
    Vocabulary(
        "partner_sectors",
        "practices.PartnerSector",
        "partner",
        _("Partner sectors"),
        _("Who carries out the practice together with the municipality?"),
    ),
    Vocabulary(
        "teaviisari_dimensions",
        "practices.TeaviisariDimension",
        "teaviisari",
        _("TEAviisari dimensions"),
        _("The dimensions of THL's culture TEAviisari that the practice strengthens."),
    ),
    Vocabulary(
        "culture_act_tasks",
        "practices.CultureActTask",
        "act_task",
        _("Culture act tasks"),
        _("The tasks of section 3 of the Act on Municipal Cultural Activities (166/2019) that the practice advances."),
    ),
)

BY_KEY = {v.key: v for v in VOCABULARIES}


def terms_by_source(vocabulary, locale):
    """{default-language term pk: that term in ``locale`` (the default-language one where it has
    no translation)}, in the vocabulary's order; read from the cache until content changes."""
    from practices import cache_generation  # noqa: PLC0415 (the page models import this module)

    def build():
        source = list(vocabulary.source_terms())
        translated = {
            term.translation_key: term
            for term in vocabulary.model.objects.filter(
                locale=locale, translation_key__in=[term.translation_key for term in source]
            )
        }
        return {term.pk: translated.get(term.translation_key, term) for term in source}

    return cache_generation.remember(("terms", vocabulary.key, locale.language_code), build)


def classification(page, locale):
    """[(vocabulary, [its terms on ``page``, in ``locale``])] for every vocabulary: one query for
    all of them together (the terms themselves come from ``terms_by_source``)."""
    chosen = {vocabulary.key: set() for vocabulary in VOCABULARIES}
    links = []
    for vocabulary in VOCABULARIES:
        field = page._meta.get_field(vocabulary.key)
        links.append(
            field.remote_field.through.objects.filter(**{f"{field.m2m_field_name()}_id": page.pk})
            .annotate(vocabulary=Value(vocabulary.key))
            .values_list("vocabulary", f"{field.m2m_reverse_field_name()}_id")
        )
    for key, term_pk in links[0].union(*links[1:], all=True):
        chosen[key].add(term_pk)
    result = []
    for vocabulary in VOCABULARIES:
        terms = terms_by_source(vocabulary, locale)
        result.append((vocabulary, [term for pk, term in terms.items() if pk in chosen[vocabulary.key]]))
    return result


# --- Facets ----------------------------------------------------------------------------------
# Every way to narrow the bank (search filters, and later the API, exports, feeds and
# statistics): the URL parameter, the label, and for each page type the ORM path from the page
# to the value as it is written in URLs. A facet applies only to the page types that name it.

PAGE_TYPES = (
    ("practice", "practices.PracticePage"),
    ("webinar", "practices.WebinarPage"),
    ("visit", "practices.MunicipalityVisitPage"),
    ("news", "practices.NewsPage"),
)
PAGE_TYPE_KEYS = {label: key for key, label in PAGE_TYPES}


@dataclass(frozen=True)
class Facet:
    param: str
    label: Promise
    paths: tuple  # ((page model label, ORM path to the URL value), ...)
    kind: str  # "type", "terms", "model", "choices", "ranges" or "number"
    model_label: str = ""  # "terms" and "model": the rows the values name
    value_field: str = ""  # "model": the field of those rows used in URLs
    choices: type | None = None  # "choices" and "ranges": a TextChoices class
    ranges: tuple = ()  # "ranges": ((choice value, lowest, highest or None), ...)

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def path_for(self, model):
        """The ORM path on ``model``, or None when the facet does not apply to it."""
        return dict(self.paths).get(model._meta.label)

    def condition(self, model, values):
        """A Q on ``model``: "has one of ``values``" (OR within a facet), or None when the facet
        does not apply to ``model``. Values are as written in addresses."""
        path = self.path_for(model)
        if path is None:
            return None
        if self.kind == "type":
            return Q(pk__in=[]) if PAGE_TYPE_KEYS.get(model._meta.label) not in values else Q()
        if self.kind == "ranges":
            condition = Q(pk__in=[])
            for value, low, high in self.ranges:
                if str(value) in values:
                    condition |= Q(**{f"{path}__gte": low}) & (Q(**{f"{path}__lt": high}) if high else Q())
            return condition
        return Q(**{f"{path}__in": list(values)})


def _vocabulary_facet(vocabulary):
    paths = [("practices.PracticePage", f"{vocabulary.key}__slug")]
    if vocabulary.key == "themes":
        paths += [("practices.WebinarPage", "themes__slug"), ("practices.MunicipalityVisitPage", "themes__slug")]
    return Facet(vocabulary.param, vocabulary.label, tuple(paths), "terms", model_label=vocabulary.model_label)


def facets():
    """The facets in the order the search page shows them."""
    municipality = apps.get_model("practices.Municipality")
    practice = "practices.PracticePage"
    visit = "practices.MunicipalityVisitPage"
    page_model = apps.get_model(practice)
    return (
        Facet("type", _("Content type"), tuple((label, "pk") for _key, label in PAGE_TYPES), "type"),
        Facet(
            "region",
            _("Region"),
            ((practice, "municipalities__region__code"), (visit, "host_municipality__region__code")),
            "model",
            model_label="practices.Region",
            value_field="code",
        ),
        Facet(
            "county",
            _("Wellbeing services county"),
            ((practice, "municipalities__wellbeing_county__pk"), (visit, "host_municipality__wellbeing_county__pk")),
            "model",
            model_label="practices.WellbeingCounty",
            value_field="pk",
        ),
        Facet(
            "municipality",
            _("Municipality"),
            ((practice, "municipalities__code"), (visit, "host_municipality__code")),
            "model",
            model_label="practices.Municipality",
            value_field="code",
        ),
        Facet(
            "size",
            _("Municipality size"),
            ((practice, "municipalities__population"),),
            "ranges",
            choices=municipality.SizeClass,
            ranges=municipality.size_ranges(),
        ),
        *(_vocabulary_facet(v) for v in VOCABULARIES),
        Facet(
            "evidence",
            _("Evidence level"),
            ((practice, "evidence_level"),),
            "choices",
            choices=page_model.EvidenceLevel,
        ),
        Facet("cost", _("Cost level"), ((practice, "cost_level"),), "choices", choices=page_model.CostLevel),
        Facet("year", _("Start year"), ((practice, "start_year"),), "number"),
        Facet(
            "tag",
            _("Tags"),
            ((practice, "tags__slug"), ("practices.WebinarPage", "tags__slug"), ("practices.NewsPage", "tags__slug")),
            "model",
            model_label="taggit.Tag",
            value_field="slug",
        ),
    )


def filter_pages(pages, selected):
    """``pages`` (of one page model, or ``Page``) narrowed by ``selected`` ({facet param: values}):
    AND across facets, OR within one, along the registry's paths, in the database. A page of a
    type a chosen facet does not apply to is left out."""
    by_param = {facet.param: facet for facet in facets()}
    specific = pages.model._meta.label in PAGE_TYPE_KEYS
    for param, values in selected.items():
        facet = by_param[param]
        if specific:
            condition = facet.condition(pages.model, values)
            pages = pages.filter(condition) if condition is not None else pages.none()
            continue
        matching = Q(pk__in=[])
        for _key, label in PAGE_TYPES:
            model = apps.get_model(label)
            condition = facet.condition(model, values)
            if condition is not None:
                matching |= Q(pk__in=model.objects.filter(condition).values("pk"))
        pages = pages.filter(matching)
    return pages.distinct() if selected and specific else pages


# --- Links into the search ---------------------------------------------------------------------
# Every term, tag and place shown on a page links to the search narrowed by it. The search page
# is reached by its URL name, so this module does not import the search app.


def search_address(param, value):
    """The search page in the active language, filtered by one facet value."""
    return f"{reverse('search')}?{urlencode({param: value})}"


def facet_for(obj):
    """The facet whose values name rows like ``obj`` (a vocabulary term in any language, a place
    or a tag), or None. A term's translations share its slug, so they name the same value."""
    return _facets_by_model().get(type(obj)._meta.label_lower)


@memoize
def _facets_by_model():
    return {f.model_label.lower(): f for f in facets() if f.kind in ("terms", "model")}


def facet_value(facet, obj):
    return str(getattr(obj, facet.value_field or "slug"))


def search_address_for(obj):
    """The search filtered by ``obj``, or "" when nothing filters by its kind."""
    facet = facet_for(obj)
    return search_address(facet.param, facet_value(facet, obj)) if facet else ""
