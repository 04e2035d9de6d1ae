#!/usr/bin/env bash
# Mutation testing with Stryker.NET (local tool pinned in .config/dotnet-tools.json), from a clean clone.
#
#   bash scripts/mutation.sh                 # all four namespaces, one Stryker run each: Monetary LandedCost Pricing Kpis
#   bash scripts/mutation.sh Monetary        # one namespace
#   bash scripts/mutation.sh Pricing Kpis    # several
#   bash scripts/mutation.sh Monetary -- --since:main   # extra arguments after -- go to Stryker unchanged
#
# Environment: STRYKER_CONCURRENCY (default 1: the suite is CPU-bound and the machine is usually shared),
#              STRYKER_NICE (default 19; set to 0 on a dedicated machine).
# Reports: StrykerOutput/<namespace>/reports/mutation-report.{html,json,md}. Record the scores in docs/quality.md.
#
# Settings shared by every namespace are in stryker-config.json (Release, net10.0, perTest coverage, Standard level, and a
# test filter that leaves out tests/…/Reliability: the concurrency test compares a multi-threaded run with a single-threaded run
# of the SAME code, so it cannot kill a mutant, and it is the slowest test by far). The mutate globs are chosen here, per
# namespace, because a single Stryker run over all four namespaces takes hours on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

namespaces=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; extra=("$@"); break ;;
    *) namespaces+=("$1"); shift ;;
  esac
done
[ ${#namespaces[@]} -gt 0 ] || namespaces=(Monetary LandedCost Pricing Kpis)

# Mutate globs per namespace. What is left out, and why (no behaviour to test, or nothing a test could observe):
#  - *Exception.cs: exception types only forward a message to the base constructor (message wording is checked by the
#    BadInput catalogue for the parts that matter: parameter name, offending value, what is allowed).
#  - interfaces and plain enums have no mutable code; Stryker places no mutants in them, so they need no exclusion.
globs_for() {
  case "$1" in
    Monetary)   printf '%s\n' '**/Monetary/**/*.cs' '!**/Monetary/*Exception.cs' ;;
    LandedCost) printf '%s\n' '**/LandedCost/**/*.cs' ;;
    Pricing)    printf '%s\n' '**/Pricing/**/*.cs' '!**/Pricing/*Exception.cs' ;;
    Kpis)       printf '%s\n' '**/Kpis/**/*.cs' ;;
    *) echo "unknown namespace '$1' (expected Monetary, LandedCost, Pricing or Kpis)" >&2; return 1 ;;
  esac
}

dotnet tool restore
dotnet restore tests/CrossBorder.Domain.Tests/CrossBorder.Domain.Tests.csproj

for ns in "${namespaces[@]}"; do
  args=()
  while IFS= read -r g; do args+=(--mutate "$g"); done < <(globs_for "$ns")
  echo "== Stryker: $ns ($(date -u +%FT%TZ))"
  start=$(date +%s)
  (cd tests/CrossBorder.Domain.Tests &&
    nice -n "${STRYKER_NICE:-19}" dotnet stryker \
      --config-file "$root/stryker-config.json" \
      --concurrency "${STRYKER_CONCURRENCY:-1}" \
      --skip-version-check \
      --output "$root/StrykerOutput/$ns" \
      "${args[@]}" "${extra[@]}")
  echo "== $ns done in $(( $(date +%s) - start )) s; report: StrykerOutput/$ns/reports/mutation-report.md"
done
