#!/usr/bin/env bash
# Issue 4's dev-set acceptance: ingests ../shared/dev with the real extractor into a fresh store, then checks the
# ledger against INDEX.tsv's incident_group column (each group one event drawing on all its reports, no event
# mixing groups, the Yida camp event contested with 12 killed against denials). Prints one line per group;
# exits 1 when a check fails, 2 when ../shared/dev is missing.
# Usage: crosscheck-ledger/scripts/dev-acceptance.sh [DATA_DIR]   (default: a new temporary folder)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEV="${CROSSCHECK_DEV_SET:-$ROOT/../shared/dev}"
[ -f "$DEV/INDEX.tsv" ] || { echo "dev-acceptance: no $DEV/INDEX.tsv" >&2; exit 2; }
DATA="${1:-$(mktemp -d "${TMPDIR:-/tmp}/ledger-dev.XXXXXX")}"
rm -rf "$DATA/ledger"; mkdir -p "$DATA"
"$ROOT/crosscheck" ingest "$DEV" --data "$DATA" >"$DATA/ingest.log"
echo "store: $DATA (ingest log: $DATA/ingest.log)"
CLI="$ROOT/crosscheck-cli/target"
JAR="$(ls "$CLI"/crosscheck-cli-*.jar | head -n 1)"
exec java -cp "$JAR:$(cat "$CLI/classpath.txt")" org.crosscheck.ledger.bench.DevSetCheck --data "$DATA" \
  --index "$DEV/INDEX.tsv" --contested yida-refugee-camp-bombing-2011-11-10:12
