"""Evidence shared between claims of a queue: what is compared (words, images, files, invoices),
the queue's index, and a claim's stored fingerprint. The ``reused_evidence`` check judges it."""
