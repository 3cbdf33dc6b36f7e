"""The one registry of controlled vocabularies.

Page fields, admin panels, the import schema, templates (and later search facets, the API,
exports and statistics) read this declaration; nothing else lists the vocabularies by hand.
The page models import this module, so it names the term models by label, not by import.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.forms import CheckboxSelectMultiple
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
