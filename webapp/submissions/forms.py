from django import forms

from benchmark.suites import SUITES


class SubmissionForm(forms.Form):
    source = forms.CharField(
        max_length=500, help_text="A local model directory on the workers, or a Hugging Face id"
    )
    revision = forms.CharField(max_length=100, required=False)
    name = forms.CharField(max_length=200, required=False)
    suite = forms.ChoiceField(choices=[(name, name) for name in SUITES], initial="demo")
    backend = forms.ChoiceField(choices=[("hf", "transformers"), ("vllm", "vLLM")])
    device = forms.ChoiceField(choices=[("cpu", "CPU"), ("cuda", "CUDA")])
