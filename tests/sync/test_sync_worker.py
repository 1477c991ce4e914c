"""The app's background sync: the worker thread syncs with the real server; the header line
shows last sync, pending count and errors; the UI thread never waits."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.ui.preferences import install_language
from infusion_app.ui.sync_status import SyncStatusLabel
from tests.sync.conftest import Laptop
from tests.sync.helpers import filler, set_up_site


def test_the_worker_syncs_in_the_background_and_the_line_says_so(
    qtbot: QtBot, laptop: Laptop, tmp_path: Path
) -> None:
    ward = laptop("ward")
    set_up_site(ward)
    filler(ward, 300)
    label = SyncStatusLabel(ward, tmp_path / "ward.sqlite3")
    qtbot.addWidget(label)
    assert "300" in label.text() or "waiting" in label.text()
    started = time.perf_counter()
    with qtbot.waitSignal(label.worker.succeeded, timeout=20_000) as done:
        label.sync_if_configured()
        returned = time.perf_counter() - started
    assert returned < 0.2, "asking for a sync must not block the screen"
    pushed, _pulled = done.args
    assert pushed >= 300
    # The label shows the outcome when the signal reaches it: wait for that state itself.
    qtbot.waitUntil(lambda: "Sync: running" not in label.text(), timeout=5_000)
    assert "0 waiting" in label.text() and "⚠" not in label.text()
    label.stop()


def test_an_unreachable_server_is_reported_in_plain_words(
    qtbot: QtBot, laptop: Laptop, tmp_path: Path, pg_server: object
) -> None:
    ward = laptop("ward")
    set_up_site(ward)
    ward.db.execute(
        "UPDATE sync_settings SET conninfo = 'postgresql://127.0.0.1:9/none?connect_timeout=2'"
    )
    label = SyncStatusLabel(ward, tmp_path / "ward.sqlite3")
    qtbot.addWidget(label)
    label.sync_if_configured()
    qtbot.waitUntil(lambda: "⚠" in label.text(), timeout=20_000)
    assert "waiting" in label.text() and "Sync: running" not in label.text()
    assert "Cannot reach the sync server" in label.text()
    assert not label.worker.running
    label.stop()


def test_the_line_shows_the_outcome_as_soon_as_the_outcome_arrives(
    qtbot: QtBot, laptop: Laptop, tmp_path: Path, pg_server: object
) -> None:
    """The slot that shows the failure runs while the worker thread may still be alive; the
    line must not say "running" then (it did, until the next sync five minutes later)."""
    ward = laptop("ward")
    set_up_site(ward)
    ward.db.execute(
        "UPDATE sync_settings SET conninfo = 'postgresql://127.0.0.1:9/none?connect_timeout=2'"
    )
    label = SyncStatusLabel(ward, tmp_path / "ward.sqlite3")
    qtbot.addWidget(label)
    seen: list[str] = []
    label.worker.failed.connect(lambda _text: seen.append(label.text()))
    label.sync_if_configured()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "⚠" in seen[0] and "Sync: running" not in seen[0]
    label.stop()


def test_the_line_says_which_event_could_not_be_sent_in_english_and_chinese(
    qtbot: QtBot, qapp: QApplication, laptop: Laptop, tmp_path: Path
) -> None:
    ward = laptop("ward")
    set_up_site(ward)
    ward.store.append([EventDraft(EventType.USER_SCREEN_LOCKED, "mallory", {})])
    filler(ward, 2)
    label = SyncStatusLabel(ward, tmp_path / "ward.sqlite3")
    qtbot.addWidget(label)
    label.sync_if_configured()
    qtbot.waitUntil(lambda: "could not be sent" in label.text(), timeout=20_000)
    text = label.text()
    assert "0 waiting" in text and "1 event could not be sent: event #" in text
    assert "mallory is not a user of site SH-TJ01" in text
    try:
        install_language(qapp, "zh_CN")
        label.refresh()
        assert "1 个事件未能发送：事件 #" in label.text()
        assert "mallory 不是站点 SH-TJ01 的用户" in label.text()
    finally:
        install_language(qapp, "en")
    label.stop()


def test_the_line_says_plainly_to_update_an_older_server_in_english_and_chinese(
    qtbot: QtBot, qapp: QApplication, laptop: Laptop, server_url: str, tmp_path: Path
) -> None:
    ward = laptop("ward")
    set_up_site(ward)
    with psycopg.connect(server_url, autocommit=True) as admin:  # a server of an older version
        admin.execute("DELETE FROM infusion.event_types WHERE type = 'user.screen_locked'")
    filler(ward, 2)
    label = SyncStatusLabel(ward, tmp_path / "ward.sqlite3")
    qtbot.addWidget(label)
    label.sync_if_configured()
    qtbot.waitUntil(lambda: "does not know this kind of event" in label.text(), timeout=20_000)
    assert "2 waiting" in label.text() and "could not be sent" not in label.text()
    assert "Update the server (infusion-app server init)" in label.text()
    try:
        install_language(qapp, "zh_CN")
        label.refresh()
        assert "同步服务器不认识这种事件（user.screen_locked）" in label.text()
        assert "请更新服务器" in label.text()
    finally:
        install_language(qapp, "en")
    label.stop()
