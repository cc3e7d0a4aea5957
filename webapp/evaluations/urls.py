from django.urls import path

from webapp.evaluations import views

app_name = "evaluations"
urlpatterns = [
    path("runs/<int:pk>/", views.run_detail, name="run"),
    path("runs/<int:pk>/bundle.zip", views.run_bundle_download, name="bundle"),
    path("runs/<int:pk>/progress.json", views.run_progress_json, name="progress"),
    path("runs/<int:pk>/outcomes/", views.run_outcomes, name="outcomes"),
    path("runs/<int:pk>/files/<int:file_pk>/", views.run_file, name="file"),
    path("compare/", views.compare, name="compare"),
]
