"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "996aeaa0532967a14069613fb681781de8f5c328aded78623337b5f26fc94949"
CONFIG_AND_TEMPLATES_SHA256 = "53759487337b80a17226de6d87004d8e1f1bd2ac313ae3d29b9af348dd6e9155"
