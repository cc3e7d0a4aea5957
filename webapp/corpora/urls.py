from django.urls import path

from webapp.corpora import views

app_name = "corpora"
urlpatterns = [
    path("", views.index, name="index"),
    path("<str:name>/", views.detail, name="detail"),
]
