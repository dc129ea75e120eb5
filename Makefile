# Every target installs what it needs into .venv first, so a fresh clone needs only Python 3.11.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# The stamp names the interpreter: a .venv made by another Python (say a failed
# `make demo PYTHON=python3.10`) is rebuilt instead of being reused half-made.
PY_TAG := $(shell $(PYTHON) -c 'import sys; print(sys.implementation.cache_tag)' 2>/dev/null || echo none)
INSTALLED := $(VENV)/.installed-$(PY_TAG)

.PHONY: help install generate check-generated lint-spec spec-diff docs-sync evidence-apply docs docs-screenshot lint check test coverage mutation demo bench dashboard-screenshot clean
# Plain `make` lists the targets.
.DEFAULT_GOAL := help

## List the targets, with what each does (plain `make` does this too).
help:
	@echo "make TARGET   (PYTHON=python3.12 to use another interpreter; default python3)"
	@awk '/^## /{ if (!doc) doc = substr($$0, 4); next } \
		/^[a-z][a-z-]*:/{ if (doc) { split($$0, t, ":"); printf "  %-20s %s\n", t[1], doc } doc = ""; next } \
		/^$$/{ doc = "" }' $(MAKEFILE_LIST)

$(INSTALLED): pyproject.toml
	@# A PYTHON this machine cannot run must not cost a working .venv.
	@if [ "$(PY_TAG)" = none ]; then \
		echo "make: PYTHON=$(PYTHON) cannot be run here (is it installed?); $(VENV) is left as it is" >&2; exit 1; fi
	@if [ -e $(VENV) ] && [ "$$($(PY) -c 'import sys; print(sys.implementation.cache_tag)' 2>/dev/null)" != "$(PY_TAG)" ]; then \
		echo "$(VENV) was not made by $(PYTHON) ($(PY_TAG)): making it anew"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(INSTALLED)

## Make .venv and install the SDK with every extra and dev tool into it (the others do this first).
install: $(INSTALLED)

## Regenerate generated/pandapon_api and docs/operations.md from openapi/.
generate: install
	$(PY) -m scripts.generate

## Fail with a diff when generated/ is not exactly what openapi/ produces.
check-generated: install
	$(PY) -m scripts.generate --check

## Validate the spec and enforce the project's spec rules (openapi/README.md).
lint-spec: install
	$(PY) -m scripts.lint_spec

## Changelog of the spec since a git ref (default: the previous commit); exit 1 if breaking.
BASE ?= HEAD~1
SPEC_DIFF_FLAGS ?=
spec-diff: install
	$(PY) -m scripts.spec_diff --base $(BASE) $(SPEC_DIFF_FLAGS)

## Compare the spec with the doc portals' exports; APPLY=1 writes them into openapi/.
## SITE=url (default: every PandaPon portal). APPLY=1 (or yes, true) writes what they show into openapi/ and regenerates; unset or any other
## value only compares. See CONTRIBUTING.md.
SITE ?=
APPLY ?=
DOCS_SYNC_FLAGS ?=
docs-sync: install
	$(PY) -m scripts.docs_sync $(foreach s,$(SITE),--site $(s)) $(if $(filter 1 yes true,$(APPLY)),--apply) $(DOCS_SYNC_FLAGS)

## Spec changes that evidence exports show; APPLY=1 writes them into openapi/.
## FILES="shapes.json other.json" (from `pandapon evidence export`) show as spec changes; APPLY=1 (or yes, true) writes them into openapi/, lints and
## regenerates; unset or any other value only compares. See CONTRIBUTING.md.
FILES ?=
EVIDENCE_APPLY_FLAGS ?=
evidence-apply: install
	$(PY) -m scripts.evidence_apply $(FILES) $(if $(filter 1 yes true,$(APPLY)),--apply) $(EVIDENCE_APPLY_FLAGS)

## The HTML reference in site/ (open site/index.html; it needs no network).
## MkDocs + Material over Markdown that scripts/docs_site.py writes to build/docs from the spec, the client and README.
docs: install
	$(PY) -m scripts.docs_site

