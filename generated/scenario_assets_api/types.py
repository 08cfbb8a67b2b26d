"""Contains some shared types for properties (defined in ``scenario_assets_runtime``)."""

from scenario_assets_runtime._types import UNSET, File, FileContent, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Response", "Unset"]
