"""Taobao in the sandbox: stored records, API views, operation handlers, the seller's side, seed."""

from .._registry import Marketplace
from .admin import LISTINGS, SELLER
from .handlers import HANDLERS
from .seed import seed

MARKETPLACE = Marketplace("taobao", HANDLERS, SELLER, LISTINGS, seed)

__all__ = ["MARKETPLACE"]
