"""``python -m poe_reviewer`` runs the command line."""

from poe_reviewer.cli import main

raise SystemExit(main())
