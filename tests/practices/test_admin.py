"""Editors can create every page type in the admin, in the place the tree allows."""

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practices import models
from tests.practices import factories


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def practice_fields(**overrides):
    """A complete practice form as the admin posts it; ``overrides`` replace single fields."""
    return {
        "title": "Nuorten kulttuuriraati",
        "slug": "nuorten-kulttuuriraati",
        "summary": "Nuoret päättävät osasta kulttuuribudjettia.",
        **{name: rich_text("") for name, _h in models.PracticePage.SECTIONS},
        "body": streamfield([]),
        "scope": "local",
        "tags": "",
        "status": "active",
        "evidence_level": "described",
        "cost_level": "none",
        "review_interval_months": 12,
        "contacts": inline_formset([]),
        "links": streamfield([]),
        "attachments": streamfield([]),
        "related_links": inline_formset([]),
        **overrides,
    }


class EditorTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = factories.site_tree()

    def setUp(self):
        self.login()


class TreeRules(EditorTestCase):
    def test_sections_go_under_the_home_page_and_content_under_its_section(self):
        for section in (models.PracticeIndexPage, models.WebinarIndexPage, models.VisitIndexPage, models.NewsIndexPage):
            self.assertCanCreateAt(models.HomePage, section)
        self.assertCanCreateAt(models.HomePage, models.StandardPage)
        self.assertCanCreateAt(models.PracticeIndexPage, models.PracticePage)
        self.assertCanCreateAt(models.WebinarIndexPage, models.WebinarPage)
        self.assertCanCreateAt(models.VisitIndexPage, models.MunicipalityVisitPage)
        self.assertCanCreateAt(models.NewsIndexPage, models.NewsPage)

    def test_editor_cannot_add_a_practice_under_the_home_page(self):
        self.assertCanNotCreateAt(models.HomePage, models.PracticePage)
        self.assertCanNotCreateAt(models.WebinarIndexPage, models.PracticePage)
        response = self.client.get(add_url(models.PracticePage, self.tree.home))
        self.assertIn(response.status_code, (302, 403))


class AddForms(EditorTestCase):
    def test_editor_sees_the_add_form_in_tabs(self):
        for model, parent in (
            (models.PracticePage, self.tree.practices),
            (models.WebinarPage, self.tree.webinars),
            (models.MunicipalityVisitPage, self.tree.visits),
            (models.NewsPage, self.tree.news),
            (models.StandardPage, self.tree.home),
        ):
            response = self.client.get(add_url(model, parent))
            self.assertContains(response, 'role="tablist"')

    def test_admin_help_texts_are_in_finnish(self):
        response = self.client.get(add_url(models.PracticePage, self.tree.practices), HTTP_ACCEPT_LANGUAGE="fi")
        self.assertContains(response, "Yksi tai kaksi selkeää virkettä")
        self.assertContains(response, "Luokittelu")  # the Classification tab

    def test_municipality_checkboxes_are_grouped_by_region_under_a_filter_box(self):
        for model, parent in (
            (models.PracticePage, self.tree.practices),
            (models.MunicipalityVisitPage, self.tree.visits),
        ):
            response = self.client.get(add_url(model, parent))
            self.assertContains(response, "<legend>Uusimaa</legend>", html=True)
            self.assertContains(response, "<legend>Lappi</legend>", html=True)
            self.assertContains(response, "data-kb-filterable-input")

    def test_editor_can_open_the_translate_view(self):
        practice = factories.PracticePageFactory(parent=self.tree.practices)
        response = self.client.get(reverse("wagtail_localize:submit_page_translation", args=[practice.pk]))
        self.assertEqual(response.status_code, 200)

    def test_vocabularies_and_municipalities_are_listed_in_the_admin(self):
        self.assertEqual(self.client.get("/admin/snippets/practices/theme/").status_code, 200)
        response = self.client.get("/admin/snippets/practices/municipality/", {"q": "Kempele"})
        self.assertContains(response, "Kempele")


