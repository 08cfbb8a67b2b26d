"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "bcf6bafc3dbcd8efe74da3464ed53b3ca35243670a4558e6e3a1e387d6a53fd3"
CONFIG_AND_TEMPLATES_SHA256 = "6687e18f0167844b47ada8088e15ebdf76a5009c4e84627c9b4104bb0a2af9a2"
