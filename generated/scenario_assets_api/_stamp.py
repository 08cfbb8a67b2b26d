"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "93cff3eff7850b611dd43ae5eeda5f55079badcc937de96341963a725c324504"
CONFIG_AND_TEMPLATES_SHA256 = "197354c2794d8582158ee5b728dd6dfd78b44345f4af489a66203a8e751e1331"
