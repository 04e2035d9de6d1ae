#!/usr/bin/env python3
"""python3 scripts/mutation-merge-reports.py old.json rerun.json [left.txt]: statuses of the old run, replaced by the re-run's for the mutants it tested again
(same file, location, mutator and replacement); prints counts and the score, and writes the still-undetected mutants to left.txt.
Environment WHOLE=Kpis/KpiReport.cs,...: files re-tested whole because they changed; their mutants come from the re-run only."""
import json, sys, collections
old = json.load(open(sys.argv[1])); new = json.load(open(sys.argv[2]))
def key(path, m):
    l = m['location']; return (path.split('/src/CrossBorder.Domain/', 1)[1], l['start']['line'], l['start']['column'], l['end']['line'], l['end']['column'], m['mutatorName'], m.get('replacement'))
renew = {}
for p, f in new['files'].items():
    for m in f['mutants']:
        if m['status'] not in ('Ignored', 'CompileError'): renew[key(p, m)] = m['status']
import os
whole = set(filter(None, os.environ.get('WHOLE', '').split(',')))
c = collections.Counter(); changed = collections.Counter(); left = []
rel = lambda p: p.split('/src/CrossBorder.Domain/', 1)[1]
files = {rel(p): f for p, f in old['files'].items() if rel(p) not in whole}
files.update({rel(p): f for p, f in new['files'].items() if rel(p) in whole})
for p, f in files.items():
    p = '/src/CrossBorder.Domain/' + p
    for m in f['mutants']:
        s = m['status']
        if s in ('Ignored', 'CompileError'): c[s] += 1; continue
        k = key(p, m)
        if k in renew:
            if renew[k] != s: changed[(s, renew[k])] += 1
            s = renew[k]
        c[s] += 1
        if s in ('Survived', 'NoCoverage'): left.append(f"{k[0]}:{k[1]} [{s[:4]}] {m['mutatorName']}: {m.get('replacement','')[:60]}")
det = c['Killed'] + c['Timeout']; tested = det + c['Survived'] + c['NoCoverage']
print(dict(c)); print('changed', dict(changed)); print(f'tested {tested} score {100*det/tested:.2f}')
open(sys.argv[3] if len(sys.argv) > 3 else '/dev/null', 'w').write('\n'.join(left) + '\n')
