"""The application to a municipality visit: who comes from which municipality, and the travel
support they ask for (when the visit offers it)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import Municipality

from ..models import VisitApplication
from .common import municipality_choices, spam_fields

TRAVEL_FIELDS = ("travel_support_requested", "travel_cost_estimate", "travel_plan")


class VisitApplicationForm(forms.ModelForm):
    required_css_class = "required"

    class Meta:
        model = VisitApplication
        fields = ["name", "job_title", "email", "phone", "dietary_and_access_needs", *TRAVEL_FIELDS]
        widgets = {
            "dietary_and_access_needs": forms.Textarea(attrs={"rows": 3}),
            "travel_plan": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "name": _("Your name"),
            "job_title": _("Your job title"),
            "email": _("Your email"),
            "phone": _("Your phone number"),
            "travel_support_requested": _("I ask for support for travel and accommodation costs"),
        }
        help_texts = {
            "email": _("We send the confirmation and the link to cancel here."),
            "dietary_and_access_needs": _("Special diets, accessibility or other needs we should know of."),
            "travel_cost_estimate": _("Your estimate in euros of the travel and accommodation costs."),
            "travel_plan": _("How you would travel and whether you need a night's accommodation."),
        }

    def __init__(self, *args, visit, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.visit = visit
        self.fields = {
            "municipality": forms.ChoiceField(
                label=_("Your municipality"),
                choices=[("", _("Choose a municipality")), *municipality_choices(locale.language_code)],
                help_text=_("One culture employee per municipality may apply."),
            ),
            **self.fields,
            **spam_fields(),
        }
        if not visit.travel_support:
            for name in TRAVEL_FIELDS:
                del self.fields[name]
        else:
            self.fields["travel_cost_estimate"].widget.attrs.update({"min": "0", "step": "0.01"})

    def travel_fields(self):
        return [self[name] for name in TRAVEL_FIELDS if name in self.fields]

    def clean_municipality(self):
        municipality = Municipality.objects.filter(code=self.cleaned_data["municipality"]).first()
        if municipality is None:
            raise forms.ValidationError(_("Choose a municipality from the list."))
        return municipality

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("travel_support_requested") and cleaned.get("travel_cost_estimate") is None:
            self.add_error("travel_cost_estimate", _("Give an estimate of the costs to request support."))
        municipality = cleaned.get("municipality")
        if municipality and self.visit.applications.live().filter(municipality=municipality).exists():
            self.add_error("municipality", already_applied_message(municipality))
        return cleaned

    def save(self, commit=True):
        application = super().save(commit=False)
        application.municipality = self.cleaned_data["municipality"]
        application.visit = self.visit
        return application


def already_applied_message(municipality):
    return _(
        "%(municipality)s has already applied to this visit. Only one culture employee per municipality "
        "can take part; if someone else should come instead, cancel the first application with the link "
        "in its confirmation email."
    ) % {"municipality": municipality.name}