class CreatePages(EditorTestCase):
    def test_editor_creates_a_webinar(self):
        data = nested_form_data(
            {
                "title": "Kulttuurihyvinvointi hyvinvointialueella",
                "slug": "kulttuurihyvinvointi-webinaari",
                "summary": "Miten kunta ja hyvinvointialue tekevät yhteistyötä?",
                "starts_at": "2026-12-10 13:00",
                "duration_minutes": 90,
                "description": rich_text("Webinaari on maksuton."),
                "speakers": streamfield([("speaker", {"name": "Puhuja", "title": "", "organisation": ""})]),
                "registration_url": "https://www.example.fi/ilmoittaudu",
                "video_url": "",
                "captions_language": "fi",
                "transcript": rich_text(""),
                "chapters": streamfield([("chapter", {"start": "05:30", "title": "Avaus"})]),
                "materials": streamfield([]),
                "tags": "",
                "related_practice_links": inline_formset([]),
            }
        )
        self.assertCanCreate(self.tree.webinars, models.WebinarPage, data)
        page = models.WebinarPage.objects.get(slug="kulttuurihyvinvointi-webinaari")
        self.assertTrue(page.live)
        self.assertEqual(page.chapters[0].value["start"], "05:30")

    def test_editor_creates_a_municipality_visit(self):
        data = nested_form_data(
            {
                "title": "Kuntavierailu Sastamalaan",
                "slug": "kuntavierailu-sastamala",
                "summary": "Yhdistysyhteistyötä kylätaloilla.",
                "host_municipality": factories.municipality("790").pk,
                "start_date": "2027-03-10",
                "end_date": "2027-03-11",
                "place": "Sastamalan kaupungintalo",
                "body": rich_text(""),
                "key_learnings": rich_text(""),
                "workshop_outputs": rich_text(""),
                "photos": streamfield([]),
                "programme": streamfield(
                    [("item", {"day": 1, "time": "09:00", "title": "Aloitus", "description": "", "kind": "other"})]
                ),
                "facilitator": "",
                "practice_links": inline_formset([]),
                "capacity": 16,
                "application_deadline": "2027-02-10",
            }
        )
        self.assertCanCreate(self.tree.visits, models.MunicipalityVisitPage, data)
        page = models.MunicipalityVisitPage.objects.get(slug="kuntavierailu-sastamala")
        self.assertEqual((page.host_municipality.name_fi, page.capacity), ("Sastamala", 16))

    def test_editor_creates_news_and_a_standard_page(self):
        news = {
            "title": "Lomake avattiin",
            "slug": "lomake-avattiin",
            "date": "2026-11-20",
            "summary": "Kunnat voivat nyt ehdottaa käytäntöjä.",
            "body": streamfield([]),
            "tags": "lomake",
        }
        self.assertCanCreate(self.tree.news, models.NewsPage, nested_form_data(news))
        self.assertEqual(list(models.NewsPage.objects.get(slug="lomake-avattiin").tags.names()), ["lomake"])
        page = {
            "title": "Saavutettavuusseloste",
            "slug": "saavutettavuusseloste",
            "summary": "",
            "body": streamfield([]),
        }
        self.assertCanCreate(self.tree.home, models.StandardPage, nested_form_data(page))
        self.assertTrue(models.StandardPage.objects.get(slug="saavutettavuusseloste").live)

    def test_editor_creates_and_publishes_a_practice(self):
        theme = factories.term(models.Theme, "participation")
        contact = {"name": "Testi Henkilö", "title": "", "organisation": "", "email": "t@example.fi", "phone": ""}
        data = nested_form_data(
            practice_fields(
                background=rich_text("Nuoret puuttuivat kulttuurisuunnittelusta."),
                tags="nuoret, osallisuus",
                contacts=inline_formset([{**contact, "publish_consent": True}]),
            )
        )
        # multi-value fields go in as lists, outside nested_form_data's flattening
        data |= {"municipalities": [factories.municipality("179").pk], "themes": [theme.pk]}
        self.assertCanCreate(self.tree.practices, models.PracticePage, data)
        page = models.PracticePage.objects.get(slug="nuorten-kulttuuriraati")
        self.assertEqual(list(page.themes.all()), [theme])
        self.assertEqual(page.municipalities.get().name_fi, "Jyväskylä")
        self.assertEqual(page.contacts.get().name, "Testi Henkilö")
        self.assertEqual(sorted(page.tags.names()), ["nuoret", "osallisuus"])

    def test_editor_gets_errors_and_keeps_input_on_bad_data(self):
        fields = practice_fields(
            title="Keskeneräinen käytäntö", slug="keskenerainen", summary="", start_year=2024, end_year=2020
        )
        data = nested_form_data({**fields, "action-publish": "publish"})
        response = self.client.post(add_url(models.PracticePage, self.tree.practices), data)
        self.assertEqual(response.status_code, 200)
        self.assertLessEqual({"summary", "municipalities", "end_year"}, set(response.context["form"].errors))
        self.assertContains(response, "Keskeneräinen käytäntö")
        self.assertFalse(models.PracticePage.objects.filter(slug="keskenerainen").exists())
