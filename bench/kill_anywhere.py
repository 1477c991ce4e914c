"""Kill-anywhere bench: ≥ 200 SIGKILLs of the real ``infusion-app replay`` child.

    .venv/bin/python bench/kill_anywhere.py [--kills 200] [--seed 1] [--dir PATH] [--child app]

Prints kills, actions acknowledged, violations found (must be 0) and the time taken; exits 1
on any violation. ``--child fast`` uses argon2 at its lowest cost in the child (the storage
code is the same) and runs about twice as fast.
"""

from __future__ import annotations

import sys

from tools.harness.__main__ import main

if __name__ == "__main__":
    args = sys.argv[1:]
    if "--kills" not in args:
        args = ["--kills", "200", *args]
    sys.exit(main(["kill-anywhere", *args]))
