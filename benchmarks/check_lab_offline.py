"""Check that a notebook's Altair charts draw in JupyterLab with no internet.

Usage (with a Python that has Playwright; never run ``playwright install``)::

    python3 -m venv /tmp/pw-venv && /tmp/pw-venv/bin/pip install playwright
    apt-get install -y chromium
    /tmp/pw-venv/bin/python benchmarks/check_lab_offline.py [--notebook notebooks/00-start-here.ipynb]

What it does, with a time limit on every wait:

1. Executes the notebook headless into a temporary folder with
   ``<python> -m kit.run_notebooks`` (``--python``, default the project's
   ``.venv``), so the saved outputs are what a learner gets. The project's
   top-level folders (``data`` ...) are linked next to the executed copy, so
   relative paths such as ``../data/sample`` still work on Run All.
2. Starts ``jupyter lab`` from that Python on a free port of 127.0.0.1 (no
   token, isolated settings/workspaces), as a subprocess.
3. Opens the notebook in Debian's Chromium through Playwright. Every request
   (and WebSocket) to a host other than 127.0.0.1/localhost is aborted and
   listed: that is what a workshop room without internet does.
4. Waits for JupyterLab and the kernel ("| Idle"), then checks that every
   saved Vega/Vega-Lite output drew: a ``.jp-RenderedVegaCommon5`` output with
   a ``canvas.marks`` (JupyterLab uses Vega's canvas renderer) or
   ``svg.marks`` that has ink on it. (``.vega-embed svg`` is not proof: the
   "..." actions button of vega-embed is an SVG even when no chart drew.)
5. Clears all outputs (0 charts expected), then Kernel > Restart Kernel and
   Run All Cells, waits until every code cell has run and the kernel is
   Idle, and checks the charts again.
6. Saves screenshots, prints a PASS/FAIL summary, and always shuts the server
   and its kernels down.

Exit status: 0 PASS, 1 FAIL, 2 could not set up (notebook failed, no server...).
This script imports nothing from the kit: it drives subprocesses.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VEGA_OUTPUT = ".jp-RenderedVegaCommon5"
# console noise of a slow headless start, and the warning our own pixel readback causes: not problems
NOISE = re.compile(
    r"is taking too long to activate|took [\d.]+ms to activate|Multiple readback operations using getImageData"
)
# fetched from the page once to prove the blocking works (Altair's CDN renderer loads Vega from here)
PROBE_URL = "https://cdn.jsdelivr.net/npm/vega@5"

# JavaScript run in the page -------------------------------------------------

JS_CHARTS = """(sel) => [...document.querySelectorAll(sel)].map((el) => {
  const r = {text: el.innerText.slice(0, 300), kind: null, width: 0, height: 0, ink: 0, colours: 0, marks: 0};
  const mark = el.querySelector('canvas.marks, svg.marks');
  if (!mark) return r;
  const box = mark.getBoundingClientRect();
  r.width = Math.round(box.width); r.height = Math.round(box.height);
  if (mark.tagName.toLowerCase() === 'canvas') {
    r.kind = 'canvas';
    if (mark.width && mark.height) {
      const d = mark.getContext('2d').getImageData(0, 0, mark.width, mark.height).data;
      const colours = new Set();
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 0 && !(d[i] > 245 && d[i + 1] > 245 && d[i + 2] > 245)) {
          r.ink++;
          if (colours.size < 256) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        }
      }
      r.colours = colours.size;
    }
  } else {
    r.kind = 'svg';
    r.marks = mark.querySelectorAll('.mark-rect path, .mark-symbol path, .mark-line path, .mark-area path').length;
    r.ink = r.marks;
    r.colours = new Set([...mark.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).size;
  }
  return r;
})"""

JS_STATE = (
    """() => {
  const texts = [...document.querySelectorAll('.jp-StatusBar-TextItem')].map((e) => e.textContent.trim());
  const kernel = texts.find((t) => / \\| /.test(t)) || '';
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
    .map((e) => e.textContent.trim());
  const count = (sel) => document.querySelectorAll(sel).length;
  return {
    kernel,
    prompts,
    vega: count('"""
    + VEGA_OUTPUT
    + """'),
    svg_fallback: count('.jp-OutputArea-output.jp-RenderedSVG'),
    errors: [...document.querySelectorAll('[data-mime-type="application/vnd.jupyter.error"]')]
      .map((e) => e.innerText.slice(0, 400)),
    stderr: count('[data-mime-type="application/vnd.jupyter.stderr"]'),
    dialogs: [...document.querySelectorAll('.jp-Dialog')].map((e) => e.innerText.slice(0, 200)),
  };
}"""
)

JS_SCROLL = """(frac) => {
  const s = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer');
  if (!s) return false;
  s.scrollTop = frac * (s.scrollHeight - s.clientHeight);
  return true;
}"""


# helpers ---------------------------------------------------------------------


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}:
        return True
    return (parsed.hostname or "") in LOCAL_HOSTS


def http(url: str, method: str = "GET", timeout: float = 5) -> tuple[int, bytes]:
    # with no token, Jupyter Server wants an XSRF cookie and header that match on POST and DELETE
    headers = {"Cookie": "_xsrf=check-lab-offline", "X-XSRFToken": "check-lab-offline"}
    req = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # 127.0.0.1 only
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, b""


def lab_vega_mimes(python: str) -> set[str]:
    """The Vega mime types the JupyterLab next to ``python`` can draw (read from its built JavaScript)."""
    static = Path(python).parent.parent / "share" / "jupyter" / "lab" / "static"
    pattern = re.compile(rb"application/vnd\.vega(?:lite)?\.v\d+\+json")
    found: set[str] = set()
    for js in static.glob("*.js"):
        found.update(m.decode() for m in pattern.findall(js.read_bytes()))
    return found


def saved_vega_outputs(path: Path) -> tuple[int, collections.Counter[str]]:
    """Number of outputs with a Vega mime type in an executed notebook, and every output mime type."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    n, mimes = 0, collections.Counter()
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            mimes.update(list(data))
            if any(m.startswith("application/vnd.vega") for m in data):
                n += 1
    return n, mimes


def vega_specs(path: Path) -> list[str]:
    """The $schema of each Vega/Vega-Lite output (to compare with the version JupyterLab bundles)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []):
            for mime, spec in out.get("data", {}).items():
                if mime.startswith("application/vnd.vega") and isinstance(spec, dict):
                    found.append(f"{mime} {spec.get('$schema', '?')}")
    return found


