"""The one registry of controlled vocabularies.

Page fields, admin panels, the import schema, templates (and later search facets, the API,
exports and statistics) read this declaration; nothing else lists the vocabularies by hand.
"""

from dataclasses import dataclass

from django.forms import CheckboxSelectMultiple
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField

from .models.taxonomy import (
    ArtForm,
    CultureActTask,
    PartnerSector,
    TargetGroup,
    TeaviisariDimension,
    Theme,
    source_locale_filter,
)


@dataclass(frozen=True)
class Vocabulary:
    key: str  # field name on pages and key in import records
    model: type
    param: str  # URL query parameter for search filters
    label: Promise
    help_text: Promise

    def field(self, related_name):
        """A page's link to this vocabulary (always to the default-language terms)."""
        return ParentalManyToManyField(
            self.model,
            blank=True,
            related_name=related_name,
            limit_choices_to=source_locale_filter,
            verbose_name=self.label,
            help_text=self.help_text,
        )

    def panel(self):
        from wagtail.admin.panels import FieldPanel

        return FieldPanel(self.key, widget=CheckboxSelectMultiple)


VOCABULARIES = (
    Vocabulary("themes", Theme, "theme", _("Themes"), _("Which themes does the practice advance? Choose one or more.")),
    Vocabulary(
        "target_groups",
        TargetGroup,
        "target_group",
        _("Target groups"),
        _("Who is the activity meant for?"),
    ),
    Vocabulary(
        "art_forms",
        ArtForm,
        "art_form",
        _("Art forms and fields"),
        _("The art forms and fields of culture the practice concerns."),
    ),
    Vocabulary(
        "partner_sectors",
        PartnerSector,
        "partner",
        _("Partner sectors"),
        _("Who carries out the practice together with the municipality?"),
    ),
    Vocabulary(
        "teaviisari_dimensions",
        TeaviisariDimension,
        "teaviisari",
        _("TEAviisari dimensions"),
        _("The dimensions of THL's culture TEAviisari that the practice strengthens."),
    ),
    Vocabulary(
        "culture_act_tasks",
        CultureActTask,
        "act_task",
        _("Culture act tasks"),
        _("The tasks of section 3 of the Act on Municipal Cultural Activities (166/2019) that the practice advances."),
    ),
)

BY_KEY = {v.key: v for v in VOCABULARIES}
