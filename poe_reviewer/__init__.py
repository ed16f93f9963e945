"""POE Reviewer: check claim bundles for valid Proof of Execution and record review decisions.

The core (bundle loading, document extraction, checks, reports) never imports Qt; the
workbench in :mod:`poe_reviewer.ui` is a thin layer over it.
"""

__version__ = "0.1.0"
