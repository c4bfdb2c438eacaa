#!/usr/bin/env python3
# Copied from shared/tools so the test suite runs from a clone alone.
"""Compare `undoc parse SEED` with the seed's expected JSON (every field it lists).
usage: check_seed.py UNDOC_BINARY EXPECTED_JSON SEED_TXT"""
import json, re, subprocess, sys

binary, expected_path, seed = sys.argv[1:4]
want = json.load(open(expected_path))
run = subprocess.run([binary, 'parse', seed], capture_output=True, timeout=30)
if run.returncode:
    print('parse failed:', run.stderr.decode()[:200]); sys.exit(1)
got = json.loads(run.stdout)
misses = []

def n(s): return re.sub(r'\s+', ' ', s or '').strip()

def starts(paras, prefixes, where):
    texts = [n(p.get('text')) for p in paras or []]
    if len(texts) != len(prefixes):
        misses.append(f'{where}: {len(texts)} paragraphs, want {len(prefixes)}')
    for i, pre in enumerate(prefixes):
        if i >= len(texts) or not texts[i].startswith(pre):
            misses.append(f'{where}[{i}] should start {pre!r}: {texts[i][:60] if i < len(texts) else None!r}')

for key in ('subjects', 'kind', 'date', 'title', 'addressees'):
    if got.get(key) != want[key]:
        misses.append(f'{key}: want {want[key]!r} got {got.get(key)!r}')
s = got.get('session') or {}
for k, v in want['session'].items():
    if s.get(k) != v: misses.append(f'session.{k}: want {v!r} got {s.get(k)!r}')
if [(a.get('number'), a.get('title')) for a in got.get('agendaItems') or []] != \
        [(a['number'], a['title']) for a in want['agendaItems']]:
    misses.append(f"agendaItems: got {got.get('agendaItems')!r}")
snd = got.get('sender') or {}
if snd.get('role') != want['sender']['role']: misses.append(f"sender.role: {snd.get('role')!r}")
if [x.get('code') for x in snd.get('states') or []] != ['RUS']: misses.append(f"sender.states: {snd.get('states')!r}")
starts(got.get('body'), want['bodyStartsWith'], 'body')
if [x.get('name') for x in got.get('signatures') or []] != ['Vitaly Churkin']:
    misses.append(f"signatures: {got.get('signatures')!r}")
ann = got.get('annexes') or []
if len(ann) != 1:
    misses.append(f'annexes: {len(ann)}')
else:
    wa = want['annexes'][0]
    for k in ('title', 'place', 'date'):
        if n(ann[0].get(k)) != wa[k]: misses.append(f'annex.{k}: got {ann[0].get(k)!r}')
    starts(ann[0].get('body'), wa['bodyStartsWith'], 'annex.body')
if [(x.get('code'), x.get('name')) for x in got.get('signatories') or []] != \
        [(x['code'], x['name']) for x in want['signatories']]:
    misses.append(f"signatories: {[x.get('code') for x in got.get('signatories') or []]}")
orgs = {(o.get('acronym') or '').upper() for o in got.get('organizations') or []}
for o in want['organizations']:
    if o['acronym'] not in orgs: misses.append(f"organization {o['acronym']} missing")
for m in misses: print(m)
total = 20
print(f'seed: {len(misses)} misses')
sys.exit(1 if misses else 0)
