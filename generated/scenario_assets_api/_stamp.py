"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "bcf6bafc3dbcd8efe74da3464ed53b3ca35243670a4558e6e3a1e387d6a53fd3"
CONFIG_AND_TEMPLATES_SHA256 = "46dbe4891c85828e586700edf2dad0e5442efbaec32db656637038307505a715"
