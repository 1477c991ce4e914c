"""What an export writes: its formats, the audit event that records it, safe file names.

A file name made from data (a subject code) keeps letters, digits, ``-`` and ``_`` only, so a
code such as ``../../x`` can never name a file outside the folder the user chose.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from infusion_app.domain.roles import Role

EXPORT_WRITTEN = "record.exported"  # who exported what, in which format, to which files
MAX_NAME_STEM = 64


class ExportFormat(StrEnum):
    """The formats of ``infusion-app export`` and the record screen's export."""

    PDF = "pdf"
    CSV = "csv"
    FHIR = "fhir"
    ODM = "odm"


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def safe_stem(text: str) -> str:
    """``text`` as part of a file name: ASCII letters, digits, ``-`` and ``_``; never empty.

    ``../..//etc`` → ``etc``; ``SH 01/7`` → ``SH_01_7``; ``张`` → ``x``.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("_", ascii_text).strip("_-")[:MAX_NAME_STEM]
    return stem or "x"


def unique_names(stems: list[str], suffix: str) -> list[str]:
    """File names ``<stem><suffix>``, with ``-2``, ``-3`` … added where two stems coincide."""
    names: list[str] = []
    taken: set[str] = set()
    for stem in stems:
        name, number = f"{stem}{suffix}", 1
        while name.lower() in taken:  # case-insensitive file systems (Windows, macOS)
            number += 1
            name = f"{stem}-{number}{suffix}"
        taken.add(name.lower())
        names.append(name)
    return names


def formats_for(role: Role) -> list[ExportFormat]:
    """What ``role`` may export: the PDF source record for everyone who reads the record; the
    data formats (CSV, FHIR, ODM) for investigators."""
    if role is Role.INVESTIGATOR:
        return list(ExportFormat)
    return [ExportFormat.PDF]
