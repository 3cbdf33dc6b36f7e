"""The good practice (hyvä käytäntö), the heart of the knowledge bank."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import cache_generation
from ..blocks import RICH_TEXT_FEATURES, BodyBlock, DocumentBlock, LinkBlock
from ..forms import PlacesPageForm
from ..privacy import public_contacts
from ..vocabularies import BY_KEY, VOCABULARIES
from ..vocabularies import classification as classification_of
from .base import BankPageQuerySet, BasePage, IndexPage, PageLink, live_targets, locale_of, page_tabs
from .places import Municipality, Region
from .taxonomy import localize_terms

YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]

# Other apps add to a practice page's context through this hook: ``fn(page, request, context)``
# (the submissions app links the form where a municipality reports that it adopted the practice).
PRACTICE_CONTEXT_HOOK = "practice_page_context"


class PracticeIndexPage(IndexPage):
    template = "pages/practice_index_page.html"
    subpage_types = ["practices.PracticePage"]

    class Meta:
        verbose_name = _("practice index page")
        verbose_name_plural = _("practice index pages")

    def listing_queryset(self):
        return super().listing_queryset().for_cards()


class PracticePageQuerySet(BankPageQuerySet):
    def prefetch_municipalities(self):
        return self.prefetch_related(
            Prefetch("municipalities", queryset=Municipality.objects.select_related("region", "wellbeing_county"))
        )

    def for_cards(self):
        """Everything a practice card shows: the municipalities, and the image with its renditions."""
        return self.prefetch_municipalities().prefetch_related(
            Prefetch("hero_image", queryset=get_image_model().objects.prefetch_renditions())
        )


class PracticePageTag(TaggedItemBase):
    content_object = ParentalKey("practices.PracticePage", on_delete=models.CASCADE, related_name="tagged_items")


class PracticePage(BasePage):
    class Scope(models.TextChoices):
        LOCAL = "local", _("Local")
        JOINT = "joint", _("Joint (several municipalities)")
        REGIONAL = "regional", _("Regional")
        NATIONAL = "national", _("National")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    class EvidenceLevel(models.TextChoices):
        DESCRIBED = "described", _("Described")
        EVALUATED = "evaluated", _("Evaluated")
        EVALUATED_EXTERNALLY = "evaluated_externally", _("Evaluated externally")

    class CostLevel(models.TextChoices):
        NONE = "none", _("No extra cost")
        SMALL = "small", _("Small cost")
        MEDIUM = "medium", _("Medium cost")
        LARGE = "large", _("Large cost")

    # The text sections, in reading order: (field name, heading).
    SECTIONS = (
        ("background", _("Background and need")),
        ("how_it_works", _("How it works")),
        ("resources", _("Resources and funding")),
        ("results", _("Results and evaluation")),
        ("adoption", _("How to adopt it in your municipality")),
        ("lessons_learned", _("Lessons learned")),
        ("what_did_not_work", _("What did not work")),
    )

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two plain sentences shown in listings, search results and search engines."),
    )
    background = RichTextField(
        _("background and need"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Why was the practice started? What need does it answer?"),
    )
    how_it_works = RichTextField(
        _("how it works"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What is done, by whom, how often and where."),
    )
    resources = RichTextField(
        _("resources and funding"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Staff time, money, spaces and where the funding comes from."),
    )
    results = RichTextField(
        _("results and evaluation"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What has been achieved and how it was evaluated."),
    )
    adoption = RichTextField(
        _("how to adopt it"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Advice for another municipality that wants to try it."),
    )
    lessons_learned = RichTextField(_("lessons learned"), blank=True, features=RICH_TEXT_FEATURES)
    what_did_not_work = RichTextField(
        _("what did not work"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Honest notes on what failed help others most."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("more content"),
        help_text=_("Images, quotes, videos, documents and fact boxes."),
    )

    main_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="main_practices",
        null=True,
        blank=True,
        verbose_name=_("main municipality"),
        help_text=_(
            "The municipality that leads the practice; listings show it first. It is added to the municipalities if missing."
        ),
    )
    municipalities = ParentalManyToManyField(
        Municipality,
        related_name="practices",
        verbose_name=_("municipalities"),
        help_text=_("The municipalities that run the practice. Region and wellbeing services county follow from them."),
    )
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices, default=Scope.LOCAL)
    adopted_in = ParentalManyToManyField(
        Municipality,
        blank=True,
        related_name="adopted_practices",
        verbose_name=_("also in use in"),
        help_text=_("Other municipalities that have taken the practice up."),
    )
    themes = BY_KEY["themes"].field("practices")
    target_groups = BY_KEY["target_groups"].field("practices")
    art_forms = BY_KEY["art_forms"].field("practices")
    partner_sectors = BY_KEY["partner_sectors"].field("practices")
    teaviisari_dimensions = BY_KEY["teaviisari_dimensions"].field("practices")
    culture_act_tasks = BY_KEY["culture_act_tasks"].field("practices")
    tags = ClusterTaggableManager(through=PracticePageTag, blank=True, verbose_name=_("tags"))

    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True, validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True, validators=YEAR_VALIDATORS)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    reach = models.PositiveIntegerField(_("reach"), null=True, blank=True, help_text=_("Participants a year, roughly."))
    evidence_level = models.CharField(
        _("evidence level"), max_length=25, choices=EvidenceLevel.choices, default=EvidenceLevel.DESCRIBED
    )
    cost_level = models.CharField(_("cost level"), max_length=10, choices=CostLevel.choices, blank=True)

    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))
    attachments = StreamField([("document", DocumentBlock())], blank=True, verbose_name=_("attachments"))

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the top of the page and on its card. Describe the image in its description: "
            "the description is read to those who cannot see it."
        ),
    )
    hero_image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, in the page's language, for those who cannot see it; translated "
            "with the page. Empty: the image's own description."
        ),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval (months)"), default=12, validators=[MinValueValidator(1), MaxValueValidator(60)]
    )
    review_owner_email = models.EmailField(
        _("review owner's email"),
        blank=True,
        help_text=_("Private: who is reminded to keep the practice current. Never shown to the public."),
    )

    # Private data: never rendered publicly, indexed, exported or served by the API.
    private_fields = ("review_owner_email",)
    # The editors' own bookkeeping: not served by the API or exports (the review date is
    # shown as ``checked_on``).
    internal_fields = ("last_reviewed", "review_interval_months")
    api_extra_fields = ("checked_on",)

    objects = PageManager.from_queryset(PracticePageQuerySet)()

    base_form_class = PlacesPageForm
    template = "pages/practice_page.html"
    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []
    summary_field = "summary"

    override_translatable_fields = [
        SynchronizedField("main_municipality"),
        SynchronizedField("municipalities"),
        SynchronizedField("adopted_in"),
        *(SynchronizedField(v.key) for v in VOCABULARIES),
    ]

    search_text_fields = ("title", "summary", *(name for name, _heading in SECTIONS), "body")
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        *(index.SearchField(name) for name, _heading in SECTIONS),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=1.5)]),
        index.RelatedFields("municipalities", [index.SearchField("name_fi"), index.SearchField("name_sv")]),
        *(index.RelatedFields(v.key, [index.SearchField("name")]) for v in VOCABULARIES),
        index.FilterField("start_year"),
        index.FilterField("status"),
        index.FilterField("scope"),
        index.FilterField("evidence_level"),
        index.FilterField("cost_level"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        MultiFieldPanel([FieldPanel(name) for name, _heading in SECTIONS], heading=_("Sections")),
        FieldPanel("body"),
    ]
    classification_panels = [
        FieldPanel("main_municipality"),
        FieldPanel("municipalities"),
        FieldPanel("scope"),
        FieldPanel("adopted_in"),
        *(v.panel() for v in VOCABULARIES),
        FieldPanel("tags"),
    ]
    details_panels = [
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("status")], heading=_("Timing")),
        FieldRowPanel(
            [FieldPanel("reach"), FieldPanel("evidence_level"), FieldPanel("cost_level")],
            heading=_("Reach, evidence and cost"),
        ),
        InlinePanel("contacts", label=_("Contacts"), heading=_("Contacts")),
        FieldPanel("links"),
        FieldPanel("attachments"),
        MultipleChooserPanel(
            "related_links",
            chooser_field_name="target",
            label=_("Related content"),
            heading=_("Related practices, webinars and visits"),
        ),
    ]
    review_panels = [
        FieldPanel("last_reviewed"),
        FieldPanel("review_interval_months"),
        FieldPanel("review_owner_email"),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Content")),
        (classification_panels, _("Classification")),
        (details_panels, _("Details")),
        (review_panels, _("Review")),
    )

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    @classmethod
    def get_indexed_objects(cls):
        """Prefetch the linked vocabularies and places so bulk indexing stays a few queries."""
        return (
            super()
            .get_indexed_objects()
            .select_related("locale")
            .prefetch_related(
                "municipalities__region",
                "municipalities__wellbeing_county",
                "tags",
                "related_links__target",
                *(v.key for v in VOCABULARIES),
            )
        )

    def clean(self):
        super().clean()
        errors = self.year_errors(self.start_year, self.end_year)
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def year_errors(start_year, end_year):
        """{field: message} when the years contradict each other (the admin form and the schema share it)."""
        if start_year and end_year and end_year < start_year:
            return {"end_year": _("The end year cannot be before the start year.")}
        return {}

    def search_related_text(self):
        """Tags, vocabulary terms in the page's language, the places (the municipalities' Finnish
        and Swedish names, every name of their regions and wellbeing services counties) and the
        titles of related content, all shown on the page."""
        texts = [tag.name for tag in self.tags.all()]
        for vocabulary in VOCABULARIES:
            texts += [term.name for term in localize_terms(getattr(self, vocabulary.key).all(), self.locale)]
        for municipality in self.municipalities.all():
            texts += [municipality.name_fi, municipality.name_sv, *municipality.region.names()]
            if municipality.wellbeing_county:
                texts += municipality.wellbeing_county.names()
        return texts + [link.target.title for link in self.related_links.all()]  # shown as related content

    @property
    def hero_alt_text(self):
        """The image's alt text in the page's language: the page's own description of it, else
        the image's (a translation shares the image, not the words)."""
        if not self.hero_image_id:
            return ""
        return self.hero_image_alt or self.hero_image.default_alt_text

    @property
    def checked_on(self):
        """When the practice was last confirmed current (shown on the page)."""
        return self.last_reviewed

    def sections(self):
        """The non-empty text sections as (field name, heading, html)."""
        return [(name, heading, getattr(self, name)) for name, heading in self.SECTIONS if getattr(self, name)]

    def get_context(self, request, *args, **kwargs):
        """Everything the page shows, fetched in a bounded number of queries and, on the live
        page, kept until content changes (a preview shows the form's unsaved choices)."""
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False) or not self.pk:
            shown = self.shown(preview=True)
        else:
            shown = cache_generation.remember(("practice-page", self.pk, translation.get_language()), self.shown)
        context.update(shown)
        context["classification"] = [(BY_KEY[key].label, terms) for key, terms in shown["classification"]]
        for add_context in hooks.get_hooks(PRACTICE_CONTEXT_HOOK):
            add_context(self, request, context)
        return context

    def shown(self, preview=False):
        """What the page shows besides its own fields: places, terms, people, related content."""
        locale = locale_of(self)
        if preview:
            classification = [
                (vocabulary.key, localize_terms(getattr(self, vocabulary.key).all(), locale))
                for vocabulary in VOCABULARIES
            ]
        else:
            classification = [(vocabulary.key, terms) for vocabulary, terms in classification_of(self, locale)]
        shown = {
            "places": self.places(),
            "classification": classification,
            "adopted_in": list(self.adopted_in.all()),
            "contacts": self.public_contacts(),
            "tags": list(self.tags.all()),
            "related_pages": live_targets(self.related_links.all(), locale),
        }
        main = next(iter(shown["places"]["municipalities"]), None)
        shown["peers"] = self.peers(main)
        if shown["peers"]:
            shown["peer_basis"] = {"size_label": str(main.size_class_label()), "region": main.region.name}
        return shown

    PEERS = 4

    def peers(self, main=None):
        """Practices from municipalities like this one's main municipality (``main``, else the one
        listed first): the same size class, in the same or a neighbouring region; those sharing
        most themes first, then the newest. One query, plus one for the cards' municipalities."""
        main = main or next(iter(self.listing_municipalities()), None)
        if main is None:
            return []
        low, high = main.size_range()
        regions = Region.objects.filter(Q(pk=main.region_id) | Q(neighbours=main.region_id)).values("pk")
        similar = Municipality.objects.filter(region__in=regions, population__gte=low)
        if high:
            similar = similar.filter(population__lt=high)
        return list(
            PracticePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, municipalities__in=similar)
            .exclude(translation_key=self.translation_key)
            .annotate(
                shared_themes=Count(
                    "themes",
                    filter=Q(themes__in=BY_KEY["themes"].model.objects.filter(practices=self.pk).values("pk")),
                    distinct=True,
                )
            )
            .order_by("-shared_themes", "-first_published_at", "-pk")
            .distinct()
            .for_cards()[: self.PEERS]
        )

    def places(self):
        """Municipalities (the main one first) with the regions and counties they derive."""
        municipalities = self._main_first(self.municipalities.select_related("region", "wellbeing_county"))
        regions = list({m.region_id: m.region for m in municipalities}.values())
        counties = list(
            {m.wellbeing_county_id: m.wellbeing_county for m in municipalities if m.wellbeing_county}.values()
        )
        return {"municipalities": municipalities, "regions": regions, "counties": counties}

    def listing_municipalities(self):
        """For cards: the municipalities main first, from the listing's prefetch (no query)."""
        return self._main_first(self.municipalities.all())

    def _main_first(self, municipalities):
        return sorted(municipalities, key=lambda m: (m.pk != self.main_municipality_id, m.name_fi))

    def public_contacts(self):
        return public_contacts(self.contacts.all())


class PracticeContact(Orderable):
    """A person to ask about the practice; shown publicly only with their consent."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=120)
    title = models.CharField(_("job title"), max_length=150, blank=True)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    publish_consent = models.BooleanField(
        _("may be published"),
        default=False,
        help_text=_("Tick only when the person has agreed to be shown on the public page."),
    )

    # The privacy rule (practices/privacy.py): these fields are public only with consent.
    private_fields = ("name", "email", "phone")
    consent_field = "publish_consent"

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("title"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("publish_consent"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name


class PracticeRelatedPage(PageLink):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="related_links")

    panels = [
        PageChooserPanel(
            "target", page_type=["practices.PracticePage", "practices.WebinarPage", "practices.MunicipalityVisitPage"]
        )
    ]

    class Meta(PageLink.Meta):
        verbose_name = _("related content")
        verbose_name_plural = _("related content")
