"""scenario-assets: a typed client for Scenario's Assets API.

The models and endpoint functions are generated from ``openapi/scenario-assets.yaml`` into
the ``scenario_assets_api`` package; this package is the small handwritten layer on top.
"""

from scenario_assets_api._stamp import SPEC_SHA256 as _SPEC_SHA256

__version__ = "0.1.0"
SPEC_SHA256 = _SPEC_SHA256

__all__ = ["SPEC_SHA256", "__version__"]
