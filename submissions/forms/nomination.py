"""The public nomination form: the practice's fields read from the content model and the one
vocabulary registry, validated by the one practice schema, so the form and the import agree."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import PracticePage
from practices.models.taxonomy import localize_terms
from practices.schema import CONTACT_LENGTHS, MAX_TEXT, SECTION_FIELDS, YEARS, PracticeSchema, RecordInvalid
from practices.vocabularies import VOCABULARIES

from .common import municipality_choices, spam_fields


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked by ``attachments.check`` in the view."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


# The schema's fields the public form does not ask for: editors set them in review, the
# submitter becomes the contact, tags are typed as one line, the form's page sets the language.
NOT_ASKED = {"slug", "adopted_in", "scope", "tags", "contacts", "links", "review", "related", "locale"}


def model_field(name):
    return PracticePage._meta.get_field(name)


class NominationForm(forms.Form):
    """Fields named as the practice record's keys, so the schema's errors land on them."""

    required_css_class = "required"

    title = forms.CharField(label=_("Name of the practice"), max_length=model_field("title").max_length)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=model_field("summary").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=model_field("summary").help_text,
    )

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        language = locale.language_code
        fields = {"title": self.fields.pop("title"), "summary": self.fields.pop("summary")}
        for name in SECTION_FIELDS:
            source = model_field(name)
            fields[name] = forms.CharField(
                label=str(source.verbose_name).capitalize(),
                help_text=source.help_text,
                required=False,
                max_length=MAX_TEXT,
                widget=forms.Textarea(attrs={"rows": 5}),
            )
        fields["municipalities"] = forms.MultipleChoiceField(
            label=_("Municipalities where the practice is in use"),
            choices=municipality_choices(language),
            help_text=_(
                "The first one you choose is the main municipality. Hold down Ctrl (⌘ on a Mac) to choose more than one."
            ),
            widget=forms.SelectMultiple(attrs={"size": 8}),
        )
        for vocabulary in VOCABULARIES:
            terms = localize_terms(vocabulary.source_terms(), locale)
            fields[vocabulary.key] = forms.MultipleChoiceField(
                label=vocabulary.label,
                help_text=vocabulary.help_text,
                required=False,
                choices=[(term.slug, term.name) for term in terms],
                widget=forms.CheckboxSelectMultiple,
            )
        fields["tags"] = forms.CharField(
            label=_("Keywords"),
            required=False,
            max_length=1000,
            help_text=_("Words someone might search for, separated by commas."),
        )
        low, high = YEARS
        for name in ("start_year", "end_year"):
            fields[name] = forms.IntegerField(
                label=str(model_field(name).verbose_name).capitalize(), required=False, min_value=low, max_value=high
            )
        fields["status"] = forms.ChoiceField(
            label=_("Status"), choices=PracticePage.Status.choices, initial=PracticePage.Status.ACTIVE
        )
        fields["reach"] = forms.IntegerField(
            label=_("Participants a year, roughly"), required=False, min_value=0, max_value=10_000_000
        )
        fields["evidence_level"] = forms.ChoiceField(
            label=_("How has it been evaluated?"),
            choices=PracticePage.EvidenceLevel.choices,
            initial=PracticePage.EvidenceLevel.DESCRIBED,
        )
        fields["cost_level"] = forms.ChoiceField(
            label=_("Cost level"),
            required=False,
            choices=[("", _("Not known")), *PracticePage.CostLevel.choices],
        )
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
        self.fields = fields
        self.record = None

    PRACTICE_FIELDS = tuple(name for name in PracticeSchema.fields if name not in NOT_ASKED)
    SUBMITTER_FIELDS = ("submitter_name", "submitter_role", "submitter_organisation", "submitter_email")

    def practice_fields(self):
        return [self[name] for name in self.PRACTICE_FIELDS] + [self["tags"]]

    def vocabulary_fields(self):
        return [self[v.key] for v in VOCABULARIES]

    def clean(self):
        cleaned = super().clean()
        if self.errors:  # the schema would only repeat the field's own error
            return cleaned
        record = {name: cleaned.get(name) for name in self.PRACTICE_FIELDS}
        record["cost_level"] = record["cost_level"] or None
        record["tags"] = [t.strip() for t in cleaned.get("tags", "").split(",") if t.strip()]
        record["locale"] = self.locale.language_code
        try:
            self.record = PracticeSchema().validate(record)
        except RecordInvalid as invalid:
            for field, message in invalid.errors.items():
                self.add_error(field if field in self.fields else None, message)
        return cleaned
