"""A run's live progress: counts against totals known from the start, elapsed time, place in
the queue, and the words the run page shows (the page's first render and its polls both use
``run_progress``, so the two never disagree).

Counts are read from the stored rows (samples generated, samples with a verdict, files
scored): workers stop writing once a run is no longer active (workers.progress), so the counts
of a cancelled run stay where they were. Totals come from the run (``samples_total``,
``files_total``), written when it starts; a run started before they were stored shows what it
has. Three queries, whatever the run's size.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone

from webapp.evaluations.models import Run, SampleStatus

STAGE_WORDS = {
    Run.Stage.WAITING: "waiting for a worker",
    Run.Stage.GENERATING: "generating samples",
    Run.Stage.EXECUTING: "executing samples",
    Run.Stage.PERPLEXITY: "scoring perplexity files",
    Run.Stage.SCORING: "computing scores",
    Run.Stage.DONE: "done",
}


def run_progress(
    run: Run, now: datetime | None = None, by_status: dict[str, int] | None = None
) -> dict[str, Any]:
    """``by_status``: the run's samples counted per status, where the caller has them (the run
    page does), which saves counting them again."""
    now = now or timezone.now()
    if by_status is None:
        counts = run.samples.aggregate(
            generated=Count("id"), executed=Count("id", filter=~Q(status=SampleStatus.PENDING))
        )
    else:
        generated = sum(by_status.values())
        counts = {"generated": generated, "executed": generated - by_status.get("pending", 0)}
    samples_total = run.samples_total
    if samples_total is None:  # started before totals were stored, or not started yet
        samples_total = counts["generated"] or None
    progress: dict[str, Any] = {
        "status": run.status,
        "stage": run.stage,
        "samples": {
            "total": samples_total,
            "generated": counts["generated"],
            "executed": counts["executed"],
            "done": counts["executed"],  # the older name of "executed" (API clients)
        },
        "files": run.file_results.count(),
        "files_total": run.files_total,
        "elapsed_s": _elapsed(run, now),
        "queued_s": _seconds(now - run.created_at) if run.status == Run.Status.QUEUED else None,
        "queue_ahead": queue_ahead(run),
    }
    progress["text"] = progress_text(progress)
    return progress


def _elapsed(run: Run, now: datetime) -> int | None:
    """Seconds since it started: until now while active, until it ended once it has."""
    if run.started_at is None:
        return None
    end = now if run.status in Run.ACTIVE else (run.finished_at or now)
    return max(0, _seconds(end - run.started_at))


def _seconds(delta: Any) -> int:
    return int(delta.total_seconds())


def queue_ahead(run: Run) -> int | None:
    """Queued runs made before this queued one (workers take runs in the order they were
    queued); None for a run that is not queued."""
    if run.status != Run.Status.QUEUED:
        return None
    earlier = Q(created_at__lt=run.created_at) | Q(created_at=run.created_at, pk__lt=run.pk)
    return Run.objects.filter(earlier, status=Run.Status.QUEUED).count()


def progress_text(p: dict[str, Any]) -> dict[str, str]:
    """The words for the page: ``status``, ``note`` (the stage, or where a stopped run was),
    ``counts``, ``elapsed`` and ``queue`` ("" where there is nothing to say)."""
    status, stage = p["status"], p["stage"]
    return {
        "status": status,
        "note": _note(status, stage),
        "counts": _counts(p),
        "elapsed": _duration(p["elapsed_s"]) if p["elapsed_s"] is not None else "",
        "queue": _queue(p["queue_ahead"], p["queued_s"]),
    }


def _note(status: str, stage: str) -> str:
    words = STAGE_WORDS.get(stage, stage)  # type: ignore[call-overload]
    if status == Run.Status.RUNNING:
        return words
    if status in (Run.Status.CANCELLED, Run.Status.FAILED) and stage != Run.Stage.WAITING:
        return f"stopped while {words}"
    if status in (Run.Status.CANCELLED, Run.Status.FAILED):
        return "stopped before it started"
    return ""


def _counts(p: dict[str, Any]) -> str:
    samples, files_total = p["samples"], p["files_total"]
    if p["status"] == Run.Status.QUEUED and samples["total"] is None and files_total is None:
        return ""  # nothing known yet: the queue line says where it stands
    parts = []
    if samples["total"] != 0:  # 0: the suite has no HumanEval part
        total = _of(samples["total"])
        parts.append(f"samples generated {samples['generated']}{total}")
        parts.append(f"samples executed {samples['executed']}{total}")
    if files_total != 0:  # 0: the suite has no perplexity part
        parts.append(f"files scored {p['files']}{_of(files_total)}")
    return "; ".join(parts)


def _of(total: int | None) -> str:
    return f" / {total}" if total is not None else " / ?"


def _duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def _queue(ahead: int | None, waited: int | None) -> str:
    if ahead is None:
        return ""
    runs = "no queued run" if ahead == 0 else f"{ahead} queued run{'s' if ahead != 1 else ''}"
    waiting = f"; waiting {_duration(waited)}" if waited is not None else ""
    return f"{runs} ahead of it{waiting}"
