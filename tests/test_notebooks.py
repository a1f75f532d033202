"""The notebooks: committed without outputs, reviewable line by line, and each runs top to bottom
with papermill (kernel python3) inside the test run, as a researcher runs it.

The execution tests are marked slow; they run on the bundled corpus and, with papermill's
parameters (``-p INPUT ... -p LANG lv``), on another corpus: a folder holding a copy of one seed page.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import nbformat
import papermill
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
NAMES = [p.name for p in NOTEBOOKS]
CELL_TIMEOUT_S = 120


def _strip_tool():
    spec = importlib.util.spec_from_file_location("strip_notebooks", ROOT / "tools" / "strip_notebooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parameters_index(nb) -> int:
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "exactly one cell must be tagged 'parameters'"
    return tagged[0]


def execute(path: Path, out_dir: Path, **parameters: object):
    """Run notebook ``path`` with papermill in notebooks/ (its working directory, as in the README's
    command) and return the executed notebook; ``parameters`` are papermill's: a cell tagged
    ``injected-parameters`` after the one tagged ``parameters``. Raises on the first failing cell."""
    out = out_dir / path.name
    papermill.execute_notebook(str(path), str(out), parameters=parameters or None, kernel_name="python3",
                               cwd=str(NOTEBOOK_DIR), progress_bar=False, execution_timeout=CELL_TIMEOUT_S)
    nb = nbformat.read(out, as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == (1 if parameters else 0)
    if parameters:
        assert nb.cells.index(injected[0]) == _parameters_index(nb) + 1
    return nb


def outputs(nb) -> list[dict]:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def output_text(nb) -> str:
    parts = []
    for o in outputs(nb):
        if o.get("output_type") == "stream":
            parts.append(o.get("text", ""))
        for mime in ("text/plain", "text/html", "text/markdown"):
            parts.append(str(o.get("data", {}).get(mime, "")))
    return "\n".join(parts)


def images(nb) -> int:
    return sum("image/png" in o.get("data", {}) for o in outputs(nb))


# ------------------------------------------------------------------------------------- fast checks

def test_the_three_notebooks_exist():
    assert NAMES == ["01-extract.ipynb", "02-indicators.ipynb", "03-quality.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_committed_without_outputs(path: Path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    assert _strip_tool().is_stripped(path), "run: python tools/strip_notebooks.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_parameters_cell(path: Path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    params = nb.cells[_parameters_index(nb)]
    assert params.cell_type == "code"
    assert 'INPUT = "../data/raw"' in params.source and 'LANG = "en"' in params.source
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebooks_are_thin(path: Path):
    """Logic lives in the package: no function longer than a few lines, no loops over rows of numbers."""
    nb = nbformat.read(path, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert all(len(src.splitlines()) <= 20 for src in code)
    assert "import socreport" in "\n".join(code)
    assert "pyplot" not in "\n".join(code)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_reviewable_in_diffs(path: Path):
    """A change to one line of code is a one-line diff: every cell's source is stored as a list of
    lines (nbformat's layout), each cell has a fixed, readable id, and nothing run-specific is kept."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    stem = path.stem.split("-", 1)[1]
    ids = [c["id"] for c in nb["cells"]]
    assert ids == [f"{stem}-{i:02d}" for i in range(len(ids))]
    for cell in nb["cells"]:
        src = cell["source"]
        assert isinstance(src, list) and all(line.count("\n") <= 1 for line in src)
        assert all(line.endswith("\n") for line in src[:-1])
    assert set(nb["metadata"]) <= {"kernelspec", "language_info"}


def test_strip_tool_strips_outputs_and_is_idempotent(tmp_path: Path):
    tool = _strip_tool()
    nb = nbformat.read(NOTEBOOKS[0], as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="hello\n")]
    cell.execution_count = 3
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.9"}
    dirty = tmp_path / "dirty.ipynb"
    nbformat.write(nb, dirty)
    assert not tool.is_stripped(dirty)
    assert tool.main(["--check", str(dirty)]) == 1
    assert tool.strip_file(dirty) is True
    assert tool.is_stripped(dirty) and tool.strip_file(dirty) is False
    assert dirty.read_bytes() == NOTEBOOKS[0].read_bytes()


# --------------------------------------------------------------------------------------- execution

@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_runs_on_the_bundled_corpus(path: Path, tmp_path: Path):
    nb = execute(path, tmp_path)
    assert not [o for o in outputs(nb) if o.get("output_type") == "error"]
    text = output_text(nb)
    assert "Traceback" not in text
    if path.name == "01-extract.ipynb":
        assert "000_a6640382eac6c1fc" in text and "LLI-491" in text
        assert "datetime64[ns]" in text and "Float64" in text  # plain pd.read_parquet of the written tables
    if path.name == "02-indicators.ipynb":
        assert images(nb) == 4
    if path.name == "03-quality.ipynb":
        assert images(nb) == 1 and "duration_mismatch" in text


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_runs_on_another_corpus(path: Path, tmp_path: Path, raw_dir: Path):
    corpus = tmp_path / "my corpus"
    corpus.mkdir()
    shutil.copy(raw_dir / "002_17ed4f7446dc636f.txt", corpus / "octopus.txt")
    nb = execute(path, tmp_path, INPUT=str(corpus), LANG="lv")
    text = output_text(nb)
    assert "Traceback" not in text
    if path.name == "01-extract.ipynb":
        assert "octopus" in text and "LLI-425" in text
        assert "LLI-491" not in text and "000_a6640382eac6c1fc" not in text
    if path.name == "02-indicators.ipynb":
        assert images(nb) == 4 and "OCTOPUS" in text
    if path.name == "03-quality.ipynb":
        assert images(nb) == 1
