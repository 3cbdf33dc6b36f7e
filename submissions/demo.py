"""The submissions part of the demo site: a nomination form in every language, linked from the
home page's menu, and the forms' privacy notice. (The upcoming visit that takes applications is
part of the practices demo.) Runs when ``seed_demo`` sends ``demo_loaded``; idempotent."""

from django.dispatch import receiver

from wagtail.models import Page

from practices.demo.signals import demo_loaded
from practices.demo.site import place_page
from practices.models import Municipality

from .models import FormSettings, NominationFormPage, SparringOffer, SparringPage
from .models.sparring import THEMES

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
        "title": "Nominera en god praxis",
        "slug": "anmal-praxis",
        "intro": (
            "Har er kommun en praxis inom kulturtjänsterna som andra kommuner kunde lära sig av? Nominera den "
            "till kunskapsbanken. Redaktionen läser varje nominering, kan kontakta er och publicerar praxisen "
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


SPARRING_PAGE = {
    "fi": {
        "title": "Sparrausapu",
        "slug": "sparraus",
        "intro": (
            "Tarvitseeko kuntanne apua kulttuuripalvelujen kehittämisessä? Pyydä sparrausapua, niin "
            "toimitus etsii teemaa tuntevan asiantuntijan toisesta kunnasta. Voit myös tarjota omaa "
            "osaamistasi muiden kuntien käyttöön."
        ),
    },
    "sv": {
        "title": "Sparringhjälp",
        "slug": "sparring",
        "intro": (
            "Behöver er kommun hjälp med att utveckla kulturtjänsterna? Be om sparringhjälp, så letar "
            "redaktionen upp en sakkunnig i en annan kommun som känner temat. Du kan också erbjuda din "
            "egen kunskap åt andra kommuner."
        ),
    },
    "en": {
        "title": "Sparring help",
        "slug": "sparring",
        "intro": (
            "Does your municipality need help developing its culture services? Ask for sparring help, and "
            "the editors will find an expert in another municipality who knows the theme. You can also "
            "offer your own expertise to other municipalities."
        ),
    },
}

# Fictional experts who agreed to be listed (approved by the editors).
EXPERTS = [
    {
        "name": "Aino Esimerkki",
        "job_title": "Kulttuurijohtaja",
        "organisation": "Kulttuuripalvelut",
        "municipality": "564",
        "email": "aino.esimerkki@example.fi",
        "themes": ["cultural-wellbeing", "knowledge-base"],
        "description": (
            "Olen rakentanut kulttuurihyvinvoinnin työryhmän yhdessä hyvinvointialueen kanssa ja käyttänyt "
            "TEAviisaria tavoitteiden asettamisessa. Autan mielelläni työryhmän kokoamisessa ja ensimmäisten "
            "tavoitteiden valinnassa."
        ),
        "remote": True,
        "on_site": True,
    },
    {
        "name": "Björn Exempel",
        "job_title": "Kultursekreterare",
        "organisation": "Kulturtjänsterna",
        "municipality": "599",
        "email": "bjorn.exempel@example.fi",
        "themes": ["cooperation", "participation"],
        "description": (
            "Jag har byggt ett partnerskapsbord med föreningarna i en tvåspråkig kommun och hjälper gärna "
            "till med det första mötet och hur man får med föreningar som inte kallar sin verksamhet kultur."
        ),
        "remote": True,
        "on_site": False,
    },
]


def add_sparring(loader, homes):
    home = homes["fi"]
    place_page(loader, homes, SparringPage, SPARRING_PAGE)
    if SparringOffer.objects.exists():
        return
    for expert in EXPERTS:
        fields = {k: v for k, v in expert.items() if k not in ("themes", "municipality")}
        offer = SparringOffer.objects.create(
            **fields,
            municipality=Municipality.objects.get(code=expert["municipality"]),
            status=SparringOffer.Status.APPROVED,
            publish_consent=True,
            locale=home.locale,
        )
        offer.themes.set(THEMES.model.objects.filter(locale=home.locale, slug__in=expert["themes"]))
        loader.created["sparring experts"] = loader.created.get("sparring experts", 0) + 1


@receiver(demo_loaded)
def add_submission_pages(sender, loader, homes, **kwargs):
    home = homes["fi"]
    privacy = Page.objects.child_of(home).filter(slug="tietosuojaseloste").first()
    form_settings = FormSettings.load()
    if form_settings.privacy_notice_id is None and privacy is not None:
        form_settings.privacy_notice = privacy
        form_settings.save()
    place_page(loader, homes, NominationFormPage, NOMINATION_FORM, privacy_notice=privacy)
    add_sparring(loader, homes)
