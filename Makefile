# Every target installs what it needs into .venv first, so a fresh clone needs only Python 3.11.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# The stamp names the interpreter: a .venv made by another Python (say a failed
# `make demo PYTHON=python3.10`) is rebuilt instead of being reused half-made.
PY_TAG := $(shell $(PYTHON) -c 'import sys; print(sys.implementation.cache_tag)' 2>/dev/null || echo none)
INSTALLED := $(VENV)/.installed-$(PY_TAG)

.PHONY: install generate check-generated lint-spec spec-diff docs-sync evidence-apply docs docs-screenshot lint test check coverage mutation demo bench dashboard-screenshot clean

$(INSTALLED): pyproject.toml
	@if [ -e $(VENV) ] && [ "$$($(PY) -c 'import sys; print(sys.implementation.cache_tag)' 2>/dev/null)" != "$(PY_TAG)" ]; then \
		echo "$(VENV) was not made by $(PYTHON) ($(PY_TAG)): making it anew"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(INSTALLED)

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

## Compare the spec with the doc portals' exports (SITE=url, default: every PandaPon portal);
## APPLY=1 (or yes, true) writes what they show into openapi/ and regenerates; unset or any other
## value only compares. See CONTRIBUTING.md.
SITE ?=
APPLY ?=
DOCS_SYNC_FLAGS ?=
docs-sync: install
	$(PY) -m scripts.docs_sync $(foreach s,$(SITE),--site $(s)) $(if $(filter 1 yes true,$(APPLY)),--apply) $(DOCS_SYNC_FLAGS)

## Propose what evidence exports (FILES="shapes.json other.json", from `pandapon evidence
## export`) show as spec changes; APPLY=1 (or yes, true) writes them into openapi/, lints and
## regenerates; unset or any other value only compares. See CONTRIBUTING.md.
FILES ?=
EVIDENCE_APPLY_FLAGS ?=
evidence-apply: install
	$(PY) -m scripts.evidence_apply $(FILES) $(if $(filter 1 yes true,$(APPLY)),--apply) $(EVIDENCE_APPLY_FLAGS)

## The HTML reference in site/ (open site/index.html; it needs no network): MkDocs + Material
## over Markdown that scripts/docs_site.py writes to build/docs from the spec, the client and README.
docs: install
	$(PY) -m scripts.docs_site

## docs/reference-screenshot.png (shown in README), taken by the reference's browser test; needs
## chromium, and pngquant (apt-get install pngquant) shrinks it to about a third where present.
docs-screenshot: install
	PANDAPON_DOCS_SCREENSHOT=docs/reference-screenshot.png $(PY) -m pytest -q tests/tools/test_docs_site.py -k browser
	if command -v pngquant >/dev/null; then pngquant --force --skip-if-larger --quality 70-95 \
		--strip --output docs/reference-screenshot.png docs/reference-screenshot.png || true; fi

lint: install
	$(VENV)/bin/ruff check pandapon scripts tests examples
	$(VENV)/bin/ruff format --check pandapon scripts tests examples
	$(VENV)/bin/mypy

## pytest's worker processes (pytest-xdist): most tests wait on sockets and subprocesses, so
## twice the cores keeps 2 cores busy; one file's tests stay on one worker, in order, with its
## fixtures built once. TEST_WORKERS=0 runs the tests in one process. TESTING.md: "Speed".
TEST_WORKERS ?= 4
PYTEST_PARALLEL = -n $(TEST_WORKERS) --dist loadfile

test: install lint-spec check-generated lint
	$(PY) -m pytest $(PYTEST_PARALLEL)

## The edit-test loop (under a minute): ruff, mypy and the in-process tests of the promises
## (signing, validation, retries, never twice, the client, webhook signatures, the sandbox's
## check). Not a substitute for `make test`, which CI runs.
CHECK_TESTS := tests/sdk/test_signing.py tests/sdk/test_validation.py tests/sdk/test_backoff.py \
	tests/sdk/test_client.py tests/sdk/test_call_options.py tests/sdk/test_robustness_inputs.py \
	tests/sdk/test_never_twice.py tests/cli/test_ids.py tests/cli/test_cli_values.py \
	tests/webhooks/test_webhooks.py \
	tests/webhooks/test_signature_base.py tests/sandbox/test_sandbox_auth.py \
	tests/tools/test_pyliteral.py tests/tools/test_mutation.py
check: lint
	$(PY) -m pytest -q $(PYTEST_PARALLEL) $(CHECK_TESTS)

## Line coverage of the tests, with every Python process they start (the CLI, the sandbox,
## the webhook listener) measured too and combined. A report, not a gate (README: Development).
coverage: export COVERAGE_FILE := $(CURDIR)/.coverage
coverage: install
	rm -f .coverage .coverage.*
	$(PY) -m coverage run -m pytest -q -p no:cacheprovider
	$(PY) -m coverage combine -q
	$(PY) -m coverage report

## Mutation testing wherever a promise lives, by area (scripts/checks/mutants.py: promises,
## client, webhooks, sandbox, cli, scripts): score and survivors, TESTING.md. TARGET=<area>
## runs one area and keeps the others' results; without it, all areas from scratch (hours on
## 2 cores). Not part of `make test`.
TARGET ?=
mutation: install
	$(PY) -m scripts.mutation $(foreach t,$(TARGET),--area $(t))

demo: install
	$(PY) examples/run_demo.py

bench: install
	$(PY) -m scripts.bench

## docs/sandbox-dashboard.png (shown in README), taken by the dashboard's browser test. Needs
## chromium (apt-get install chromium) and, for readable Chinese titles, fonts-wqy-microhei.
dashboard-screenshot: install
	PANDAPON_DASHBOARD_SCREENSHOT=docs/sandbox-dashboard.png $(PY) -m pytest -q tests/sandbox/test_dashboard.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
