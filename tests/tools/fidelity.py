#!/usr/bin/env python3
# Copied from shared/tools so the test suite runs from a clone alone.
"""Field fidelity of `undoc parse` against hand labels (manifest.jsonl).

usage: fidelity.py UNDOC_BINARY CORPUS_DIR [--min RATIO] [--verbose]
Runs `UNDOC parse FILE` on each labelled document, compares the JSON contract fields
(the core issue) with the labels, prints per-document misses and the overall ratio last.
Exit 1 when the ratio is under --min (default 0).
"""
import json, re, subprocess, sys, unicodedata

ISO = {  # names used in the labels -> ISO 3166-1 alpha-3
    'Armenia': 'ARM', 'Belarus': 'BLR', 'Belgium': 'BEL', 'Brazil': 'BRA', 'Burkina Faso': 'BFA',
    'China': 'CHN', 'Cuba': 'CUB', 'Denmark': 'DNK', 'Egypt': 'EGY', 'France': 'FRA',
    'Georgia': 'GEO', 'Germany': 'DEU', 'India': 'IND', 'Israel': 'ISR', 'Kazakhstan': 'KAZ',
    'Kyrgyzstan': 'KGZ', 'Lebanon': 'LBN', 'Libyan Arab Jamahiriya': 'LBY', 'Libya': 'LBY',
    'Mali': 'MLI', 'Nigeria': 'NGA', 'Pakistan': 'PAK', 'Russian Federation': 'RUS',
    'Switzerland': 'CHE', 'Syrian Arab Republic': 'SYR', 'Tajikistan': 'TJK', 'Tunisia': 'TUN',
    'United Kingdom': 'GBR', 'United States': 'USA', 'Uzbekistan': 'UZB',
    'Venezuela (Bolivarian Republic of)': 'VEN',
}
KIND = {'letter': 'letter', 'identical_letters': 'identicalLetters', 'note_verbale': 'noteVerbale',
        'other': 'other'}


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize('NFKC', str(s)).replace('\u2019', "'").lower()
    s = re.sub(r'[\s\u00a0]+', ' ', s).strip(' .,;:')
    return s


def role(s):
    s = norm(s) or ''
    return re.sub(r'representatives\b', 'representative', s)


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def codes(states):
    out = set()
    for s in states or []:
        if isinstance(s, dict):
            out.add((s.get('code') or '').upper())
        else:
            out.add(ISO.get(s, s))
    return out


def compare(label, doc):
    """Yield (field, ok, want, got) for every field the label sets."""
    yield 'kind', doc.get('kind') == KIND[label['doc_type']], label['doc_type'], doc.get('kind')
    if label.get('date'):
        yield 'date', doc.get('date') == label['date'], label['date'], doc.get('date')
    sender = doc.get('sender') or {}
    if label.get('sender_role') and ';' not in label['sender_role']:
        yield 'sender_role', role(sender.get('role')) == role(label['sender_role']), \
            label['sender_role'], sender.get('role')
    if label.get('sender_state'):
        want = codes(as_list(label['sender_state']))
        got = codes(sender.get('states'))
        yield 'sender_states', want == got, sorted(want), sorted(got)
    if label.get('addressee'):
        want = {norm(a) for a in as_list(label['addressee'])}
        got = {norm(a) for a in doc.get('addressees') or []}
        yield 'addressees', want == got, sorted(want), sorted(got)
    if label.get('session') is not None:
        got = (doc.get('session') or {}).get('number')
        yield 'session', got == label['session'], label['session'], got
    if label.get('agenda_items'):
        want = [norm(a['number']) for a in label['agenda_items']]
        got_items = doc.get('agendaItems') or []
        got = [norm(a.get('number')) for a in got_items]
        yield 'agenda_numbers', want == got, want, got
        titles = [(norm(a['title']), norm(g.get('title')))
                  for a, g in zip(label['agenda_items'], got_items) if a.get('title')]
        if titles:
            yield 'agenda_titles', all(w == g for w, g in titles), \
                [w for w, _ in titles], [g for _, g in titles]
    if label.get('complete') or label.get('signed_by'):
        want = {norm(n) for n in label.get('signed_by') or []}
        sigs = list(doc.get('signatures') or [])
        for annex in doc.get('annexes') or []:
            sigs += annex.get('signatures') or []
        got = {norm(s.get('name')) for s in sigs}
        yield 'signed_by', want == got, sorted(want), sorted(got)
    if label.get('complete') or label.get('annex_titles'):
        want = [norm(t) for t in label.get('annex_titles') or []]
        got = [norm(a.get('title')) for a in doc.get('annexes') or []]
        yield 'annex_titles', want == got, want, got
    if label.get('signatory_states'):
        want = codes(label['signatory_states'])
        got = codes(doc.get('signatories'))
        yield 'signatories', want == got, sorted(want), sorted(got)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    minimum = 0.0
    if '--min' in sys.argv:
        minimum = float(sys.argv[sys.argv.index('--min') + 1])
        args.remove(sys.argv[sys.argv.index('--min') + 1])
    binary, corpus = args[0], args[1]
    total = right = 0
    for line in open(f'{corpus}/manifest.jsonl'):
        label = json.loads(line)
        path = f"{corpus}/{label['file']}"
        run = subprocess.run([binary, 'parse', path], capture_output=True, timeout=30)
        if run.returncode != 0:
            fields = list(compare(label, {}))
            total += len(fields)
            print(f"{label['file']}: exit {run.returncode}: {run.stderr.decode()[:200]}")
            continue
        doc = json.loads(run.stdout)
        for field, ok, want, got in compare(label, doc):
            total += 1
            right += ok
            if not ok or verbose:
                print(f"{label['file']}: {field}: {'ok' if ok else 'MISS'} want={want} got={got}")
    ratio = right / total if total else 0.0
    print(f'fidelity {right}/{total} = {ratio:.3f}')
    sys.exit(0 if ratio >= minimum else 1)


if __name__ == '__main__':
    main()
