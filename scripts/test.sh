#!/usr/bin/env bash
# Sets everything up (first time only) and runs the whole test suite headless (Qt offscreen),
# then the linters. Exits non-zero when any test fails, when no test ran, or on a lint error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/bootstrap.sh" test
cd "$root"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/mypy
