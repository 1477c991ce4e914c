"""Fills unfinished entries of a Qt Linguist .ts from a table of translations.

Only entries still marked "unfinished" (empty, or with lupdate's guess from a like text)
whose source text is in the table are filled; every other entry, finished or not, is left
exactly as it is, so the file can be shared while others add texts. ``--revise`` also
replaces finished translations of the given contexts (to correct one's own wording). The
table is a JSON object {source: translation}. The file is edited as text, keeping lupdate's
layout.

Usage: .venv/bin/python scripts/fill_translations.py TABLE.json [--context NAME ...] [--revise]
       [--ts resources/translations/infusion_app_zh_CN.ts]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.DOTALL)
MESSAGE = re.compile(r"<message>.*?</message>", re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
UNFINISHED = re.compile(r'<translation type="unfinished">[^<]*</translation>')
ANY = re.compile(r"<translation(?: type=\"unfinished\")?>[^<]*</translation>")


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def fill(
    ts_text: str, table: dict[str, str], contexts: set[str] | None, revise: bool = False
) -> tuple[str, int]:
    """The .ts text with the table's translations filled in, and how many were filled.

    ``revise`` also replaces finished translations (of the given contexts) that differ.
    """
    filled = 0
    wanted = ANY if revise else UNFINISHED

    def message(match: re.Match[str]) -> str:
        nonlocal filled
        block = match.group(0)
        source = SOURCE.search(block)
        if not wanted.search(block) or source is None:
            return block
        text = html.unescape(source.group(1))
        if text not in table:
            return block
        done = f"<translation>{_escape(table[text])}</translation>"
        revised = wanted.sub(lambda _: done, block, count=1)
        filled += revised != block
        return revised

    def context(match: re.Match[str]) -> str:
        if contexts is not None and html.unescape(match.group(1)) not in contexts:
            return match.group(0)
        return MESSAGE.sub(message, match.group(0))

    return CONTEXT.sub(context, ts_text), filled


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", type=Path)
    parser.add_argument("--context", action="append", dest="contexts")
    parser.add_argument("--revise", action="store_true", help="also replace finished entries")
    parser.add_argument(
        "--ts", type=Path, default=ROOT / "resources/translations/infusion_app_zh_CN.ts"
    )
    args = parser.parse_args(argv)
    table = json.loads(args.table.read_text(encoding="utf-8"))
    contexts = set(args.contexts or []) or None
    text, filled = fill(args.ts.read_text(encoding="utf-8"), table, contexts, args.revise)
    args.ts.write_text(text, encoding="utf-8")
    print(f"{filled} translations filled in {args.ts.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
