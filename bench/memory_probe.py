"""Child process for bench/run_all.py: the app's main window on the demo site, signed in, with
the running infusion open and its live chart shown; prints the peak resident set (KiB)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from infusion_app.services.auth import sign_in
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.ui.main_window import MainWindow
from infusion_app.ui.vitals.vitals_chart import VitalsChartWidget


def main() -> None:
    db = Path(tempfile.mkdtemp(prefix="bench-memory-")) / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "infusion_app", "demo", "--db", str(db)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    app = QApplication(sys.argv)
    ws = open_workspace(db)
    window = MainWindow(ws)
    window.show()
    window.sign_in.signed_in.emit(sign_in(ws, username="nurse.li", password="demo-password-2026"))
    session = ws.db.execute("SELECT id FROM sessions WHERE state = 'infusing'").fetchone()[0]
    window.open_session(session)
    chart = VitalsChartWidget(ws, session)
    chart.show()
    for _ in range(20):
        app.processEvents()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
