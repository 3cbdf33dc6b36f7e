"""Controlled vocabularies: translatable snippets with a stable slug per term.

Each term exists once per locale; the Finnish row is the one pages link to, and its Swedish
and English rows share its ``translation_key`` (see ``localize_terms``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class VocabularyTerm(TranslatableMixin, models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_(
            "A stable identifier used by imports and search addresses. Do not change it once the term is in use."
        ),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="%(app_label)s_%(class)s_slug_locale"),
        ]

    def __str__(self):
        return self.name


class Theme(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class ArtForm(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("art form or field")
        verbose_name_plural = _("art forms and fields")


class PartnerSector(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("partner sector")
        verbose_name_plural = _("partner sectors")


class TeaviisariDimension(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("TEAviisari dimension")
        verbose_name_plural = _("TEAviisari dimensions")


class CultureActTask(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("culture act task")
        verbose_name_plural = _("culture act tasks")


def localize_terms(terms, locale=None):
    """Return ``terms`` (default-language rows) in ``locale``, in one query per call.

    A term without a translation in that locale stays in the default language.
    """
    terms = list(terms)
    locale = locale or Locale.get_active()
    if not terms:
        return terms
    model = type(terms[0])
    pending = [t for t in terms if t.locale_id != locale.pk]
    if not pending:
        return terms
    translated = {
        t.translation_key: t
        for t in model.objects.filter(translation_key__in=[t.translation_key for t in pending], locale=locale)
    }
    return [translated.get(t.translation_key, t) for t in terms]
