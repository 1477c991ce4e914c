"""A training database's exports all say TRAINING (and real ones do not)."""

from __future__ import annotations

import shutil
from pathlib import Path

from infusion_app.reports.fhir_bundle import build_bundle
from infusion_app.reports.odm import build_odm
from infusion_app.reports.pdf_html import header_text
from infusion_app.reports.session_record import gather
from infusion_app.services.context import Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.cipher import known_key


def test_exports_of_the_training_database_are_marked(
    site: Workspace, signed_session: str, db_path: Path, tmp_path: Path
) -> None:
    real = gather(site, signed_session)
    assert not real.site.training and "TRAINING" not in header_text(real)
    site.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    site.db.close()
    practice = tmp_path / "training.sqlite3"
    shutil.copy(db_path, practice)
    ws = open_workspace(practice, site.clock, key=known_key(db_path))  # a copy: the same key
    record = gather(ws, signed_session)
    assert record.site.training
    assert header_text(record).startswith("TRAINING")
    bundle = build_bundle([record], "2026-11-24T01:00:00Z")
    assert bundle["meta"]["security"][0]["code"] == "HTEST"
    assert build_odm([record], "2026-11-24T01:00:00Z").get("SourceSystem").endswith("(TRAINING)")
    ws.db.close()
