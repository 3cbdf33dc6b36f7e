"""The abstract pages every page type builds on, and the link rows between pages."""

import functools
import time

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.coreutils import find_available_slug
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from .. import cache_generation, page_cache
from ..blocks import RICH_TEXT_FEATURES

# The search app registers a function (text, language) -> (terms, compound parts) under this
# name; without one, pages index their text as it is.
SEARCH_ANALYSIS_HOOK = "analyse_search_text"


def restricted_paths():
    """The tree paths of the pages readers need a password, a sign-in or a group for (their
    sections too); read from the cache until content or a restriction changes."""

    def build():
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        if paths:  # an alias shares its source's restrictions, and so do the aliases below it
            in_private_source = Q()
            for path in paths:
                in_private_source |= Q(alias_of__path__startswith=path)
            paths += Page.objects.filter(in_private_source).values_list("path", flat=True)
        return paths

    return cache_generation.remember(("restricted-paths",), build)


def locale_codes():
    """{locale pk: language code}, from the cache until a locale changes."""
    return cache_generation.remember(("locale-codes",), lambda: dict(Locale.objects.values_list("pk", "language_code")))


def locale_of(page):
    """The page's locale without a query (only its pk and language code are filled in)."""
    return Locale(pk=page.locale_id, language_code=locale_codes()[page.locale_id])


class BankPageQuerySet(PageQuerySet):
    """Wagtail's, with ``public()`` reading the private sections from the cache instead of a
    query each time it is used (a page runs it for every listing it shows)."""

    def private_q(self):
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


def pages(model=Page):
    """``model.objects``, with the cached ``public()``, for models that are not our own."""
    return BankPageQuerySet(model)


class BasePage(Page):
    """Shared behaviour: a listing summary, a meta description that falls back to it, and the
    page's public text for the analysed search index."""

    summary_field = None  # name of the plain-text field used in listings, if the page has one
    # Fields whose text feeds the analysed search index. Never a private field (practices.E001).
    search_text_fields = ("title",)

    search_fields = Page.search_fields + [
        index.SearchField("search_terms"),
        index.SearchField("search_compound_parts"),
    ]

    objects = PageManager.from_queryset(BankPageQuerySet)()

    # The slug under the title, where a translator sees it (in wagtail-localize's editor too,
    # which groups a page's fields by these tabs): a translation otherwise keeps the source's slug.
    content_panels = Page.content_panels + [FieldPanel("slug")]
    promote_panels = [
        MultiFieldPanel([FieldPanel("seo_title"), FieldPanel("search_description")], heading=_("For search engines")),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
    ]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        """Wagtail's; the answer of a page outside every private section may be cached."""
        if not self.get_view_restrictions():
            page_cache.allow(request)
        return super().serve(request, *args, **kwargs)

    def get_view_restrictions(self):
        """Wagtail's, without its two queries for a page outside every private section."""
        if self.alias_of_id is None and not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def search_text(self):
        """The declared fields' text, then the names of what the page links to."""
        texts = []
        for name in self.search_text_fields:
            value = getattr(self, name)
            field = self._meta.get_field(name)
            if hasattr(field, "get_searchable_content"):
                texts += [str(t) for t in field.get_searchable_content(value)]
            elif value:
                texts.append(str(value))
        texts += self.search_related_text()
        return "\n".join(t for t in texts if t)

    def search_related_text(self):
        """Names of linked things (tags, vocabulary terms, places) in the page's language."""
        return []

    def _analysed_search_text(self):
        """(terms, compound parts), once per instance: a backend reads each index field several
        times, and indexing always loads a fresh instance of the page."""
        if "_search_analysis" not in self.__dict__:
            text = self.search_text()
            analysis = (text, "")
            for analyse in hooks.get_hooks(SEARCH_ANALYSIS_HOOK):
                analysis = analyse(text, self.locale.language_code)
                break
            self.__dict__["_search_analysis"] = analysis
        return self.__dict__["_search_analysis"]

    def save(self, *args, **kwargs):
        self.__dict__.pop("_search_analysis", None)  # the text may have changed
        if kwargs.get("update_fields") is None:  # a whole save, as wagtail-localize's sync makes
            self.slug_from_translated_title()
        return super().save(*args, **kwargs)

    def slug_from_translated_title(self):
        """A translation never published whose slug is still the Finnish page's, though its title
        is translated, takes a slug from its own title: wagtail-localize copies the source's slug
        until the translator changes it, and a published address should not change later."""
        if self.pk is None or self.live or self.first_published_at or self.alias_of_id:
            return
        if self.locale_id is None or self.locale.language_code == settings.LANGUAGE_CODE:
            return
        source = (
            Page.objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .values("slug", "title")
            .first()
        )
        if source and source["slug"] == self.slug and source["title"] != self.title and slugify(self.title):
            self.slug = find_available_slug(self.get_parent(), slugify(self.title), ignore_page_id=self.pk)

    def search_terms(self):
        """Index field: every word of the page's text with its base forms."""
        return self._analysed_search_text()[0]

    def search_compound_parts(self):
        """Index field: the parts of the compounds in the page's text."""
        return self._analysed_search_text()[1]

    @property
    def listing_summary(self):
        if self.summary_field:
            return getattr(self, self.summary_field) or ""
        return self.search_description or ""

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary

    def get_sitemap_urls(self, request=None):
        """Absolute addresses on the host the sitemap was asked from (not the Site record's)."""
        urls = super().get_sitemap_urls(request)
        if request is not None:
            for url in urls:
                url["location"] = request.build_absolute_uri(self.get_url(request))
        return urls


