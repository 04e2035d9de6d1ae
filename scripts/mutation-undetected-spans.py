#!/usr/bin/env python3
"""Print Stryker --mutate patterns for the undetected (Survived/NoCoverage) mutants of a report, as character spans, after
checking that each source file still equals the report's copy (a changed file is re-tested whole).
Stryker selects every mutant whose span INTERSECTS a pattern's span, so enclosing blocks and statements are re-tested too.
usage: python3 scripts/mutation-undetected-spans.py StrykerOutput/Kpis/reports/mutation-report.json . > spans.txt
then:  cd tests/CrossBorder.Domain.Tests && dotnet stryker --config-file ../../stryker-config.json $(sed 's/^/--mutate /' ../../spans.txt | tr '\n' ' ')
       (quote each pattern in a shell array in practice), and merge with scripts/mutation-merge-reports.py."""
import json, sys, os
rep = json.load(open(sys.argv[1])); root = sys.argv[2]
n = 0
for path, f in rep['files'].items():
    und = [m for m in f['mutants'] if m['status'] in ('Survived', 'NoCoverage')]
    if not und: continue
    rel = path.split('/src/CrossBorder.Domain/', 1)[1]
    cur = open(os.path.join(root, 'src/CrossBorder.Domain', rel), newline='').read()
    if cur != f['source']:
        sys.stderr.write(f'CHANGED since the report: {rel} ({len(und)} undetected) -> whole file\n')
        print(f'**/{rel}'); n += len(und); continue
    starts = [0]
    for i, ch in enumerate(cur):
        if ch == '\n': starts.append(i + 1)
    for m in und:
        s = m['location']['start']; e = m['location']['end']
        a = starts[s['line'] - 1] + s['column'] - 1
        b = starts[e['line'] - 1] + e['column'] - 1
        print(f'**/{rel}{{{a}..{b}}}'); n += 1
sys.stderr.write(f'{n} undetected mutants\n')
