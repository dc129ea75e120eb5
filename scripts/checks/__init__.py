"""Checks of the spec and of the tests: the project's spec rules (``python -m scripts.lint_spec``),
what changes between two versions of the spec (``python -m scripts.spec_diff``), and mutation
testing (``python -m scripts.mutation``)."""
