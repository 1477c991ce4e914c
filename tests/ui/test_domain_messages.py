"""The sentences of domain/, services/ and sync/ are translated, and read in Chinese on screen.

scripts/collect_messages.py reads every ``Refusal(code, "...")``, ``Message("...")`` and
``Listing`` separator there into infusion_app/ui/domain_messages.py, which lupdate reads into
the .ts: a new sentence fails here until it is collected and translated.
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt

from infusion_app.domain.guardrails import judge_rate
from infusion_app.domain.lockout import lockout_refusal
from infusion_app.domain.messages import Listing, Message, Recorded
from infusion_app.domain.outcomes import Refusal
from infusion_app.services.actions import ACTION_NAMES, PERMISSIONS
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.domain_messages import MESSAGES
from infusion_app.ui.messages import message_text, recorded_text, refusal_text
from infusion_app.ui.session.checklist_screen import ChecklistScreen
from infusion_app.ui.sign_in_screen import SignInScreen
from infusion_app.ui.user_dialogs import AddUserDialog
from tests.ui.checklist_drivers import DRIVERS
from tests.ui.conftest import ADMIN, OFFSCREEN_DIALOG_WARNING, TS, messages, translated

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path("/tmp")


def _collector() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "collect_messages", ROOT / "scripts/collect_messages.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["collect_messages"] = module
    spec.loader.exec_module(module)
    return module


def test_the_marked_sentences_are_the_ones_in_the_code() -> None:
    collect = _collector()
    current = (ROOT / "infusion_app/ui/domain_messages.py").read_text(encoding="utf-8")
    assert collect.render(collect.collect()) == current, "run scripts/update_translations.sh"


def test_a_sentence_built_at_run_time_is_caught(tmp_path: Path) -> None:
    collect = _collector()
    folder = tmp_path / "infusion_app" / "domain"
    folder.mkdir(parents=True)
    (folder / "rule.py").write_text('def f(n):\n    return Refusal("x", f"{n} drops")\n')
    with pytest.raises(collect.BuiltAtRunTimeError, match=r"rule\.py:2"):
        collect.collect(tmp_path)


def test_every_sentence_of_the_code_has_a_chinese_translation() -> None:
    found = messages(TS)
    empty = ET.Element("message")
    missing = [t for t in MESSAGES if not translated(found.get(("Messages", t), empty)).strip()]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:5]}"
    assert len(MESSAGES) > 300


def test_every_action_has_a_name_for_refusals() -> None:
    assert set(PERMISSIONS) <= set(ACTION_NAMES)


def test_the_english_sentence_is_unchanged_for_the_cli_and_the_record() -> None:
    refusal = Refusal("too_few_taps", "Tap at least {taps} drops.", taps=3)
    assert refusal.reason == "Tap at least 3 drops." and refusal.code == "too_few_taps"
    assert Refusal("x", "Plain {braces} stay").reason == "Plain {braces} stay"
    nested = Message("{a}: {b}", a=Message("one"), b=Listing(["x", Message("y")], " or "))
    assert str(nested) == "one: x or y"


def test_refusals_read_in_chinese(chinese: None) -> None:
    now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    locked = lockout_refusal(now + timedelta(minutes=14, seconds=30), now)
    assert locked is not None
    assert refusal_text(locked).startswith("登录失败次数过多：此账户将再锁定 15 分钟。")
    assert locked.reason.startswith("Too many failed sign-ins")  # the English stays for logs


def test_a_stored_english_sentence_reads_in_chinese(chinese: None, site_ws: Workspace) -> None:
    judged = judge_rate(site_ws.protocol.drip, 95.0)
    stored = str(judged.message)  # as the drip-reading event keeps it
    assert recorded_text(stored) == message_text(judged.message)
    assert recorded_text(stored).startswith("95 滴/分 过快")
    assert (
        recorded_text("reaction: the participant felt cold")
        == "reaction: the participant felt cold"
    )
    line = Message(
        "BEDSIDE MISMATCH: {p}",
        p=Listing([Recorded("the wristband (HPV-002) is not HPV-001")], "; "),
    )
    assert "腕带（HPV-002）不是 HPV-001" in message_text(line)


def test_a_hard_stop_on_the_checklist_reads_in_chinese(
    qtbot,
    chinese: None,
    site_ws: Workspace,
    nurse: Actor,
    session_id: str,
) -> None:
    screen = ChecklistScreen(site_ws, nurse, session_id, language="zh_CN")
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    DRIVERS["identity"](qtbot, screen.steps[0], "wrong_band")
    screen.go_to(0)
    assert screen.outcome.isVisible()
    assert "腕带显示为 'HPV-002'，而非 HPV-001：受试者或腕带有误" in screen.outcome.text.text()
    screen.mark_ready()
    assert screen.ready_message.text().startswith("⚠  本次输注尚未就绪。身份核对：腕带显示为")
    assert "尚未填写" in screen.ready_message.text()
    screen.grab().save(str(SHOTS / "zh_checklist_hard_stop.png"))


def test_a_wrong_password_reads_in_chinese_on_the_sign_in_screen(
    qtbot, chinese: None, site_ws: Workspace
) -> None:
    screen = SignInScreen(site_ws)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    qtbot.keyClicks(screen.username, ADMIN["username"])
    qtbot.keyClicks(screen.password, "not the password")
    qtbot.mouseClick(screen.sign_in_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "⚠  用户名或密码不正确。"
    screen.grab().save(str(SHOTS / "zh_sign_in_refused.png"))


def test_a_refusal_in_a_dialog_reads_in_chinese(
    qtbot, chinese: None, site_ws: Workspace, admin: Actor
) -> None:
    dialog = AddUserDialog(site_ws, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "Chen Jing")  # not a valid user name
    qtbot.keyClicks(dialog.full_name, "Chen Jing")
    qtbot.keyClicks(dialog.password, "pharmacy pass 1")
    qtbot.keyClicks(dialog.password_again, "pharmacy pass 1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("⚠  用户名为 2 至 32 个小写字母")
    dialog.grab().save(str(SHOTS / "zh_add_user_refused.png"))
