"""sqlite-utils is imported for the window without numpy, without dateutil's parser running and
without compiling its regular expressions; all still work when something needs them (in a fresh
interpreter, as the app starts)."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from infusion_app.store.lean_import import import_sqlite_utils_without_numpy
import_sqlite_utils_without_numpy()
from sqlite_utils import Database
later = ("numpy", "dateutil.parser.", "dateutil.tz")
loaded = sorted(m for m in sys.modules if m.startswith(later))
db = Database(memory=True)
db["t"].insert({"id": 1})
from sqlite_utils import recipes
parsed = recipes.parsedate("1 December 2026")
import sqlite_utils.db as sdb
compiled_at_import = sdb._virtual_table_using_re._compiled is not None
db["docs"].insert({"id": 1, "text": "night shift"}, pk="id")
db["docs"].enable_fts(["text"])
fts = db["docs_fts"].virtual_table_using
quoted = db.quote_fts("night shift")
import numpy
print(json.dumps({"loaded": loaded, "rows": db["t"].count, "parsed": parsed,
                  "numpy": numpy.arange(3).tolist(), "compiled_at_import": compiled_at_import,
                  "fts": fts, "quoted": quoted}))
"""


def test_sqlite_utils_starts_lean_and_its_date_parser_still_works_when_called() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["loaded"] == []  # neither ran while sqlite-utils was imported
    assert shown["rows"] == 1
    assert shown["parsed"] == "2026-12-01"  # the lazy module ran on first use
    assert shown["numpy"] == [0, 1, 2]  # hidden only during the import
    assert shown["compiled_at_import"] is False  # its regular expressions compile when used
    assert shown["fts"] == "FTS5"  # and then work: the virtual-table one
    assert shown["quoted"] == '"night" "shift"'  # and the full-text quoting one