def page_tabs(*tabs):
    """A page's edit form: its own tabs, given as (panels, heading), then Promote and Settings."""
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for panels, heading in tabs),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )


class IndexPage(BasePage):
    """A section front page listing its children, newest first, with pagination."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    page_size = 12
    max_count_per_parent = 1
    show_in_menus_default = True
    parent_page_types = ["practices.HomePage"]
    child_order = ["-first_published_at", "-pk"]

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True

    @property
    def child_model(self):
        from django.apps import apps

        return apps.get_model(self.subpage_types[0])

    def listing_queryset(self):
        return self.child_model.objects.child_of(self).live().public().order_by(*self.child_order)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # lazy: a listing whose rendering is cached (``contentcache``) runs none of these queries
        context["items"] = SimpleLazyObject(lambda: paginate(request, self.listing_queryset(), self.page_size))
        context["untranslated"] = SimpleLazyObject(self.untranslated_in_source_language)
        context["listing_key"] = listing_key(request)
        return context

    def untranslated_in_source_language(self):
        """Pages of this section that exist only in Finnish, when reading another language.

        Untranslated pages are not listed in other languages; the listing says how many
        there are and links to the Finnish section instead.
        """
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        source_index = self.get_translation_or_none(default)
        if source_index is None:
            return None
        translated = self.child_model.objects.child_of(self).values("translation_key")
        count = (
            self.child_model.objects.child_of(source_index)
            .live()
            .public()
            .exclude(translation_key__in=translated)
            .count()
        )
        return {"count": count, "index": source_index} if count else None


def listing_key(request):
    """The listing page asked for, as a short cache key part (anything odd is one key)."""
    number = request.GET.get("page", "1")
    return number if number.isdigit() and len(number) < 7 else "other"


def content_moment():
    """A cache key part that changes every five minutes, for what depends on the time too
    (an event is upcoming until it ends)."""
    return int(time.time() // 300)


def built_when_used(**builders):
    """Template context values that run their queries only when the template first uses them,
    each once: a page whose content part is cached (``{% contentcache %}``) runs none of them.
    Django's templates call a callable they find in the context."""
    return {name: functools.cache(build) for name, build in builders.items()}


def paginate(request, queryset, per_page):
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class PageLink(Orderable):
    """A link from a page to another page (related content, practices visited, …)."""

    target = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))

    class Meta(Orderable.Meta):
        abstract = True


def live_targets(links, locale=None):
    """The live pages that ``links`` (page link rows) point at; see ``live_pages``."""
    return live_pages([link.target_id for link in links], locale)


def live_pages(ids, locale=None):
    """The live pages with these ids, in order, in ``locale`` where a translation exists.

    A page without a translation is given in its own language, marked with
    ``fallback_language`` so templates can set ``lang``. Runs a bounded number of queries
    whatever the number of pages.
    """
    if not ids:
        return []
    locale = locale or Locale.get_active()
    found = pages().filter(pk__in=ids).live().public().values("translation_key")
    wanted = list(
        pages()
        .filter(translation_key__in=found)
        .filter(models.Q(locale=locale) | models.Q(pk__in=ids))
        .live()
        .public()
        .specific(defer=True)
    )
    keys = {page.pk: page.translation_key for page in wanted if page.pk in ids}
    codes = locale_codes()
    by_key = {}
    for page in wanted:
        current = by_key.get(page.translation_key)
        if current is None or page.locale_id == locale.pk:
            by_key[page.translation_key] = page
    for page in by_key.values():
        page.fallback_language = codes[page.locale_id] if page.locale_id != locale.pk else None
    return [by_key[keys[i]] for i in ids if i in keys and keys[i] in by_key]
