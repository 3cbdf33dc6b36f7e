"""The practice's own fields as a public form: read from the content model and the one
vocabulary registry, validated by the one practice schema, so a form and the import agree.
The nomination form and the owner's update form are built on it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from practices.models import PracticePage
from practices.models.taxonomy import localize_terms
from practices.schema import CONTENT_FIELDS, MAX_TEXT, SECTION_FIELDS, YEARS, PracticeSchema, RecordInvalid
from practices.vocabularies import VOCABULARIES

from .common import municipality_choices


def model_field(name):
    return PracticePage._meta.get_field(name)


def practice_fields(locale):
    """{name: form field} for the practice record's keys, labels in ``locale``'s language."""
    language = locale.language_code
    fields = {
        "title": forms.CharField(label=_("Name of the practice"), max_length=model_field("title").max_length),
        "summary": forms.CharField(
            label=_("Summary"),
            max_length=model_field("summary").max_length,
            widget=forms.Textarea(attrs={"rows": 3}),
            help_text=model_field("summary").help_text,
        ),
    }
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
    return fields


def initial_from_record(record):
    """A practice record (``practices.builder.record_from_page``) as the form's initial data."""
    initial = {name: record.get(name) for name in PracticeFieldsForm.PRACTICE_FIELDS}
    initial["tags"] = ", ".join(record.get("tags", []))
    initial["cost_level"] = initial["cost_level"] or ""
    return initial


class PracticeFieldsForm(forms.Form):
    """Fields named as the practice record's keys, so the schema's errors land on them; after
    ``is_valid()`` the cleaned record is ``self.record``."""

    required_css_class = "required"

    PRACTICE_FIELDS = tuple(name for name in CONTENT_FIELDS if name != "tags")  # tags: typed as one line

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        self.fields = practice_fields(locale)
        self.record = None

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
