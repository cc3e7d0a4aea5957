from typing import Any

from django import forms

from benchmark.suites import SUITES
from webapp.submissions.services import DTYPES

SOURCE_HELP = "A Hugging Face model id (owner/name)"
STAFF_SOURCE_HELP = SOURCE_HELP + ", or a local model directory on the workers (staff only)"


class SubmissionForm(forms.Form):
    """``staff``: the submitter may give a local directory (services.check_source_allowed), so
    only staff are told of that option."""

    source = forms.CharField(max_length=500, help_text=SOURCE_HELP)
    revision = forms.CharField(max_length=100, required=False)
    label = forms.CharField(
        max_length=200, required=False,
        help_text="Your own name for this submission, shown to you with it. The model's name "
                  "comes from its source (an admin may set another).",
    )  # fmt: skip
    # Older clients' field: taken as the label, never as the model's name (clean).
    name = forms.CharField(max_length=200, required=False, widget=forms.HiddenInput)
    suite = forms.ChoiceField(choices=[(name, name) for name in SUITES], initial="demo")
    dtype = forms.ChoiceField(
        choices=[(d, d) for d in DTYPES], initial=DTYPES[0], required=False,
        help_text="The weights' precision for inference: each is evaluated as its own model",
    )  # fmt: skip
    backend = forms.ChoiceField(choices=[("hf", "transformers"), ("vllm", "vLLM")])
    device = forms.ChoiceField(choices=[("cpu", "CPU"), ("cuda", "CUDA")])

    def __init__(self, *args: Any, staff: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if staff:
            self.fields["source"].help_text = STAFF_SOURCE_HELP

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        cleaned["label"] = cleaned.get("label") or cleaned.get("name") or ""
        cleaned["name"] = ""  # a submitter never names the checkpoint for everyone
        return cleaned

    def clean_dtype(self) -> str:
        return str(self.cleaned_data.get("dtype") or DTYPES[0])
