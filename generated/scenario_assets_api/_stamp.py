"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "823e7d3edd287df8b12614aeac1c231268a7a34e5e6d53a707ef27b74fd1da37"
CONFIG_AND_TEMPLATES_SHA256 = "e9946b671df0da1401422fd6496025eb4e3a345f6c6eaa983218e8746b6ac732"
