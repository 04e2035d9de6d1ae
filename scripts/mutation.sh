#!/usr/bin/env bash
# Mutation testing of the Monetary namespace (and LandedCost allocation) with Stryker.NET, from a clean clone:
#   bash scripts/mutation.sh            # restores the local tool, runs Stryker with stryker-config.json
# Reports go to StrykerOutput/<date>/reports (html, json, markdown). Record the score in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
dotnet build -c Release
dotnet stryker --config-file stryker-config.json "$@"
