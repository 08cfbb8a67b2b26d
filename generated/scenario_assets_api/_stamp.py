"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "bd3a8d7a0b0556ce27740ca54bd61fc8e16020a5b2148a8f98caf7e0401f35f9"
CONFIG_AND_TEMPLATES_SHA256 = "46dbe4891c85828e586700edf2dad0e5442efbaec32db656637038307505a715"
