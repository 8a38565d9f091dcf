# Anchor: MSBuild's own evaluation of each project (dotnet msbuild -getItem), offline.
import json, subprocess, sys, os
root = sys.argv[1]
out = {}
projects = subprocess.run(["git", "-C", root, "ls-files", "*.csproj", "*.fsproj", "*.vbproj"], capture_output=True, text=True).stdout.split()
for p in projects:
    r = subprocess.run(["dotnet", "msbuild", os.path.join(root, p), "-getItem:PackageReference", "-getItem:PackageVersion", "-getItem:GlobalPackageReference",
                        "-getProperty:ManagePackageVersionsCentrally"], capture_output=True, text=True, timeout=300)
    try:
        j = json.loads(r.stdout)
    except Exception:
        out[p] = {"error": (r.stdout + r.stderr).strip().splitlines()[-1:]}
        continue
    items = j.get("Items", {})
    central = j["Properties"]["ManagePackageVersionsCentrally"].lower() == "true"
    pv = {i["Identity"].lower(): (i.get("Version"), os.path.relpath(i["DefiningProjectFullPath"], root)) for i in items.get("PackageVersion", [])}
    refs = {}
    for i in items.get("PackageReference", []) + items.get("GlobalPackageReference", []):
        own = i.get("VersionOverride") or i.get("Version")
        if central and not own and i["Identity"].lower() in pv:
            v, src = pv[i["Identity"].lower()]
        else:
            v, src = own, os.path.relpath(i["DefiningProjectFullPath"], root)
        refs[i["Identity"]] = {"version": v, "source": src}
    out[p] = refs
json.dump(out, sys.stdout, indent=1, sort_keys=True)
