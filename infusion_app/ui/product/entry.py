"""Reading what is typed or scanned on the product screens: cell counts, numbers, times, codes.

Qt-free, so the rules are tested directly. Times are typed in the site's zone and handed to
the services as UTC ISO 8601.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.labels import (
    SYMBOLOGY_PREFIX,
    Din,
    Gs1Label,
    IsbtExpiry,
    IsbtProductCode,
    LabCode,
    read_label,
)
from infusion_app.domain.outcomes import Refusal
from infusion_app.ui.texts import parse_local

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
# "5.85×10^7", "5.85 x 10⁷", "5.85*10**7": a mantissa times ten to a power.
TIMES_TEN = re.compile(r"^([0-9]*\.?[0-9]+)(?:[×xX*]|\*\*)10(?:\^|\*\*)?([+-]?[0-9]+)$")
THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
GS1_START = re.compile(r"^(?:\][A-Za-z]\d)?01\d{14}")
TIME_FORMAT = "%Y-%m-%d %H:%M"


def parse_number(text: str) -> float | None:
    """A decimal number typed with a point or a comma (``36,5``); None if it is not one."""
    cleaned = text.strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def parse_cells(text: str) -> float | None:
    """A cell count: ``58500000``, ``58,500,000``, ``5.85e7``, ``5.85×10^7`` or ``5.85×10⁷``.

    Returns the number of cells, or None when the text is none of these or is negative.
    """
    compact = re.sub(r"[\s_]", "", text).translate(SUPERSCRIPTS)
    # "58,500,000" groups thousands; any other comma is a decimal comma ("5,85e7").
    compact = compact.replace(",", "" if THOUSANDS.match(compact) else ".")
    if not compact:
        return None
    matched = TIMES_TEN.match(compact)
    if matched:
        value = float(matched.group(1)) * 10 ** int(matched.group(2))
    else:
        try:
            value = float(compact)
        except ValueError:
            return None
    if value != value or value in (float("inf"), float("-inf")) or value < 0:
        return None
    return value


def local_to_utc_iso(text: str, zone: str) -> str | None:
    """``YYYY-MM-DD HH:MM`` in the site's zone (or ISO 8601 with a zone) as UTC ISO; else None."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2})?", text):
        moment = parse_local(text, zone)
        return utc_iso(moment) if moment else None
    try:
        return utc_iso(parse_utc_iso(text))
    except ValueError:
        return None


def utc_to_local_text(utc_text: str, zone: str) -> str:
    """A stored UTC time as ``YYYY-MM-DD HH:MM`` in the site's zone."""
    return parse_utc_iso(utc_text).astimezone(ZoneInfo(zone)).strftime(TIME_FORMAT)


def looks_like_code(text: str) -> bool:
    """True for what a label scanner sends: ISBT 128 (``=``, ``&>``), GS1, a symbology id."""
    stripped = text.strip()
    return stripped.startswith(("=", "&", "]", "\x1d")) or bool(GS1_START.match(stripped))


def route_code(text: str, zone: str) -> dict[str, str] | Refusal:
    """Which receipt fields a scanned or typed label code fills, and with what text.

    Keys: ``din`` (eye-readable DIN or the lab's own code), ``expiry`` (site-local
    ``YYYY-MM-DD HH:MM``), ``lot``, ``product_code``. An ISBT 128 expiry is the label's local
    time, taken to be the site's. A GS1 expiry is a date: the bag expires at its end.
    """
    label = read_label(text.lstrip("\x1d"))
    if isinstance(label, Refusal):
        return label
    if isinstance(label, Din):
        return {"din": label.eye_readable}
    if isinstance(label, LabCode):
        return {"din": label.value}
    if isinstance(label, IsbtExpiry):
        return {"expiry": label.local.strftime(TIME_FORMAT)}
    if isinstance(label, IsbtProductCode):
        return {"product_code": label.value}
    return _gs1_fields(label)


def _gs1_fields(label: Gs1Label) -> dict[str, str]:
    fields: dict[str, str] = {}
    if label.lot:
        fields["lot"] = label.lot
    if label.expiry:
        fields["expiry"] = datetime.combine(label.expiry, time(23, 59)).strftime(TIME_FORMAT)
    return fields


def strip_symbology(text: str) -> str:
    """``]d2…``/``]C1…`` removed from the front when present; everything else kept."""
    return SYMBOLOGY_PREFIX.sub("", text, count=1)
