from django.urls import path

from webapp.submissions import views

app_name = "submissions"
urlpatterns = [
    path("models/<slug:slug>/", views.model_detail, name="model"),
    path("submit/", views.submit_form, name="submit"),
]
