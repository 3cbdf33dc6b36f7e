"""Admin page forms: municipality choices grouped by region in a list with a filter box, so 308
names stay findable (the single ones use the searchable chooser, ``practices.place_choosers``)."""

from itertools import groupby

from wagtail.admin.forms import WagtailAdminPageForm

from .models.places import Municipality
from .place_choosers import FilterableCheckboxSelectMultiple


class PlacesPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = [
            f
            for f in self.fields.values()
            if getattr(getattr(f, "queryset", None), "model", None) is Municipality
            and getattr(f.widget, "allow_multiple_selected", False)
        ]
        if not fields:
            return
        municipalities = Municipality.objects.select_related("region").order_by("region__name_fi", "name_fi")
        grouped = [
            (region.name_fi, [(m.pk, m.name_fi) for m in members])
            for region, members in groupby(municipalities, key=lambda m: m.region)
        ]
        for field in fields:
            field.widget = FilterableCheckboxSelectMultiple(attrs=field.widget.attrs)
            field.choices = grouped

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
