"""Build step for a plain ``pip install``: ship ``resources/`` inside the package, with the
Chinese translation compiled (the .qm files are built, never committed).

Everything else is declared in pyproject.toml. An editable install (scripts/bootstrap.sh)
reads ``resources/`` from the checkout instead, where scripts/build_translations.sh builds
the .qm files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> Path:
    """Qt's translation compiler, shipped inside PySide6 (a build requirement)."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


class BuildWithResources(build_py):
    """Copies ``resources/`` to ``infusion_app/resources/`` in the build and compiles each
    ``translations/*.ts`` there into the ``.qm`` the app loads."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's resources/
            return
        target = Path(self.build_lib) / "infusion_app" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns("*.qm"))
        for ts in sorted((target / "translations").glob("*.ts")):
            qm = ts.with_suffix(".qm")
            subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file():
                raise SystemExit(f"lrelease wrote no {qm.name}")


setup(cmdclass={"build_py": BuildWithResources})
