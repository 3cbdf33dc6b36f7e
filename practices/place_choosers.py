"""Choosing municipalities in the admin: a chooser that finds a name as it is typed, and a
checkbox list with a filter for the fields that take several.

Municipalities are reference data, not in the search index: both look names up in the
database (Finnish and Swedish names and the municipality code), names that begin with the
typed text first.
"""

from django import forms
from django.db.models import Case, IntegerField, Q, Value, When
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet

from .models.places import Region


def find_municipalities(objects, text):
    """``objects`` whose Finnish or Swedish name contains ``text`` (or whose code it is), those
    whose name begins with it first."""
    text = text.strip()
    if not text:
        return objects
    begins = Q(name_fi__istartswith=text) | Q(name_sv__istartswith=text) | Q(code=text)
    contains = Q(name_fi__icontains=text) | Q(name_sv__icontains=text) | Q(code=text)
    rank = Case(When(begins, then=Value(0)), default=Value(1), output_field=IntegerField())
    return objects.filter(contains).annotate(match_rank=rank).order_by("match_rank", "name_fi")


class MunicipalityFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Search"), "autocomplete": "off"}),
    )
    region = forms.ModelChoiceField(
        Region.objects.all(),
        label=pgettext_lazy("maakunta", "region"),
        required=False,
        empty_label=_("All regions"),
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def filter(self, objects):
        if region := self.cleaned_data.get("region"):
            objects = objects.filter(region=region)
            self.is_searching = True
        if query := (self.cleaned_data.get("q") or "").strip():
            objects = find_municipalities(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects


class MunicipalityChooseView(ChooseView):
    filter_form_class = MunicipalityFilterForm
    ordering = ["name_fi"]


class MunicipalityChooseResultsView(ChooseResultsView):
    filter_form_class = MunicipalityFilterForm
    ordering = ["name_fi"]


class MunicipalityChooserViewSet(SnippetChooserViewSet):
    """The snippet chooser of municipalities, with a search box and a region filter."""

    choose_view_class = MunicipalityChooseView
    choose_results_view_class = MunicipalityChooseResultsView


class FilterableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes in a scrolling list with a filter box above (typing "Puu" leaves Puumala) and
    the chosen ones named above the list. Without JavaScript it is a plain list of checkboxes."""

    template_name = "components/admin/filterable_checkboxes.html"

    class Media:
        js = ["js/filterable-checkboxes.js"]
        css = {"all": ["css/admin-places.css"]}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = {str(v) for v in (value or [])}
        context["widget"]["chosen_labels"] = [
            str(option["label"])
            for _group, options, _index in context["widget"]["optgroups"]
            for option in options
            if str(option["value"]) in chosen
        ]
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # the project's template engine: the default form renderer does not see templates/
        return render_to_string(self.template_name, self.get_context(name, value, attrs))
