"""SIGKILL a real ``infusion-app replay`` child anywhere: every kill leaves a sound record."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.harness.__main__ import main as harness_main
from tools.harness.kill_anywhere import KillAnywhere


@pytest.mark.slow
def test_twenty_kills_leave_a_sound_record_and_lose_no_acknowledged_action(
    tmp_path: Path,
) -> None:
    figures = KillAnywhere(tmp_path, seed=20261124, child="fast").run(kills=20)
    assert figures.violations == []
    assert figures.kills >= 20 and figures.rounds >= 1
    assert figures.acknowledged > 40  # at least one whole scripted session got through
    assert figures.in_flight_committed + figures.in_flight_lost > 0  # some kills hit mid-action


@pytest.mark.slow
def test_the_harness_catches_a_torn_write(tmp_path: Path) -> None:
    """A child whose append is not one transaction: the checks must notice within a few kills."""
    figures = KillAnywhere(tmp_path, seed=2, child="torn").run(kills=12, max_violations=1)
    assert figures.violations


@pytest.mark.slow
def test_the_command_prints_its_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = harness_main(
        ["kill-anywhere", "--kills", "2", "--seed", "1", "--dir", str(tmp_path), "--child", "fast"]
    )
    out = capsys.readouterr().out
    assert status == 0 and "kills: 2" in out and "violations found: 0" in out
