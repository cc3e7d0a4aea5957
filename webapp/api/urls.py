from django.urls import path

from webapp.api import views

app_name = "api"
urlpatterns = [
    path("", views.index, name="index"),
    path("leaderboard/", views.leaderboard, name="leaderboard"),
    path("models/<slug:slug>/", views.model, name="model"),
    path("runs/", views.runs, name="runs"),
    path("runs/<int:pk>/", views.run, name="run"),
    path("submissions/", views.submissions, name="submissions"),
]
