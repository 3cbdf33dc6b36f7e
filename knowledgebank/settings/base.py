"""Settings shared by every environment.

Every environment variable the project reads is read here, in one place (see the README's
configuration table); ``dev``, ``test`` and ``production`` read none. Where development and
production want different defaults (debug, the secret key, TLS), the variable is read as
"unset" (``None`` or empty) here and each environment module decides what unset means.
"""

from pathlib import Path

import environ

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

# --- Environment -------------------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=None)  # unset: on in dev (under manage.py), off elsewhere
SECRET_KEY = env.str("SECRET_KEY", default="")  # unset: dev uses a throwaway key while debugging
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # a transaction takes the write lock when it starts, so two that count places and then
    # write (visit applications) queue up instead of failing with "database is locked"
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
    # readers never wait for a writer, and a write (a search counted) costs no sync of the file
    # until a checkpoint: SQLite's own advice for a site's database
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
if "EMAIL_FILE_PATH" in EMAIL_CONFIG:  # filemail:///var/mail/kb means /var/mail/kb, as in a file: URL
    EMAIL_CONFIG["EMAIL_FILE_PATH"] = "/" + EMAIL_CONFIG["EMAIL_FILE_PATH"].lstrip("/")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="kulttuuria-yhteistuumin@example.fi")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
DOCUMENT_MAX_UPLOAD_MB = env.int("DOCUMENT_MAX_UPLOAD_MB", default=1024)
ELASTICSEARCH_INDEX = env.str("ELASTICSEARCH_INDEX", default="knowledgebank")
REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/1")  # the cache in production
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=None)  # unset: on in production
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=None)  # unset: a year in production
LOG_LEVEL = env.str("LOG_LEVEL", default="WARNING")
PROXY_COUNT = env.int("PROXY_COUNT", default=0)  # reverse proxies in front that append X-Forwarded-For
# Whole pages for anonymous readers, in the default cache (on in production, where it is Redis)
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
PAGE_CACHE_SHARED_SECONDS = env.int("PAGE_CACHE_SHARED_SECONDS", default=0)  # s-maxage for a CDN
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")  # a CDN or Varnish purged on publish
# How long a search's rendered answer is kept at most (it is dropped at once when content changes).
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=300)
SEARCH_QUERY_RETENTION_DAYS = env.int("SEARCH_QUERY_RETENTION_DAYS", default=90)
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")  # never served
SUBMISSIONS_NOTIFY_EMAILS = env.list("SUBMISSIONS_NOTIFY_EMAILS", default=[])
SUBMISSIONS_RATE_LIMIT = env.str("SUBMISSIONS_RATE_LIMIT", default="20/h")  # saved submissions per address
PAGE_PASSWORD_RATE_LIMIT = env.str("PAGE_PASSWORD_RATE_LIMIT", default="10/m")  # tries per address and page
PASSWORD_RESET_RATE_LIMIT = env.str("PASSWORD_RESET_RATE_LIMIT", default="3/h")  # reset mails per account
PASSWORD_RESET_CLIENT_RATE_LIMIT = env.str("PASSWORD_RESET_CLIENT_RATE_LIMIT", default="10/h")  # per address
SUBMISSIONS_MIN_FILL_SECONDS = env.int("SUBMISSIONS_MIN_FILL_SECONDS", default=3)
SUBMISSIONS_MAIL_RETRY_SECONDS = env.int("SUBMISSIONS_MAIL_RETRY_SECONDS", default=60)
# purge_personal_data: days after which what people sent about themselves is removed
SUBMISSIONS_RETENTION_DAYS = env.int("SUBMISSIONS_RETENTION_DAYS", default=730)
SUBMISSIONS_DECLINED_RETENTION_DAYS = env.int("SUBMISSIONS_DECLINED_RETENTION_DAYS", default=365)
# send_review_reminders: a second reminder after this many days without an answer, then the
# editors are told after as many again; the owner's link stays valid this long
REVIEW_SECOND_REMINDER_DAYS = env.int("REVIEW_SECOND_REMINDER_DAYS", default=14)
REVIEW_EDITORS_NOTICE_DAYS = env.int("REVIEW_EDITORS_NOTICE_DAYS", default=14)
REVIEW_LINK_DAYS = env.int("REVIEW_LINK_DAYS", default=60)
# Their development defaults must not reach production: production.py stops if one is unset.
MISSING_FOR_PRODUCTION = [
    name
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "EMAIL_URL")
    if not env.str(name, default="")
]

