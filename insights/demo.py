"""The statistics page of the demo site in every language, in the home page's menu. Runs when
``seed_demo`` sends ``demo_loaded``; idempotent."""

from django.dispatch import receiver

from practices.demo.signals import demo_loaded
from practices.demo.site import place_page

from .models import StatisticsPage

STATISTICS_PAGE = {
    "fi": {
        "title": "Tilastot",
        "slug": "tilastot",
        "intro": (
            "Mitä tietopankissa on ja mistä vielä puuttuu: käytännöt maakunnittain, hyvinvointialueittain, "
            "kuntakokoluokittain ja teemoittain. Jokainen maakunta ja luku vie hakuun, joka näyttää käytännöt."
        ),
    },
    "sv": {
        "title": "Statistik",
        "slug": "statistik",
        "intro": (
            "Vad kunskapsbanken innehåller och vad som ännu saknas: praxis per landskap, välfärdsområde, "
            "kommunstorlek och tema. Varje landskap och siffra leder till en sökning som visar praxisen."
        ),
    },
    "en": {
        "title": "Statistics",
        "slug": "statistics",
        "intro": (
            "What the knowledge bank holds and what is still missing: practices by region, wellbeing services "
            "county, municipality size and theme. Each region and figure leads to a search that shows them."
        ),
    },
}


@receiver(demo_loaded)
def add_statistics_page(sender, loader, homes, **kwargs):
    place_page(loader, homes, StatisticsPage, STATISTICS_PAGE)
