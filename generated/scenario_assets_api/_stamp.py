"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "bd3a8d7a0b0556ce27740ca54bd61fc8e16020a5b2148a8f98caf7e0401f35f9"
CONFIG_AND_TEMPLATES_SHA256 = "796845ce7ce720035b7a4cf4fa2b3f8b9b0b0db85f45dec666924bd3b645c1ec"