# --- Applications ------------------------------------------------------------------------
INSTALLED_APPS = [
    "practices",
    "search",
    "submissions",
    "currency",
    "insights",
    "opendata",
    "django_tasks_db",
    "axes",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # 304 for a page whose ETag the reader has
    "django.contrib.sessions.middleware.SessionMiddleware",
    "practices.middleware.LocaleMiddleware",
    "practices.middleware.RememberLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "practices.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "practices.page_cache.PageCacheMiddleware",
    "axes.middleware.AxesMiddleware",  # last: it answers a locked-out login
]

ROOT_URLCONF = "knowledgebank.urls"
WSGI_APPLICATION = "knowledgebank.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ---------------------------------------------------------------------------
# Finnish first; LANGUAGE_CODE must be "fi" before the first migrate (Wagtail's root page and
# first Locale take it).
LANGUAGE_CODE = "fi"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
FORMAT_MODULE_PATH = ["knowledgebank.formats"]  # dates written the site's way in fi and en
USE_TZ = True
TIME_ZONE = "Europe/Helsinki"
WAGTAIL_I18N_ENABLED = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media --------------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # submissions' attachments: outside MEDIA_ROOT, no URL; editors download them through the admin
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -----------------------------------------------------------------------------
WAGTAIL_SITE_NAME = _("Culture services knowledge bank")
# webinar recordings (mp4, webm) and their captions (vtt) are uploaded as documents
# Documents always go through Wagtail's view, which checks collection privacy and the pages
# that show them (practices.document_access); never straight from storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Behind nginx (deploy/nginx-site.conf): hand allowed documents to nginx to send.
DOCUMENTS_ACCEL_REDIRECT = env.str("DOCUMENTS_ACCEL_REDIRECT", default="")
if DOCUMENTS_ACCEL_REDIRECT:
    SENDFILE_BACKEND = "practices.document_sending"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "mp4", "odt", "pdf", "pptx", "rtf", "txt", "vtt", "webm", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = DOCUMENT_MAX_UPLOAD_MB * 1024 * 1024
# Recordings and captions open in the browser (a chapter's ``#t=`` link plays the file at that
# time); their types are fixed here rather than left to the machine's MIME table.
WAGTAILDOCS_CONTENT_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "vtt": "text/vtt"}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain", "text/vtt", "video/mp4", "video/webm"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.elasticsearch",  # Wagtail's elasticsearch8, with facets as aggregations
            "URLS": [url.strip() for url in ELASTICSEARCH_URL.split(",") if url.strip()],  # one or more nodes
            "INDEX_PREFIX": f"{ELASTICSEARCH_INDEX}_",
            "TIMEOUT": 10,
            # Pages index analysed words (search.analysis): split on spaces and lowercase, nothing more,
            # so Elasticsearch sees the same terms as the database backends.
            "INDEX_SETTINGS": {
                "settings": {
                    "index": {"number_of_replicas": env.int("ELASTICSEARCH_REPLICAS", default=0)},
                    "analysis": {
                        "analyzer": {"default": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]}}
                    },
                }
            },
        }
    }
else:
    # Pages index analysed words (search.analysis): PostgreSQL must not stem them again.
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database", "SEARCH_CONFIG": "simple"}}

# The search report keeps queries this many days (search.models; Wagtail's daily hits alike).
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_QUERY_RETENTION_DAYS

# Wagtail's own tasks (search and reference index updates) run at once, inside the request; mail
# goes through the database queue and its worker (``manage.py db_worker``, which
# ``make run`` starts), so a request never waits on SMTP and an outage is retried.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
SUBMISSIONS_MAIL_ATTEMPTS = 24  # with the doubling delay (at most an hour): about a day of retries
SUBMISSIONS_ATTACHMENT_MAX_MB = 10
SUBMISSIONS_ATTACHMENT_MAX_COUNT = 5

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}
WAGTAILAPI_LIMIT_MAX = 100  # items per API page (?limit=); a listing runs the same queries whatever the limit

# Content-Security-Policy on public pages (django-csp): scripts and styles only from this site,
# no inline script (JSON-LD data blocks are not run), embeds only from the video services
# Wagtail's oEmbed finders use. The admin, where Wagtail needs inline code, is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "media-src": ["'self'", "https:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Permissions-Policy (django-permissions-policy): the site uses none of these browser features.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Throttled sign-in (django-axes): five wrong passwords for one account from one address lock
# that pair out for 15 minutes (a typo never does; a colleague at the same town hall is not
# affected); a right password clears the count; editors lift a lockout under Settings.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
# The client's address: REMOTE_ADDR, unless PROXY_COUNT says how many proxies in front append
# to X-Forwarded-For (a header a client could otherwise forge to dodge the lockout).
AXES_IPWARE_PROXY_COUNT = PROXY_COUNT
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if PROXY_COUNT else ["REMOTE_ADDR"]
