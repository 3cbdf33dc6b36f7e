"""Site-wide settings of the public forms (Settings → Forms in the admin)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page


@register_setting(icon="form")
class FormSettings(BaseGenericSetting):
    privacy_notice = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
        help_text=_(
            "The page that says what the public forms keep, why and for how long; every form links to "
            "it in the reader's language."
        ),
    )

    panels = [PageChooserPanel("privacy_notice")]

    class Meta:
        verbose_name = _("forms")

    @classmethod
    def privacy_notice_for(cls, locale):
        """The privacy notice in ``locale`` (or as it is, untranslated), or ``None``."""
        page = cls.load().privacy_notice
        return page.get_translation_or_none(locale) or page if page else None
