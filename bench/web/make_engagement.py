#!/usr/bin/env python3
"""Writes an engagement export (plumb import format) with N register items and S systems, for the web benchmark.

Usage: make_engagement.py [items, default 500] [systems, default 20]
The systems are a realistic mix: some backed up and restore-tested, some not, every third with MFA,
two data kinds each (one the source of truth), and an integration chain between neighbours.
"""
import json, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
s_count = int(sys.argv[2]) if len(sys.argv) > 2 else 20
phases = ["ImmediateFixes", "RiskReduction", "FirstUsefulAutomation", "SecurityBasics", "DataCleanup", "Integrations", "Mvp", "MaintenancePlan"]
lifecycles = ["Active", "Active", "Active", "Ageing", "Retiring", "EndOfLife"]
kinds = ["FileExport", "Api", "ManualRekeying", "AutomationPlatform"]
items = []
for i in range(n):
    items.append({
        "key": f"item-{i:04d}",
        "title": f"Bench item {i}: tidy system {i % 37}",
        "impact": 1 + (i * 7) % 5,
        "effort": 1 + (i * 3) % 5,
        "phase": phases[i % len(phases)],
        "status": "Open" if i % 10 else "Done",
        "origin": "Manual",
        "owner": f"owner-{i % 9}",
        "updatedAt": "2026-03-01T00:00:00+00:00",
        "dependsOn": [f"item-{i - 1:04d}"] if i % 25 == 24 else [],
        "findings": [],
    })
systems = []
data = []
integrations = []
for s in range(s_count):
    name = f"System {s:03d}" + (" with a rather long product name" if s % 11 == 0 else "")
    systems.append({"name": name, "kind": "saas", "vendor": f"Vendor {s % 17}", "owner": f"person-{s % 7}",
                    "peopleWhoKnowIt": 1 + s % 3, "adminAccounts": s % 4, "mfaEnforced": s % 3 == 0,
                    "hasBackups": s % 2 == 0, "lastRestoreTest": "2026-01-15" if s % 4 == 0 else None,
                    "lifecycle": lifecycles[s % len(lifecycles)],
                    "businessFit": 1 + s % 5, "technicalFit": 1 + (s * 3) % 5})
    data.append({"system": name, "dataKind": f"records-{s % 40}", "sourceOfTruth": s < 40})
    data.append({"system": name, "dataKind": f"files-{s}", "sourceOfTruth": True})
    if s > 0:
        integrations.append({"from": systems[s - 1]["name"], "to": name, "kind": kinds[s % len(kinds)],
                             "dataKind": f"records-{s % 40}", "alertsOnFailure": s % 3 == 0})
doc = {
    "schemaVersion": 1,
    "engagement": {"name": f"Bench: {s_count} systems, {n} items", "clientName": "Bench Ltd", "createdAt": "2026-03-01T00:00:00+00:00",
                   "capacityHoursPerWeek": 40, "planStart": "2026-03-02", "budget": 12000, "currency": "EUR"},
    "systems": systems,
    "data": data,
    "integrations": integrations,
    "items": items,
}
json.dump(doc, sys.stdout, indent=1)
