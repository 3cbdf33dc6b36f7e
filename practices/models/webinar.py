"""Webinar recordings and upcoming webinars."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
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

from ..blocks import RICH_TEXT_FEATURES, ChapterBlock, MaterialsBlock, SpeakerBlock
from ..vocabularies import BY_KEY
from .base import BasePage, PageLink, built_when_used, content_moment, live_targets, locale_of, page_tabs
from .events import EventIndexPage, EventPage
from .taxonomy import localize_terms


class WebinarIndexPage(EventIndexPage):
    template = "pages/event_index_page.html"
    subpage_types = ["practices.WebinarPage"]
    card_template = "components/webinar_card.html"
    upcoming_heading = _("Upcoming webinars")
    past_heading = _("Recordings")
    no_upcoming_text = _("No upcoming webinars.")
    no_past_text = _("No recordings yet.")

    class Meta:
        verbose_name = _("webinar index page")
        verbose_name_plural = _("webinar index pages")


class WebinarPageTag(TaggedItemBase):
    content_object = ParentalKey("practices.WebinarPage", on_delete=models.CASCADE, related_name="tagged_items")


class WebinarPage(EventPage):
    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("One or two sentences for listings and search.")
    )
    starts_at = models.DateTimeField(_("date and time"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=60)
    # derived from starts_at and duration on save, so listings can split upcoming from archive
    ends_at = models.DateTimeField(_("ends at"), editable=False, null=True, db_index=True)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    speakers = StreamField([("speaker", SpeakerBlock())], blank=True, verbose_name=_("speakers"))
    registration_url = models.URLField(
        _("registration link"), blank=True, help_text=_("Shown while the webinar is upcoming.")
    )
    video_url = models.URLField(
        _("recording address"),
        blank=True,
        help_text=_("Address of the recording on a video service, for example YouTube."),
    )
    recording = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("recording file"),
        help_text=_("Or upload the video file (MP4)."),
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("captions file"),
        help_text=_("Captions as a WebVTT (.vtt) file for the uploaded recording."),
    )
    captions_language = models.CharField(
        _("captions language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the captions file; translated pages keep the same recording and captions."),
    )
    transcript = RichTextField(
        _("transcript"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A text version of the recording; required if the video has no captions."),
    )
    chapters = StreamField([("chapter", ChapterBlock())], blank=True, verbose_name=_("chapters"))
    materials = StreamField(MaterialsBlock(), blank=True, verbose_name=_("slides and materials"))
    themes = BY_KEY["themes"].field("webinars")
    tags = ClusterTaggableManager(through=WebinarPageTag, blank=True, verbose_name=_("tags"))

    template = "pages/webinar_page.html"
    parent_page_types = ["practices.WebinarIndexPage"]
    subpage_types = []
    summary_field = "summary"
    event_start_field = "starts_at"
    event_end_field = "ends_at"
    override_translatable_fields = [SynchronizedField("themes")]

    search_text_fields = ("title", "summary", "description", "speakers", "chapters", "transcript", "materials")
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.SearchField("speakers"),
        index.RelatedFields("tags", [index.SearchField("name", boost=1.5)]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("starts_at"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("duration_minutes")], heading=_("Time")),
        FieldPanel("description"),
        FieldPanel("speakers"),
        FieldPanel("registration_url"),
    ]
    recording_panels = [
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("recording"), FieldPanel("captions"), FieldPanel("captions_language")],
            heading=_("Recording"),
        ),
        FieldPanel("chapters"),
        FieldPanel("transcript"),
        FieldPanel("materials"),
    ]
    classification_panels = [
        BY_KEY["themes"].panel(),
        FieldPanel("tags"),
        MultipleChooserPanel(
            "related_practice_links",
            chooser_field_name="target",
            label=_("Related practices"),
            heading=_("Related practices"),
        ),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Content")),
        (recording_panels, _("Recording")),
        (classification_panels, _("Classification")),
    )

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["moment"] = content_moment()  # the cached rendering follows the clock too
        locale = locale_of(self)
        context |= built_when_used(
            themes=lambda: localize_terms(self.themes.all(), locale),
            tags=lambda: list(self.tags.all()),
            related_pages=lambda: live_targets(self.related_practice_links.all(), locale),
        )
        return context

    def search_related_text(self):
        return [
            *(tag.name for tag in self.tags.all()),
            *(t.name for t in localize_terms(self.themes.all(), self.locale)),
            *(link.target.title for link in self.related_practice_links.select_related("target")),
        ]

    def save(self, *args, **kwargs):
        if self.starts_at:
            self.ends_at = self.starts_at + timedelta(minutes=self.duration_minutes or 0)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"starts_at", "duration_minutes"} & set(update_fields):
            kwargs["update_fields"] = [*kwargs["update_fields"], "ends_at"]
        return super().save(*args, **kwargs)

    def event_end(self):
        """Upcoming (and open for registration) until it has ended; then it is an archive entry.

        Computed, not read from ``ends_at``, so a preview of unsaved changes is right too.
        """
        return self.starts_at + timedelta(minutes=self.duration_minutes or 0) if self.starts_at else None

    @property
    def has_recording(self):
        return bool(self.video_url or self.recording_id)


class WebinarRelatedPractice(PageLink):
    page = ParentalKey(WebinarPage, on_delete=models.CASCADE, related_name="related_practice_links")
    panels = [PageChooserPanel("target", page_type="practices.PracticePage")]

    class Meta(PageLink.Meta):
        verbose_name = _("related practice")
        verbose_name_plural = _("related practices")
