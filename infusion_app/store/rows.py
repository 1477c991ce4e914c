"""Writing one read-model row: the SQL sqlite-utils' ``insert`` and ``update`` would run.

``Table.insert`` looks the schema up on every call (the table list, then it builds the
statement): about 0.12 ms, an eighth of a durable clinical write. The projections write one or
two rows per event into tables that the migrations made, so they say the statement directly.
Table and column names come from code, never from input; values are bound parameters.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError


def _value(value: Any) -> Any:
    """Lists and dicts as JSON text, as sqlite-utils stores them; anything else unchanged."""
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


def _names(columns: Mapping[str, Any]) -> list[str]:
    return [f"[{name}]" for name in columns]


def insert_row(db: Database, table: str, row: Mapping[str, Any], *, ignore: bool = False) -> None:
    """INSERT (or INSERT OR IGNORE) ``row`` into ``table``."""
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    db.execute(
        f"{verb} INTO [{table}] ({', '.join(_names(row))}) VALUES ({', '.join('?' * len(row))})",
        [_value(v) for v in row.values()],
    )


def update_row(
    db: Database, table: str, key: Mapping[str, Any], changes: Mapping[str, Any]
) -> None:
    """UPDATE the row of ``table`` whose columns equal ``key``; NotFoundError when there is none
    (as sqlite-utils' ``Table.update`` raises)."""
    assignments = ", ".join(f"{name} = ?" for name in _names(changes))
    where = " AND ".join(f"{name} = ?" for name in _names(key))
    cursor = db.execute(
        f"UPDATE [{table}] SET {assignments} WHERE {where}",
        [*(_value(v) for v in changes.values()), *key.values()],
    )
    if cursor.rowcount == 0:
        raise NotFoundError(f"no {table} row with {dict(key)}")
