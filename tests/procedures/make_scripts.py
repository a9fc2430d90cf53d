#!/usr/bin/env python3
"""Writes the test scripts in scripts/ from the procedure files: a correct script per procedure (each
step's actions, then a wait until the step is complete, then checks of the flow model), and the wrong
scripts (the same with one thing done wrong). Run it again when a procedure's steps change."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "..", "..", "assets", "procedures")

def steps_of(pid):
    return json.load(open(os.path.join(ASSETS, pid + ".json")))["steps"]

def correct(pid, checks, until=None, skip=(), replace=None, after_all=()):
    """The actions of every step (skipping `skip`, replacing some with `replace[step]`), waiting for each
    step; `checks[step]` are expectations after that step; stop after step `until`."""
    out = []
    skipped = False  # after a skipped step the steps cannot complete: play their actions and waits only
    for s in steps_of(pid):
        acts = (replace or {}).get(s["id"], s["autoplay"])
        if s["id"] in skip:
            skipped = True
            out += (replace or {}).get(s["id"], [])
        elif skipped:
            out += acts
        else:
            out += [a for a in acts if a["do"] != "wait"]
            out.append({"do": "wait_until", "step": s["id"], "timeout_s": 5400})
        out += checks.get(s["id"], [])
        if s["id"] == until:
            break
    return out + list(after_all)

def value(name, lo=None, hi=None):
    c = {"value": name}
    if lo is not None: c["min"] = lo
    if hi is not None: c["max"] = hi
    return {"do": "expect", "condition": c}

def write(name, pid, style, actions):
    with open(os.path.join(HERE, "scripts", name + ".json"), "w") as f:
        json.dump({"procedure": pid, "style": style, "actions": actions}, f, indent=1)
        f.write("\n")

SCRIPTS = {}
exec(open(os.path.join(HERE, "scripts.py")).read())
