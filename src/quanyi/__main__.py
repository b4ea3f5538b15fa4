"""Allow ``python -m quanyi``."""

import sys

from quanyi.cli import main

sys.exit(main())
