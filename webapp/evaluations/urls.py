from django.urls import path

from webapp.evaluations import views

app_name = "evaluations"
urlpatterns = [
    path("runs/<int:pk>/", views.run_detail, name="run"),
    path("runs/<int:pk>/bundle.zip", views.run_bundle_download, name="bundle"),
    path("compare/", views.compare, name="compare"),
]
