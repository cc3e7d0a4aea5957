from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from webapp.protocol.rows import protocol_rows


def index(request: HttpRequest) -> HttpResponse:
    """Our evaluation protocol beside the authors', parameter by parameter."""
    return render(request, "protocol/index.html", {"rows": protocol_rows()})
