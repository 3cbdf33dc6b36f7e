"""What the public forms share: municipality choices by region, the spam guard's fields."""

from itertools import groupby

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import Municipality

from ..spam import HONEYPOT_FIELD, STARTED_FIELD


def municipality_choices(language):
    """Municipalities grouped by region, names in the form's language."""
    municipalities = Municipality.objects.select_related("region").order_by("region__name_fi", "name_fi")
    return [
        (region.localized_name(language), [(m.code, m.localized_name(language)) for m in members])
        for region, members in groupby(municipalities, key=lambda m: m.region)
    ]


def spam_fields():
    """The honeypot (hidden from people, filled by bots) and the signed start time."""
    return {
        HONEYPOT_FIELD: forms.CharField(required=False, label=_("Leave this field empty")),
        STARTED_FIELD: forms.CharField(required=False, widget=forms.HiddenInput),
    }
