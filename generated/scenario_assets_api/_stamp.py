"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "f598ecfcc2179d9b5c4172b13523de7f51d921d2b455fc9f95ec6dc457c5686b"
CONFIG_AND_TEMPLATES_SHA256 = "8443a2e9388af5e2e33fba2edd58b8087a99a4a0e1267555922076ee673d4568"
