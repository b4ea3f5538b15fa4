"""Allow ``python -m quanyi``."""

import sys

from .cli import main

sys.exit(main())
