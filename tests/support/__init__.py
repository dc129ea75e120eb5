"""What tests share: fakes, strategies, servers, hostile text, processes. Nothing here is a
test, and no test module imports another."""
