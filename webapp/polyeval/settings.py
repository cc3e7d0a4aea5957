"""Django settings. Everything deployment-specific comes from environment variables:

- ``DATABASE_URL``: e.g. ``postgres://user@127.0.0.1:5432/db``; default is an embedded SQLite file.
- ``REDIS_URL``: the Celery broker; without it an embedded filesystem broker under the data dir.
- ``POLYEVAL_DATA_DIR``: where SQLite, the embedded broker and built models live (``var/``).
- ``DJANGO_SECRET_KEY``, ``DJANGO_DEBUG``, ``DJANGO_ALLOWED_HOSTS``.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from webapp.polyeval.env import (
    ImproperlyConfiguredEnv,
    env_bool,
    env_int,
    env_list,
    env_networks,
    env_path,
    env_str,
)

REPO_DIR = Path(__file__).resolve().parents[2]
DATA_DIR = env_path("POLYEVAL_DATA_DIR", REPO_DIR / "var")

DEBUG = env_bool("DJANGO_DEBUG", False)
_DEV_SECRET = "polyeval-insecure-development-key-do-not-use-in-production-0123456789"
SECRET_KEY = env_str("DJANGO_SECRET_KEY") or (_DEV_SECRET if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfiguredEnv("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

# Production hardening (``manage.py check --deploy`` is clean with DEBUG off). Behind a TLS
# proxy, forward X-Forwarded-Proto; DJANGO_SECURE_SSL_REDIRECT=0 serves plain HTTP locally.
PRODUCTION = not DEBUG
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "webapp.submissions",
    "webapp.evaluations",
    "webapp.leaderboard",
    "webapp.api",
    "webapp.accounts",
    "webapp.corpora",
    "webapp.protocol",
]

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "submissions:submit"
LOGOUT_REDIRECT_URL = "leaderboard:index"
# Per user, per hour: submissions beyond this are refused with a clear message.
POLYEVAL_SUBMISSIONS_PER_HOUR = env_int("POLYEVAL_SUBMISSIONS_PER_HOUR", 20)
# Per client address, per hour (webapp.accounts.throttle): new accounts, and API writes by
# anyone but staff. Counted in the cache: shared between web processes when REDIS_URL is set.
POLYEVAL_SIGNUPS_PER_HOUR = env_int("POLYEVAL_SIGNUPS_PER_HOUR", 10)
POLYEVAL_API_WRITES_PER_HOUR = env_int("POLYEVAL_API_WRITES_PER_HOUR", 120)
# Reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For is believed:
# the client is the last address in it that is not one of them. None by default: REMOTE_ADDR.
POLYEVAL_TRUSTED_PROXIES = env_networks("POLYEVAL_TRUSTED_PROXIES")
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in ("UserAttributeSimilarityValidator", "MinimumLengthValidator",
                 "CommonPasswordValidator", "NumericPasswordValidator")
]  # fmt: skip
# Whether a submission's webhook_url may point at loopback, private, link-local, reserved or
# multicast addresses. Off in production: the server would otherwise POST, on anyone's behalf,
# to services reachable only from inside its own network (SSRF). On in DEBUG for local receivers.
# At most this many webhook deliveries POST at once, across all workers (webhook_slots).
POLYEVAL_WEBHOOK_CONCURRENCY = env_int("POLYEVAL_WEBHOOK_CONCURRENCY", 4)
POLYEVAL_WEBHOOK_ALLOW_PRIVATE = env_bool("POLYEVAL_WEBHOOK_ALLOW_PRIVATE", DEBUG)

MIDDLEWARE = [
    "webapp.api.errors.ApiErrorsMiddleware",  # first: every error under /api/ becomes JSON
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # serves static files under gunicorn
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "webapp.polyeval.urls"
WSGI_APPLICATION = "webapp.polyeval.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [REPO_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _database() -> dict[str, object]:
    url = env_str("DATABASE_URL")
    if url:
        return dict(dj_database_url.parse(url, conn_max_age=60))
    # The web server and a worker process share this file: WAL lets readers run beside the
    # writer, and IMMEDIATE transactions take the write lock up front instead of failing late.
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "polyeval.sqlite3",
        "OPTIONS": {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
        # A file, not memory, so a worker subprocess in the integration tests can open it.
        "TEST": {"NAME": str(DATA_DIR / "test-polyeval.sqlite3")},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

# Rendered leaderboard pages, keyed by a version of their data: shared through Redis when
# there is one (every web process then renders a page once), else per process.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if not env_str("REDIS_URL")
    else {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env_str("REDIS_URL"),
        "KEY_PREFIX": "polyeval-cache",
    }
}

# Submissions with more parameters (read from safetensors headers) are refused.
POLYEVAL_MAX_PARAMETERS = env_int("POLYEVAL_MAX_PARAMETERS", 20_000_000_000)

# Hugging Face ids are resolved to a commit on the hub when it is reachable, else from this
# model cache (the same folder and variables huggingface_hub uses); see benchmark/hub.py.
_HF_HOME = env_path("HF_HOME", Path.home() / ".cache" / "huggingface")
POLYEVAL_HF_CACHE = env_path("POLYEVAL_HF_CACHE", env_path("HF_HUB_CACHE", _HF_HOME / "hub"))
POLYEVAL_HF_ENDPOINT = env_str(
    "POLYEVAL_HF_ENDPOINT", env_str("HF_ENDPOINT", "https://huggingface.co")
)
POLYEVAL_HF_OFFLINE = env_bool("POLYEVAL_HF_OFFLINE", env_bool("HF_HUB_OFFLINE", False))

# A queued or running run with no stored progress for this long is resumed by the next worker
# that starts (see workers/recovery.py). Longer than the slowest generation batch.
POLYEVAL_STALE_RUN_SECONDS = env_int("POLYEVAL_STALE_RUN_SECONDS", 900)
# A run orphaned this many times in a row without storing progress is failed ("worker_lost").
POLYEVAL_MAX_REQUEUES = env_int("POLYEVAL_MAX_REQUEUES", 3)
# A worker whose reserved task has not started for this long while it runs nothing restarts
# itself (workers/watchdog.py); 0 turns the watchdog off. The demo, with no beat or supervisor
# to recover a wedged worker, sets it.
POLYEVAL_WEDGE_SECONDS = env_int("POLYEVAL_WEDGE_SECONDS", 0)
# How often celery beat asks for orphaned runs to be found and requeued (polyeval.reconcile).
POLYEVAL_RECONCILE_SECONDS = env_int("POLYEVAL_RECONCILE_SECONDS", 60)

# The PolyEval commit a worker evaluates with, recorded in every run (the bundle's README names
# it): set where the image has no .git; otherwise `git rev-parse HEAD` is read at worker start
# (workers/provenance.py), and without either the record names the package version only.
POLYEVAL_GIT_COMMIT = env_str("POLYEVAL_GIT_COMMIT", "")

# How stale the leaderboard's "is there new data?" check may be, in seconds.
LEADERBOARD_VERSION_SECONDS = env_int("POLYEVAL_LEADERBOARD_VERSION_SECONDS", 2)

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"  # filled by collectstatic; must exist for WhiteNoise
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# --- Celery (read by workers.app through the CELERY_ namespace) -------------------------------
REDIS_URL = env_str("REDIS_URL")
BROKER_DIR = DATA_DIR / "broker"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    # Redis hands an unacknowledged message to another worker after visibility_timeout: longer
    # than the longest step (6 h), so a live step is never duplicated. Dead workers' runs are
    # resumed sooner by the reconciler (workers/recovery.py).
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {"visibility_timeout": 7 * 3600}
else:
    # Embedded broker for the demo: kombu's filesystem transport. See README, "Embedded broker".
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
        "polling_interval": 0.1,
    }
CELERY_TASK_IGNORE_RESULT = True  # results are persisted in the database by the tasks
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "polyeval.generate": {"queue": "gpu"},
    "polyeval.fetch_weights": {"queue": "gpu"},  # into the cache the GPU worker loads from
    "polyeval.score_perplexity": {"queue": "gpu"},
    "polyeval.execute": {"queue": "sandbox"},
    # Webhook deliveries wait on outside receivers: their own queue and worker (webhook_slots).
    "polyeval.deliver_webhook": {"queue": "webhooks"},
    "polyeval.*": {"queue": "default"},
}
CELERY_TASK_ALWAYS_EAGER = False
# celery beat (`celery -A workers.app beat`, the compose file's beat service): the reconciler
# that requeues runs whose worker died or whose message the broker lost. Each tick expires
# after one interval, so a backlog of ticks never builds up while no worker listens.
CELERY_BEAT_SCHEDULE = {
    "reconcile-runs": {
        "task": "polyeval.reconcile",
        "schedule": float(POLYEVAL_RECONCILE_SECONDS),
        "options": {"expires": float(POLYEVAL_RECONCILE_SECONDS)},
    }
}

# How workers execute generated code: "bwrap" (bubblewrap, the default) or, only when set here
# on purpose, "unisolated-process" (no network or filesystem isolation).
POLYEVAL_SANDBOX_MODE = env_str("POLYEVAL_SANDBOX_MODE", "bwrap")
# GPUs each model is split over on a vLLM worker (its tensor_parallel_size).
POLYEVAL_VLLM_TENSOR_PARALLEL_SIZE = env_int("POLYEVAL_VLLM_TENSOR_PARALLEL_SIZE", 1)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
