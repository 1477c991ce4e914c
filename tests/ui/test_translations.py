"""Every visible text has a Chinese translation, and switching language rebuilds the screens.

The .ts file is the source of truth: a text added to the code without a translation fails
here (lupdate over the sources finds it), and so does an "unfinished" or empty translation.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from infusion_app.domain.adverse_events import CTCAE_TERMS
from infusion_app.domain.corrections import CORRECTABLE
from infusion_app.domain.event_text import REASON_WORDS
from infusion_app.domain.signatures import MEANING_WORDS
from infusion_app.domain.vitals import VITAL_LIMITS
from infusion_app.services.context import Workspace
from infusion_app.ui.adverse_events.words import GENERAL_GRADES
from infusion_app.ui.domain_words import DOMAIN_WORDS
from infusion_app.ui.preferences import Preferences, install_language
from infusion_app.ui.window_keeper import WindowKeeper
from tests.ui.conftest import ADMIN, TS, messages, translated

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
PLACEHOLDER = re.compile(r"%n|%\d|%[sd]|%\.0f|\{[^}]*\}")


@pytest.fixture
def english_again(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English."""
    yield
    install_language(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def test_every_message_has_a_chinese_translation() -> None:
    found = messages(TS)
    assert len(found) > 800
    missing = [source for (_, source), message in found.items() if not translated(message).strip()]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:5]}"


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for (context, source), message in messages(TS).items():
        text = translated(message)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
            context,
            source,
        )
        assert source.count("&") == text.count("&"), (context, source)


def test_lupdate_over_the_sources_finds_no_new_text(tmp_path: Path) -> None:
    files = sorted(str(path) for path in (ROOT / "infusion_app" / "ui").rglob("*.py"))
    listing = tmp_path / "files.txt"
    listing.write_text("\n".join(files), encoding="utf-8")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [BIN / "pyside6-lupdate", "-silent", f"@{listing}", "-ts", fresh],
        check=True,
        capture_output=True,
    )
    new = set(messages(fresh)) - set(messages(TS))
    assert not new, f"run scripts/update_translations.sh and translate: {sorted(new)[:5]}"


def test_domain_texts_shown_on_screen_are_marked_for_translation() -> None:
    domain = {term.name for term in CTCAE_TERMS}
    domain |= {text for term in CTCAE_TERMS for text in term.grades.values()}
    domain |= set(GENERAL_GRADES.values()) | set(MEANING_WORDS.values())
    domain |= {field.label for field in CORRECTABLE}
    domain |= {limits.label for limits in VITAL_LIMITS.values()}
    domain |= set(REASON_WORDS.values())
    assert domain <= set(DOMAIN_WORDS), sorted(domain - set(DOMAIN_WORDS))


def test_switching_to_chinese_on_the_sign_in_screen_rebuilds_it_at_once(
    qtbot, site_ws: Workspace, qm_file: Path, english_again: None
) -> None:
    keeper = WindowKeeper(site_ws)
    first = keeper.window
    first.show()
    assert first.sign_in.sign_in_button.text() == "Sign in"
    first.extras.apply(Preferences(language="zh_CN"))
    window = keeper.window
    assert window is not first
    assert window.sign_in.sign_in_button.text() == "登录"
    assert window.extras.settings_button.text() == "设置…"
    assert QLocale().language() == QLocale.Language.Chinese
    window.sign_in.username.setText(ADMIN["username"])
    window.sign_in.password.setText(ADMIN["password"])
    window.sign_in.submit()
    assert window.actor is not None
    assert window.nav_buttons["worklist"].text() == "工作列表"
    assert window.sign_out_button.text() == "退出登录"
    window.close()


def test_while_signed_in_the_language_waits_for_the_next_sign_in(
    qtbot, site_ws: Workspace, qm_file: Path, english_again: None
) -> None:
    keeper = WindowKeeper(site_ws)
    window = keeper.window
    window.show()
    told: list[str] = []
    window.extras.inform = told.append
    window.sign_in.username.setText(ADMIN["username"])
    window.sign_in.password.setText(ADMIN["password"])
    window.sign_in.submit()
    window.extras.apply(Preferences(language="zh_CN"))
    assert keeper.window is window and told and "next sign-in" in told[0]
    assert window.lock_button.text() == "Lock now"  # nothing on screen was rebuilt
    window.sign_out_button.click()
    qtbot.waitUntil(lambda: keeper.window is not window)
    assert keeper.window.sign_in.sign_in_button.text() == "登录"
    keeper.window.close()
