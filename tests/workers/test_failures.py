import pytest

from benchmark.backends import BackendError, WeightsMismatch
from benchmark.checkpoint import CheckpointFileTooLarge
from benchmark.corpus import CorpusError
from benchmark.execution import SandboxUnhealthy
from benchmark.sandbox import SandboxError
from webapp.evaluations.models import Run
from workers.failures import classify

R = Run.FailureReason


class OutOfMemoryError(RuntimeError):  # the name torch.OutOfMemoryError carries
    pass


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (BackendError("m: model could not be loaded: bad"), R.MODEL_LOAD),
        (BackendError("m: tokenizer could not be loaded: bad"), R.TOKENIZER),
        (WeightsMismatch("m", {"missing": ["tokenizer.weight"]}), R.WEIGHTS),
        (CheckpointFileTooLarge("config.json is 62,914,560 bytes, over"), R.FILE_TOO_LARGE),
        (OutOfMemoryError("CUDA out of memory. Tried to allocate 2 GiB"), R.OUT_OF_MEMORY),
        (RuntimeError("CUDA error: an illegal memory access was encountered"), R.CUDA_ERROR),
        (SandboxUnhealthy("sandbox unhealthy: gate"), R.SANDBOX_UNHEALTHY),
        (SandboxError("sandbox error, run stopped"), R.SANDBOX),
        (CorpusError("content does not match"), R.DATA),
        (ZeroDivisionError("oops"), R.INTERNAL),
    ],
)
def test_failures_get_a_reason_the_submitter_can_act_on(exc: BaseException, reason: str) -> None:
    assert classify(exc) == reason


def test_a_weights_mismatch_survives_pickling_as_itself() -> None:
    import pickle

    from celery.utils.serialization import get_pickleable_exception

    exc = WeightsMismatch("m", {"missing": ["wte.weight"], "unexpected": ["x.wte.weight"]})
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is WeightsMismatch and again.problems == exc.problems
    assert str(again) == str(exc)
    assert classify(get_pickleable_exception(exc)) == R.WEIGHTS
