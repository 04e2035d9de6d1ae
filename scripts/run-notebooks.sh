#!/usr/bin/env bash
# Runs every docs/notebooks/*.dib headless with dotnet-repl (from the repository's tool manifest) against the PACKED library,
# not the project, and fails on any cell error. Prints "notebook <name>: passed|failed" per notebook.
#
#   bash scripts/run-notebooks.sh                       # packs CrossBorder.Domain to artifacts/notebook-packages first
#   bash scripts/run-notebooks.sh --feed artifacts/packages   # reuses a folder that already holds CrossBorder.Domain.<v>.nupkg
#                                                              # (scripts/consumer-smoke.sh leaves one there)
#
# Each notebook's package lines (#i "nuget: <folder>" and #r "nuget: CrossBorder.Domain, <version>") are rewritten in a copy
# under artifacts/notebooks/ to the absolute feed folder and the exact packed version; dotnet-repl writes one TRX per notebook
# there (one test result per cell), which this script reads to name the failing cells.
set -euo pipefail
cd "$(dirname "$0")/.."
feed=""
while [ $# -gt 0 ]; do
  case "$1" in
    --feed) feed="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (expected --feed <folder>)" >&2; exit 2 ;;
  esac
done

out="$PWD/artifacts/notebooks"
rm -rf "$out" && mkdir -p "$out"

if [ -z "$feed" ]; then
  feed="$PWD/artifacts/notebook-packages"
  rm -rf "$feed" && mkdir -p "$feed"
  version="0.0.0-ci.$(date -u +%Y%m%d%H%M%S)"
  echo "packing CrossBorder.Domain $version to $feed"
  dotnet pack src/CrossBorder.Domain/CrossBorder.Domain.csproj -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
else
  feed="$(cd "$feed" && pwd)"
  # The newest CrossBorder.Domain.<version>.nupkg in the folder (not CrossBorder.Domain.Csv.*, not .snupkg).
  nupkg=$(ls -t "$feed" | grep -E '^CrossBorder\.Domain\.[0-9].*\.nupkg$' | head -n 1 || true)
  if [ -z "$nupkg" ]; then
    echo "no CrossBorder.Domain.<version>.nupkg in $feed" >&2; exit 2
  fi
  version="${nupkg#CrossBorder.Domain.}"; version="${version%.nupkg}"
  echo "reusing CrossBorder.Domain $version from $feed"
fi

dotnet tool restore > /dev/null

# The kernel's own first-run and telemetry noise stays out of CI logs.
export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

passed=0
failed=0
for notebook in docs/notebooks/*.dib; do
  name=$(basename "$notebook" .dib)
  copy="$out/$name.dib"
  # Rewrite the package source and pin the version; refuse to run a notebook whose package lines are missing, so that
  # a notebook can never silently run against another build of the library.
  sed -E \
    -e "s|^#i \"nuget:[^\"]*\"|#i \"nuget: $feed\"|" \
    -e "s|^#r \"nuget: *CrossBorder\.Domain([, ][^\"]*)?\"|#r \"nuget: CrossBorder.Domain, $version\"|" \
    "$notebook" > "$copy"
  if ! grep -qx "#i \"nuget: $feed\"" "$copy" || ! grep -qx "#r \"nuget: CrossBorder.Domain, $version\"" "$copy"; then
    echo "notebook $name: failed (no '#i \"nuget: <folder>\"' and '#r \"nuget: CrossBorder.Domain, <version>\"' lines to rewrite)"
    failed=$((failed + 1)); continue
  fi

  trx="$out/$name.trx"
  status=0
  timeout 900 dotnet dotnet-repl --run "$copy" --exit-after-run --output-format trx --output-path "$trx" \
    > "$out/$name.log" 2>&1 || status=$?
  cells=$(grep -c '<UnitTestResult ' "$trx" 2>/dev/null || true)
  bad=$(grep -o 'outcome="[A-Za-z]*"' "$trx" 2>/dev/null | grep -vc 'outcome="Passed"' || true)
  if [ "$status" -eq 0 ] && [ "${cells:-0}" -gt 0 ] && [ "${bad:-0}" -eq 0 ]; then
    passed=$((passed + 1))
    echo "notebook $name: passed ($cells cells)"
  else
    failed=$((failed + 1))
    echo "notebook $name: failed (dotnet-repl exit $status, ${cells:-0} cells, ${bad:-0} not passed)"
    # Name each failing cell and its error (the TRX keeps them; the console output of dotnet-repl does not).
    awk 'BEGIN { RS = "</UnitTestResult>" }
      /<UnitTestResult / && !/outcome="Passed"/ {
        cell = $0; sub(/.*testName="/, "", cell); sub(/".*/, "", cell)
        message = $0
        if (sub(/.*<Message>/, "", message)) sub(/<\/Message>.*/, "", message); else message = "(no message)"
        gsub(/&quot;/, "\"", cell); gsub(/&lt;/, "<", cell); gsub(/&gt;/, ">", cell); gsub(/&amp;/, "\\&", cell)
        gsub(/&lt;/, "<", message); gsub(/&gt;/, ">", message); gsub(/&quot;/, "\"", message)
        gsub(/&amp;/, "\\&", message); gsub(/\n/, "\n    ", message)
        print "  " cell " -> not passed"; print "    " substr(message, 1, 2000)
      }' "$trx" 2>/dev/null || true
    [ -s "$trx" ] || tail -n 30 "$out/$name.log"
  fi
done

echo "notebooks: $passed passed, $failed failed (${SECONDS}s)"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
