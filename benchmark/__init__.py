"""PolyEval's evaluation library: HumanEval functional correctness and multi-language perplexity.

Importing this package is cheap: no Django, no torch. Heavy libraries are imported inside the
backend that needs them (see ``benchmark.backends``).
"""

__version__ = "0.1.0"
