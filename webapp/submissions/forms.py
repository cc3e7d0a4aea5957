from django import forms

from benchmark.suites import SUITES
from webapp.submissions.services import DTYPES


class SubmissionForm(forms.Form):
    source = forms.CharField(
        max_length=500, help_text="A local model directory on the workers, or a Hugging Face id"
    )
    revision = forms.CharField(max_length=100, required=False)
    name = forms.CharField(max_length=200, required=False)
    suite = forms.ChoiceField(choices=[(name, name) for name in SUITES], initial="demo")
    dtype = forms.ChoiceField(
        choices=[(d, d) for d in DTYPES], initial=DTYPES[0], required=False,
        help_text="The weights' precision for inference (one per checkpoint)",
    )  # fmt: skip
    backend = forms.ChoiceField(choices=[("hf", "transformers"), ("vllm", "vLLM")])
    device = forms.ChoiceField(choices=[("cpu", "CPU"), ("cuda", "CUDA")])

    def clean_dtype(self) -> str:
        return str(self.cleaned_data.get("dtype") or DTYPES[0])
