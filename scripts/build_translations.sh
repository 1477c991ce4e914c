#!/usr/bin/env bash
# Compiles resources/translations/*.ts into the .qm files the app loads (not committed: they
# are built here, by scripts/bootstrap.sh, and so before packaging/build.sh runs PyInstaller).
# Usage: scripts/build_translations.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for ts in resources/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
