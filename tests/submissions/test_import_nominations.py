"""The municipal survey's export (CSV or XLSX) becomes nominations: names in any language, every
bad row reported with its row number, nothing imported from a broken file. Commands speak the
site's main language (Finnish)."""

from pathlib import Path

import openpyxl
import pytest

from django.core.management import CommandError, call_command

from submissions.models import Nomination

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).resolve().parents[2] / "submissions" / "data" / "survey-example.csv"
HEADER = ["Otsikko", "Tiivistelmä", "Kunnat", "Teemat", "Aloitusvuosi", "Ilmoittajan nimi", "Sähköposti"]


def write_csv(tmp_path, rows, header=HEADER, delimiter=",", encoding="utf-8"):
    import csv

    path = tmp_path / "kysely.csv"
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_the_example_file_in_the_repository_imports(site_tree, capsys):
    call_command("import_nominations", str(EXAMPLE))
    nominations = {n.title: n for n in Nomination.objects.all()}
    assert len(nominations) == 3 and "3 ilmoitusta" in capsys.readouterr().out
    cafe = nominations["Kirjaston kulttuurikahvila"]
    assert cafe.record["municipalities"] == ["297"] and cafe.record["themes"] == ["cultural-wellbeing"]
    assert cafe.record["target_groups"] == ["older-people"] and cafe.record["tags"] == ["kahvila", "lukupiiri"]
    assert (cafe.record["status"], cafe.record["cost_level"], cafe.record["start_year"]) == ("active", "small", 2022)
    assert cafe.submitter_email == "esimerkki.henkilo@example.fi" and cafe.publish_contact
    assert cafe.submitter_municipality.code == "297" and cafe.status == Nomination.Status.NEW
    theatre = nominations["Kylätalojen kesäteatteri"]
    assert theatre.record["municipalities"] == ["260", "707"] and not theatre.publish_contact
    assert set(theatre.record["themes"]) == {"participation", "cooperation"}
    swedish = nominations["Ungdomarnas kulturkväll"]
    assert swedish.locale.language_code == "sv" and swedish.record["themes"] == ["participation"]
    assert swedish.record["municipalities"] == ["545"]


def test_an_xlsx_export_imports_too(site_tree, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["Sirkuskoulu", "Sirkusta kylissä.", "Kemijärvi", "Osallisuus", 2020, "Testi Henkilö", "t@example.fi"])
    path = tmp_path / "kysely.xlsx"
    workbook.save(path)
    call_command("import_nominations", str(path))
    nomination = Nomination.objects.get()
    assert nomination.record["municipalities"] == ["320"] and nomination.record["start_year"] == 2020


def test_a_broken_file_imports_nothing_and_names_every_bad_row(site_tree, tmp_path, capsys):
    path = write_csv(
        tmp_path,
        [
            ["Hyvä rivi", "Kunnossa.", "Helsinki", "Osallisuus", "2020", "A", "a@example.fi"],
            ["", "Nimi puuttuu.", "Helsinki", "", "", "B", "b@example.fi"],
            ["Väärä kunta", "Kunta ei ole olemassa.", "Atlantis", "", "", "C", "c@example.fi"],
            ["Väärä teema", "Teemaa ei ole.", "Oulu", "Avaruusmatkailu", "vuosi", "D", "ei-osoite"],
        ],
        delimiter=";",
    )
    with pytest.raises(CommandError, match="mitään ei tuotu"):
        call_command("import_nominations", str(path))
    errors = capsys.readouterr().err
    assert not Nomination.objects.exists()
    assert "rivi 3: title" in errors
    assert "rivi 4: municipalities" in errors and "Atlantis" in errors
    assert "rivi 5: themes" in errors and "Avaruusmatkailu" in errors
    assert "rivi 5: start_year" in errors and "rivi 5: submitter_email" in errors
    assert "rivi 2" not in errors


def test_a_windows_excel_csv_with_a_byte_order_mark_or_cp1252_is_read(site_tree, tmp_path):
    row = [["Kesäkahvila", "Kahvila kesällä.", "Hämeenlinna", "", "", "Äijä Öhman", "a@example.fi"]]
    call_command("import_nominations", str(write_csv(tmp_path, row, encoding="utf-8-sig")))
    call_command("import_nominations", str(write_csv(tmp_path, row, delimiter=";", encoding="cp1252")))
    assert list(Nomination.objects.values_list("submitter_name", flat=True)) == ["Äijä Öhman", "Äijä Öhman"]


def test_hostile_and_huge_values_are_refused_or_kept_as_text(site_tree, tmp_path, capsys):
    payload = "<script>alert(1)</script>"
    path = write_csv(tmp_path, [[payload, payload, "Helsinki", "", "", payload, "x@example.fi"]])
    call_command("import_nominations", str(path))
    assert Nomination.objects.get().title == payload
    huge = write_csv(tmp_path, [["x" * 300, "y", "Helsinki", "", "", "z" * 500, "x@example.fi"]])
    with pytest.raises(CommandError):
        call_command("import_nominations", str(huge))
    errors = capsys.readouterr().err
    assert "rivi 2: title" in errors and "rivi 2: submitter_name" in errors and "x" * 300 not in errors


def test_a_file_that_is_not_a_spreadsheet_gets_a_clear_error(site_tree, tmp_path):
    path = tmp_path / "kysely.xlsx"
    path.write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(CommandError, match="mitään ei tuotu"):
        call_command("import_nominations", str(path))
    without_title = write_csv(tmp_path, [["a", "b"]], header=["Aikaleima", "Kunnat"])
    with pytest.raises(CommandError):
        call_command("import_nominations", str(without_title))
