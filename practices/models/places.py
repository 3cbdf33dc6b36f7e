"""Finland's regions, wellbeing services counties and municipalities (reference data).

Loaded from ``practices/data/municipalities.csv`` by a data migration; not translatable
content but carries its own Finnish, Swedish and English names.
"""

from django.db import models
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _


class BilingualNameMixin:
    """Pick the Swedish name on Swedish pages, the Finnish one elsewhere."""

    def localized_name(self, language=None):
        language = (language or get_language() or "fi")[:2]
        if language == "sv":
            return self.name_sv or self.name_fi
        if language == "en":
            return getattr(self, "name_en", "") or self.name_fi
        return self.name_fi

    @property
    def name(self):
        return self.localized_name()

    def __str__(self):
        return self.localized_name()

    def names(self):
        """Every name it has, for search."""
        return [n for n in (self.name_fi, self.name_sv, getattr(self, "name_en", "")) if n]


class Region(BilingualNameMixin, models.Model):
    code = models.CharField(_("code"), max_length=2, unique=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)
    neighbours = models.ManyToManyField(
        "self", blank=True, verbose_name=_("neighbouring regions"), help_text=_("Regions that share a border.")
    )
    # The intro of the region's landing page (see BrowsePage), written by editors.
    description_fi = models.TextField(_("description in Finnish"), blank=True)
    description_sv = models.TextField(_("description in Swedish"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)

    class Meta:
        ordering = ["name_fi"]
        verbose_name = pgettext_lazy("maakunta", "region")
        verbose_name_plural = pgettext_lazy("maakunta", "regions")

    def localized_description(self, language=None):
        """The landing page's intro in the reader's language, else in Finnish."""
        language = (language or get_language() or "fi")[:2]
        return getattr(self, f"description_{language}", "") or self.description_fi


class WellbeingCounty(BilingualNameMixin, models.Model):
    """A wellbeing services county, or the City of Helsinki as its own organiser."""

    name_fi = models.CharField(_("name in Finnish"), max_length=150, unique=True)
    name_sv = models.CharField(_("name in Swedish"), max_length=150)
    name_en = models.CharField(_("name in English"), max_length=150, blank=True)

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("wellbeing services county")
        verbose_name_plural = _("wellbeing services counties")


class Municipality(BilingualNameMixin, models.Model):
    class Language(models.TextChoices):
        FINNISH = "fi", _("Finnish")
        BILINGUAL_FINNISH = "fi-sv", _("Bilingual, Finnish majority")
        BILINGUAL_SWEDISH = "sv-fi", _("Bilingual, Swedish majority")
        SWEDISH = "sv", _("Swedish")

    class SizeClass(models.TextChoices):
        """Population size classes used to find peers of a similar size."""

        UNDER_5K = "under-5000", _("under 5,000 inhabitants")
        FROM_5K = "5000-20000", _("5,000–20,000 inhabitants")
        FROM_20K = "20000-100000", _("20,000–100,000 inhabitants")
        OVER_100K = "over-100000", _("over 100,000 inhabitants")

    code = models.CharField(_("municipality code"), max_length=3, unique=True)
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=pgettext_lazy("maakunta", "region"),
    )
    wellbeing_county = models.ForeignKey(
        WellbeingCounty,
        on_delete=models.PROTECT,
        related_name="municipalities",
        null=True,
        blank=True,
        verbose_name=_("wellbeing services county"),
    )
    language = models.CharField(_("language status"), max_length=5, choices=Language.choices)
    population = models.PositiveIntegerField(_("population"))

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def localized_name(self, language=None):
        # Kotus gives Swedish forms even for monolingual Finnish towns (Lahti -> Lahtis);
        # use the Swedish name only where the municipality itself is bilingual or Swedish.
        language = (language or get_language() or "fi")[:2]
        if language == "sv" and self.language != self.Language.FINNISH:
            return self.name_sv
        return self.name_fi

    @property
    def size_class(self):
        return size_class_for(self.population)

    def size_class_label(self):
        return self.SizeClass(self.size_class).label

    def size_range(self):
        """(lowest, highest or None) population of this municipality's size class."""
        return next((low, high) for size_class, low, high in self.size_ranges() if size_class == self.size_class)

    @classmethod
    def size_ranges(cls):
        """((size class, lowest population, highest or None), ...), smallest first."""
        low, ranges = 0, []
        for upper, size_class in SIZE_CLASS_BOUNDS:
            ranges.append((size_class, low, upper))
            low = upper
        return (*ranges, (cls.SizeClass.OVER_100K, low, None))


SIZE_CLASS_BOUNDS = [
    (5_000, Municipality.SizeClass.UNDER_5K),
    (20_000, Municipality.SizeClass.FROM_5K),
    (100_000, Municipality.SizeClass.FROM_20K),
]


def size_class_for(population):
    for upper, size_class in SIZE_CLASS_BOUNDS:
        if population < upper:
            return size_class
    return Municipality.SizeClass.OVER_100K
