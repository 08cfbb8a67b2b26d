"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "93cff3eff7850b611dd43ae5eeda5f55079badcc937de96341963a725c324504"
CONFIG_AND_TEMPLATES_SHA256 = "01626bae118b1a9a938f25fc7cc71ba0b1abccbd3c399e9791f5682c8d18c1ec"
