"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "93cff3eff7850b611dd43ae5eeda5f55079badcc937de96341963a725c324504"
CONFIG_AND_TEMPLATES_SHA256 = "94dd37447118afa5b7cd5dab681076b9b358b016b3a2a68d2e19288aaa142402"
