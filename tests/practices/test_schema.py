"""The one practice schema and the admin's model validation agree, limit by limit."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from practices.models import PracticeContact, PracticePage
from practices.schema import PracticeSchema, RecordInvalid
from tests.practices import factories

pytestmark = pytest.mark.django_db

RECORD = {"title": "Kylätalojen kulttuurikierros", "summary": "Kierros kylätaloille.", "municipalities": ["091"]}


def schema_error(**fields):
    try:
        PracticeSchema().validate({**RECORD, **fields})
    except RecordInvalid as invalid:
        return invalid.errors
    return {}


def model_error(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    try:
        page.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"start_year": 1949}, "start_year"),
        ({"start_year": 2101}, "start_year"),
        ({"end_year": 2101}, "end_year"),
        ({"start_year": 2024, "end_year": 2020}, "end_year"),
    ],
)
def test_the_import_and_the_admin_reject_the_same_years(site_tree, fields, field):
    page = factories.PracticePageFactory(parent=site_tree.practices)
    with translation.override("fi"):
        from_schema, from_model = schema_error(**fields), model_error(page, **fields)
    assert field in from_schema and field in from_model
    if field == "end_year" and "start_year" in fields:
        assert from_schema["end_year"] == from_model["end_year"][0]


def test_years_on_the_bounds_are_accepted_by_both(site_tree):
    page = factories.PracticePageFactory(parent=site_tree.practices)
    assert not schema_error(start_year=1950, end_year=2100)
    assert not model_error(page, start_year=1950, end_year=2100)


@pytest.mark.parametrize("name", ["name", "title", "organisation", "phone"])
def test_contact_fields_are_as_long_in_the_import_as_in_the_admin(site_tree, name):
    limit = PracticeContact._meta.get_field(name).max_length
    contact = {"name": "Nimi", name: "x" * limit}
    assert not schema_error(contacts=[contact])
    assert "contacts" in schema_error(contacts=[{**contact, name: "x" * (limit + 1)}])
    row = PracticeContact(**{**contact, name: "x" * (limit + 1)})
    with pytest.raises(ValidationError) as error:
        row.full_clean(exclude=["page"])
    assert name in error.value.message_dict


def test_title_and_summary_limits_come_from_the_page_model(site_tree):
    for name in ("title", "summary"):
        limit = PracticePage._meta.get_field(name).max_length
        assert not schema_error(**{name: "a" * limit})
        assert name in schema_error(**{name: "a" * (limit + 1)})


def test_json_lines_are_read_and_validated_line_by_line(site_tree):
    lines = [
        '{"title": "Ensimmäinen", "summary": "Yksi.", "municipalities": ["091"]}\n',
        "\n",
        "{not json\n",
        '{"title": "", "summary": "Kolme.", "municipalities": ["091"]}\n',
    ]
    with translation.override("en"):
        records, errors = PracticeSchema().read_jsonl(lines)
    assert [r["title"] for r in records] == ["Ensimmäinen"]
    assert errors[0].startswith("line 3: not valid JSON")
    assert errors[1] == "line 4: title: This field is required."