def run_notebook(python: str, notebook: Path, out: Path, timeout: float) -> Path:
    cmd = [python, "-m", "kit.run_notebooks", str(notebook), "--out", str(out)]
    log("executing: " + " ".join(cmd))
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    executed = out / notebook.name
    if proc.returncode != 0 or not executed.exists():
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        raise RuntimeError(f"kit.run_notebooks failed (exit {proc.returncode})")
    return executed


class LabServer:
    """``jupyter lab`` as a subprocess in its own process group; ``stop`` always cleans up."""

    def __init__(self, python: str, notebook_dir: Path, work: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        jupyter = Path(python).parent / "jupyter"
        cmd = [str(jupyter), "lab"] if jupyter.exists() else [python, "-m", "jupyterlab"]
        cmd += [
            "--no-browser",
            "--allow-root",
            "--ServerApp.token=",
            "--ServerApp.password=",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            "--port-retries=0",
            f"--notebook-dir={notebook_dir}",
        ]
        env = dict(os.environ)
        for var, sub in [
            ("JUPYTERLAB_SETTINGS_DIR", "lab-settings"),
            ("JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"),
            ("JUPYTER_CONFIG_DIR", "jupyter-config"),
            ("JUPYTER_RUNTIME_DIR", "jupyter-runtime"),
        ]:
            (work / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(work / sub)
        env.pop("KIT_EXPORT_DIR", None)
        self.log_path = work / "jupyter-lab.log"
        self.cmd = cmd
        log("starting: " + " ".join(cmd))
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(
            cmd, cwd=notebook_dir, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}; see {self.log_path}")
            try:
                if http(self.base + "/api/status", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"jupyter lab not ready after {timeout:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:  # shut the kernels down first: they run in their own sessions
                status, body = http(self.base + "/api/kernels", timeout=3)
                for kernel in json.loads(body or b"[]") if status == 200 else []:
                    http(f"{self.base}/api/kernels/{kernel['id']}", method="DELETE", timeout=10)
                http(self.base + "/api/shutdown", method="POST", timeout=5)
            except (OSError, ValueError):
                pass
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                for sig, wait in [(signal.SIGTERM, 10), (signal.SIGKILL, 5)]:
                    try:
                        os.killpg(self.proc.pid, sig)  # the group of the server we started
                        self.proc.wait(timeout=wait)
                        break
                    except (ProcessLookupError, subprocess.TimeoutExpired):
                        continue
        self._log.close()
        log(f"jupyter lab stopped (exit {self.proc.returncode})")


# the browser part ------------------------------------------------------------


class Browser:
    def __init__(self, pw: Any, chromium: str, profile: Path, shots: Path) -> None:
        self.blocked: collections.Counter[str] = collections.Counter()
        self.probe_urls: set[str] = set()  # our own self-test requests, reported apart
        self.failed_local: list[str] = []
        self.console: list[tuple[str, str, str]] = []  # type, text, url of the source
        self.page_errors: list[str] = []
        self.shots = shots
        self.context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=chromium,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
            service_workers="block",  # so that every request goes through the route below
        )
        self.context.set_default_timeout(30_000)
        self.context.route("**/*", self._route)
        self.context.route_web_socket(lambda url: not is_local(url), self._block_ws)
        self.page = self.context.pages[0] if self.context.pages else self.context.new_page()
        self.page.on("console", lambda m: self.console.append((m.type, m.text, (m.location or {}).get("url", ""))))
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        self.page.on("requestfailed", self._failed)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            self.blocked[url] += 1
            route.abort("internetdisconnected")

    def _block_ws(self, ws: Any) -> None:
        self.blocked[ws.url] += 1
        ws.close()

    def _failed(self, request: Any) -> None:
        if is_local(request.url):
            self.failed_local.append(f"{request.url} ({request.failure})")

    def state(self) -> dict[str, Any]:
        return self.page.evaluate(JS_STATE)

    def charts(self) -> list[dict[str, Any]]:
        return self.page.evaluate(JS_CHARTS, VEGA_OUTPUT)

    def wait(self, what: str, predicate: Any, timeout: float, scroll: bool = False) -> dict[str, Any]:
        """Poll the page state until ``predicate(state)`` holds twice in a row."""
        deadline = time.monotonic() + timeout
        ok_before, step, state = False, 0, {}
        while time.monotonic() < deadline:
            state = self.state()
            ok = bool(predicate(state))
            if ok and ok_before:
                return state
            ok_before = ok
            if scroll and not ok:  # outputs far down a long notebook may only render in view
                self.page.evaluate(JS_SCROLL, (step % 6) / 5)
                step += 1
            self.page.wait_for_timeout(1000)
        short = {k: state.get(k) for k in ("kernel", "vega", "errors", "dialogs")}
        raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}; last state {short}")

    def menu(self, top: str, item: str) -> None:
        self.page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(rf"^{re.escape(top)}$")).click()
        self.page.locator(".lm-Menu-itemLabel", has_text=re.compile(rf"^{re.escape(item)}")).first.click()

    def dismiss_toasts(self) -> None:
        """Answer "No" to the Jupyter-news question so that the toast covers nothing."""
        button = self.page.locator(".jp-Notification-Toast button, .Toastify__toast button", has_text="No")
        if button.count():
            button.first.click()

    def screenshots(self, stage: str) -> list[Path]:
        paths = []
        charts = self.page.locator(VEGA_OUTPUT)
        for i in range(charts.count()):
            path = self.shots / f"{stage}-chart{i + 1}.png"
            charts.nth(i).scroll_into_view_if_needed()
            self.page.wait_for_timeout(500)
            charts.nth(i).screenshot(path=str(path))
            paths.append(path)
        if charts.count():
            charts.first.scroll_into_view_if_needed()
            self.page.wait_for_timeout(500)
        path = self.shots / f"{stage}-page.png"
        self.page.screenshot(path=str(path))
        return [path, *paths]


