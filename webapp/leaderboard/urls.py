from django.urls import path

from webapp.leaderboard import views

app_name = "leaderboard"
urlpatterns = [
    path("", views.index, name="index"),
    path("assets/plotly.min.js", views.plotly_js, name="plotly_js"),
    path("leaderboard/charts.json", views.charts, name="charts"),
    path("leaderboard.csv", views.leaderboard_csv, name="csv"),
]
