"""``python -m poe_reviewer`` runs the command line (and is the packaged app's entry point)."""

import multiprocessing

from poe_reviewer.cli import main

# Guarded: the document readers' worker processes import the main module again (documents/isolation.py).
if __name__ == "__main__":
    # in the packaged app, a reader or checking process starts as the app itself: this hands it over
    multiprocessing.freeze_support()
    raise SystemExit(main())
