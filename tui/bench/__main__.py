"""`python -m tui.bench`: see the package's docstring."""

import sys

from .run import main

sys.exit(main())
