"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "e63ed0ff7600697e6d56315666713dc39914e3c6fec052d6a41cce0a95e6c1e2"
CONFIG_AND_TEMPLATES_SHA256 = "e7aaa43e4a241c815bf67165fd0aa44eb9a132c0818cfba1a033cb730de85991"
