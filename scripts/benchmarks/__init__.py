"""``make bench`` (``python -m scripts.bench``): the measurements, the loopback servers they call
(a zero-work one, one with a rate ceiling), and BENCHMARKS.md's text."""
