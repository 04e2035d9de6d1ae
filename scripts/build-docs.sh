#!/usr/bin/env bash
# Builds the documentation site with docfx (from the repository's tool manifest): the articles in docs/ and an API reference
# generated from src/CrossBorder.Domain (net10.0), to _site/ (gitignored). Fails on any docfx warning or error.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
rm -rf _site docs/api/*.yml docs/api/.manifest
log=artifacts/docs/docfx.log
mkdir -p "$(dirname "$log")"
status=0
# --warningsAsErrors turns build warnings into errors; the metadata step (the Roslyn workspace that reads the project) can still
# report warnings without failing, so the summary is checked as well.
dotnet docfx docs/docfx.json --warningsAsErrors 2>&1 | tee "$log" || status=$?
warnings=$(grep -Eo '^ *[0-9]+ warning\(s\)' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo "?")
errors=$(grep -Eo '^ *[0-9]+ error\(s\)' "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo "?")
if [ "$status" -ne 0 ] || [ "$warnings" != "0" ] || [ "$errors" != "0" ]; then
  echo "docs: failed (docfx exit $status, $warnings warning(s), $errors error(s), ${SECONDS}s); the warnings:"
  grep -E 'warning|error' "$log" | grep -Ev '^ *[0-9]+ (warning|error)\(s\)' | head -n 50
  exit 1
fi
echo "docs: built to _site ($(find _site -name '*.html' | wc -l) pages), 0 warnings (${SECONDS}s)"
