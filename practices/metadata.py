"""schema.org structured data (JSON-LD) of each page type, for search engines and link previews.

A practice is an Article about its themes, covering its municipalities, for its target groups;
a webinar an Event and, once recorded, a VideoObject with its transcript; a visit an Event at
its host municipality; news a NewsArticle. Only what the page shows publicly is used (contacts
are left out altogether). Vocabularies are named in the page's language, with the queries the
page's own context already runs.
"""

from django.utils import timezone

from .embeds import external_player, safe_link
from .licence import LICENCE_URL, PUBLISHER_NAME
from .models import MunicipalityVisitPage, NewsPage, PracticePage, WebinarPage
from .models.base import locale_codes
from .models.taxonomy import localize_terms
from .updates import rich_text_to_text
from .vocabularies import VOCABULARIES

PUBLISHER = {"@type": "Organization", "name": PUBLISHER_NAME}


def _iso(moment):
    if moment is None:
        return None
    return timezone.localtime(moment).isoformat() if hasattr(moment, "tzinfo") else moment.isoformat()


def _common(page, request, kind):
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": locale_codes()[page.locale_id],
        "description": page.meta_description,
        "publisher": PUBLISHER,
        "license": LICENCE_URL,
        "isAccessibleForFree": True,
    }
    return {key: value for key, value in data.items() if value not in (None, "")}


def _place(municipality, language):
    return {
        "@type": "AdministrativeArea",
        "name": municipality.localized_name(language),
        "identifier": municipality.code,
        "containedInPlace": {"@type": "AdministrativeArea", "name": municipality.region.localized_name(language)},
    }


def practice(page, request, context):
    """From what the page's own context has fetched (places, classification, tags): no query."""
    language = locale_codes()[page.locale_id]
    places = context.get("places") or page.places()
    classification = context.get("classification") or [
        (v.label, localize_terms(getattr(page, v.key).all(), page.locale)) for v in VOCABULARIES
    ]
    terms = {vocabulary.key: found for vocabulary, (_label, found) in zip(VOCABULARIES, classification, strict=True)}
    tags = context.get("tags")
    data = _common(page, request, "Article")
    data["headline"] = page.title[:110]
    data["datePublished"] = _iso(page.first_published_at)
    data["dateModified"] = _iso(page.last_published_at)
    data["about"] = [
        {"@type": "DefinedTerm", "name": term.name, "termCode": term.slug}
        for key in ("themes", "art_forms", "culture_act_tasks")
        for term in terms[key]
    ]
    data["spatialCoverage"] = [_place(m, language) for m in places["municipalities"]]
    data["audience"] = [{"@type": "Audience", "audienceType": term.name} for term in terms["target_groups"]]
    data["keywords"] = ", ".join(tag.name for tag in (tags if tags is not None else page.tags.all()))
    return data


def webinar(page, request, context):
    event = _common(page, request, "Event")
    event["startDate"] = _iso(page.starts_at)
    event["endDate"] = _iso(page.ends_at)
    event["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
    registration = page.registration_url if page.is_upcoming else ""
    event["location"] = {"@type": "VirtualLocation", "url": registration or event["url"]}
    event["organizer"] = PUBLISHER
    found = [event]
    content = request.build_absolute_uri(page.recording.url) if page.recording_id else ""
    player = external_player(page.video_url)  # only http(s) addresses, never a javascript: one
    embed = player.embed_url if player else safe_link(page.video_url)
    if content or embed:
        video = _common(page, request, "VideoObject")
        video["uploadDate"] = _iso(page.first_published_at or page.starts_at)
        if content:
            video["contentUrl"] = content
        if embed:
            video["embedUrl"] = embed
        if page.duration_minutes:
            video["duration"] = f"PT{page.duration_minutes}M"
        if page.transcript:
            video["transcript"] = rich_text_to_text(page.transcript)
        found.append(video)
    return found


def visit(page, request, context):
    language = locale_codes()[page.locale_id]
    event = _common(page, request, "Event")
    event["startDate"] = page.start_date.isoformat()
    event["endDate"] = page.end_date.isoformat()
    event["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
    host = page.host_municipality
    event["location"] = {
        "@type": "Place",
        "name": page.place or host.localized_name(language),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": host.localized_name(language),
            "addressRegion": host.region.localized_name(language),
            "addressCountry": "FI",
        },
    }
    event["organizer"] = PUBLISHER
    return event


def news(page, request, context):
    data = _common(page, request, "NewsArticle")
    data["headline"] = page.title[:110]
    data["datePublished"] = page.date.isoformat()
    data["dateModified"] = _iso(page.last_published_at)
    return data


BUILDERS = {PracticePage: practice, WebinarPage: webinar, MunicipalityVisitPage: visit, NewsPage: news}


def structured_data(page, request, context=None):
    """The page's JSON-LD (a dict, or a list of them), or None for page types without any;
    ``context`` is the page's template context, whose fetched relations are reused."""
    build = BUILDERS.get(type(page))
    return build(page, request, context or {}) if build else None
