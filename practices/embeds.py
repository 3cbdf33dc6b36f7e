"""Privacy-friendly players for recordings on YouTube and Vimeo, without asking their servers.

``external_player(url)`` recognises the address of a video on YouTube or Vimeo and gives the
address to embed: YouTube's cookieless domain (youtube-nocookie.com) and Vimeo's player with
``dnt=1`` (no tracking). Both hosts are in the Content-Security-Policy's ``frame-src``. Anything
else (another host, another scheme, an identifier of the wrong shape) gets no embed, only the
link, and so does a page offline: the template always shows the plain link beside the player.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_PATHS = re.compile(r"^/(?:embed|shorts|live|v)/([^/]+)/?$")
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
VIMEO_PATH = re.compile(r"^/(?:video/|channels/[\w-]+/)?(\d{1,12})(?:/([0-9a-f]{6,20}))?/?$")
START = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$")


@dataclass(frozen=True)
class ExternalPlayer:
    service: str  # "YouTube" or "Vimeo", shown in the link
    embed_url: str
    link: str


def safe_link(url):
    """The address if it is an http(s) address to show as a link, else None."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    return parts.geturl() if parts.scheme in ("http", "https") and parts.hostname else None


def start_seconds(value):
    """YouTube's ``t``/``start``: 90, 90s or 1m30s; None when it is not one of those."""
    match = START.match(value or "")
    if not value or not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def youtube_id(parts):
    host = parts.hostname
    if host == "youtu.be":
        candidate = parts.path.strip("/")
    elif host in YOUTUBE_HOSTS:
        path_match = YOUTUBE_PATHS.match(parts.path)
        if path_match:
            candidate = path_match.group(1)
        elif parts.path.rstrip("/") == "/watch":
            candidate = parse_qs(parts.query).get("v", [""])[0]
        else:
            return None
    else:
        return None
    return candidate if YOUTUBE_ID.match(candidate) else None


def youtube_player(parts, link):
    video = youtube_id(parts)
    if not video:
        return None
    query = parse_qs(parts.query)
    start = start_seconds((query.get("t") or query.get("start") or [""])[0])
    params = f"?{urlencode({'start': start})}" if start else ""
    return ExternalPlayer("YouTube", f"https://www.youtube-nocookie.com/embed/{video}{params}", link)


def vimeo_player(parts, link):
    if parts.hostname not in VIMEO_HOSTS:
        return None
    match = VIMEO_PATH.match(parts.path)
    if not match:
        return None
    video, unlisted_hash = match.groups()
    unlisted_hash = unlisted_hash or parse_qs(parts.query).get("h", [""])[0]
    params = {"dnt": 1}
    if unlisted_hash and re.fullmatch(r"[0-9a-f]{6,20}", unlisted_hash):
        params["h"] = unlisted_hash
    return ExternalPlayer("Vimeo", f"https://player.vimeo.com/video/{video}?{urlencode(params)}", link)


def external_player(url):
    """An ``ExternalPlayer`` for a YouTube or Vimeo address, else None (show only the link)."""
    link = safe_link(url)
    if not link:
        return None
    parts = urlsplit(link)
    return youtube_player(parts, link) or vimeo_player(parts, link)
