#!/usr/bin/env bash
# Firefox and store packaging, run by `npm test`: builds and zips the extension for Chromium and Firefox (WXT),
# lints the Firefox build with Mozilla's web-ext (offline), and checks the Firefox manifest and archives
# (scripts/firefox-check.ts). Fails on any web-ext lint error.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${DEALLENS_OUT:-.output}"
npx wxt zip
npx wxt zip -b firefox
# web-ext exits non-zero when it finds errors; the check below reads its report and says which.
npx web-ext lint --source-dir "$OUT/firefox-mv2" --output json --no-config-discovery > "$OUT/web-ext-lint.json" || true
npx tsx scripts/firefox-check.ts "$OUT"
