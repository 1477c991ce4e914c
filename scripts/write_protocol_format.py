"""Write docs/protocol-format.md from the protocol format's bounds (run after changing them).

Usage: .venv/bin/python scripts/write_protocol_format.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from infusion_app.domain.protocol_rules import (  # noqa: E402
    BOUNDS,
    CROSS_CHECKS,
    MAX_ARRAY_LENGTH,
    MAX_TEXT_LENGTH,
)

INTRO = f"""# Protocol file format

A protocol file is one TOML document per trial protocol; the app ships
`resources/protocols/NCT06610773.toml` and reads another with `--protocol FILE`. The shipped
file is the worked example: every table and key below appears in it, with comments saying
where each number comes from. A file that breaks any rule on this page is refused at start-up
with its name, the key and the line, e.g.
`NCT06610773.toml, line 39, dose.cells_per_kg: must be from 10000 to 1e+08 (cells/kg), got 1e+308`.

This page is written from `infusion_app/domain/protocol_rules.py` by
`python scripts/write_protocol_format.py`; a test fails when it is out of date.

## Values

- Every key is required unless said otherwise; an unknown key is refused (a typo never falls
  back to a default).
- A value is written bare (`volume_ml = 100`) or wrapped to mark it as a site's choice that the
  registry does not state: `{{ value = 40, site_configurable = true, note = "why" }}`.
- Texts are non-empty, at most {MAX_TEXT_LENGTH} characters, without control or
  text-direction characters; texts shown to people come in pairs, `<key>_en` and `<key>_zh`.
- Arrays and arrays of tables (`[[arms]]`) have at most {MAX_ARRAY_LENGTH} entries; in error
  messages their entries are numbered from 0 (`eligibility[3].text_zh`).
- Numbers are finite (no `inf`, no `nan`); whole numbers where the unit counts things.

## Tables

| table | what it holds |
| --- | --- |
| `[protocol]` | `id`, `identifiers`, `title_en`/`_zh`, `sponsor_en`/`_zh`, `version` |
| `[[arms]]` | `code`, `label_en`/`_zh`, `is_placebo`; at least one arm is not placebo |
| `[dose]` | `cells_per_kg`, `volume_ml`, `vehicle_en`/`_zh`, optional `vehicle_drop_factor_ratio` (1.0 when absent; see below) |
| `[drip]` | the target band, the hard limits, drop factors, the recount reminder |
| `[schedule]` | `infusions_per_participant`, `interval_days` |
| `[checks]` | `steps`, `investigator_may_decide`, `age_years`, `weight_kg`, `pregnancy_test_if_childbearing_potential` |
| `[checks.baseline_vitals]` | a `[low, high]` range per vital sign |
| `[[vitals_schedule]]` | `id`, `label_en`/`_zh`, `anchor` (`before_start`, `start`, `end`), `offset_min`, optional `every_min`, `grace_min` |
| `[[stop_criteria]]` | `id`, `parameter`, `comparison` (`<`, `<=`, `>`, `>=`), `threshold`, `text_en`/`_zh` |
| `[[eligibility]]` | `id` (`I1`, `I2`, … or `E1`, …, numbered in order), `kind` (`inclusion`, `exclusion`), `text_en`/`_zh`, optional `short_en`/`_zh` (the bedside label) |
| `[product_acceptance]` | viability, hours from preparation to start, dose tolerance, receipt temperature, expiry rule |
| `[news2_escalation]` | optional: `urgent_interval_min` (NEWS2 bands low–medium and medium), `emergency_interval_min` (band high): the shortened schedule after such a set |
| `[vitals_not_taken]` | optional: `follow_up_min`, and `[[vitals_not_taken.reasons]]` entries (`id`, `label_en`/`_zh`): why a set was not taken or only partly |
| `[site]` | `subject_code_pattern`/`_example`, `lockout_attempts`, `lockout_minutes`, `screen_lock_minutes`, `timezone`, optional `backdating_limit_minutes` (default 60) |

## Changing the file: each session keeps its version

`protocol.version` names the version of this file (not of the trial protocol). Each session
records the id, version and SHA-256 of the file it is scheduled under, and the first session
scheduled under a version keeps the file's whole text in the record. When the file changes (an
amendment, a value the site confirms), sessions scheduled before keep being judged (drip band,
tolerances, checks, vital-sign schedule, stop criteria) and shown by the version they were
scheduled under; their record and PDF name it. Sessions scheduled afterwards use the new file.
A file of another trial (another `protocol.id`) is refused.

## The fluid's own drop factor

A giving set's drop factor (`drip.drop_factors_gtt_ml`, e.g. 20 gtt/mL under GB 8368) is
measured with water. The fluid in the bag, the vehicle named by `dose.vehicle_en`, may drip
smaller drops: a 5 % albumin suspension delivers less volume per drop.
`dose.vehicle_drop_factor_ratio` is that fluid's drops per mL divided by the set's nominal drops per mL. The estimates of the
volume infused and of the projected end (and the expiry check against that end) use
`nominal × ratio`: with a 20 gtt/mL set and a ratio of 1.25, 25 drops count as 1 mL. The record
names the factor it used, beside the nominal one and the factor each completed session
observed (drops counted ÷ the bag's volume), which is how a site finds its own ratio.

```toml
[dose]
vehicle_en = "normal saline containing 5 % albumin"
vehicle_zh = "含5%白蛋白的生理盐水"
vehicle_drop_factor_ratio = {{ value = 1.25, site_configurable = true, note = "observed on our sets" }}
```

## Bounds of every number

A `[low, high]` range has both ends within the bounds. Keys of arrays of tables apply to every
entry; a stop criterion's `threshold` has the bounds of its `parameter`.

| key | unit | lowest | highest | meaning |
| --- | --- | --- | --- | --- |
"""


def _number(value: float) -> str:
    return f"{value:g}"


def page() -> str:
    """The text of docs/protocol-format.md."""
    rows = []
    for key, bound in BOUNDS.items():
        low, high = _number(bound.low), _number(bound.high)
        if bound.choices:
            low = high = "one of " + ", ".join(str(c) for c in bound.choices)
        rows.append(f"| `{key}` | {bound.unit} | {low} | {high} | {bound.meaning} |")
    checks = "\n".join(f"- {check}" for check in CROSS_CHECKS)
    return INTRO + "\n".join(rows) + "\n\n## Checks between keys\n\n" + checks + "\n"


def main() -> None:
    target = ROOT / "docs" / "protocol-format.md"
    target.write_text(page(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
