"""Start the bedside infusion logger: ``python main.py [--db PATH]``."""

import sys

from infusion_app.app import main

if __name__ == "__main__":
    sys.exit(main())
