"""``/corpora/``: the perplexity corpora, where they come from, and their files."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from benchmark.corpus import available_corpora, load_corpus
from benchmark.languages import LANGUAGES
from webapp.corpora.summary import all_corpora, summarize


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "corpora/index.html", {"corpora": all_corpora()})


def detail(request: HttpRequest, name: str) -> HttpResponse:
    """A corpus's files, optionally of one language (``?language=C``)."""
    if name not in available_corpora():
        raise Http404(f"no corpus named {name!r}")
    corpus = load_corpus(name)
    language = request.GET.get("language", "")
    if language and language not in LANGUAGES:
        raise Http404(f"unknown language {language!r}")
    files = [f for f in corpus.files if not language or f.language == language]
    context = {"corpus": summarize(corpus), "files": files, "language": language}
    return render(request, "corpora/detail.html", context)
