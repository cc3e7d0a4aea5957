from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("webapp.api.urls")),
    path("accounts/", include("webapp.accounts.urls")),
    path("corpora/", include("webapp.corpora.urls")),
    path("", include("webapp.leaderboard.urls")),
    path("", include("webapp.evaluations.urls")),
    path("", include("webapp.submissions.urls")),
    path("", include("webapp.protocol.urls")),
]
