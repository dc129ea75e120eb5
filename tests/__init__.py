"""The test suite; its layout mirrors the code (CONTRIBUTING.md, "Where things are")."""
