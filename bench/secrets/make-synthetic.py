#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic repository with many commits, built from an
installed source tree (Python's standard library by default). Every few hundred commits a fake
credential (random, built from parts, never valid) is committed and removed again, so the history
holds secrets that are absent from HEAD. Usage: make-synthetic.py COMMITS [SOURCE_DIR] | git fast-import"""
import os, random, sys, glob

commits = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
source = sys.argv[2] if len(sys.argv) > 2 else sorted(glob.glob('/usr/lib/python3*/'))[-1]
rnd = random.Random(42)
files = []
for dirpath, _, names in os.walk(source):
    for n in names:
        if n.endswith(('.py', '.txt', '.cfg', '.rst', '.json')):
            p = os.path.join(dirpath, n)
            if os.path.islink(p) or os.path.getsize(p) > 400_000:
                continue
            files.append(p)
files.sort()
out = sys.stdout.buffer
mark = 0

def blob(data: bytes) -> int:
    global mark
    mark += 1
    out.write(b'blob\nmark :%d\ndata %d\n' % (mark, len(data)))
    out.write(data + b'\n')
    return mark

def alnum(n):
    return ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))

def fake_secret(i):
    kinds = [lambda: 'gh' + 'p_' + alnum(36), lambda: 'sk' + '_live_' + alnum(24), lambda: 'AK' + 'IA' + ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(16)),
             lambda: 'xo' + 'xb-' + ''.join(rnd.choice('0123456789') for _ in range(12)) + '-' + ''.join(rnd.choice('0123456789') for _ in range(12)) + '-' + alnum(24)]
    return kinds[i % len(kinds)]()

content = {}
edits = {}
pool = list(files)
rnd.shuffle(pool)
live = []
commit_mark = None
ts = 1_600_000_000
for c in range(commits):
    changes = []
    adds = 400 if c == 0 else rnd.randint(0, 2)
    for _ in range(adds):
        if not pool:
            break
        src = pool.pop()
        rel = 'src/' + os.path.relpath(src, source)
        with open(src, 'rb') as fh:
            content[rel] = fh.read()
        edits[rel] = 0
        live.append(rel)
        changes.append(b'M 100644 :%d %s' % (blob(content[rel]), rel.encode()))
    for rel in rnd.sample(live, min(3, len(live))) if c else []:
        edits[rel] += 1
        data = content[rel] + (b'\n# synthetic edit %d\n' % edits[rel]) * 1
        content[rel] = data
        changes.append(b'M 100644 :%d %s' % (blob(data), rel.encode()))
    if c % 250 == 10:
        secret = fake_secret(c // 250)
        text = '# bench fixture: fake credential, not valid anywhere\nTOKEN=%s\n' % secret
        changes.append(b'M 100644 :%d config/leak-%d.env' % (blob(text.encode()), c))
    if c % 250 == 11:
        changes.append(b'D config/leak-%d.env' % (c - 1))
    ts += 3600
    msg = b'synthetic commit %d\n' % c
    mark += 1
    out.write(b'commit refs/heads/main\nmark :%d\nauthor Bench <bench@example.invalid> %d +0000\ncommitter Bench <bench@example.invalid> %d +0000\n' % (mark, ts, ts))
    out.write(b'data %d\n%s' % (len(msg), msg))
    if commit_mark:
        out.write(b'from :%d\n' % commit_mark)
    out.write(b'\n'.join(changes) + (b'\n' if changes else b''))
    out.write(b'\n')
    commit_mark = mark
out.write(b'done\n')
