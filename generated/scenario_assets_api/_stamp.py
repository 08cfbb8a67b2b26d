"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "996aeaa0532967a14069613fb681781de8f5c328aded78623337b5f26fc94949"
CONFIG_AND_TEMPLATES_SHA256 = "660f48203bffda57ab957047a71cd7bb38065bca3e4b75ce62c74215336b7940"
