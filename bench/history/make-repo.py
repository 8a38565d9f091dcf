#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic repository with a realistic shape.

Usage: make-repo.py COMMITS SEED | git fast-import --quiet --done
Several authors with overlapping working years (some leave), ~1,500 files of 20-900 lines
in nested folders, 1-6 files per commit, occasional renames, deletions and large commits,
one vendored folder and docs. Deterministic for a given seed.
"""
import random
import sys

commits = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
out = sys.stdout.buffer
START = 1420070400  # 2015-01-01
STEP = 3600 * 2     # ~11 commits a day over the years

# (name, email, first commit index fraction, last fraction, weight)
authors = [
    ("Ada Founder", "ada@example.test", 0.0, 1.0, 9),
    ("Ben Early", "ben@example.test", 0.0, 0.45, 6),
    ("Cleo Core", "cleo@example.test", 0.1, 1.0, 7),
    ("Dan Contractor", "dan@agency.test", 0.3, 0.5, 3),
    ("Eve Platform", "eve@example.test", 0.4, 1.0, 5),
    ("Finn Frontend", "finn@example.test", 0.5, 0.95, 4),
    ("Gus Intern", "gus@example.test", 0.7, 0.75, 1),
    ("Hana Data", "hana@example.test", 0.6, 1.0, 3),
]
areas = ["api", "web", "billing", "auth", "jobs", "reports", "infra", "shared"]
exts = [".cs", ".ts", ".py", ".sql", ".js"]
files = {}      # path -> list of lines
alive = []      # paths


def new_path():
    area = rng.choice(areas)
    sub = rng.choice(["", "core/", "handlers/", "models/", "util/"])
    return f"src/{area}/{sub}{rng.choice(['order', 'user', 'invoice', 'cart', 'report', 'task', 'mail', 'sync'])}_{rng.randrange(100000)}{rng.choice(exts)}"


def line():
    return f"    value_{rng.randrange(1 << 30):x} = compute({rng.randrange(1000)}, '{rng.randrange(1 << 20):x}');\n"


def blob(lines):
    data = "".join(lines).encode()
    out.write(b"data %d\n" % len(data))
    out.write(data)
    out.write(b"\n")


def pick_author(i):
    frac = i / commits
    active = [a for a in authors if a[2] <= frac <= a[3]]
    return rng.choices(active, weights=[a[4] for a in active])[0]


mark = 0
for i in range(commits):
    name, email, *_ = pick_author(i)
    # Ada used an old address early on; .mailmap folds it.
    if name == "Ada Founder" and i < commits * 0.2:
        email = "ada@old-laptop.local"
    when = START + i * STEP + rng.randrange(STEP)
    ops = []
    r = rng.random()
    if i == 0 or len(alive) < 50 or r < 0.08:
        for _ in range(1 if i else 40):
            p = new_path()
            if p in files:
                continue
            files[p] = [line() for _ in range(int(rng.lognormvariate(4.6, 0.8)) % 900 + 20)]
            alive.append(p)
            ops.append(("M", p))
    elif r < 0.095 and alive:
        old = rng.choice(alive)
        new = old.replace("src/", "src/" + rng.choice(["", "lib/"]), 1)
        new = new[: new.rfind("/") + 1] + "renamed_" + new[new.rfind("/") + 1 :]
        if new not in files:
            files[new] = files.pop(old)
            alive.remove(old)
            alive.append(new)
            ops.append(("R", old, new))
            # A rename usually comes with an edit.
            files[new][rng.randrange(len(files[new]))] = line()
            ops.append(("M", new))
    elif r < 0.10 and len(alive) > 200:
        p = rng.choice(alive)
        alive.remove(p)
        del files[p]
        ops.append(("D", p))
    else:
        n = 30 + rng.randrange(60) if rng.random() < 0.005 else 1 + int(rng.expovariate(0.6))
        for p in set(rng.choices(alive, k=min(n, len(alive)))):
            body = files[p]
            for _ in range(1 + rng.randrange(6)):
                k = rng.random()
                at = rng.randrange(len(body))
                if k < 0.5:
                    body[at] = line()
                elif k < 0.8:
                    body.insert(at, line())
                elif len(body) > 10:
                    del body[at]
            ops.append(("M", p))
    if i % 500 == 0:
        ops.append(("doc", "docs/notes.md"))
    if i % 997 == 0:
        ops.append(("vendor", f"vendor/lib{i % 5}/lib.js"))
    mark += 1
    out.write(b"commit refs/heads/main\n")
    out.write(b"mark :%d\n" % mark)
    out.write(f"author {name} <{email}> {when} +0000\n".encode())
    out.write(f"committer {name} <{email}> {when} +0000\n".encode())
    msg = f"change {i}\n".encode()
    out.write(b"data %d\n" % len(msg))
    out.write(msg)
    if i == 0:
        out.write(b"deleteall\n")
    for op in ops:
        if op[0] == "M":
            out.write(f"M 100644 inline {op[1]}\n".encode())
            blob(files[op[1]])
        elif op[0] == "R":
            out.write(f'R "{op[1]}" "{op[2]}"\n'.encode())
        elif op[0] == "D":
            out.write(f"D {op[1]}\n".encode())
        else:
            out.write(f"M 100644 inline {op[1]}\n".encode())
            blob([f"note {i}\n"] * (10 + i % 50))
# .mailmap lands in a commit of its own (so the repository has COMMITS + 1 commits).
mm = b"Ada Founder <ada@example.test> <ada@old-laptop.local>\n"
out.write(b"commit refs/heads/main\n")
out.write(f"author Ada Founder <ada@example.test> {START + commits * STEP} +0000\n".encode())
out.write(f"committer Ada Founder <ada@example.test> {START + commits * STEP} +0000\n".encode())
out.write(b"data 8\nmailmap\n")
out.write(b"M 100644 inline .mailmap\n")
out.write(b"data %d\n" % len(mm))
out.write(mm)
out.write(b"\n")
out.write(b"done\n")
