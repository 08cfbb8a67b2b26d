"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "74c2c2bad3f4c67e4480a599abbef8c0a8e5a70d7080830c6046fd9ba2efbec5"
CONFIG_AND_TEMPLATES_SHA256 = "f7831e1555c98009b7af89c356903cec6e077e22d294da4b449dce4ff33f2dcb"
