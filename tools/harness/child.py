"""``python -m tools.harness.child replay - --db PATH``: the app's own command line,
with argon2 at its lowest cost (as the tests' ``quick_password_hashing`` fixture does).

Only the password hashing differs from ``infusion-app``: the storage code under test is the
same. The test suite uses it to fit its kills in seconds; the bench uses the real command.
"""

from __future__ import annotations

import sys

from argon2 import PasswordHasher

from infusion_app.app import main
from infusion_app.services import passwords
from tools.harness.child_process import use_harness_key

if __name__ == "__main__":
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    use_harness_key(sys.argv[1:])
    sys.exit(main())
