"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "48e6ea510f771234efe4df25148f3a23e5e8e75ad12caa5f9eaafc557e39c56c"
CONFIG_AND_TEMPLATES_SHA256 = "bf45d1087945a70dc63708ad5eba646157e867548497bd1feb40ac26bb331852"
