"""The read layer: one module per read model, each function answering one question a screen or
a report asks, with frozen dataclass rows (never positional tuples).

Every function takes the database and only reads. Services wrap or re-export these functions
for the screens (which never import the store); reports and services call them directly.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

Row = TypeVar("Row")


def widened(row: Any, wider: type[Row], **more: Any) -> Row:
    """``row`` as an instance of ``wider``, a dataclass adding the fields ``more`` to its own."""
    return wider(**{f.name: getattr(row, f.name) for f in fields(row)}, **more)
