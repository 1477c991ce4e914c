"""Screens read through services and the store's queries: no module under ``infusion_app/ui``
imports SQLite or the store, holds SQL, or reads or appends to the event log itself."""

from __future__ import annotations

import re
from pathlib import Path

import infusion_app.ui

UI = Path(infusion_app.ui.__file__).parent
DATABASE_TOUCH = re.compile(
    r"^\s*(from|import)\s+(sqlite3|sqlite_utils|infusion_app\.store)\b"
    r"|\.store\.(append|events)\(|\.execute\(|\.executemany\(|\.query\(|\bdb\["
    r"|\.table\(|\.rows_where\(|json_extract"
    r"|\b(SELECT|INSERT|UPDATE|DELETE)\s.*\b(FROM|INTO|SET|WHERE)\b",
    re.MULTILINE,
)


def database_touches(source: str) -> list[str]:
    """The places in ``source`` that import SQLite or the store, run SQL or use the log."""
    return [match.group(0).strip() for match in DATABASE_TOUCH.finditer(source)]


def test_the_check_finds_sql_and_sqlite_imports() -> None:
    """The check itself can fail: each way a screen might reach the database is found."""
    samples = (
        "import sqlite3",
        "from sqlite_utils import Database",
        "from infusion_app.store.queries import sessions",
        'rows = self._ws.db.execute("SELECT state FROM sessions WHERE id = ?", [s])',
        'list(ws.db.query("SELECT * FROM products"))',
        "ws.db['users'].get('x')",
        "json_extract(payload, '$.product_id')",
        "self._ws.store.append([jump.draft()])",
        "sorted(self._ws.store.events(session=self._session))",
    )
    for sample in samples:
        assert database_touches(sample), sample
    assert not database_touches("records.session_state(self._ws, self._session)")


def test_no_screen_module_imports_sqlite_or_the_store_or_runs_sql() -> None:
    found = {
        str(path.relative_to(UI)): touches
        for path in sorted(UI.rglob("*.py"))
        if (touches := database_touches(path.read_text(encoding="utf-8")))
    }
    assert found == {}