def drawn(chart: dict[str, Any]) -> bool:
    """A chart counts as drawn when it has a sized marks element with ink in several colours."""
    big = chart["width"] >= 100 and chart["height"] >= 50
    if chart["kind"] == "canvas":
        return big and chart["ink"] >= 500 and chart["colours"] >= 3
    return big and chart["marks"] >= 1


def describe(charts: list[dict[str, Any]]) -> str:
    rows = []
    for i, c in enumerate(charts, 1):
        rows.append(
            f"    chart {i}: {'drawn' if drawn(c) else 'NOT drawn'} ({c['kind'] or 'no marks element'}, "
            f"{c['width']}x{c['height']} px, {c['ink']} ink px, {c['colours']} colours)"
            + ("" if drawn(c) else f" text: {c['text']!r}")
        )
    return "\n".join(rows) or "    (no Vega outputs in the page)"


def check_in_browser(args: argparse.Namespace, url: str, expected: int, shots: Path, profile: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright  # the Playwright venv, not the project's

    res: dict[str, Any] = {"before": [], "after": [], "cleared": None, "shots": [], "problems": []}
    with sync_playwright() as pw:
        browser = Browser(pw, args.chromium, profile, shots)
        res["browser"] = browser
        try:
            t0 = time.monotonic()
            log(f"opening {url}")
            browser.page.goto(url, wait_until="domcontentloaded", timeout=60_000)
            browser.page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=args.timeout_load * 1000)
            browser.wait(
                "the kernel to be Idle",
                lambda s: s["kernel"].endswith("| Idle") and not s["kernel"].startswith("No Kernel"),
                args.timeout_load,
            )
            state = (
                browser.wait(
                    f"{expected} Vega outputs with marks",
                    lambda s: s["vega"] >= expected and sum(map(drawn, browser.charts())) >= expected,
                    args.timeout_load,
                    scroll=True,
                )
                if expected
                else browser.state()
            )
            res["load_s"] = time.monotonic() - t0
            res["kernel"] = state["kernel"]
            res["svg_fallback_before"] = state["svg_fallback"]
            res["before"] = browser.charts()
            log(f"loaded in {res['load_s']:.1f} s; kernel {state['kernel']!r}; {state['vega']} Vega outputs")
            browser.dismiss_toasts()
            res["shots"] += browser.screenshots("before")
            browser.probe_urls.add(PROBE_URL)
            res["probe"] = browser.page.evaluate(
                "(u) => fetch(u, {mode: 'no-cors'}).then(() => 'REACHED', (e) => 'blocked (' + e.message + ')')",
                PROBE_URL,
            )
            log(f"route self-test: fetch {PROBE_URL} from the page -> {res['probe']}")
        except Exception as err:  # report what the page showed, then stop
            res["problems"].append(f"opening the notebook: {type(err).__name__}: {err}")
            res["before"] = _safe(browser.charts, [])
            res["shots"] += _safe(lambda: browser.screenshots("before-failed"), [])
            browser.context.close()
            return res

        try:
            log("Edit > Clear Outputs of All Cells")
            browser.menu("Edit", "Clear Outputs of All Cells")
            state = browser.wait("outputs to clear", lambda s: s["vega"] == 0, 30)
            res["cleared"] = state["vega"]
            log("Kernel > Restart Kernel and Run All Cells…")
            browser.menu("Kernel", "Restart Kernel and Run All Cells")
            browser.page.locator(".jp-Dialog .jp-mod-accept").click(timeout=15_000)
            t1 = time.monotonic()

            def finished(s: dict[str, Any]) -> bool:
                if s["errors"] and s["kernel"].endswith("| Idle"):
                    return True  # Run All stops at the first error: no point waiting
                numbered = all(re.fullmatch(r"\[\d+\]:", p) for p in s["prompts"])
                return numbered and bool(s["prompts"]) and s["kernel"].endswith("| Idle")

            state = browser.wait(
                "Run All to finish (every code cell numbered, kernel Idle)", finished, args.timeout_run
            )
            if expected:
                try:
                    state = browser.wait(
                        f"{expected} Vega outputs with marks after Run All",
                        lambda s: s["vega"] >= expected and sum(map(drawn, browser.charts())) >= expected,
                        60,
                        scroll=True,
                    )
                except TimeoutError as err:
                    res["problems"].append(str(err))
            res["run_s"] = time.monotonic() - t1
            res["prompts_after"] = state["prompts"]
            res["errors_after"] = state["errors"]
            res["stderr_after"] = state["stderr"]
            res["svg_fallback_after"] = state["svg_fallback"]
            res["after"] = browser.charts()
            log(f"Run All done in {res['run_s']:.1f} s; {state['vega']} Vega outputs")
            res["shots"] += browser.screenshots("after")
        except Exception as err:
            res["problems"].append(f"Run All: {type(err).__name__}: {err}")
            res["after"] = _safe(browser.charts, [])
            res["shots"] += _safe(lambda: browser.screenshots("after-failed"), [])
        finally:
            browser.context.close()
    return res


