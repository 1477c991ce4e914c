"""A plain ``pip install`` of the package (no scripts/bootstrap.sh) has everything the app
loads: the protocol, the styles and the compiled Chinese translation (finding 14: choosing
中文 changed nothing, because the .qm was built only by the bootstrap script)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
import infusion_app
from infusion_app.protocol_files import default_protocol_path, resources_dir
from infusion_app.ui.preferences import install_language
target = Path(sys.argv[1]).resolve()
assert Path(infusion_app.__file__).resolve().is_relative_to(target), infusion_app.__file__
assert resources_dir().resolve().is_relative_to(target), resources_dir()
assert default_protocol_path().is_file()
app = QCoreApplication([])
assert install_language(app, "zh_CN") == "zh_CN"
print(QCoreApplication.translate("SignInScreen", "Sign in"))
"""


@pytest.mark.slow
def test_chinese_loads_after_a_plain_pip_install(tmp_path: Path) -> None:
    """The checkout's tracked files (as a clone has them: no .qm), installed with pip into a
    scratch folder, then imported from there alone."""
    source = tmp_path / "source"
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            (source / name).write_bytes((ROOT / name).read_bytes())
    assert not list(source.rglob("*.qm"))  # a clone has no compiled translation
    target = tmp_path / "installed"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps"]
    pip += ["--no-build-isolation", "--target", str(target), str(source)]
    subprocess.run(pip, check=True, capture_output=True, cwd=tmp_path)
    assert (target / "infusion_app" / "resources" / "translations").is_dir()
    assert list((target / "infusion_app" / "resources" / "translations").glob("*.qm"))
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    shown = subprocess.run(
        [sys.executable, "-c", CHECK, str(target)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "登录"
