#!/usr/bin/env bash
# Builds the one-folder application in packaging/dist/infusion-app with PyInstaller, then
# starts it offscreen with --self-test on a scratch database, then makes an encrypted demo file
# with the bundle and opens it with a password (exit 0 = the bundle works).
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
bundle=packaging/dist/infusion-app/infusion-app
XDG_DATA_HOME="$scratch" "$bundle" demo --db "$scratch/demo.sqlite3" --days 1 >/dev/null
if head -c 16 "$scratch/demo.sqlite3" | grep -q "SQLite format 3"; then
  echo "The bundle wrote a plain database" >&2
  exit 1
fi
echo demo-password-2026 | QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch" \
  XDG_STATE_HOME="$scratch" "$bundle" --self-test --db "$scratch/demo.sqlite3" --user admin
if echo wrong-password | QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch" \
  XDG_STATE_HOME="$scratch" "$bundle" --self-test --db "$scratch/demo.sqlite3" --user admin; then
  echo "The bundle opened an encrypted file with a wrong password" >&2
  exit 1
fi
echo "Bundle OK: packaging/dist/infusion-app ($(du -sh packaging/dist/infusion-app | cut -f1))"
