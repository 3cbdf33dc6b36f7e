"""What the read-only API (Wagtail's API v2) may show of each page type, declared once.

``declare_api_fields`` gives every page type of the registry's ``PAGE_TYPES`` its
``api_fields``: every field the model itself declares, less what the privacy rule keeps back
(``private_fields``) and what is the editors' own business (``internal_fields``), plus the
model's ``api_extra_fields``; each field serialised by its kind: vocabularies as slug and name
in the page's language, places with their region and county, rich text with its links resolved,
contacts only with consent, links only to live, public pages. Nobody lists fields per endpoint.

Serialisers read shared lookups (term names, restricted paths) once per response from the
serializer context, and the viewset prefetches the relations (``api_prefetch``), so a listing
runs the same number of queries whatever its size.
"""

from rest_framework import serializers

from django.apps import apps
from django.db.models import ForeignKey, ManyToManyField, Prefetch
from django.utils.functional import cached_property

from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import PageViewRestriction
from wagtail.rich_text import expand_db_html

from .models import Municipality
from .models.base import PageLink
from .privacy import public_contacts
from .vocabularies import PAGE_TYPES, VOCABULARIES

TERM_MODELS = {v.model_label for v in VOCABULARIES}


class PageField(serializers.Field):
    """A field that is given the whole page, so it knows the page's language."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def value(self, page):
        return getattr(page, self.field_name)

    def memo(self, key, compute):
        """A lookup shared by every page of one response."""
        store = self.context.setdefault("kb_api_memo", {})
        if key not in store:
            store[key] = compute()
        return store[key]


class RichTextSerializer(PageField):
    def to_representation(self, page):
        return expand_db_html(self.value(page) or "")


def place(municipality, language):
    county = municipality.wellbeing_county
    return {
        "code": municipality.code,
        "name": municipality.localized_name(language),
        "region": {"code": municipality.region.code, "name": municipality.region.localized_name(language)},
        "wellbeing_county": county.localized_name(language) if county else None,
    }


class MunicipalitySerializer(PageField):
    def to_representation(self, page):
        value = self.value(page)
        return place(value, page.locale.language_code) if value else None


class MunicipalitiesSerializer(PageField):
    def to_representation(self, page):
        language = page.locale.language_code
        rows = self.value(page).all()
        if self.field_name == "municipalities" and hasattr(page, "listing_municipalities"):
            rows = page.listing_municipalities()  # the main municipality first
        return [place(m, language) for m in rows]


class TermsSerializer(PageField):
    """[{slug, name}] with names in the page's language (one query per vocabulary and language)."""

    def to_representation(self, page):
        terms = list(self.value(page).all())
        if not terms:
            return []
        model = type(terms[0])

        def names():
            rows = model.objects.filter(locale_id=page.locale_id).values_list("translation_key", "name")
            return dict(rows)

        translated = self.memo(("terms", model._meta.label, page.locale_id), names)
        return [{"slug": t.slug, "name": translated.get(t.translation_key, t.name)} for t in terms]


class TagsSerializer(PageField):
    def to_representation(self, page):
        return sorted(tag.name for tag in self.value(page).all())


class ContactsSerializer(PageField):
    """Only the contacts who agreed to be shown (the privacy rule)."""

    def to_representation(self, page):
        shown = ("name", "title", "organisation", "email", "phone")
        return [{name: getattr(c, name) for name in shown} for c in public_contacts(self.value(page).all())]


class LinksSerializer(PageField):
    """Links to other pages: only live pages with no view restriction."""

    def to_representation(self, page):
        restricted = self.memo(
            "restricted", lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
        )
        targets = [link.target for link in self.value(page).all()]
        return [
            {"id": target.pk, "title": target.title}
            for target in targets
            if target.live and not any(target.path.startswith(path) for path in restricted)
        ]


class TranslationsSerializer(PageField):
    """The page in other languages: [{id, locale, title}] (live, public ones)."""

    def to_representation(self, page):
        translations = getattr(page, "api_translations", None)
        if translations is None:
            translations = page.get_translations().live().public().select_related("locale")
        return [{"id": p.pk, "locale": p.locale.language_code, "title": p.title} for p in translations]


class ExtraField(PageField):
    def to_representation(self, page):
        value = self.value(page)
        return value.isoformat() if hasattr(value, "isoformat") else value


def serializer_for(model, field):
    """The serialiser of a model's own field, or None for the API's default."""
    if isinstance(field, RichTextField):
        return RichTextSerializer()
    if isinstance(field, TaggableManager):
        return TagsSerializer()
    related = getattr(field, "related_model", None)
    if related is Municipality:
        return MunicipalitiesSerializer() if field.many_to_many else MunicipalitySerializer()
    if related is not None and related._meta.label in TERM_MODELS:
        return TermsSerializer()
    return None


class APIFields:
    """The API's view of one page model: its fields and the relations to prefetch."""

    def __init__(self, model):
        self.model = model

    @cached_property
    def hidden(self):
        return {*getattr(self.model, "private_fields", ()), *getattr(self.model, "internal_fields", ())}

    def own_fields(self):
        for field in self.model._meta.get_fields(include_parents=False):
            if field.auto_created or field.name in self.hidden or field.name.endswith("_ptr"):
                continue
            if field.concrete or isinstance(field, TaggableManager):
                yield field

    def child_relations(self):
        return [r for r in get_all_child_relations(self.model) if r.get_accessor_name() not in self.hidden]

    def fields(self):
        declared = [APIField(field.name, serializer=serializer_for(self.model, field)) for field in self.own_fields()]
        for relation in self.child_relations():
            name = relation.get_accessor_name()
            if issubclass(relation.related_model, PageLink):
                declared.append(APIField(name, serializer=LinksSerializer()))
            elif getattr(relation.related_model, "private_fields", None):
                declared.append(APIField(name, serializer=ContactsSerializer()))
        declared += [APIField(name, serializer=ExtraField()) for name in getattr(self.model, "api_extra_fields", ())]
        declared.append(APIField("translations", serializer=TranslationsSerializer()))
        return declared

    def prefetch(self, queryset):
        """``queryset`` of the model with everything its API fields read."""
        related, prefetched = ["locale"], []
        for field in self.own_fields():
            target = getattr(field, "related_model", None)
            if isinstance(field, TaggableManager):
                prefetched.append(field.name)
            elif isinstance(field, ManyToManyField) or getattr(field, "many_to_many", False):
                if target is Municipality:
                    places = Municipality.objects.select_related("region", "wellbeing_county")
                    prefetched.append(Prefetch(field.name, queryset=places))
                else:
                    prefetched.append(field.name)
            elif isinstance(field, ForeignKey):
                related.append(field.name)
                if target is Municipality:
                    related += [f"{field.name}__region", f"{field.name}__wellbeing_county"]
        for relation in self.child_relations():
            name = relation.get_accessor_name()
            prefetched.append(f"{name}__target" if issubclass(relation.related_model, PageLink) else name)
        return queryset.select_related(*related).prefetch_related(*prefetched)


def page_models():
    return [apps.get_model(label) for _key, label in PAGE_TYPES]


def declare_api_fields():
    """Give every page type of the registry its ``api_fields`` (called once, from ``ready``)."""
    for model in page_models():
        model.api_fields = APIFields(model).fields()
