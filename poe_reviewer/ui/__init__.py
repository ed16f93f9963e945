"""The workbench (PySide6): the only package of POE Reviewer that imports Qt.

It is a thin layer over the core (bundles, documents, checks, storage), which never
imports it; import-linter enforces that boundary in ``make test``.
"""
