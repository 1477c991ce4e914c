#!/usr/bin/env bash
# Extracts every translatable text of the interface (self.tr, QCoreApplication.translate,
# QT_TRANSLATE_NOOP in infusion_app/ui) into resources/translations/infusion_app_zh_CN.ts.
# The sentences of domain/, services/ and sync/ (refusals, checks, event wording) reach it
# through infusion_app/ui/domain_messages.py, which scripts/collect_messages.py writes first.
# New texts arrive marked "unfinished": translate them (Qt Linguist: .venv/bin/pyside6-linguist),
# then run scripts/build_translations.sh. tests/ui/test_translations.py fails until every
# text is translated.
# Usage: scripts/update_translations.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
.venv/bin/python scripts/collect_messages.py
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
find infusion_app/ui -name '*.py' | LC_ALL=C sort > "$list"
for language in zh_CN; do
  .venv/bin/pyside6-lupdate -locations relative -no-obsolete @"$list" \
    -target-language "$language" -ts "resources/translations/infusion_app_${language}.ts"
done
