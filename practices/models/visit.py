"""Municipality visits (kuntavierailu): 1.5-day peer-learning visits for 10–20 culture staff."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import RICH_TEXT_FEATURES, CaptionedImageBlock, ProgrammeItemBlock
from ..forms import PlacesPageForm
from ..vocabularies import BY_KEY
from .base import BasePage, PageLink, built_when_used, content_moment, live_targets, locale_of, page_tabs
from .events import EventIndexPage, EventPage
from .places import Municipality
from .taxonomy import localize_terms

# Other apps add to a visit page's context through this hook: ``fn(page, request, context)``
# (submissions adds how to apply), so this module imports none of them.
VISIT_CONTEXT_HOOK = "visit_page_context"


class VisitIndexPage(EventIndexPage):
    template = "pages/event_index_page.html"
    subpage_types = ["practices.MunicipalityVisitPage"]
    card_template = "components/visit_card.html"
    listing_related = ("host_municipality__region",)
    upcoming_heading = _("Upcoming municipality visits")
    past_heading = _("Past visits")
    no_upcoming_text = _("No upcoming visits.")
    no_past_text = _("No past visits yet.")

    class Meta:
        verbose_name = _("visit index page")
        verbose_name_plural = _("visit index pages")


class MunicipalityVisitPage(EventPage):
    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("One or two sentences for listings and search.")
    )
    host_municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="hosted_visits", verbose_name=_("host municipality")
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    place = models.CharField(_("place"), max_length=200, blank=True, help_text=_("Venue and address."))
    programme = StreamField([("item", ProgrammeItemBlock())], blank=True, verbose_name=_("programme"))
    facilitator = models.CharField(
        _("workshop facilitator"),
        max_length=200,
        blank=True,
        help_text=_("The outside expert who facilitates the workshop."),
    )
    participating_municipalities = ParentalManyToManyField(
        Municipality, blank=True, related_name="visits_attended", verbose_name=_("participating municipalities")
    )
    body = RichTextField(_("summary of the visit"), blank=True, features=RICH_TEXT_FEATURES)
    key_learnings = RichTextField(_("key learnings"), blank=True, features=RICH_TEXT_FEATURES)
    workshop_outputs = RichTextField(_("workshop outputs"), blank=True, features=RICH_TEXT_FEATURES)
    photos = StreamField([("photo", CaptionedImageBlock())], blank=True, verbose_name=_("photos"))
    capacity = models.PositiveSmallIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("How many participants fit; usually 10–20.")
    )
    application_deadline = models.DateField(_("application deadline"), null=True, blank=True)
    travel_support = models.BooleanField(_("travel and accommodation support available"), default=False)
    themes = BY_KEY["themes"].field("visits")

    base_form_class = PlacesPageForm
    template = "pages/visit_page.html"
    parent_page_types = ["practices.VisitIndexPage"]
    subpage_types = []
    summary_field = "summary"
    event_start_field = "start_date"
    event_end_field = "end_date"
    override_translatable_fields = [
        SynchronizedField("participating_municipalities"),
        SynchronizedField("themes"),
    ]

    search_text_fields = (
        "title",
        "summary",
        "place",
        "body",
        "key_learnings",
        "workshop_outputs",
        "programme",
        "facilitator",
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("key_learnings"),
        index.SearchField("workshop_outputs"),
        index.SearchField("programme"),
        index.RelatedFields("host_municipality", [index.SearchField("name_fi"), index.SearchField("name_sv")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("start_date"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel(
            [FieldPanel("host_municipality"), FieldPanel("start_date"), FieldPanel("end_date")],
            heading=_("Where and when"),
        ),
        FieldPanel("place"),
        FieldPanel("body"),
        FieldPanel("key_learnings"),
        FieldPanel("workshop_outputs"),
        FieldPanel("photos"),
    ]
    programme_panels = [
        FieldPanel("programme"),
        FieldPanel("facilitator"),
        MultipleChooserPanel(
            "practice_links", chooser_field_name="target", label=_("Practices visited"), heading=_("Practices visited")
        ),
        FieldPanel("participating_municipalities"),
        BY_KEY["themes"].panel(),
    ]
    application_panels = [
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("application_deadline"), FieldPanel("travel_support")],
            heading=_("Applications"),
            help_text=_("One culture employee per municipality may apply."),
        ),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Content")),
        (programme_panels, _("Programme")),
        (application_panels, _("Applications")),
    )

    class Meta:
        verbose_name = _("municipality visit")
        verbose_name_plural = _("municipality visits")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The visit cannot end before it starts.")
        if self.application_deadline and self.start_date and self.application_deadline > self.start_date:
            errors["application_deadline"] = _("The application deadline must be before the visit.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["moment"] = content_moment()  # the cached rendering follows the clock too
        locale = locale_of(self)
        context |= built_when_used(
            themes=lambda: localize_terms(self.themes.all(), locale),
            participants=lambda: list(self.participating_municipalities.all()),
            practices_visited=lambda: live_targets(self.practice_links.all(), locale),
        )
        if self.applications_open:
            for add_context in hooks.get_hooks(VISIT_CONTEXT_HOOK):
                add_context(self, request, context)
        return context

    def search_related_text(self):
        host = self.host_municipality
        return [
            host.name_fi,
            host.name_sv,
            *host.region.names(),
            *(host.wellbeing_county.names() if host.wellbeing_county else ()),
            *(t.name for t in localize_terms(self.themes.all(), self.locale)),
            *(link.target.title for link in self.practice_links.select_related("target")),
        ]

    @property
    def applications_open(self):
        deadline = self.application_deadline or self.start_date
        return self.is_upcoming and deadline >= timezone.localdate()

    def programme_days(self):
        """The programme grouped by day: [(day number, [items])]."""
        days = {}
        for block in self.programme:
            days.setdefault(block.value["day"], []).append(block.value)
        return sorted(days.items())


class VisitPracticeLink(PageLink):
    page = ParentalKey(MunicipalityVisitPage, on_delete=models.CASCADE, related_name="practice_links")
    panels = [PageChooserPanel("target", page_type="practices.PracticePage")]

    class Meta(PageLink.Meta):
        verbose_name = _("practice visited")
        verbose_name_plural = _("practices visited")
