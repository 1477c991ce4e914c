"""The README and the docs stand alone in a clone: no path outside the repository, every link
to a file of the repository resolves, and the commands are written as they run after
``scripts/start.sh`` (the app lives in ``.venv``; nothing is put on PATH)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
OUTSIDE = re.compile(r"\.\./shared|shared/|domain\.md|DESIGN\.md|\bseeds/")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_no_page_or_protocol_file_points_outside_the_repository() -> None:
    """Before: the README sent readers to ../shared/DESIGN.md, the protocol file to shared/
    and domain.md — none of which a clone has."""
    texts = [*PAGES, *sorted((ROOT / "resources" / "protocols").glob("*.toml"))]
    found = [
        f"{page.relative_to(ROOT)}: {match.group(0)}"
        for page in texts
        for match in OUTSIDE.finditer(page.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_every_link_to_a_file_of_the_repository_resolves() -> None:
    broken = [
        f"{page.relative_to(ROOT)} → {target}"
        for page in PAGES
        for target in LINK.findall(page.read_text(encoding="utf-8"))
        if "://" not in target and not (page.parent / target).exists()
    ]
    assert broken == []
    assert (ROOT / "docs" / "design.md").is_file()


def test_the_readme_writes_commands_as_they_run_after_the_start_script() -> None:
    """Before: `infusion-app …`, which scripts/start.sh never puts on PATH."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert rows and all(row.startswith("| `.venv/bin/infusion-app") for row in rows), rows
    assert not re.search(r"(?<![/\w])python scripts/", text)  # .venv/bin/python scripts/…
    assert "Quitting" in text
