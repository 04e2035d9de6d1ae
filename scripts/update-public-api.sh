#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt of each project,
# and removes declared symbols that no longer exist (RS0017). Review the diff before committing: it is the public API change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  dir=$(dirname "$project")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  log=$(mktemp)
  dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
  python3 - "$dir" "$log" "$project" <<'PY'
import re, sys, pathlib
d, proj = pathlib.Path(sys.argv[1]), sys.argv[3]
# only this project's diagnostics: a build also reports those of the projects it references
log = "\n".join(l for l in open(sys.argv[2], encoding="utf-8").read().splitlines() if proj in l)
add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", log))
remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", log))
p = d / "PublicAPI.Unshipped.txt"
lines = [l for l in p.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
lines = sorted((set(lines) | add) - remove, key=lambda s: s.lstrip("~").replace("abstract ", "").replace("override ", "").replace("static ", "").replace("virtual ", "").replace("const ", "").replace("readonly ", "").lower())
p.write_text("#nullable enable\n" + "\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
print(f"{d}: +{len(add)} -{len(remove)} -> {len(lines)} symbols")
PY
  rm -f "$log"
done
