"""Submitting a checkpoint: validate the source, save it, and queue its evaluation."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction

from benchmark.checkpoint import (
    CheckpointError,
    CheckpointFacts,
    CheckpointPolicy,
    inspect_checkpoint,
    inspect_hub_info,
)
from benchmark.hub import (
    DEFAULT_REVISION,
    HubConfig,
    HubError,
    NotCached,
    NotOnHub,
    check_repo_id,
    check_revision,
    resolve,
)
from webapp.accounts.quota import check_hourly_quota, lock_user
from webapp.evaluations.models import Run
from webapp.evaluations.services import find_or_create_run, suite_row
from webapp.submissions.models import Checkpoint, Submission, default_name

DTYPES = ("float32", "bfloat16", "float16")  # what every backend loads (benchmark.backends)
HF_ID = re.compile(r"^[A-Za-z0-9][\w.-]{0,95}/[\w.-]{1,96}$")
log = logging.getLogger(__name__)


class SubmissionError(ValueError):
    pass


@dataclass(frozen=True)
class SubmissionRequest:
    source: str
    name: str = ""  # the checkpoint's display name: taken from operators and staff only
    label: str = ""  # the submitter's own name for it, shown with their submission alone
    revision: str = ""
    suite: str = "demo"
    dtype: str = "float32"
    backend: str = "hf"
    device: str = "cpu"
    series: str = ""  # checkpoints of one training run share a series name
    training_step: int | None = None


def is_local(source: str) -> bool:
    return Path(source).expanduser().exists() or source.startswith((".", "/", "~"))


def normalise_source(source: str) -> str:
    """A local directory (made absolute), or a Hugging Face id."""
    if is_local(source):
        return str(Path(source).expanduser().resolve())
    if not HF_ID.match(source):
        raise SubmissionError(
            f"{source!r} is neither an existing directory nor a Hugging Face id (owner/name)"
        )
    return source


@dataclass(frozen=True)
class Located:
    """What identifies a checkpoint (source and revision: for a Hugging Face id, its commit)
    and what to inspect: the folder (a local directory or a cached snapshot), else the hub's
    model info for an id the worker will download. ``awaiting``: an id whose commit nobody
    here could tell (not cached, hub not reachable); its revision is the one asked for, and
    its run waits for an admin to approve the download (webapp.submissions.downloads)."""

    source: str
    revision: str
    requested_revision: str = ""  # the branch or tag asked for, when revision is its commit
    folder: Path | None = None
    hub_info: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    awaiting: bool = False


def hub_config() -> HubConfig:
    return HubConfig(
        cache_dir=settings.POLYEVAL_HF_CACHE,
        endpoint=settings.POLYEVAL_HF_ENDPOINT,
        offline=settings.POLYEVAL_HF_OFFLINE,
    )


def locate_hub_id(repo_id: str, revision: str, may_wait: bool = False) -> Located:
    """Resolve the id to a commit, so the same files (``main`` today, its hash tomorrow) are one
    checkpoint and a run never evaluates a moved branch. The only paths read lie inside the
    configured cache, built from the checked id and revision (benchmark/hub.py).

    An id neither cached nor resolvable (hub offline or unreachable) is, with ``may_wait``
    (a signed-in submitter), located as awaiting download; otherwise (an operator, who can
    fill the cache) refused with how to do it. A signed-in submitter never sees the server's
    cache folder, hub address or network errors: they are logged."""
    try:
        check_repo_id(repo_id)
        revision = check_revision(revision)
    except HubError as exc:  # about the submitter's own input
        raise SubmissionError(str(exc)) from None
    try:
        resolved = resolve(repo_id, revision, hub_config())
    except NotCached as exc:
        if not may_wait:
            raise SubmissionError(str(exc)) from None
        log.info("%s@%s awaits an admin's approval to download: %s", repo_id, revision, exc)
        return Located(repo_id, revision, revision, awaiting=True)
    except HubError as exc:
        if not may_wait:
            raise SubmissionError(str(exc)) from None
        log.warning("%s@%s refused: %s", repo_id, revision, exc)
        raise SubmissionError(public_hub_message(exc, repo_id, revision)) from None
    requested = "" if revision == resolved.commit else (revision or DEFAULT_REVISION)
    # snapshot None: the hub knows the commit but this machine has not cached it. It is
    # validated from the hub's model info (validate), and the worker downloads that exact
    # commit (benchmark/backends/hf.py passes the checkpoint's revision, now the commit).
    return Located(repo_id, resolved.commit, requested, resolved.snapshot, resolved.info)


def public_hub_message(exc: HubError, repo_id: str, revision: str) -> str:
    """What a submitter is told of the hub's refusal, without this site's hub address."""
    if isinstance(exc, NotOnHub):
        return (f"the Hugging Face hub has no model {repo_id} at revision {revision}, or it is "
                "private or gated; check the id and revision")  # fmt: skip
    return (f"the Hugging Face hub's answer about {repo_id} at revision {revision} could not be "
            "used; try again later, or ask an admin if it persists")  # fmt: skip


def locate(request: SubmissionRequest, trusted: bool, may_wait: bool = False) -> Located:
    """Untrusted users' sources are Hugging Face ids by form (check_source_allowed), and are
    never looked up as paths."""
    source = normalise_source(request.source) if trusted else request.source
    if trusted and is_local(source):
        return Located(source, request.revision, folder=Path(source))
    return locate_hub_id(source, request.revision, may_wait)


def validate(located: Located, dtype: str, trusted: bool = True) -> CheckpointFacts | None:
    """Check the checkpoint before anything is saved or queued (no code runs, nothing is
    downloaded): the files of a local directory or a cached Hugging Face snapshot, else the
    hub's model info for a commit this machine lacks (the same rules, the size cap included).
    Admin allowances stored on the same checkpoint (source, revision and dtype) apply. An id
    awaiting download has nothing here to check: the worker checks its files once downloaded
    and before loading them (workers/downloads.py); None."""
    if located.awaiting:
        return None
    label = f"{located.source}@{located.revision}" if located.revision else located.source
    policy = checkpoint_policy(located, dtype)
    try:
        if located.folder is not None:
            return inspect_checkpoint(located.folder, policy)
        if located.hub_info is not None:
            return inspect_hub_info(located.hub_info, policy)
    except CheckpointError as exc:
        message = str(exc)
        if not trusted and located.folder is not None:  # a cached snapshot's folder
            message = message.replace(str(located.folder), "the cached snapshot")
        raise SubmissionError(f"{label}: {message}") from None
    raise SubmissionError(f"{label}: neither its files nor the hub's description of it can be "
                          "checked here, so it is not queued")  # fmt: skip


def checkpoint_policy(located: Located, dtype: str) -> CheckpointPolicy:
    """This site's cap, with the allowances an admin stored on this checkpoint: allowances are
    per checkpoint, as the worker reads them from the one it loads."""
    known = Checkpoint.objects.filter(
        source=located.source, revision=located.revision, dtype=dtype
    ).first()
    return CheckpointPolicy(
        max_parameters=settings.POLYEVAL_MAX_PARAMETERS,
        allow_remote_code=bool(known and known.allow_remote_code),
        allow_pickle=bool(known and known.allow_pickle),
    )


class RateLimited(SubmissionError):
    pass


def check_rate(user: User | None, lock: bool = False) -> None:
    """Signed-in submitters may queue ``POLYEVAL_SUBMISSIONS_PER_HOUR`` runs an hour. With
    ``lock``, inside the creating transaction, the user's row is locked first (quota.lock_user),
    so parallel submissions are counted one after another."""
    if user is not None:
        if lock:
            lock_user(user)
        check_hourly_quota(user, Run.objects.filter(submitted_by=user), "runs queued",
                           RateLimited)  # fmt: skip


def check_source_allowed(source: str, user: User | None) -> None:
    """Directories on the workers' disks are for operators (``manage.py submit``, no user) and
    staff. Anyone else submits Hugging Face ids, decided by the string's form alone, so the
    server's file system is never probed on their behalf."""
    if user is None or user.is_staff:
        return
    if source.startswith((".", "/", "~")) or not HF_ID.match(source):
        raise SubmissionError(
            f"{source!r} is not a Hugging Face id (owner/name); local directories can be "
            "submitted only by admins or with manage.py submit"
        )


