"""The project's tooling, run as modules from the checkout (``python -m scripts.<command>``).

The modules here are the commands (generate, code_gate, template_patches, generator_adapter,
lint_spec, spec_diff, mutation, docs_sync, docpage_to_spec, evidence_apply, docs_site, bench):
each parses its arguments and calls the packages, and none imports another. The packages are
the layers, each importing only those below it (tests/tools/test_layers.py checks it):

    spec        the spec as data: loading, names, operations, fields, part files, escaping
    codegen     generated/ from the spec: the generator, resources, decoders, the gate
    checks      the spec's rules, what changes between two specs, mutation testing
    docsync     doc portals and evidence into the spec
    reference   the HTML reference (make docs)
    benchmarks  make bench
"""
