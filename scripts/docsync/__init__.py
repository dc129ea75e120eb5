"""Outside text into the spec: the doc portals' exports (``python -m scripts.docs_sync``), a
copied doc page (``python -m scripts.docpage_to_spec``) and evidence exports
(``python -m scripts.evidence_apply``), each read as untrusted data and written through one
transaction that lints and regenerates, or puts every file back."""
