"""PandaPon OpenAPI SDK: typed, safely retried calls to Taobao and 1688 purchasing."""

from ._auth import PandaPonAuth
from ._signing import Signer, sign
from ._spec import Operation, operations

__all__ = ["Operation", "PandaPonAuth", "Signer", "operations", "sign"]
