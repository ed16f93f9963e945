"""Application services: what the command line and the workbench both do, over the queue's storage.

They sit between the front ends (``cli``, ``ui``) and the layers below (review and pipeline,
storage); neither front end re-implements them, and neither imports Qt from here.
"""
