"""Admin page forms: municipality choices grouped by region, so 308 names stay findable."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from .models.places import Municipality

MULTIPLE_HINT = _("Hold down Ctrl (⌘ on a Mac) to choose more than one.")


class PlacesPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = [
            f for f in self.fields.values() if getattr(getattr(f, "queryset", None), "model", None) is Municipality
        ]
        if not fields:
            return
        municipalities = Municipality.objects.select_related("region").order_by("region__name_fi", "name_fi")
        grouped = [
            (region.name_fi, [(m.pk, m.name_fi) for m in members])
            for region, members in groupby(municipalities, key=lambda m: m.region)
        ]
        for field in fields:
            blank = [("", "---------")] if not getattr(field.widget, "allow_multiple_selected", False) else []
            field.choices = blank + grouped
            if getattr(field.widget, "allow_multiple_selected", False):
                field.widget.attrs.setdefault("size", 12)
                field.help_text = f"{field.help_text} {MULTIPLE_HINT}".strip()

    def clean(self):
        """The main municipality is always one of the practice's municipalities."""
        cleaned = super().clean()
        main = cleaned.get("main_municipality")
        if main is not None and "municipalities" in self.fields:
            chosen = list(cleaned.get("municipalities") or [])
            if main not in chosen:
                cleaned["municipalities"] = [main, *chosen]
                self.errors.pop("municipalities", None)
        return cleaned
