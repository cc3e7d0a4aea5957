from django.apps import AppConfig


class ProtocolConfig(AppConfig):
    name = "webapp.protocol"
    label = "protocol"
