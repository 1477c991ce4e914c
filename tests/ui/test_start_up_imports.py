"""The window opens without the libraries that only later screens need (start-up time).

Charts (pyqtgraph, numpy), sync (psycopg), exports and the session and product screens are
imported when first used; a child process opens the window with --self-test and lists what
it imported. The seconds themselves are measured by bench/run_all.py, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LATER = (
    "numpy",
    "argon2",  # at the first sign-in
    "dateutil.parser._parser",  # only its lazy shell (store.lean_import)
    "dateutil.tz",
    "pyqtgraph",
    "psycopg",
    "biip",
    "stdnum",
    "infusion_app.reports",
    "infusion_app.services.infusion",  # with the first running session (recovery, lock screen)
    "infusion_app.services.vitals",
    "infusion_app.sync.engine",
    "infusion_app.ui.session_host",
    "infusion_app.ui.product.receipt_screen",
    "infusion_app.ui.audit_trail_screen",
    "infusion_app.ui.users_screen",
    "infusion_app.ui.participants.participants_screen",
)
PROBE = (
    "import json, sys\n"
    "from infusion_app.app import main\n"
    "code = main(['--self-test', '--db', sys.argv[1]])\n"
    "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
)


@pytest.mark.slow
def test_the_sign_in_window_opens_without_charts_sync_or_exports(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "ward.sqlite3"
    for _ in range(2):  # the first start creates the database; the second is a plain start
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(db)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["code"] == 0
    imported = [
        name
        for name in shown["modules"]
        if any(name == later or name.startswith(later + ".") for later in LATER)
    ]
    assert imported == [], f"imported at start-up: {imported}"
