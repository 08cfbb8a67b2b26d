"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "bd3a8d7a0b0556ce27740ca54bd61fc8e16020a5b2148a8f98caf7e0401f35f9"
CONFIG_AND_TEMPLATES_SHA256 = "22037352b3fcb73ab2d4ce5463a5475710a4d2679c16f2e586432640b7a88da9"
