"""Generate N realistic synthetic practices (for benchmarks), reproducibly from a seed."""

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from practices.builder import build_practices
from practices.models import Municipality, PracticePage
from practices.schema import PracticeSchema
from practices.vocabularies import VOCABULARIES

ACTIVITIES = [
    "Kulttuurikaveritoiminta",
    "Lukupiiri",
    "Taidelähete",
    "Kylätalokiertue",
    "Kulttuuripolku",
    "Nuorten kulttuuriraati",
    "Tilapankki",
    "Kumppanuuspöytä",
    "Muistitietohanke",
    "Yhteisötaideprojekti",
    "Kesäteatteri",
    "Kulttuurihyvinvointiryhmä",
    "Osallistava budjetointi",
    "Sirkuskoulu",
    "Bänditoiminta",
    "Kotiseutukävelyt",
    "Taiteilijaresidenssi",
    "Satutuokiot",
]
TARGETS = [
    "ikääntyneille",
    "lapsiperheille",
    "nuorille",
    "maahanmuuttajille",
    "hoivakotien asukkaille",
    "kyläläisille",
    "työttömille",
    "koululaisille",
    "kuntoutujille",
    "kaikille kuntalaisille",
]
PLACES = ["kirjastossa", "kylätaloilla", "kouluissa", "palvelutaloissa", "nuorisotiloissa", "museossa", "verkossa"]
SENTENCES = [
    "Toiminta syntyi asukkaiden toiveesta, ja sitä kehitetään yhdessä paikallisten yhdistysten kanssa.",
    "Kunnan kulttuuripalvelut koordinoi toimintaa ja vapaaehtoiset vastaavat käytännön järjestelyistä.",
    "Rahoitus koostuu kunnan talousarviosta ja aluehallintoviraston kehittämisavustuksesta.",
    "Osallistujilta kerätään palautetta jokaisen kauden jälkeen, ja tulokset raportoidaan lautakunnalle.",
    "Toiminta on helppo aloittaa pienesti: tarvitaan tila, yksi vastuuhenkilö ja sitoutuneet kumppanit.",
    "Tiedotus kulkee kirjaston, koulujen ja hyvinvointialueen kanavien kautta.",
    "Kokemukset ovat olleet hyviä, ja toimintaa on laajennettu naapurikuntiin.",
    "Alussa osallistujia oli vähän, mutta henkilökohtainen kutsu lisäsi osallistumista selvästi.",
]


class Command(BaseCommand):
    help = "Generate N synthetic good practices through the practice builder (reproducible with --seed)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--locale", default="fi")

    def handle(self, count, seed, locale, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        started = time.monotonic()
        rng = random.Random(seed)  # noqa: S311  (synthetic data, not security)
        codes = sorted(Municipality.objects.values_list("code", flat=True))
        terms = {
            v.key: sorted(v.model.objects.filter(locale__language_code="fi").values_list("slug", flat=True))
            for v in VOCABULARIES
        }
        schema = PracticeSchema()
        records = [schema.validate(self.record(rng, n, codes, terms, locale)) for n in range(count)]
        build_practices(records, progress=self.progress, bulk=True, index_progress=self.indexed)
        if connection.vendor == "postgresql":  # fresh planner statistics after a bulk load
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        seconds = time.monotonic() - started
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(f"Generated {count} practices in {seconds:.1f} s ({count / seconds:.0f}/s).")
        )

    def record(self, rng, n, codes, terms, locale):
        start = rng.randint(2012, 2026)
        status = rng.choice(PracticePage.Status.values)
        text = lambda k: " ".join(rng.sample(SENTENCES, k))  # noqa: E731
        return {
            "title": f"{rng.choice(ACTIVITIES)} {rng.choice(TARGETS)} {rng.choice(PLACES)} #{n + 1}",
            "summary": text(2)[:480],
            "background": text(2),
            "how_it_works": text(3),
            "resources": text(1),
            "results": text(2),
            "adoption": text(1),
            "lessons_learned": text(1),
            "municipalities": rng.sample(codes, rng.choice([1, 1, 1, 2, 3])),
            **{key: rng.sample(slugs, rng.randint(1, min(3, len(slugs)))) for key, slugs in terms.items()},
            "tags": rng.sample(
                ["vapaaehtoiset", "kirjasto", "hyvinvointi", "kumppanuus", "kylät", "nuoret", "digi"], 2
            ),
            "start_year": start,
            "end_year": rng.randint(start, 2027) if status == "ended" else None,
            "status": status,
            "reach": rng.choice([None, rng.randint(10, 5000)]),
            "evidence_level": rng.choice(PracticePage.EvidenceLevel.values),
            "cost_level": rng.choice(PracticePage.CostLevel.values),
            "locale": locale,
        }

    def indexed(self, done, total):
        self.stdout.write(f"\rindexed {done}/{total}", ending="")
        self.stdout.flush()

    def progress(self, done, total):
        if done == total or done % 100 == 0:
            self.stdout.write(f"\r{done}/{total}", ending="")
            self.stdout.flush()
