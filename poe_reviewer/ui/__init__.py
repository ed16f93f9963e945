"""The workbench (PySide6): the only package of POE Reviewer that imports Qt.

It is a thin layer over the core (bundles, documents, checks, storage), which never
imports it; import-linter enforces that boundary in ``make test``.
"""

# before anything else of the workbench runs: PySide6 6.12 on Python 3.11 loses references to None (qt_none.py)
from poe_reviewer.ui import qt_none as _qt_none  # noqa: F401
