"""The worker's side of an approved download (webapp.submissions.downloads): fetch the weights
of a Hugging Face id into the model cache, check them by the submission rules, and pin the
checkpoint to the commit fetched, before any step loads the model.

The submission could not check these weights (nothing was cached, the hub was not reachable):
they are checked here twice, from the hub's model info before anything is fetched (the size
cap, pickle-only weights, remote code) and from the fetched files before they are loaded. The
loaders then read the snapshot from the cache at the pinned commit, as for any cached id."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import IntegrityError, transaction

from benchmark.checkpoint import (
    CheckpointError,
    CheckpointFacts,
    CheckpointPolicy,
    inspect_checkpoint,
    inspect_hub_info,
)
from benchmark.hub import HubConfig, cached_snapshot, model_info
from benchmark.hub_download import fetch_snapshot
from webapp.evaluations.models import Run
from webapp.submissions.models import Checkpoint
from workers.pipeline import RunInactive

log = logging.getLogger(__name__)
DOWNLOAD_TIMEOUT_S = 60.0  # per network read: large files take long, but keep arriving
BYTES_PER_PARAMETER = 4  # float32, the widest dtype the cap is meant for
SLACK_BYTES = 256 << 20  # configs, tokenizers, safetensors headers


class AlreadyEvaluated(CheckpointError):
    """The fetched commit is a checkpoint that already has a live run of this suite."""


def needs_download(run_id: int) -> bool:
    """Whether the run was approved for download and its weights are not fetched yet."""
    run = Run.objects.filter(pk=run_id).only("record").first()
    download = run.record.get("download") if run is not None else None
    return isinstance(download, dict) and "commit" not in download


def fetch_weights(run_id: int) -> None:
    """Fetch, check and pin; skipped once done (a redelivered step does nothing)."""
    if not needs_download(run_id):
        return
    run = Run.objects.select_related("checkpoint").get(pk=run_id)
    if run.status not in Run.ACTIVE:
        raise RunInactive(run_id)
    Run.objects.active().filter(pk=run_id).beat(stage=Run.Stage.DOWNLOADING)
    checkpoint = run.checkpoint
    config = hub_config()
    policy = CheckpointPolicy(
        max_parameters=settings.POLYEVAL_MAX_PARAMETERS,
        allow_remote_code=checkpoint.allow_remote_code,
        allow_pickle=checkpoint.allow_pickle,
    )
    info = model_info(checkpoint.source, checkpoint.revision, config)
    inspect_hub_info(info, policy)  # refused before a byte of weights is fetched
    commit = str(info["sha"])
    folder = cached_snapshot(checkpoint.source, commit, config.cache_dir)
    if folder is None:
        budget = policy.max_parameters * BYTES_PER_PARAMETER + SLACK_BYTES
        folder = fetch_snapshot(checkpoint.source, checkpoint.revision, info, config, budget,
                                checkpoint.allow_pickle)  # fmt: skip
    facts = inspect_checkpoint(folder, policy)
    pin(run, commit, facts)
    record = dict(run.record)
    record["download"] = dict(record.get("download", {})) | {"commit": commit}
    Run.objects.filter(pk=run_id).beat(record=record, requeues=0)
    log.info("run %s: %s at %s fetched and checked", run_id, checkpoint.source, commit)


def hub_config() -> HubConfig:
    return HubConfig(
        cache_dir=settings.POLYEVAL_HF_CACHE,
        endpoint=settings.POLYEVAL_HF_ENDPOINT,
        offline=settings.POLYEVAL_HF_OFFLINE,
        timeout_s=DOWNLOAD_TIMEOUT_S,
    )


def pin(run: Run, commit: str, facts: CheckpointFacts) -> None:
    """The checkpoint now names the commit fetched (its branch kept as requested_revision).
    When another checkpoint already names it (the same files submitted by their hash), the run
    moves to that one, unless it has a live run of this suite: then this run stops here."""
    checkpoint = run.checkpoint
    facts_fields = {"parameters": facts.parameters, "context_length": facts.context_length}
    if checkpoint.revision == commit:
        Checkpoint.objects.filter(pk=checkpoint.pk).update(**facts_fields)
        return
    requested = checkpoint.requested_revision or checkpoint.revision
    try:
        with transaction.atomic():
            Checkpoint.objects.filter(pk=checkpoint.pk).update(
                revision=commit, requested_revision=requested, **facts_fields
            )
        return
    except IntegrityError:  # (source, commit, dtype) is another checkpoint: the same files
        pass
    twin = Checkpoint.objects.get(source=checkpoint.source, revision=commit, dtype=checkpoint.dtype)
    try:
        with transaction.atomic():
            Run.objects.filter(pk=run.pk).update(checkpoint=twin)
    except IntegrityError:
        live = twin.runs.filter(suite=run.suite_id).exclude(pk=run.pk).first()
        raise AlreadyEvaluated(
            f"{checkpoint.source} at {requested} is commit {commit}, already submitted as "
            f"{twin}" + (f" (run {live.pk})" if live else "")
        ) from None
    if not checkpoint.runs.exists():
        checkpoint.delete()  # the unpinned stand-in, now empty
