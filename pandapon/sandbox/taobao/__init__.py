"""Taobao in the sandbox: stored records, API views, operation handlers, the seller's side, seed."""

from .._registry import Marketplace
from .admin import ACTIONS, LISTINGS
from .handlers import HANDLERS
from .seed import seed

MARKETPLACE = Marketplace("taobao", HANDLERS, ACTIONS, LISTINGS, seed)

__all__ = ["MARKETPLACE"]
