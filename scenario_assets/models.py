"""The API's data models (``from scenario_assets.models import Asset``).

Every model, enum and response of the spec, generated into ``scenario_assets_api.models`` and
re-exported here so that users import them from this package, at run time and for type checkers.
"""

from scenario_assets_api import models as _generated
from scenario_assets_api.models import *  # noqa: F403

__all__: list[str] = []
__all__ += _generated.__all__
