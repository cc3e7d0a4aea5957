"""Settings for the test suite: the production settings plus a throwaway secret key, and a
real Redis broker on its own database number (override with REDIS_URL)."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "polyeval-tests-only-" + "x" * 40)
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")  # the test client speaks plain HTTP

from webapp.polyeval.settings import *  # noqa: F403

# Unit tests neither share a cache with the broker nor wait for a stale version to expire.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
LEADERBOARD_VERSION_SECONDS = 0

# No test reaches the network: Hugging Face ids resolve from a fake cache (tests that need a
# hub start a fake one on 127.0.0.1 and override these settings).
POLYEVAL_HF_OFFLINE = True
