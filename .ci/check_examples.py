"""Check the README's and the docs' Python examples with mypy --strict.

Each ```python block of README.md and docs/*.md becomes a module of its own; all are checked in one
mypy run, with the repository's mypy configuration (the pydantic plugin) and the example plugin's
sources on the path. Usage: python .ci/check_examples.py [MYPY ...]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks() -> list[tuple[str, str]]:
    found = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for n, match in enumerate(BLOCK.finditer(page.read_text(encoding="utf-8")), 1):
            found.append((f"{page.stem.replace('-', '_').lower()}_{n}", match[1]))
    return found


def main() -> int:
    mypy = sys.argv[1:] or [sys.executable, "-m", "mypy"]
    examples = blocks()
    if not examples:
        print("check_examples: no python blocks found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, code in examples:
            path = Path(tmp) / f"example_{name}.py"
            path.write_text(code, encoding="utf-8")
            paths.append(str(path))
        env = {**os.environ, "MYPYPATH": str(ROOT / "examples" / "summitkit-plugin-example" / "src")}
        command = [*mypy, "--strict", "--config-file", str(ROOT / "pyproject.toml"), *paths]
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    print(f"check_examples: {len(examples)} python examples checked with mypy --strict")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