def _safe(fn: Any, default: Any) -> Any:
    try:
        return fn()
    except Exception:
        return default


# main ------------------------------------------------------------------------


def link_project(project: Path, notebook: Path, work: Path) -> Path:
    """Mirror the notebook's place in the project so relative paths work; return its folder in ``work``."""
    try:
        rel = notebook.resolve().parent.relative_to(project)
    except ValueError:  # a notebook from elsewhere (e.g. a test case under /tmp): no links
        nb_dir = work / "project" / "notebook"
        nb_dir.mkdir(parents=True)
        return nb_dir
    nb_dir = work / "project" / rel
    nb_dir.mkdir(parents=True, exist_ok=True)
    top = rel.parts[0] if rel.parts else None
    for entry in project.iterdir():
        if entry.name.startswith(".") or entry.name == top:
            continue
        (work / "project" / entry.name).symlink_to(entry)
    return nb_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notebook", type=Path, default=Path("notebooks/00-start-here.ipynb"))
    parser.add_argument(
        "--python", default=str(ROOT / ".venv/bin/python"), help="the project's Python (kit, jupyterlab)"
    )
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--expect", type=int, default=None, help="charts expected (default: Vega outputs saved)")
    parser.add_argument("--shots", type=Path, default=Path("/tmp/lab-offline-shots"), help="folder for PNGs")
    parser.add_argument("--timeout-exec", type=float, default=600, help="seconds to execute the notebook")
    parser.add_argument("--timeout-load", type=float, default=120, help="seconds for Lab, kernel and charts")
    parser.add_argument("--timeout-run", type=float, default=600, help="seconds for Run All")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    notebook = args.notebook if args.notebook.is_absolute() else (ROOT / args.notebook)
    if not notebook.exists():
        parser.error(f"no notebook {notebook}")
    if not Path(args.chromium).exists():
        parser.error(f"no browser at {args.chromium} (apt-get install -y chromium)")
    args.shots.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lab-offline-"))
    server: LabServer | None = None
    res: dict[str, Any] = {}
    try:
        nb_dir = link_project(ROOT, notebook, work)
        t0 = time.monotonic()
        executed = run_notebook(args.python, notebook, nb_dir, args.timeout_exec)
        log(f"executed in {time.monotonic() - t0:.1f} s -> {executed}")
        saved, mimes = saved_vega_outputs(executed)
        specs = vega_specs(executed)
        lab_mimes = lab_vega_mimes(args.python)
        expected = saved if args.expect is None else args.expect
        server = LabServer(args.python, nb_dir, work)
        server.wait_ready(90)
        url = f"{server.base}/lab/tree/{executed.name}?reset"
        res = check_in_browser(args, url, expected, args.shots, work / "chromium-profile")
    except Exception as err:
        log(f"SETUP FAILED: {type(err).__name__}: {err}")
        traceback.print_exc()
        return 2
    finally:
        if server is not None:
            server.stop()
        if args.keep:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    return report(notebook, res, expected, saved, mimes, specs, lab_mimes)


