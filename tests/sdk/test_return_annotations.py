"""The typed methods' return annotations (issue 25): ``Model | None | Any``, honest about
tolerant reading, and mypy still checks attribute names against the model (run on a user's
module, as their CI would)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """
import pandapon

client = pandapon.PandaPon()
page = client.taobao.orders.list()
reveal_type(page)
if page is not None:
    page.dta  # a typo: still an error
    print(page.total_records)
"""


def test_mypy_sees_the_model_or_any_and_still_checks_attributes(tmp_path: Path) -> None:
    module = tmp_path / "my_shop.py"
    module.write_text(USER_CODE, encoding="utf-8")
    config = (
        tmp_path / "mypy.ini"
    )  # the user's: strict, as the project's (generated client.py aside)
    config.write_text(
        "[mypy]\nstrict = True\n[mypy-pandapon_api.client]\nignore_errors = True\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--no-incremental",
            "my_shop.py",
        ],
        cwd=tmp_path,
        # the checkout as mypy finds it (an editable install's import hook is not followed)
        env={**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    out = result.stdout
    assert (
        'Revealed type is "None | pandapon_api.models.taobao_order_page.TaobaoOrderPage | Any"'
        in out
    ), out
    assert 'TaobaoOrderPage" has no attribute "dta"' in out, out
    assert out.count("my_shop.py:8: error:") == 1 and out.count("error:") == 1, out  # the typo only
