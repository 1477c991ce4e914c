"""``python -m infusion_app`` is the same as ``infusion-app``."""

import sys

from infusion_app.app import main

sys.exit(main())
