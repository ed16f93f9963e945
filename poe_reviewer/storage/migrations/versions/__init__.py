"""Schema revisions, numbered 0001, 0002, ...: the number is what a "newer database" message names."""
