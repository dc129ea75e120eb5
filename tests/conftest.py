import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# scripts/ is build tooling, not an installed package; its tests import it from the checkout.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