## Retake docs/reference-screenshot.png (needs chromium).
## Taken by the reference's browser test; and pngquant (apt-get install pngquant) shrinks it to about a third where present.
docs-screenshot: install
	PANDAPON_DOCS_SCREENSHOT=docs/reference-screenshot.png $(PY) -m pytest -q tests/tools/test_docs_site.py -k browser
	if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --quality 70-95 \
		--strip --output docs/reference-screenshot.png docs/reference-screenshot.png || true; fi

## ruff (lint and format) and mypy --strict.
lint: install
	$(VENV)/bin/ruff check pandapon scripts tests examples
	$(VENV)/bin/ruff format --check pandapon scripts tests examples
	$(VENV)/bin/mypy

## pytest's worker processes (pytest-xdist): most tests wait on sockets and subprocesses, so
## twice the cores keeps 2 cores busy; one file's tests stay on one worker, in order, with its
## fixtures built once. TEST_WORKERS=0 runs the tests in one process. TESTING.md: "Speed".
TEST_WORKERS ?= 4
PYTEST_PARALLEL = -n $(TEST_WORKERS) --dist loadfile

# The fast tier's tests: in process, without servers or browsers: signing, validation, retries,
# never twice, the client, webhooks, the sandbox's check, the CLI's values, the layers.
CHECK_TESTS ?= tests/test_layers.py tests/sdk/test_signing.py tests/sdk/test_validation.py \
	tests/sdk/test_backoff.py tests/sdk/test_never_twice.py tests/sdk/test_client.py \
	tests/sdk/test_call_options.py tests/sdk/test_robustness_inputs.py \
	tests/webhooks/test_webhooks.py tests/webhooks/test_webhooks_receiver.py \
	tests/webhooks/test_signature_base.py tests/sandbox/test_sandbox_auth.py \
	tests/cli/test_ids.py tests/cli/test_cli_values.py tests/tools/test_pyliteral.py \
	tests/tools/test_mutation.py

## The fast tier for the edit-test loop: lint, then the fast in-process tests (under a minute).
check: lint
	$(PY) -m pytest -q -x $(PYTEST_PARALLEL) $(CHECK_TESTS)

## Everything CI runs: spec lint, generated-code gate, lint, then every test (README: how long).
test: install lint-spec check-generated lint
	$(PY) -m pytest $(PYTEST_PARALLEL)

## Line coverage of the tests and of every Python process they start (a report, not a gate).
## The CLI, the sandbox and the webhook listener measured too and combined. A report, not a gate (README: Development).
coverage: export COVERAGE_FILE := $(CURDIR)/.coverage
coverage: install
	rm -f .coverage .coverage.*
	$(PY) -m coverage run -m pytest -q -p no:cacheprovider
	$(PY) -m coverage combine -q
	$(PY) -m coverage report

## Mutation testing wherever a promise lives, by area; TARGET=<area> runs one (TESTING.md).
## The areas (scripts/checks/mutants.py): promises, client, webhooks, sandbox, cli, scripts.
## TARGET keeps the other areas' results; without it, all areas from scratch (hours on 2
## cores); RESUME=1 runs only what a stopped run left. Score and survivors, TESTING.md; not
## part of `make test`.
TARGET ?=
RESUME ?=
mutation: install
	$(PY) -m scripts.mutation $(if $(RESUME),--resume) $(foreach t,$(TARGET),--area $(t))

## A whole 1688 + Taobao purchase against the local sandbox (no credentials, no network).
demo: install
	$(PY) examples/run_demo.py

## Benchmarks: ratios against a baseline in the same run (BENCHMARKS.md).
bench: install
	$(PY) -m scripts.bench

## Retake docs/sandbox-dashboard.png (needs chromium).
## Taken by the dashboard's browser test; needs chromium (apt-get install chromium) and, for readable Chinese titles, fonts-wqy-microhei.
dashboard-screenshot: install
	PANDAPON_DASHBOARD_SCREENSHOT=docs/sandbox-dashboard.png $(PY) -m pytest -q tests/sandbox/test_dashboard.py

## Remove .venv and the tools' caches.
clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
