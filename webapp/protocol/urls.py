from django.urls import path

from webapp.protocol import views

app_name = "protocol"
urlpatterns = [path("protocol/", views.index, name="index")]
