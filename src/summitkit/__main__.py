"""``python -m summitkit`` runs the command line."""

import sys

from summitkit.cli import main

sys.exit(main())
