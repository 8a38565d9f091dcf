# Extracts gitleaks' hand-written rule examples (plain string literals in its tps/fps lists; generated ones are
# skipped) as corpus JSON lines: family = the rule file, expect tp/fp. Reads gitleaks' facts; copies none into our tree.
import json, os, re, sys
root = sys.argv[1]
out = []
lit = re.compile(r'`([^`]*)`|"((?:[^"\\\n]|\\.)*)"')
for f in sorted(os.listdir(root)):
    if not f.endswith('.go') or f.endswith('_test.go'): continue
    src = open(os.path.join(root, f)).read()
    for m in re.finditer(r'\b(tps|fps|truePositives|falsePositives)\s*(?::=|=|\s)\s*(?:\[\]string\s*\{|append\(\s*\w+\s*,)', src):
        kind = 'tp' if m.group(1) in ('tps', 'truePositives') else 'fp'
        i = m.end(); depth = 1; j = i
        opener = src[m.end()-1]
        while depth and j < len(src):
            c = src[j]
            if src.startswith('//', j):
                j = src.index('\n', j); continue
            if c == "'":
                j = src.index("'", j + 2) + 1; continue
            if c == '`':
                j = src.index('`', j + 1)
            elif c == '"':
                k = j + 1
                while src[k] != '"':
                    k += 2 if src[k] == '\\' else 1
                j = k
            elif c in '{(': depth += 1
            elif c in '})': depth -= 1
            j += 1
        body = src[i:j-1]
        # one element per top-level comma; keep only elements that are a single literal (hand-written)
        elems, cur, d, k = [], '', 0, 0
        while k < len(body):
            c = body[k]
            if body.startswith('//', k):
                e = body.find('\n', k); k = len(body) if e < 0 else e; continue
            if c == '`':
                e = body.index('`', k + 1); cur += body[k:e+1]; k = e + 1; continue
            if c == '"':
                e = k + 1
                while body[e] != '"': e += 2 if body[e] == '\\' else 1
                cur += body[k:e+1]; k = e + 1; continue
            if c in '({[': d += 1
            if c in ')}]': d -= 1
            if c == ',' and d == 0: elems.append(cur); cur = ''
            else: cur += c
            k += 1
        elems.append(cur)
        for e in elems:
            e = re.sub(r'//[^\n]*', '', e).strip()
            if not e: continue
            mm = lit.fullmatch(e)
            if not mm: continue
            text = mm.group(1) if mm.group(1) is not None else bytes(mm.group(2), 'utf-8').decode('unicode_escape')
            out.append({'family': f[:-3], 'expect': kind, 'text': text})
for o in out: print(json.dumps(o))
