"""Settings for the test suite: the production settings plus a throwaway secret key, and an
in-memory Celery broker, so that a bare ``pytest`` needs no Redis.

Tests that need a real Redis take the ``redis_url`` fixture (tests/conftest.py): Redis database
15 unless ``REDIS_URL`` says otherwise, and skipped, with the reason, when none answers there.
The Celery workers the integration tests start are given ``POLYEVAL_TEST_REAL_BROKER=1`` and
use ``REDIS_URL`` as production does (the filesystem broker when it is empty)."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "polyeval-tests-only-" + "x" * 40)
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")  # the test client speaks plain HTTP

from webapp.polyeval.settings import *  # noqa: F403

TEST_REDIS_URL = os.environ["REDIS_URL"] or "redis://127.0.0.1:6379/15"
if not os.environ.get("POLYEVAL_TEST_REAL_BROKER"):
    CELERY_BROKER_URL = "memory://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {}

# Unit tests neither share a cache with the broker nor wait for a stale version to expire.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
LEADERBOARD_VERSION_SECONDS = 0

# No test reaches the network: Hugging Face ids resolve from a fake cache (tests that need a
# hub start a fake one on 127.0.0.1 and override these settings).
POLYEVAL_HF_OFFLINE = True

# Accounts made by tests hash their passwords fast: Django's PBKDF2 (production's) costs about a
# second per account on 2 cores, and tests make many. No test depends on the hasher.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
