"""Provenance of this generated package (written by codegen.sh; do not edit)."""

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
SPEC_PATH = "openapi/scenario-assets.yaml"
SPEC_SHA256 = "93cff3eff7850b611dd43ae5eeda5f55079badcc937de96341963a725c324504"
CONFIG_AND_TEMPLATES_SHA256 = "ad4d9c3c5b0d152f974acb5d22679f724b3d4fc82733a689be76e7db89fb5fe7"
