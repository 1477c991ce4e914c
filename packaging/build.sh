#!/usr/bin/env bash
# Builds the one-folder application in packaging/dist/infusion-app with PyInstaller, then
# starts it offscreen with --self-test on a scratch database (exit 0 = the bundle works).
# Usage: bash packaging/build.sh            (uses .venv, creating it as the README commands do)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/bootstrap.sh test
.venv/bin/python -m pip install --quiet "pyinstaller>=6.10"
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath packaging/dist --workpath packaging/build/work packaging/infusion_app.spec
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch" XDG_STATE_HOME="$scratch" \
  packaging/dist/infusion-app/infusion-app --self-test --db "$scratch/smoke.sqlite3"
echo "Bundle OK: packaging/dist/infusion-app ($(du -sh packaging/dist/infusion-app | cut -f1))"
