"""Typed, strict reading of a TOML protocol document with dotted keys and line numbers.

tomllib gives values but no positions, so :func:`key_lines` scans the text for table headers
and ``key =`` lines to put a line number on each error. A value may be written bare or wrapped
as ``{ value = ..., site_configurable = true, note = "..." }``; the reader unwraps it and
records the dotted key of every value marked site-configurable.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Mapping

from infusion_app.domain.protocol import LocalText, ProtocolError, Range
from infusion_app.domain.protocol_rules import BOUNDS, MAX_ARRAY_LENGTH, MAX_TEXT_LENGTH

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")
_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")
_AT_END = re.compile(r"\s*\(at end of document\)$")
_LAST_STEP = re.compile(r"(\.[^.\[\]]+|\[\d+\])$")
_ENTRY_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_WRAPPER_KEYS = frozenset({"value", "site_configurable", "note"})
_INDEX = re.compile(r"\[\d+\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")  # \t, \n allowed


def key_lines(text: str) -> dict[str, int]:
    """Map each table header and ``key =`` line in ``text`` to its 1-based line number.

    Keys are dotted paths as in error messages: ``"drip.band_max_gtt_min"``, the n-th
    ``[[eligibility]]`` block as ``"eligibility[n]"`` (from 0), its keys as
    ``"eligibility[n].text_zh"``. Lines inside multi-line strings are skipped.
    """
    found: dict[str, int] = {}
    counts: dict[str, int] = {}
    table = ""
    in_string = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not in_string:
            table = _note_line(line, number, table, counts, found)
        if (line.count('"""') + line.count("'''")) % 2:
            in_string = not in_string
    return found


def _note_line(
    line: str, number: int, table: str, counts: dict[str, int], found: dict[str, int]
) -> str:
    """Record ``line`` in ``found`` if it is a header or a key; return the current table."""
    header = _HEADER.match(line)
    if header:
        name = re.sub(r"\s+", "", header[2])
        if header[1] == "[[":
            counts[name] = counts.get(name, -1) + 1
        table = _indexed(name, counts)
        found.setdefault(table, number)
        if header[1] == "[[":
            found.setdefault(_LAST_STEP.sub("", table), number)  # "arms" → first [[arms]]
        return table
    key = _KEY.match(line)
    if key:
        dotted = re.sub(r"\s+", "", key[1])
        found.setdefault(f"{table}.{dotted}" if table else dotted, number)
    return table


def _indexed(name: str, counts: Mapping[str, int]) -> str:
    """``"arms.extra"`` → ``"arms[1].extra"`` when the second ``[[arms]]`` is the latest."""
    plain = path = ""
    for part in name.split("."):
        plain = f"{plain}.{part}" if plain else part
        path = f"{path}.{part}" if path else part
        if plain in counts:
            path += f"[{counts[plain]}]"
    return path


def line_of(lines: Mapping[str, int], key: str) -> int | None:
    """The line of ``key``, else of its nearest written parent (a missing key → its table)."""
    while key:
        if key in lines:
            return lines[key]
        parent = _LAST_STEP.sub("", key)
        key = "" if parent == key else parent
    return None


def load_document(text: str, source: str) -> dict[str, object]:
    """Parse TOML ``text``; a syntax error becomes a ProtocolError with tomllib's line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = _POSITION.search(message)
        line = int(position[1]) if position else None
        if _AT_END.search(message):
            line = max(1, len(text.splitlines()))
        message = _AT_END.sub("", _POSITION.sub("", message))
        raise ProtocolError(source, "", line, f"not valid TOML: {message}") from exc


def shown(value: object) -> str:
    """A value as an error message quotes it: ``"eighty"``, ``12``, ``a table``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        quoted = json.dumps(value, ensure_ascii=False)
        return quoted if len(quoted) <= 42 else quoted[:40] + '…"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return str(value)


