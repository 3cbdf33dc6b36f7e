"""Asking for sparring help and offering expertise: themes from the one vocabulary registry,
municipalities by region, the spam guard's fields."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import Municipality
from practices.models.taxonomy import localize_terms

from ..models.sparring import THEMES, SparringOffer, SparringRequest
from .common import municipality_choices, spam_fields


class SparringForm(forms.ModelForm):
    """Themes as checkboxes of the vocabulary's slugs (names in the form's language) and the
    municipality as a code, both turned into rows in ``clean_…``."""

    required_css_class = "required"
    municipality_required = True

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        terms = localize_terms(THEMES.source_terms(), locale)
        municipality = forms.ChoiceField(
            label=_("Municipality"),
            choices=[("", _("Choose a municipality")), *municipality_choices(locale.language_code)],
            required=self.municipality_required,
        )
        themes = forms.MultipleChoiceField(
            label=_("Themes"),
            choices=[(term.slug, term.name) for term in terms],
            widget=forms.CheckboxSelectMultiple,
            help_text=_("Choose one or more."),
        )
        self.fields = {"themes": themes, "municipality": municipality, **self.fields, **spam_fields()}

    def clean_municipality(self):
        code = self.cleaned_data.get("municipality")
        if not code:
            return None
        municipality = Municipality.objects.filter(code=code).first()
        if municipality is None:
            raise forms.ValidationError(_("Choose a municipality from the list."))
        return municipality

    def clean_themes(self):
        return list(THEMES.source_terms().filter(slug__in=self.cleaned_data["themes"]))

    def save(self, commit=True):
        instance = super().save(commit=False)
        instance.municipality = self.cleaned_data["municipality"]
        instance.locale = self.locale
        if commit:
            instance.save()
            instance.themes.set(self.cleaned_data["themes"])
        return instance


class SparringRequestForm(SparringForm):
    class Meta:
        model = SparringRequest
        fields = ["description", "mode", "name", "job_title", "email"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6}), "mode": forms.RadioSelect}
        labels = {"name": _("Your name"), "job_title": _("Your job title"), "email": _("Your email")}
        help_texts = {"email": _("The editors answer here and put you in touch with an expert.")}


class SparringOfferForm(SparringForm):
    municipality_required = False

    class Meta:
        model = SparringOffer
        fields = ["description", "remote", "on_site", "name", "job_title", "organisation", "email", "publish_consent"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        labels = {
            "name": _("Your name"),
            "job_title": _("Your job title"),
            "organisation": _("Your organisation"),
            "email": _("Your email"),
            "publish_consent": _(
                "You may show my name, job title, organisation, municipality, themes, description and email in "
                "the public directory of experts."
            ),
        }

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("remote") and not cleaned.get("on_site"):
            self.add_error("remote", _("Tell whether you can help remotely, on site or both."))
        return cleaned
