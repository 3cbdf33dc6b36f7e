"""The short form on a practice page: "we have taken this practice up"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import Municipality

from ..models import Adoption
from .common import municipality_choices, spam_fields


class AdoptionForm(forms.ModelForm):
    required_css_class = "required"

    municipality = forms.ChoiceField(label=_("Your municipality"))

    class Meta:
        model = Adoption
        fields = ["municipality", "since_year", "what_changed", "contact_name", "contact_email"]
        widgets = {"what_changed": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, practice, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.practice = practice
        self.fields["municipality"].choices = [
            ("", _("Choose a municipality")),
            *municipality_choices(locale.language_code),
        ]
        self.fields["contact_email"].help_text = _(
            "Only the editors see your name and email, to ask if something is unclear."
        )
        self.fields.update(spam_fields())

    def clean_municipality(self):
        municipality = Municipality.objects.filter(code=self.cleaned_data["municipality"]).first()
        if municipality is None:
            raise forms.ValidationError(_("Choose a municipality from the list."))
        if self.practice.municipalities.filter(pk=municipality.pk).exists():
            raise forms.ValidationError(_("%(name)s runs this practice already.") % {"name": municipality.name})
        if self.practice.adopted_in.filter(pk=municipality.pk).exists():
            raise forms.ValidationError(
                _("%(name)s is already listed as using this practice.") % {"name": municipality.name}
            )
        return municipality
