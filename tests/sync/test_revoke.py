"""A lost laptop shut out: ``server revoke`` refuses its next sync in plain words, keeps what it
pushed, and the site's other laptops name it; ``server devices`` lists every laptop."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infusion_app import cli
from infusion_app.services.database_files import revoked_laptops, sync_status
from infusion_app.store.sync_state import load_settings
from infusion_app.sync.enrol import enrol_laptop
from infusion_app.sync.errors import DeviceRevokedError, SyncError
from infusion_app.ui.main_window import MainWindow
from tests.sync.conftest import Laptop, sync
from tests.sync.helpers import INVESTIGATOR, filler, password_of, set_up_site
from tests.sync.test_window_sync import _sign_in as sign_in

REASON = "left in a taxi on 23 November"


def server_events(url: str, device: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM infusion.events WHERE device_id = %s", [device]
        ).fetchone()
    assert row is not None
    return int(row[0])


def revoke(url: str, target: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["server", "revoke", target, url, "--reason", REASON]) == 0
    return capsys.readouterr().out


def test_a_revoked_laptop_is_refused_in_plain_words_and_what_it_pushed_stays(
    laptop: Laptop, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = laptop("lost")
    set_up_site(lost)
    sync(lost)
    pushed = server_events(server_url, lost.store.device_id)
    said = revoke(server_url, lost.store.device_id, capsys)
    assert f"laptop {lost.store.device_id} (site SH-TJ01) is shut out since " in said
    assert f"{REASON}. The {pushed} events it pushed stay" in said
    filler(lost, 2)
    with pytest.raises(DeviceRevokedError) as refused:
        sync(lost)
    message = str(refused.value)
    assert message.startswith("This laptop was shut out of the trial server on ")
    assert message.endswith(
        f" UTC: {REASON}. What it recorded stays here; the data manager can say more."
    )
    status = sync_status(lost)
    assert status.last_error == message and status.pending == 2
    assert server_events(server_url, lost.store.device_id) == pushed


def test_the_server_itself_refuses_a_revoked_role_whatever_its_client_does(
    laptop: Laptop, server_url: str, memory_keyring: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = laptop("lost")
    set_up_site(lost)
    sync(lost)
    settings = load_settings(lost.db)
    assert settings is not None
    password = password_of(lost, memory_keyring)
    revoke(server_url, settings.role_name, capsys)  # by its role name this time
    with psycopg.connect(settings.conninfo, password=password) as conn:
        assert conn.execute("SELECT count(*) FROM infusion.events").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO infusion.events (site, id, device_id, device_seq, actor, type, "
                "payload, occurred_at, recorded_at, prev_hash, hash) VALUES ('SH-TJ01', 'x', "
                "%s, 99, 'admin', 't', '{}', 'a', 'b', 'c', 'd')",
                [lost.store.device_id],
            )
    with pytest.raises(SyncError, match=r"shut out of this server on .* cannot be enrolled again"):
        enrol_laptop(lost.db, lost.clock, server_url)


def test_server_devices_lists_every_laptop_with_site_last_sync_and_state(
    laptop: Laptop, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ward, lost = laptop("ward"), laptop("lost")
    set_up_site(ward)
    sync(ward)
    capsys.readouterr()
    revoke(server_url, lost.store.device_id, capsys)
    assert cli.main(["server", "devices", server_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["DEVICE", "SITE", "ENROLLED", "LAST", "SYNC", "EVENTS", "STATE"]
    (ward_line,) = [line for line in lines if line.startswith(ward.store.device_id)]
    (lost_line,) = [line for line in lines if line.startswith(lost.store.device_id)]
    assert " SH-TJ01 " in ward_line and ward_line.endswith("active")
    assert "UTC" in ward_line.split("SH-TJ01")[1], "its last sync"
    assert " never " in lost_line and f": {REASON}" in lost_line and " revoked " in lost_line


def test_revoke_refuses_a_password_in_the_url_an_unknown_laptop_and_no_reason(
    server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with_password = server_url.replace("postgres:@", "postgres:secret@")
    assert cli.main(["server", "revoke", "dev_x", with_password, "--reason", "r"]) == 1
    assert "holds a password" in capsys.readouterr().err
    assert cli.main(["server", "revoke", "dev_x", server_url, "--reason", "lost"]) == 1
    assert "No laptop dev_x is enrolled" in capsys.readouterr().err
    assert cli.main(["server", "revoke", "dev_x", server_url, "--reason", "  "]) == 1
    assert "Give the reason" in capsys.readouterr().err


def test_another_laptops_status_bar_and_discrepancies_screen_name_the_revoked_one(
    qtbot: QtBot, laptop: Laptop, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ward, lost = laptop("ward"), laptop("lost")
    set_up_site(ward)
    sync(ward)
    sync(lost)
    revoke(server_url, lost.store.device_id, capsys)
    window = MainWindow(ward)
    qtbot.addWidget(window)
    window.show()
    status = window.sync_status
    status.sync_if_configured()
    short = f"Laptop …{lost.store.device_id[-12:]} was shut out of the trial server on "
    qtbot.waitUntil(lambda: short in status.text() and REASON in status.text(), timeout=20_000)
    assert [laptop.device_id for laptop in revoked_laptops(ward)] == [lost.store.device_id]
    sign_in(qtbot, window, INVESTIGATOR.username)
    qtbot.mouseClick(window.nav_buttons["discrepancies"], Qt.MouseButton.LeftButton)
    screen = window.discrepancies.screen
    assert screen is not None
    qtbot.waitUntil(lambda: screen.revoked.isVisible())
    named = f"Laptop {lost.store.device_id} was shut out of the trial server on "
    assert named in screen.revoked.text() and REASON in screen.revoked.text()
    window.close()