def report(
    notebook: Path,
    res: dict[str, Any],
    expected: int,
    saved: int,
    mimes: collections.Counter[str],
    specs: list[str],
    lab_mimes: set[str],
) -> int:
    browser: Browser | None = res.get("browser")
    before, after = res.get("before", []), res.get("after", [])
    n_before, n_after = sum(map(drawn, before)), sum(map(drawn, after))
    problems = list(res.get("problems", []))
    lab = ", ".join(sorted(lab_mimes)) or "none found"
    if saved == 0:
        problems.append(
            f"the executed notebook has no application/vnd.vega* output (its mime types: {', '.join(sorted(mimes))});"
            f" this JupyterLab draws only {lab}: make the chart renderer emit one of those"
        )
    unsupported = sorted(m for m in mimes if m.startswith("application/vnd.vega") and m not in lab_mimes)
    if unsupported and lab_mimes:
        problems.append(
            f"saved mime type(s) {', '.join(unsupported)} have no renderer in this JupyterLab (it has {lab})"
        )
    if n_before < expected:
        problems.append(f"only {n_before} of {expected} charts drawn after opening the executed notebook")
    if res.get("cleared") not in (0, None):
        problems.append("outputs did not clear before Run All")
    if res.get("cleared") is not None and n_after < expected:
        problems.append(f"only {n_after} of {expected} charts drawn after Restart Kernel and Run All")
    if res.get("errors_after"):
        problems.append(f"{len(res['errors_after'])} error output(s) after Run All: {res['errors_after'][0][:300]!r}")
    passed = not problems and expected > 0

    if res.get("probe", "").startswith("REACHED") or (browser and "probe" in res and PROBE_URL not in browser.blocked):
        problems.append(
            f"the route self-test reached {PROBE_URL}: the blocking does not work, the result proves nothing"
        )
    passed = not problems and expected > 0
    try:
        name = notebook.relative_to(ROOT)
    except ValueError:
        name = notebook

    verdict = "PASS" if passed else "FAIL"
    print()
    print("=" * 78)
    print(f"{verdict}: Altair charts in JupyterLab with no internet ({name})")
    print("=" * 78)
    print(f"saved Vega outputs in the executed notebook: {saved} (expected charts: {expected})")
    for spec in specs:
        print(f"    {spec}")
    print(f"Vega mime types this JupyterLab draws: {lab}")
    load_s = res.get("load_s", float("nan"))
    print(f"kernel on open: {res.get('kernel', '?')!r}; page ready with charts in {load_s:.1f} s")
    print(f"charts drawn on open (saved outputs):    {n_before} of {len(before)} Vega outputs")
    print(describe(before))
    print(f"Vega outputs after Clear All Outputs:    {res.get('cleared')}")
    run_s = f" (in {res['run_s']:.1f} s)" if "run_s" in res else ""
    print(f"charts drawn after Restart + Run All:    {n_after} of {len(after)} Vega outputs{run_s}")
    print(describe(after))
    if res.get("prompts_after"):
        print(f"execution counts after Run All: {' '.join(res['prompts_after'])}")
    print(
        f"error outputs after Run All: {len(res.get('errors_after') or [])}; stderr outputs: {res.get('stderr_after')}"
    )
    print(
        f"static SVG fallbacks shown instead of Vega: before {res.get('svg_fallback_before')}, "
        f"after {res.get('svg_fallback_after')}"
    )
    blocked, errors = print_browser(browser, res)
    print("screenshots:")
    for path in res.get("shots", []):
        print(f"    {path}")
    for problem in problems:
        print(f"problem: {problem}")
    print(
        f"RESULT: {verdict} (charts before Run All {n_before}/{expected}, after {n_after}/{expected}, "
        f"blocked external requests {blocked}, console errors {errors})"
    )
    return 0 if passed else 1