class Document:
    """What every table of one document shares: its source, key lines, site-configurable keys."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.lines = key_lines(text)
        self.site_configurable: set[str] = set()
        self.unbounded: set[str] = set()  # numeric keys read that BOUNDS has no entry for
        self.root = Table(self, load_document(text, source), "", "")

    def error(self, key: str, message: str, line_key: str | None = None) -> ProtocolError:
        """A ProtocolError at dotted ``key``, with the line of ``line_key`` (default ``key``)."""
        line = line_of(self.lines, key if line_key is None else line_key)
        return ProtocolError(self.source, key, line, message)


class Table:
    """One TOML table; typed getters mark keys used so :meth:`done` can reject the rest."""

    def __init__(self, doc: Document, data: Mapping[str, object], path: str, config: str) -> None:
        self._doc = doc
        self._data = data
        self._used: set[str] = set()
        self.path = path  # for errors: "eligibility[3]"
        self.config = config  # for site-configurable keys: "stop_criteria.fever"

    def key(self, key: str) -> str:
        """The dotted path of ``key`` in this table."""
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> ProtocolError:
        """A ProtocolError at ``key`` of this table (``""`` for the table itself)."""
        return self._doc.error(self.key(key) if key else self.path, message)

    def _missing(self, key: str, what: str = "missing") -> ProtocolError:
        """A missing key; names (and points at) an unknown key that looks like a misspelling."""
        import difflib  # only a faulty protocol file needs it, not every start

        unused = [k for k in self._data if k not in self._used]
        guess = difflib.get_close_matches(key, unused, n=1, cutoff=0.8)
        if not guess:
            return self.fail(key, what)
        return self._doc.error(self.key(key), f"{what} ({guess[0]} misspelt?)", self.key(guess[0]))

    def has(self, key: str) -> bool:
        """True if ``key`` is written in this table."""
        return key in self._data

    def done(self) -> None:
        """Reject any key no getter asked for: a typo must not fall back to a default."""
        for key in self._data:
            if key not in self._used:
                raise self.fail(key, "unknown key (misspelt, or not part of the protocol format)")

    def scalar(self, key: str) -> object:
        """The value of ``key``, unwrapped from ``{ value = ..., site_configurable = ... }``."""
        if key not in self._data:
            raise self._missing(key)
        self._used.add(key)
        value = self._data[key]
        if isinstance(value, dict):
            return self._unwrap(key, value)
        return value

    def _unwrap(self, key: str, wrapper: Mapping[str, object]) -> object:
        for inner in wrapper:
            if inner not in _WRAPPER_KEYS:
                raise self.fail(
                    f"{key}.{inner}", "unknown key (expected value, site_configurable, note)"
                )
        for required in ("value", "site_configurable"):
            if required not in wrapper:
                raise self.fail(f"{key}.{required}", "missing")
        marked = wrapper.get("site_configurable")
        if not isinstance(marked, bool):
            raise self.fail(
                f"{key}.site_configurable", f"must be true or false, got {shown(marked)}"
            )
        if not isinstance(wrapper.get("note", ""), str):
            raise self.fail(f"{key}.note", f"must be text, got {shown(wrapper['note'])}")
        if marked:
            self._doc.site_configurable.add(f"{self.config}.{key}" if self.config else key)
        return wrapper["value"]

    def text(self, key: str) -> str:
        """A non-empty text."""
        value = self.scalar(key)
        if not isinstance(value, str):
            raise self.fail(key, f"must be text, got {shown(value)}")
        if not value.strip():
            raise self.fail(key, "must not be empty")
        return self._plain(key, value)

    def _plain(self, key: str, value: str) -> str:
        if len(value) > MAX_TEXT_LENGTH:
            raise self.fail(key, f"is longer than {MAX_TEXT_LENGTH} characters")
        if _CONTROL.search(value):
            raise self.fail(key, "contains a control or text-direction character")
        return value

    def local_text(self, stem: str) -> LocalText:
        """The pair ``<stem>_en`` and ``<stem>_zh``."""
        return LocalText(self.text(f"{stem}_en"), self.text(f"{stem}_zh"))

    def texts(self, key: str) -> tuple[str, ...]:
        """An array of non-empty texts (may be empty)."""
        values = self._array(key, self.scalar(key))
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{key}[{i}]", f"must be non-empty text, got {shown(value)}")
            self._plain(f"{key}[{i}]", value)
        return tuple(str(value) for value in values)

    def number(
        self, key: str, unit: str, *, positive: bool = False, rule: str | None = None
    ) -> float:
        """A finite number in ``unit`` within its bounds; with ``positive``, above 0.

        ``rule`` names the entry of :data:`BOUNDS` when it is not the key's own path.
        """
        value = self._number(key, self.scalar(key), unit, positive)
        self._within(key, value, rule)
        return value

    def _rule(self, key: str) -> str:
        """``"vitals_schedule[2].offset_min"`` → ``"vitals_schedule.offset_min"``."""
        return _INDEX.sub("", self.key(key))

    def _within(self, key: str, value: float, rule: str | None = None, shown_at: str = "") -> None:
        """Refuse ``value`` outside the bounds of ``rule`` (default: the key's own path)."""
        name = rule or self._rule(key)
        bound = BOUNDS.get(name)
        if bound is None:
            self._doc.unbounded.add(name)
            return
        if problem := bound.problem(value):
            raise self.fail(shown_at or key, problem)

    def _number(self, key: str, value: object, unit: str, positive: bool) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"must be a number ({unit}), got {shown(value)}")
        if not math.isfinite(value):
            raise self.fail(key, f"must be a finite number ({unit}), got {shown(value)}")
        if positive and value <= 0:
            raise self.fail(key, f"must be above 0 ({unit}), got {shown(value)}")
        return float(value)

    def integer(self, key: str, unit: str, *, minimum: int | None = None) -> int:
        """A whole number in ``unit`` within its bounds, at least ``minimum`` if given."""
        value = self._integer(key, self.scalar(key), unit, minimum)
        self._within(key, value)
        return value

    def _integer(self, key: str, value: object, unit: str, minimum: int | None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"must be a whole number ({unit}), got {shown(value)}")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"must be at least {minimum} ({unit}), got {value}")
        return value

    def optional_integer(self, key: str, unit: str, *, minimum: int | None = None) -> int | None:
        """Like :meth:`integer`, or None when ``key`` is not written."""
        return self.integer(key, unit, minimum=minimum) if self.has(key) else None

    def flag(self, key: str) -> bool:
        """A boolean."""
        value = self.scalar(key)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, got {shown(value)}")
        return value

    def integers(self, key: str, unit: str, *, minimum: int) -> tuple[int, ...]:
        """A non-empty array of distinct whole numbers, each at least ``minimum``."""
        values = self._array(key, self.scalar(key))
        if not values:
            raise self.fail(key, "must not be empty")
        result = tuple(self._integer(f"{key}[{i}]", v, unit, minimum) for i, v in enumerate(values))
        for i, value in enumerate(result):
            self._within(key, value, shown_at=f"{key}[{i}]")
        if len(set(result)) != len(result):
            raise self.fail(key, "has a value twice")
        return result

    def range(self, key: str, unit: str) -> Range:
        """``[low, high]`` in ``unit`` with low <= high."""
        values = self._array(key, self.scalar(key))
        if len(values) != 2:
            raise self.fail(key, f"must be [low, high] ({unit}), got {len(values)} values")
        low, high = (self._number(f"{key}[{i}]", v, unit, False) for i, v in enumerate(values))
        self._within(key, low, shown_at=f"{key}[0]")
        self._within(key, high, shown_at=f"{key}[1]")
        if low > high:
            raise self.fail(key, f"low {low:g} is above high {high:g} ({unit})")
        return Range(low, high)

    def _array(self, key: str, value: object) -> list[object]:
        if not isinstance(value, list):
            raise self.fail(key, f"must be an array, got {shown(value)}")
        if len(value) > MAX_ARRAY_LENGTH:
            raise self.fail(key, f"has more than {MAX_ARRAY_LENGTH} entries")
        return value

    def table(self, key: str) -> Table:
        """The sub-table ``[<this>.<key>]``."""
        if key not in self._data:
            raise self._missing(key, "missing table")
        self._used.add(key)
        value = self._data[key]
        if not isinstance(value, dict):
            raise self.fail(key, f"must be a table, got {shown(value)}")
        config = f"{self.config}.{key}" if self.config else key
        return Table(self._doc, value, self.key(key), config)

    def tables(self, key: str) -> list[Table]:
        """The entries of the array of tables ``[[key]]``; at least one."""
        if key not in self._data:
            raise self._missing(key, f"missing: at least one [[{self.key(key)}]] is needed")
        self._used.add(key)
        value = self._data[key]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, f"must be an array of tables [[{self.key(key)}]]")
        if not value:
            raise self.fail(key, "must have at least one entry")
        if len(value) > MAX_ARRAY_LENGTH:
            raise self.fail(key, f"has more than {MAX_ARRAY_LENGTH} entries")
        config = f"{self.config}.{key}" if self.config else key
        return [
            Table(self._doc, v, f"{self.key(key)}[{i}]", f"{config}[{i}]")
            for i, v in enumerate(value)
        ]

    def entry_id(self, key: str = "id") -> str:
        """Read an array entry's id; site-configurable keys of the entry are then named by it."""
        value = self.text(key)
        if not _ENTRY_ID.match(value):
            raise self.fail(key, f"must be letters, digits or _, got {shown(value)}")
        self.config = _LAST_STEP.sub(f".{value}", self.config)
        return value
