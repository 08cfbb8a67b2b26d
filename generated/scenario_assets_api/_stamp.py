"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "48e6ea510f771234efe4df25148f3a23e5e8e75ad12caa5f9eaafc557e39c56c"
CONFIG_AND_TEMPLATES_SHA256 = "2d6007680e9a0ee08cac7f8d76a99ca6d056cb1e81af3d6cf8d882ce0bf595aa"