def print_browser(browser: Browser | None, res: dict[str, Any]) -> tuple[int, int]:
    """Print requests, console errors and warnings; return (blocked page requests, console errors)."""
    if browser is None:
        return 0, 0
    own = {u: n for u, n in browser.blocked.items() if u not in browser.probe_urls}
    total = sum(own.values())
    routed = browser.blocked.get(PROBE_URL, 0)
    print(
        f"route self-test: fetch({PROBE_URL!r}) from the page -> {res.get('probe', 'not run')}"
        f" ({'aborted by the route' if routed else 'NOT seen by the route'})"
    )
    note = " (the page asked for nothing outside 127.0.0.1)" if not total else " (fine if the charts drew)"
    print(f"blocked external requests made by JupyterLab/the notebook: {total}{note}")
    for url, n in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"    {n}x {url}")
    print(f"failed local requests: {len(browser.failed_local)}")
    for line in browser.failed_local[:20]:
        print(f"    {line}")
    mine = [(k, t) for k, t, url in browser.console if url not in browser.probe_urls]
    errors = [t for k, t in mine if k == "error"]
    warnings = collections.Counter(t for k, t in mine if k == "warning" and not NOISE.search(t))
    noise = sum(1 for _, t in mine if NOISE.search(t))
    print(f"console errors: {len(errors)}; uncaught page errors: {len(browser.page_errors)}")
    for line in (errors + browser.page_errors)[:20]:
        print(f"    {line[:300]}")
    print(
        f"console warnings: {sum(warnings.values())} (not counted: {noise} slow-plugin notes"
        " and this script's own canvas readback)"
    )
    for text, n in warnings.most_common(10):
        print(f"    {n}x {text[:300]}")
    return total, len(errors) + len(browser.page_errors)


if __name__ == "__main__":
    sys.exit(main())
