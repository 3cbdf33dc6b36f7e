"""StreamField blocks shared by the page types; templates live in templates/components/blocks/."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("For example a YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    captions_note = blocks.CharBlock(
        label=_("Captions"),
        required=False,
        max_length=200,
        help_text=_(
            "Say whether the video has captions and in which languages; the law requires captions for recorded video."
        ),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=200, help_text=_("Defaults to the document's own title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/blocks/document.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "info-circle"
        label = _("Fact box")
        template = "components/blocks/fact_box.html"


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"), max_length=500)
    title = blocks.CharBlock(label=_("Link text"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Link")


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    title = blocks.CharBlock(label=_("Job title"), required=False, max_length=150)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=150)

    class Meta:
        icon = "user"
        label = _("Speaker")


class ChapterValue(blocks.StructValue):
    def seconds(self):
        """The start as seconds into the recording (for ``#t=`` links and the player)."""
        seconds = 0
        for part in self.get("start", "0").split(":"):
            seconds = seconds * 60 + int(part or 0)
        return seconds


class ChapterBlock(blocks.StructBlock):
    start = blocks.RegexBlock(
        regex=r"^(\d{1,2}:)?[0-5]?\d:[0-5]\d$",
        label=_("Starts at"),
        help_text=_("Time in the recording, for example 12:30 or 1:05:00."),
        error_messages={"invalid": _("Write the time as minutes:seconds or hours:minutes:seconds.")},
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)

    class Meta:
        icon = "time"
        label = _("Chapter")
        value_class = ChapterValue


class ProgrammeItemBlock(blocks.StructBlock):
    KIND_CHOICES = [
        ("site_visit", _("Site visit")),
        ("networking", _("Networking")),
        ("workshop", _("Workshop")),
        ("other", _("Other")),
    ]
    day = blocks.IntegerBlock(label=_("Day"), min_value=1, max_value=3, default=1)
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    kind = blocks.ChoiceBlock(choices=KIND_CHOICES, label=_("Kind"), default="other")

    class Meta:
        icon = "list-ul"
        label = _("Programme item")


class BodyBlock(blocks.StreamBlock):
    """The free body of practices, news and plain pages."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="components/blocks/paragraph.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    fact_box = FactBoxBlock()


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentBlock()
    link = LinkBlock()
