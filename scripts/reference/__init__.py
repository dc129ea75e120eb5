"""The HTML reference (``python -m scripts.docs_site``, ``make docs``): pages per resource and
operation, the models, the SDK's signatures and runnable examples, built by MkDocs."""
