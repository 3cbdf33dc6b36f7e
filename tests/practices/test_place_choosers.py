"""Editors find a municipality by typing part of its name, in the chooser and in the lists."""

from django.urls import reverse

from practices import models
from practices.place_choosers import find_municipalities
from tests.practices import factories
from tests.practices.test_admin import EditorTestCase, add_url

CHOOSE = "wagtailsnippetchoosers_practices_municipality:choose"
RESULTS = "wagtailsnippetchoosers_practices_municipality:choose_results"


def names(response):
    return [str(row) for row in response.context["results"]]


class MunicipalityChooser(EditorTestCase):
    def test_typing_puu_finds_puumala(self):
        response = self.client.get(reverse(RESULTS), {"q": "Puu"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("Puumala", names(response))
        self.assertContains(response, "Puumala")

    def test_names_that_begin_with_the_text_come_first(self):
        response = self.client.get(reverse(RESULTS), {"q": "pu"})
        found = names(response)
        self.assertLessEqual({"Puolanka", "Puumala", "Pudasjärvi"}, set(found))
        first_other = next(i for i, name in enumerate(found) if not name.lower().startswith("pu"))
        self.assertTrue(all(name.lower().startswith("pu") for name in found[:first_other]))

    def test_swedish_names_and_codes_are_found(self):
        self.assertIn("Helsinki", names(self.client.get(reverse(RESULTS), {"q": "Helsingfors"})))
        self.assertEqual(names(self.client.get(reverse(RESULTS), {"q": "179"})), ["Jyväskylä"])

    def test_the_modal_has_a_search_box_and_a_region_filter(self):
        response = self.client.get(reverse(CHOOSE))
        self.assertEqual(response.status_code, 200)
        html = response.json()["html"]
        self.assertIn('name="q"', html)
        self.assertIn('name="region"', html)

    def test_the_region_filter_narrows_the_list(self):
        lapland = models.Region.objects.get(name_fi="Lappi")
        found = names(self.client.get(reverse(RESULTS), {"region": lapland.pk, "q": "Ke"}))
        self.assertIn("Kemi", found)
        self.assertNotIn("Kempele", found)

    def test_the_practice_form_uses_the_searchable_chooser_for_the_main_municipality(self):
        response = self.client.get(add_url(models.PracticePage, self.tree.practices))
        self.assertContains(response, reverse(CHOOSE))


def test_search_is_a_plain_function(db):
    factories.reference_data()
    found = [m.name_fi for m in find_municipalities(models.Municipality.objects.all(), " puu ")]
    assert found[0] == "Puumala"
    assert list(find_municipalities(models.Municipality.objects.all(), "")) != []
