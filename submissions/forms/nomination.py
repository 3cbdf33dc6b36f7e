"""The public nomination form: the practice's fields read from the content model and the one
vocabulary registry, validated by the one practice schema, so the form and the import agree."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.schema import CONTACT_LENGTHS

from .common import municipality_choices, spam_fields
from .practice_fields import PracticeFieldsForm


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked by ``attachments.check`` in the view."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class NominationForm(PracticeFieldsForm):
    """The practice's fields, then who sends it, their consent, attachments and the spam guard."""

    SUBMITTER_FIELDS = ("submitter_name", "submitter_role", "submitter_organisation", "submitter_email")

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, locale=locale, **kwargs)
        language = locale.language_code
        fields = self.fields
        fields["submitter_name"] = forms.CharField(label=_("Your name"), max_length=CONTACT_LENGTHS["name"])
        fields["submitter_role"] = forms.CharField(
            label=_("Your role or job title"), max_length=CONTACT_LENGTHS["title"], required=False
        )
        fields["submitter_organisation"] = forms.CharField(
            label=_("Your organisation"), max_length=CONTACT_LENGTHS["organisation"], required=False
        )
        fields["submitter_municipality"] = forms.ChoiceField(
            label=_("Your municipality"),
            choices=[("", _("Choose a municipality")), *municipality_choices(language)],
            required=False,
        )
        fields["submitter_email"] = forms.EmailField(
            label=_("Your email"),
            max_length=254,
            help_text=_("We send the confirmation and the link to follow your nomination here."),
        )
        fields["publish_contact"] = forms.BooleanField(
            label=_("You may show my name, role, organisation and email on the practice page as its contact."),
            required=False,
        )
        fields["attachments"] = MultipleFileField(
            label=_("Attachments"),
            required=False,
            help_text=_("Up to five files: PDF, photos or office documents."),
        )
        fields.update(spam_fields())
        fields["draft"] = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)
