#!/usr/bin/env bash
# Sets everything up (first time only) and starts the app on its default database
# (a SQLite file in the user data folder). Extra arguments go to the app, e.g. --db PATH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/bootstrap.sh" gui
exec "$root/.venv/bin/infusion-app" "$@"
