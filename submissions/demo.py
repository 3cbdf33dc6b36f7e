"""The submissions part of the demo site: a nomination form in every language, linked from the
home page's menu, and the forms' privacy notice. (The upcoming visit that takes applications is
part of the practices demo.) Runs when ``seed_demo`` sends ``demo_loaded``; idempotent."""

from django.dispatch import receiver

from wagtail.models import Page

from practices.builder import text_to_rich_text
from practices.demo.signals import demo_loaded
from practices.translation import translate_page

from .models import FormSettings, NominationFormPage

NOMINATION_FORM = {
    "fi": {
        "title": "Ilmoita hyvä käytäntö",
        "slug": "ilmoita-kaytanto",
        "intro": (
            "Onko kunnassanne kulttuuripalvelujen käytäntö, josta muut kunnat voisivat oppia? Ilmoita se "
            "tietopankkiin. Toimitus lukee jokaisen ilmoituksen, voi ottaa yhteyttä ja julkaisee käytännön "
            "yhdessä kanssanne. Tunnusta ei tarvita."
        ),
        "thanks": (
            "Kiitos ilmoituksesta! Lähetimme vahvistuksen sähköpostiisi. Tämän sivun osoitteesta näet, "
            "missä vaiheessa ilmoituksesi on."
        ),
    },
    "sv": {
        "title": "Anmäl en god praxis",
        "slug": "anmal-praxis",
        "intro": (
            "Har er kommun en praxis inom kulturtjänsterna som andra kommuner kunde lära sig av? Anmäl den "
            "till kunskapsbanken. Redaktionen läser varje anmälan, kan kontakta er och publicerar praxisen "
            "tillsammans med er. Inget konto behövs."
        ),
        "thanks": (
            "Tack för anmälan! Vi har skickat en bekräftelse till din e-post. På den här sidans adress ser "
            "du hur långt din anmälan har kommit."
        ),
    },
    "en": {
        "title": "Nominate a good practice",
        "slug": "nominate",
        "intro": (
            "Does your municipality have a culture services practice other municipalities could learn from? "
            "Nominate it for the knowledge bank. The editors read every nomination, may contact you and "
            "publish the practice together with you. No account is needed."
        ),
        "thanks": (
            "Thank you for your nomination! We sent a confirmation to your email. This page's address shows "
            "where your nomination stands."
        ),
    },
}


@receiver(demo_loaded)
def add_nomination_forms(sender, loader, homes, **kwargs):
    home = homes["fi"]
    privacy = Page.objects.child_of(home).filter(slug="tietosuojaseloste").first()
    form_settings = FormSettings.load()
    if form_settings.privacy_notice_id is None and privacy is not None:
        form_settings.privacy_notice = privacy
        form_settings.save()
    source = NominationFormPage.objects.child_of(home).first()
    if source is None:
        texts = NOMINATION_FORM["fi"]
        source = NominationFormPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=text_to_rich_text(texts["intro"]),
            thanks=text_to_rich_text(texts["thanks"]),
            privacy_notice=privacy,
            show_in_menus=True,
        )
        home.add_child(instance=source)
        source.save_revision(log_action=False).publish(log_action=False, skip_permission_checks=True)
        loader.created["forms"] = loader.created.get("forms", 0) + 1
    for code in ("sv", "en"):
        if not source.has_translation(homes[code].locale):
            translate_page(source, homes[code].locale, NOMINATION_FORM[code])
            loader.created[f"translations ({code})"] = loader.created.get(f"translations ({code})", 0) + 1
