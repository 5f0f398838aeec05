"""Entry point for ``python -m meldpunt``."""

from meldpunt.app import main

raise SystemExit(main())
