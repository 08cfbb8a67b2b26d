"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "8b7ce3e0e9bb3a9bcafcfd38cdab07ddaadb24a8cb556818b4c17a7fafec2ab6"
CONFIG_AND_TEMPLATES_SHA256 = "98e560c29087e280075326f1b3f1eca3c3e5b7c4adec28f198134386c559c3b8"
