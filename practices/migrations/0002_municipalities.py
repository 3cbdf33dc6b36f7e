"""Load Finland's 308 municipalities, 19 regions and the wellbeing services counties.

Source: practices/data/municipalities.csv (Statistics Finland 2026 classifications; see the
README beside it). Region names in English follow Statistics Finland's English classification.
"""

import csv
from pathlib import Path

from django.db import migrations

CSV_PATH = Path(__file__).resolve().parent.parent / "data" / "municipalities.csv"

REGION_NAMES_EN = {
    "01": "Uusimaa",
    "02": "Southwest Finland",
    "04": "Satakunta",
    "05": "Kanta-Häme",
    "06": "Pirkanmaa",
    "07": "Päijät-Häme",
    "08": "Kymenlaakso",
    "09": "South Karelia",
    "10": "South Savo",
    "11": "North Savo",
    "12": "North Karelia",
    "13": "Central Finland",
    "14": "South Ostrobothnia",
    "15": "Ostrobothnia",
    "16": "Central Ostrobothnia",
    "17": "North Ostrobothnia",
    "18": "Kainuu",
    "19": "Lapland",
    "21": "Åland",
}


def load(apps, schema_editor):
    Region = apps.get_model("practices", "Region")
    WellbeingCounty = apps.get_model("practices", "WellbeingCounty")
    Municipality = apps.get_model("practices", "Municipality")
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    regions, counties = {}, {}
    for row in rows:
        code = row["region_code"]
        if code not in regions:
            regions[code], _ = Region.objects.update_or_create(
                code=code,
                defaults={
                    "name_fi": row["region_fi"],
                    "name_sv": row["region_sv"],
                    "name_en": REGION_NAMES_EN.get(code, ""),
                },
            )
        county_fi = row["wellbeing_county_fi"]
        if county_fi and county_fi not in counties:
            counties[county_fi], _ = WellbeingCounty.objects.update_or_create(
                name_fi=county_fi, defaults={"name_sv": row["wellbeing_county_sv"]}
            )
        Municipality.objects.update_or_create(
            code=row["code"],
            defaults={
                "name_fi": row["name_fi"],
                "name_sv": row["name_sv"],
                "region": regions[code],
                "wellbeing_county": counties.get(county_fi),
                "language": row["language"],
                "population": int(row["population"]),
            },
        )


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
