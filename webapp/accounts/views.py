"""Sign-up and API tokens. Sign-in and sign-out are Django's own views."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import UserCreationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from webapp.accounts import throttle
from webapp.accounts.models import ApiToken


def signup(request: HttpRequest) -> HttpResponse:
    """Django's sign-up form (AUTH_PASSWORD_VALIDATORS apply), at most
    ``POLYEVAL_SIGNUPS_PER_HOUR`` new accounts per client address (429 past it)."""
    form: UserCreationForm = UserCreationForm(request.POST or None)  # type: ignore[type-arg]
    address = throttle.client_address(request)
    if request.method == "POST":
        try:
            throttle.check("signup", address, settings.POLYEVAL_SIGNUPS_PER_HOUR,
                           "accounts created")  # fmt: skip
        except throttle.Throttled as exc:
            form.add_error(None, str(exc))
            return render(request, "accounts/signup.html", {"form": form}, status=429)
        if form.is_valid():
            user = form.save()
            throttle.count("signup", address)
            login(request, user)
            return redirect("accounts:tokens")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    secret = None
    if request.method == "POST":
        typed = "".join(c for c in request.POST.get("name", "") if c.isprintable())  # no NUL
        name = typed.strip()[:100] or "token"
        _, secret = ApiToken.issue(request.user, name)
    context = {"tokens": request.user.tokens.order_by("-created_at"), "secret": secret}  # type: ignore[union-attr]
    return render(request, "accounts/tokens.html", context)


@login_required
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(ApiToken, pk=pk, user=request.user).delete()
    return redirect("accounts:tokens")
