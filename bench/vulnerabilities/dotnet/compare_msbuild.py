# Compares plumb's findings (every package it read) with MSBuild's evaluation (msbuild_anchor.py output).
import json, sys, os, re
anchor = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
ours = set()
for f in report["findings"]:
    if f["checkId"].endswith("FreeOfKnownVulnerabilities") and f["outcome"] == "Fail":
        name, version = f["detail"].split(" ")[:2]
        ours.add((name.lower(), version, f["location"]["path"]))
    elif f["outcome"] in ("Inconclusive", "NotApplicable"):
        print("NOTE", f["outcome"], f["location"].get("path"), f["detail"][:300])
def norm(v):
    parts = v.split("-",1); nums = parts[0].split(".")
    while len(nums) < 3: nums.append("0")
    return ".".join(nums) + ("-"+parts[1] if len(parts)>1 else "")
expected = set(); skipped = []
for proj, refs in anchor.items():
    if "error" in refs: skipped.append(proj); continue
    for n, r in refs.items():
        v = r["version"]
        if v and v.startswith("[") : v = v[1:].split(",")[0].rstrip("]").strip()
        expected.add((n.lower(), norm(v) if v else None, r["source"]))
# ours is deduped per (source): compare on (name, version, source)
ours_eval = {o for o in ours if not any(o[2].startswith(s.rsplit('/',1)[0]+'/') for s in skipped)}
print("anchor references (name,version,file):", len(expected), "ours:", len(ours_eval), "(skipped projects:", len(skipped), ")")
print("missed:", sorted(expected - ours_eval))
extra = ours_eval - expected
root = sys.argv[3] if len(sys.argv) > 3 else None
if root:
    texts = [open(os.path.join(root, p)).read() for p in skipped]
    explained = {e for e in extra if any(re.search(r'Include="%s"' % re.escape(e[0]), t, re.I) for t in texts)}
    print("extra, referenced by a project MSBuild could not evaluate offline:", len(explained))
    extra -= explained
print("extra:", sorted(extra))
