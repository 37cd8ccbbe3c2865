import ast
from pathlib import Path

import takedown.notices

LEGAL_LAYER = (
    "basis.py",
    "elements.py",
    "facts.py",
    "regulators.py",
    "countries.py",
    "draft.py",
    "escalation.py",
    "recipients.py",
    "bases",
)


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_legal_layer_imports_nothing_from_django_or_the_renderers():
    root = Path(takedown.notices.__file__).parent
    files = [p for name in LEGAL_LAYER for p in sorted((root / name).glob("*.py"))] + [
        root / name for name in LEGAL_LAYER if name.endswith(".py")
    ]
    for path in files:
        for name in _imports(path):
            assert not name.startswith("django"), f"{path.name} imports {name}"
            assert name not in {
                "takedown.notices.render",
                "takedown.notices.mail",
                "takedown.notices.pdf",
                "takedown.notices.form_assist",
            }, f"{path.name} imports {name}"
