"""generated/pandapon_api from the spec: the pinned generator with the project's template
patches, the SDK's resources and compiled decoders, and the gate that holds the generated code
to the shapes the templates write (``python -m scripts.generate``)."""
