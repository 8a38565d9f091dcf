#!/usr/bin/env python3
"""Writes an engagement export (plumb import format) with N register items, for the web benchmark."""
import json, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
phases = ["ImmediateFixes", "RiskReduction", "FirstUsefulAutomation", "SecurityBasics", "DataCleanup", "Integrations", "Mvp", "MaintenancePlan"]
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
doc = {
    "schemaVersion": 1,
    "engagement": {"name": "Bench: 500 items", "clientName": "Bench Ltd", "createdAt": "2026-03-01T00:00:00+00:00",
                   "capacityHoursPerWeek": 40, "planStart": "2026-03-02"},
    "systems": [{"name": f"System {s}", "kind": "saas", "peopleWhoKnowIt": 1 + s % 3, "adminAccounts": s % 2,
                 "mfaEnforced": False, "hasBackups": True, "lifecycle": "Active"} for s in range(20)],
    "items": items,
}
json.dump(doc, sys.stdout, indent=1)
