"""``python -m poe_reviewer`` runs the command line."""

from poe_reviewer.cli import main

# Guarded: the document readers' worker processes import the main module again (documents/isolation.py).
if __name__ == "__main__":
    raise SystemExit(main())
