import json

import pytest

from django.core.management import CommandError, call_command
from django.utils import translation

from practices.builder import build_practices
from practices.models import PracticePage
from practices.schema import PracticeSchema, RecordInvalid

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Command output follows the active language; these tests read it in English."""
    with translation.override("en"):
        yield


GOOD = {
    "title": "Kumppanuuspöydät yhdistysten kanssa",
    "summary": "Kunta ja yhdistykset suunnittelevat kulttuuritarjonnan yhdessä neljästi vuodessa.",
    "background": "Yhdistykset toivoivat yhteistä foorumia.\n\nKunta kutsui ne koolle.",
    "how_it_works": "Kokoontumiset kiertävät kylätaloilla.",
    "municipalities": ["244", "564"],
    "themes": ["cooperation", "networking"],
    "target_groups": ["all-residents"],
    "partner_sectors": ["associations"],
    "teaviisari_dimensions": ["common-practices"],
    "culture_act_tasks": ["amateur-civic"],
    "tags": ["kumppanuus", "yhdistykset"],
    "start_year": 2019,
    "status": "active",
    "contacts": [{"name": "Testi Yhteyshenkilö", "email": "testi@example.fi", "publish_consent": True}],
    "locale": "fi",
}


def write_lines(tmp_path, records, name="practices.jsonl"):
    path = tmp_path / name
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
        encoding="utf-8",
    )
    return str(path)


def test_import_creates_published_practices_with_all_links(tmp_path, site_tree, client):
    second = {**GOOD, "title": "Yhdistysillat", "municipalities": ["790"], "tags": ["yhdistykset"]}
    call_command("import_practices", write_lines(tmp_path, [GOOD, second]))
    page = PracticePage.objects.get(title=GOOD["title"])
    assert page.live and page.get_parent().pk == site_tree.practices.pk
    assert page.scope == PracticePage.Scope.JOINT  # two municipalities
    assert sorted(page.municipalities.values_list("code", flat=True)) == ["244", "564"]
    assert sorted(page.themes.values_list("slug", flat=True)) == ["cooperation", "networking"]
    assert sorted(page.tags.names()) == ["kumppanuus", "yhdistykset"]
    assert page.background == "<p>Yhdistykset toivoivat yhteistä foorumia.</p><p>Kunta kutsui ne koolle.</p>"
    assert page.contacts.get().publish_consent
    assert client.get(page.url).status_code == 200
    assert PracticePage.objects.get(title="Yhdistysillat").scope == PracticePage.Scope.LOCAL


def test_importing_a_file_again_duplicates_nothing(tmp_path, site_tree, capsys):
    path = write_lines(tmp_path, [GOOD])
    call_command("import_practices", path)
    with pytest.raises(CommandError, match="1 practices exist already; nothing was imported"):
        call_command("import_practices", path)
    assert (
        "fi/kumppanuuspoydat-yhdistysten-kanssa: a practice with this address exists already" in capsys.readouterr().err
    )
    assert PracticePage.objects.count() == 1
    again = write_lines(tmp_path, [{**GOOD, "slug": "kumppanuuspoydat-2"}], name="again.jsonl")
    call_command("import_practices", again)  # another address: a new practice
    assert PracticePage.objects.count() == 2


def test_a_search_outage_leaves_a_complete_import_that_a_rerun_recognises(tmp_path, site_tree, settings, capsys):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elasticsearch",
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_PREFIX": "kbdown_",
            "TIMEOUT": 2,
        }
    }
    path = write_lines(tmp_path, [GOOD, {**GOOD, "title": "Toinen käytäntö"}])
    with pytest.raises(CommandError, match="2 practices were imported, but the search index could not be updated"):
        call_command("import_practices", path)
    assert PracticePage.objects.live().count() == 2
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_practices", path)
    assert PracticePage.objects.count() == 2


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ({**GOOD, "title": ""}, "line 3: title: This field is required."),
        ({**GOOD, "municipalities": ["999"]}, "line 3: municipalities: Unknown municipality code: 999."),
        ({**GOOD, "municipalities": []}, "line 3: municipalities: Give at least one municipality code."),
        ({**GOOD, "themes": ["no-such-theme"]}, "line 3: themes: Unknown term: no-such-theme."),
        ({**GOOD, "start_year": "2019"}, "line 3: start_year: Must be a whole number."),
        (
            {**GOOD, "start_year": 2022, "end_year": 2020},
            "line 3: end_year: The end year cannot be before the start year.",
        ),
        ({**GOOD, "status": "maybe"}, "line 3: status: Choose one of: active, ended, planned."),
        ({**GOOD, "colour": "blue"}, "line 3: colour: Unknown field."),
        (
            {**GOOD, "contacts": [{"name": "X", "email": "not-an-email"}]},
            "line 3: contacts: Enter a valid email address.",
        ),
        ('{"title": "broken json', "line 3: not valid JSON"),
        ({**GOOD, "locale": ["fi"]}, "line 3: locale: Choose one of: en, fi, sv."),
        (
            json.dumps({**GOOD, "title": "T\ud800"}),
            "line 3: title: Contains characters that are not valid Unicode text.",
        ),
        ({**GOOD, "related": ["no-such-practice"]}, "line 3: related: Unknown practice: no-such-practice."),
        ({**GOOD, "slug": "itse", "related": ["itse"]}, "line 3: related: A practice cannot be related to itself."),
        (
            {**GOOD, "contacts": [{"name": "X", "publish_concent": True}]},
            "line 3: contacts: Unknown field: publish_concent.",
        ),
        ({**GOOD, "review": {"owner_emial": "x@example.fi"}}, "line 3: review: Unknown field: owner_emial."),
        ({**GOOD, "tags": ["!!!"]}, "line 3: tags: A tag must contain a letter or a digit."),
        ('{"reach": ' + "9" * 5000 + "}", "line 3: not valid JSON (a value is too large or too deeply nested)"),
        ("[" * 100_000 + "]" * 100_000, "line 3: not valid JSON"),
        ("[1, 2]", "line 3: record: Each line must be a JSON object."),
    ],
)
def test_a_bad_line_rejects_the_whole_file_and_names_line_and_field(tmp_path, site_tree, capsys, bad_line, expected):
    other = {**GOOD, "title": "Toinen hyvä käytäntö"}
    path = write_lines(tmp_path, [GOOD, other, bad_line])
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_practices", path)
    assert expected in capsys.readouterr().err
    assert PracticePage.objects.count() == 0


def test_hostile_text_is_stored_as_text(tmp_path, site_tree, client):
    hostile = {**GOOD, "title": "<b>Lihava</b> käytäntö", "background": "<script>alert('x')</script>\x00"}
    call_command("import_practices", write_lines(tmp_path, [hostile]))
    page = PracticePage.objects.get()
    assert page.title == "<b>Lihava</b> käytäntö"
    assert page.background == "<p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>"
    assert "<script>alert" not in client.get(page.url).content.decode()


def test_related_links_point_at_pages_of_the_same_file_first(tmp_path, site_tree):
    call_command("import_practices", write_lines(tmp_path, [{**GOOD, "slug": "vanha"}], name="old.jsonl"))
    first = {**GOOD, "title": "Uusi", "slug": "vanha"}  # clashes with the existing page: becomes vanha-2
    second = {**GOOD, "title": "Viittaaja", "related": ["vanha"]}
    schema = PracticeSchema()  # the builder itself: the import command would refuse the clash
    build_practices([schema.validate(first), schema.validate(second)])
    referrer = PracticePage.objects.get(title="Viittaaja")
    assert [link.target.specific.title for link in referrer.related_links.all()] == ["Uusi"]


def test_a_byte_order_mark_is_accepted(tmp_path, site_tree):
    path = tmp_path / "excel.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD, ensure_ascii=False).encode() + b"\n")
    call_command("import_practices", str(path))
    assert PracticePage.objects.count() == 1


def test_control_characters_are_removed_from_text(tmp_path, site_tree):
    call_command("import_practices", write_lines(tmp_path, [{**GOOD, "title": "Kello\x07 soi"}]))
    assert PracticePage.objects.get().title == "Kello soi"


def test_file_that_is_not_utf8_is_rejected(tmp_path, site_tree):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps({**GOOD, "title": "Käytäntö"}, ensure_ascii=False).encode("latin-1") + b"\n")
    with pytest.raises(CommandError):
        call_command("import_practices", str(path))
    assert PracticePage.objects.count() == 0


def test_missing_file_is_a_clear_error(site_tree):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_practices", "/nonexistent/file.jsonl")


def test_schema_reports_every_bad_field_at_once(site_tree):
    with pytest.raises(RecordInvalid) as invalid:
        PracticeSchema().validate({"title": "", "summary": "", "municipalities": ["1234"]})
    assert set(invalid.value.errors) == {"title", "summary", "municipalities"}


def test_schema_accepts_integer_codes_and_pads_them(site_tree):
    clean = PracticeSchema().validate({**GOOD, "municipalities": [91, "49"]})
    assert clean["municipalities"] == ["091", "049"]


def test_generate_practices_is_reproducible(site_tree):
    call_command("generate_practices", count=15, seed=3)
    first = sorted(PracticePage.objects.values_list("title", flat=True))
    assert len(first) == 15
    PracticePage.objects.all().delete()
    call_command("generate_practices", count=15, seed=3)
    assert sorted(PracticePage.objects.values_list("title", flat=True)) == first


def test_a_key_given_twice_is_refused_with_its_line(tmp_path, site_tree, capsys):
    twice = (
        json.dumps(GOOD, ensure_ascii=False)[:-1]
        + ', "review": {"owner_email": "a@example.fi", "owner_email": "b@example.fi"}}'
    )
    path = write_lines(tmp_path, [GOOD, twice])
    with pytest.raises(CommandError):
        call_command("import_practices", path)
    assert "line 2: the key “owner_email” is given twice" in capsys.readouterr().err
    assert not PracticePage.objects.exists()


def test_a_huge_unknown_field_name_is_cut_short_in_the_message(tmp_path, site_tree, capsys):
    path = write_lines(tmp_path, [{**GOOD, "x" * 1_000_000: 1}])
    with pytest.raises(CommandError):
        call_command("import_practices", path)
    err = capsys.readouterr().err
    assert "line 1: xxxxx" in err and "Unknown field." in err and len(err) < 500


def test_a_site_without_its_sections_gets_a_clear_message_and_no_pages(tmp_path, db):
    path = write_lines(tmp_path, [GOOD])
    with pytest.raises(CommandError, match="Nothing was imported. Run manage.py seed_demo"):
        call_command("import_practices", path)
    assert not PracticePage.objects.exists()
