"""Builds the Finnish demo site from ``content.py``; every step skips what already exists."""

import datetime

from django.utils import timezone

from wagtail.models import Locale, Page

from practices.builder import build_practices, text_to_rich_text
from practices.models import (
    Municipality,
    MunicipalityVisitPage,
    NewsIndexPage,
    NewsPage,
    PracticeIndexPage,
    PracticePage,
    Region,
    StandardPage,
    Theme,
    VisitIndexPage,
    VisitPracticeLink,
    WebinarIndexPage,
    WebinarPage,
    WebinarRelatedPractice,
)
from practices.schema import PracticeSchema
from practices.translation import translate_page

from . import content, images, recordings
from .signals import demo_loaded
from .site import ensure_site_structure


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.today = timezone.localdate()
        self.created = {}

    def run(self):
        homes = ensure_site_structure()
        self.home = homes["fi"]
        self.municipalities = {m.code: m for m in Municipality.objects.all()}
        self.themes = {t.slug: t for t in Theme.objects.filter(locale=self.home.locale)}
        self.load_practices()
        self.load_images()
        self.load_webinars()
        self.load_visits()
        self.load_news()
        self.load_standard_pages()
        self.load_translations()
        self.load_browse_intros()
        demo_loaded.send(sender=type(self), loader=self, homes=homes)
        self.link_news()
        return self.created

    def _index(self, model):
        return model.objects.child_of(self.home).get()

    def _missing(self, index, items):
        existing = set(index.get_children().values_list("slug", flat=True))
        return [item for item in items if item["slug"] not in existing]

    def _publish(self, index, page, kind):
        index.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False, skip_permission_checks=True)
        self.created[kind] = self.created.get(kind, 0) + 1
        return page

    def _practice_ids(self, slugs):
        index = self._index(PracticeIndexPage)
        found = dict(PracticePage.objects.child_of(index).filter(slug__in=slugs).values_list("slug", "pk"))
        return [found[s] for s in slugs if s in found]

    def load_practices(self):
        index = self._index(PracticeIndexPage)
        todo = self._missing(index, content.PRACTICES)
        if not todo:
            return
        schema = PracticeSchema()
        records = [schema.validate({**item, "locale": "fi"}) for item in todo]
        build_practices(records, progress=lambda done, total: self.log(f"\rpractices {done}/{total}", end=""))
        self.log("")
        self.created["practices"] = len(records)

    def load_images(self):
        """The illustrations (made by ``images``) of the practices that have one, published with them."""
        practices = PracticePage.objects.filter(
            locale=self.home.locale, slug__in=images.ILLUSTRATIONS.keys(), hero_image__isnull=True
        )
        for practice in practices:
            practice.hero_image = images.illustration(practice.slug)
            practice.hero_image_alt = practice.hero_image.description  # so that translations can have theirs
            practice.save_revision().publish()
            self.created["images"] = self.created.get("images", 0) + 1

    def load_webinars(self):
        index = self._index(WebinarIndexPage)
        for item in self._missing(index, content.WEBINARS):
            day = self.today + datetime.timedelta(days=item["days_from_today"])
            hour, minute = map(int, item["time"].split(":"))
            starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
            video = captions = None
            chapters, transcript = item["chapters"], item["transcript"]
            if item.get("recording"):  # a real recording in media/: its chapters and transcript come with it
                video, captions, chapters, transcript = recordings.recording(item["recording"], item["title"])
            page = WebinarPage(
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                description=text_to_rich_text(item["description"]),
                starts_at=starts_at,
                duration_minutes=item["duration_minutes"],
                speakers=[("speaker", speaker) for speaker in item["speakers"]],
                chapters=[("chapter", chapter) for chapter in chapters],
                transcript=text_to_rich_text(transcript),
                registration_url=item["registration_url"],
                recording=video,
                captions=captions,
                captions_language="fi",
            )
            page.themes = [self.themes[s] for s in item["themes"]]
            page.tags.add(*item["tags"])
            page.related_practice_links = [
                WebinarRelatedPractice(target_id=pk) for pk in self._practice_ids(item["related_practices"])
            ]
            self._publish(index, page, "webinars")

    def load_visits(self):
        index = self._index(VisitIndexPage)
        for item in self._missing(index, content.VISITS):
            start = self.today + datetime.timedelta(days=item["days_from_today"])
            deadline = item.get("deadline_days_from_today")
            page = MunicipalityVisitPage(
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                host_municipality=self.municipalities[item["host"]],
                start_date=start,
                end_date=start + datetime.timedelta(days=item["days"] - 1),
                place=item["place"],
                programme=[("item", _programme_item(p)) for p in item["programme"]],
                facilitator=item["facilitator"],
                body=text_to_rich_text(item["body"]),
                key_learnings=text_to_rich_text(item["key_learnings"]),
                workshop_outputs=text_to_rich_text(item["workshop_outputs"]),
                capacity=item["capacity"],
                application_deadline=self.today + datetime.timedelta(days=deadline) if deadline is not None else None,
                travel_support=item["travel_support"],
            )
            page.participating_municipalities = [self.municipalities[c] for c in item["participants"]]
            page.themes = [self.themes[s] for s in item["themes"]]
            page.practice_links = [
                VisitPracticeLink(target_id=pk) for pk in self._practice_ids(item["practices_visited"])
            ]
            self._publish(index, page, "visits")

    def load_news(self):
        index = self._index(NewsIndexPage)
        for item in self._missing(index, content.NEWS):
            page = NewsPage(
                title=item["title"],
                slug=item["slug"],
                date=self.today + datetime.timedelta(days=item["days_from_today"]),
                summary=item["summary"],
                body=[("paragraph", text_to_rich_text(item["body"]))],
            )
            page.tags.add(*item["tags"])
            self._publish(index, page, "news")

    def load_browse_intros(self):
        """The intros of a theme's and a region's landing pages, where none is written yet."""
        for slug, texts in content.THEME_INTROS.items():
            for term in Theme.objects.filter(slug=slug, description="").select_related("locale"):
                term.description = texts.get(term.locale.language_code, "")
                term.save(update_fields=["description"])
        for code, texts in content.REGION_INTROS.items():
            Region.objects.filter(code=code, description_fi="").update(
                **{f"description_{language}": text for language, text in texts.items()}
            )

    def link_news(self):
        """Link what news items promise (a form, a page) to those pages, once they all exist."""
        index = self._index(NewsIndexPage)
        for item in content.NEWS:
            page = NewsPage.objects.child_of(index).filter(slug=item["slug"]).first()
            if not item.get("links") or page is None or 'linktype="page"' in str(page.body.raw_data):
                continue
            html = text_to_rich_text(item["body"])
            for phrase, path in item["links"].items():
                target = Page.objects.filter(url_path=f"{self.home.url_path}{path}/").first()
                if target is not None:
                    html = html.replace(phrase, f'<a linktype="page" id="{target.pk}">{phrase}</a>', 1)
            page.body = [("paragraph", html)]
            page.save_revision(log_action=False).publish(log_action=False, skip_permission_checks=True)

    def load_standard_pages(self):
        for item in self._missing(self.home, content.STANDARD_PAGES):
            page = StandardPage(
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                body=[("paragraph", text_to_rich_text(item["body"]))],
            )
            self._publish(self.home, page, "pages")

    def load_translations(self):
        """Swedish and English versions of a part of the demo (managed by wagtail-localize)."""
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        sources = {
            page.slug: page
            for page in Page.objects.descendant_of(self.home)
            .filter(slug__in=content.TRANSLATIONS.keys(), locale=self.home.locale)
            .specific()
        }
        for slug, languages in content.TRANSLATIONS.items():
            page = sources[slug]
            for code, fields in languages.items():
                if not page.has_translation(locales[code]):
                    translate_page(page, locales[code], fields)
                    self.created[f"translations ({code})"] = self.created.get(f"translations ({code})", 0) + 1


def _programme_item(item):
    hour, minute = map(int, item["time"].split(":"))
    return {
        "day": item["day"],
        "time": datetime.time(hour, minute),
        "title": item["title"],
        "description": item["description"],
        "kind": item["kind"],
    }
