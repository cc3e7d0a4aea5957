"""HumanEval in the paper's 12 languages: translation (data generation), and its data.

``languages`` names them; ``build`` translates and writes ``benchmark/data/multilang``;
``problems`` reads the committed data. Pure functions and file IO only.
"""
