"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "48e6ea510f771234efe4df25148f3a23e5e8e75ad12caa5f9eaafc557e39c56c"
CONFIG_AND_TEMPLATES_SHA256 = "8443a2e9388af5e2e33fba2edd58b8087a99a4a0e1267555922076ee673d4568"
