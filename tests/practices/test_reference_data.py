import pytest

from django.utils import translation

from practices.models import Municipality, Region, WellbeingCounty
from practices.vocabularies import VOCABULARIES
from practices.vocabulary_terms import TERMS

pytestmark = pytest.mark.django_db


def test_all_municipalities_regions_and_counties_are_loaded():
    assert Municipality.objects.count() == 308
    assert Region.objects.count() == 19
    # 21 wellbeing services counties plus the City of Helsinki as its own organiser
    assert WellbeingCounty.objects.count() == 22
    assert sum(Municipality.objects.values_list("population", flat=True)) == 5_652_881


def test_municipality_codes_keep_their_leading_zeros():
    helsinki = Municipality.objects.select_related("region", "wellbeing_county").get(code="091")
    assert helsinki.name_fi == "Helsinki" and helsinki.name_sv == "Helsingfors"
    assert helsinki.region.name_fi == "Uusimaa"
    assert helsinki.wellbeing_county.name_fi == "Helsingin kaupunki"


def test_aland_has_no_wellbeing_services_county():
    assert not Municipality.objects.filter(region__code="21", wellbeing_county__isnull=False).exists()
    assert Municipality.objects.filter(region__code="21").count() == 16


def test_swedish_name_is_used_only_for_bilingual_or_swedish_municipalities():
    lahti, porvoo = Municipality.objects.get(code="398"), Municipality.objects.get(code="638")
    with translation.override("sv"):
        assert lahti.name == "Lahti"  # monolingual Finnish: not "Lahtis"
        assert porvoo.name == "Borgå"
    with translation.override("fi"):
        assert porvoo.name == "Porvoo"


def test_size_class_follows_population():
    assert Municipality.objects.get(code="091").size_class == Municipality.SizeClass.OVER_100K
    assert Municipality.objects.get(code="318").size_class == Municipality.SizeClass.UNDER_5K  # Kökar


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.key)
def test_vocabularies_are_seeded_in_three_languages_as_translations(vocabulary):
    terms = TERMS[vocabulary.key]
    fi_terms = vocabulary.model.objects.filter(locale__language_code="fi")
    assert fi_terms.count() == len(terms)
    first_slug, fi_name, sv_name, en_name = terms[0]
    finnish = fi_terms.get(slug=first_slug)
    names = {t.locale.language_code: t.name for t in finnish.get_translations(inclusive=True).select_related("locale")}
    assert names == {"fi": fi_name, "sv": sv_name, "en": en_name}


def test_teaviisari_has_its_seven_dimensions():
    model = next(v.model for v in VOCABULARIES if v.key == "teaviisari_dimensions")
    assert model.objects.filter(locale__language_code="fi").count() == 7