def submit(
    request: SubmissionRequest,
    user: User | None = None,
    then: Callable[[Run], object] | None = None,
) -> tuple[Run, bool]:
    """Returns the run and whether it is new (False: an identical run already exists).
    Nothing is saved unless the checkpoint passes validation. ``user`` is None for operators
    (``manage.py submit``). ``then(run)`` runs in the same transaction, under the user's
    quota lock: what it raises undoes the submission (the API's webhook)."""
    user = user if user is not None and user.is_authenticated else None
    check_rate(user)
    check_source_allowed(request.source, user)
    check_dtype(request.dtype)
    trusted = user is None or user.is_staff
    located = locate(request, trusted, may_wait=user is not None)
    facts = validate(located, request.dtype, trusted)
    try:
        suite = suite_row(request.suite)
    except ValueError as exc:
        raise SubmissionError(str(exc)) from None
    with transaction.atomic():
        check_rate(user, lock=True)  # again, counting parallel submissions' runs
        checkpoint = find_or_create_checkpoint(located, request, facts, user)
        status = Run.Status.AWAITING_DOWNLOAD if located.awaiting else Run.Status.QUEUED
        run, created = find_or_create_run(
            checkpoint, suite, request.backend, request.device, user, status
        )
        record_submission(run, user, request.label)
        if then is not None:
            then(run)
        return run, created


def find_or_create_checkpoint(
    located: Located, request: SubmissionRequest, facts: CheckpointFacts | None, user: User | None
) -> Checkpoint:
    """The checkpoint (source, revision, dtype), created on its first submission. Its name is
    for everyone: from the source unless a trusted submitter (an operator, staff) gives one,
    which also renames it; an untrusted submitter's words are only their label.
    get_or_create: two simultaneous submissions of a new checkpoint share one."""
    given = request.name if user is None or user.is_staff else ""
    name = given or default_name(located.source)
    checkpoint, created = Checkpoint.objects.get_or_create(
        source=located.source,
        revision=located.revision,
        dtype=request.dtype,
        defaults={
            "name": name,
            "requested_revision": located.requested_revision,
            "slug": Checkpoint.unique_slug(name, request.dtype),
            "series": request.series,
            "training_step": request.training_step,
            "parameters": facts.parameters if facts else None,
            "context_length": facts.context_length if facts else None,
            "submitted_by": user,
        },
    )
    if given and not created and checkpoint.name != given:
        checkpoint.name = given
        checkpoint.save(update_fields=["name"])
    return checkpoint


def record_submission(run: Run, user: User | None, label: str) -> Submission:
    """The submitter's own record of the run, with their label (a new non-empty label
    replaces theirs; other submitters' labels are never touched)."""
    submission, created = Submission.objects.get_or_create(
        run=run, user=user, defaults={"label": label}
    )
    if not created and label and submission.label != label:
        submission.label = label
        submission.save(update_fields=["label"])
    return submission


def check_dtype(dtype: str) -> None:
    """Each precision is its own checkpoint (scores differ with it), so any supported one may
    be submitted for any source."""
    if dtype not in DTYPES:
        raise SubmissionError(f"unknown dtype {dtype!r}; use one of {', '.join(DTYPES)}")
