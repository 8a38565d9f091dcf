import json, sys, os
lst = json.load(open(sys.argv[1])); report = json.load(open(sys.argv[2])); root = sys.argv[3]
expected = set()
for p in lst["projects"]:
    rel = os.path.relpath(os.path.dirname(p["path"]), root) + "/obj/project.assets.json"
    for fw in p.get("frameworks", []):
        for t in fw.get("topLevelPackages", []): expected.add((t["id"].lower(), t["resolvedVersion"], rel, "direct"))
        for t in fw.get("transitivePackages", []): expected.add((t["id"].lower(), t["resolvedVersion"], rel, "transitive"))
# a package direct in one framework and transitive in another counts as direct
d = {(n,v,f) for n,v,f,k in expected if k=="direct"}
expected = {(n,v,f,"direct" if (n,v,f) in d else k) for n,v,f,k in expected}
ours = set()
for f in report["findings"]:
    if f["checkId"].endswith("FreeOfKnownVulnerabilities") and f["outcome"] == "Fail":
        w = f["detail"].split(" ")
        kind = "direct" if "direct dependency" in f["detail"] else "transitive" if "transitive dependency" in f["detail"] else "unknown"
        ours.add((w[0].lower(), w[1], f["location"]["path"], kind))
    elif f["outcome"] != "Pass": print("NOTE", f["outcome"], f["detail"][:200])
print("dotnet list:", len(expected), "ours:", len(ours))
print("missed:", sorted(expected - ours)[:20]); print("extra:", sorted(ours - expected)[:20])
