#!/usr/bin/env bash
# Writes what DealLens decides into one file, so a refactor can show it changed no behaviour:
# the corpus score (needs ../shared beside the project) and `check --json` on the five source articles.
# Usage: bash scripts/behaviour-snapshot.sh OUT_FILE   (then `cmp` two such files)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: behaviour-snapshot.sh OUT_FILE}"
{
  echo '# corpus score'
  node ../shared/tools/score.mjs ../shared/corpus
  echo '# check --json lib/factbase/sources/*.txt'
  npm run --silent check -- --json lib/factbase/sources/*.txt
} >"$out"
