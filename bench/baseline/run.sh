#!/usr/bin/env bash
# Trains our classifier and scikit-learn's on the same rows and scores both on the in-domain test split.
# Needs Debian's python3-sklearn (installed here when missing); run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/bin/python3 -c "import sklearn" 2>/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sklearn; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
etiquette() { dotnet run -c Release --project src/Etiquette.Cli -- "$@"; }

etiquette train --data models/corpus/train.jsonl --public-data ../shared/data --out "$work/model.zip" --rows-out "$work/rows.jsonl" > /dev/null
etiquette evaluate --data models/corpus/test.jsonl --model "$work/model.zip" --format json > "$work/ours.json"
/usr/bin/python3 bench/baseline/sklearn_baseline.py "$work/rows.jsonl" models/corpus/test.jsonl "$work/ours.json"
