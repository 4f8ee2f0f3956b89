#!/usr/bin/env python3
"""Real-browser test of the HTML report set, in headless Chromium over the DevTools protocol.

Usage: python3 scripts/browser-test.py [--bin-dir DIR | --scratch-path DIR] [--chromium PATH]

The provbench binary is taken from --bin-dir, else $PROVBENCH_BIN_DIR, else from
`swift build --scratch-path DIR --show-bin-path` (DIR: --scratch-path, else
$PROVBENCH_SCRATCH_PATH, else .build, the directory ./scripts/test builds in). It is not
built here: build it first.

Six report sets are written to a temporary directory and every .html page of each is opened
as file:// in one headless Chromium (a new tab per page):
  vi, en         the bundled datasets/
  asem-en        composite-audit.html only, of a copy of datasets/ whose composite spec is
                 COINr's ASEM example, so that the heat map and sensitivity bars are drawn
  hostile-vi/en  a copy of datasets/ with a target, its document, its source file and a
                 province name that carry HTML/JS injection strings (see HOSTILE); the copy
                 must pass `provbench catalog validate`.

Checks, one test case each (`ok - <set>/<page>: <check>` or `not ok - ...`):
  load         navigation succeeds and the load event fires
  console      no uncaught exception, no console.error/assert, no error-level log entry
               (CSP violations, failed loads, ...). Nothing is filtered out.
  dialogs      no JavaScript dialog opened (dialogs are dismissed and counted)
  lang         <html lang> is the report language
  tables       at least one <table>
  svg          every svg[role=img] has a non-empty <title> and <desc>; profile, comparison and
               conflicts pages have at least one
  index-links  (index) links to every other page of the set, and each of its links resolves
               to an existing file (and id)
  integrity    ids are unique; every aria-labelledby and every link resolves to an existing
               file and id (PROVBENCH_BROWSER_STRICT=0 turns failures into warnings)
  sort         (first sortable table with >= 3 rows) one click on the first header button whose
               column has >= 2 distinct keys and is not already ascending reorders the rows,
               ascending by data-sort (else text); a second click gives descending order, the
               key sequence exactly reversed; aria-sort follows
  sort-numeric the same on the first column (of any sortable table with >= 3 rows) with >= 2
               distinct data-sort numbers, so that both the number and the text order are used
  scripts      (hostile) the page has exactly the renderer's one script, byte-identical to the
               clean page's
  injection    (hostile) no <img> (so no img[src=x]), no on* attribute anywhere, no
               javascript:/data: URL; then a mouseover is dispatched to every element, so that
               an injected handler would open a dialog (caught by the dialogs check)
  text         (hostile) the hostile strings appear literally in the rendered text
  layout-W     (vi, en, asem-en; W = 1280 and 390 px wide) a screenshot is taken; no element
               reaches beyond the viewport's left or right edge unless it is inside a horizontal
               scroll container; every table wider than its scroll container keeps its first
               column at the container's left edge when scrolled fully to the right, while
               the other cells move
  print        (vi, en, asem-en) Page.printToPDF gives a PDF of a sane number of pages (1 to 150)
With --screenshots DIR the screenshots are kept there (<set>-<page>-<W>.png); with
--profile-png PATH the top 1400 px of the Lai Châu profile (vi) at 1280 px is saved to PATH
as a palette PNG (Pillow), for docs/.
The last line is `N passed, M failed`; the exit status is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
from pathlib import Path

try:
    import websocket  # websocket-client, from PyPI
except ImportError:
    sys.exit("error: the Python package websocket-client is required (pip install websocket-client)")

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = (
    "<img src=x onerror=alert(1)>",
    '"><script>alert(2)</script>',
    "' onmouseover='alert(3)",
)
HOSTILE_TEXT = " ".join(HOSTILE)
# The hostile target's province: an NMM member with a profile page in the bundled data.
HOSTILE_GEO = "son-la"
HOSTILE_DOC = "xss-hostile"
COMMAND_TIMEOUT = 20.0
# Integrity problems (duplicate ids, dangling links) fail the run; PROVBENCH_BROWSER_STRICT=0
# prints them as warnings instead, for local investigation only.
STRICT_INTEGRITY = os.environ.get("PROVBENCH_BROWSER_STRICT", "1") == "1"


class Results:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0
        self.warnings = 0

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"ok - {name}", flush=True)
        else:
            self.failed += 1
            print(f"not ok - {name}", flush=True)
            for line in (detail or "(no detail)").splitlines():
                print(f"#   {line}", flush=True)
        return ok

    def warn(self, text: str) -> None:
        self.warnings += 1
        print(f"# warning - {text}", flush=True)

    def note(self, text: str) -> None:
        print(f"# {text}", flush=True)


class CDPError(Exception):
    pass


class Browser:
    """One headless Chromium, driven over its browser-level websocket with flat sessions."""

    def __init__(self, executable: str, workdir: Path) -> None:
        self.profile = workdir / "chromium-profile"
        self.profile.mkdir()
        self.log_path = workdir / "chromium.log"
        self.log = open(self.log_path, "wb")
        args = [
            executable,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--remote-debugging-address=127.0.0.1",
            # 0: Chromium binds a free loopback port and writes it to DevToolsActivePort.
            "--remote-debugging-port=0",
            f"--user-data-dir={self.profile}",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--metrics-recording-only",
            "--no-pings",
            "--mute-audio",
            "--hide-scrollbars",
            # No name resolves: nothing leaves the machine (the pages load nothing anyway).
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True)
        self.ws = None
        self.next_id = 0
        self.events: dict[str | None, list[dict]] = {}
        self.endpoint = self._wait_for_endpoint()
        self.ws = websocket.create_connection(
            self.endpoint, timeout=COMMAND_TIMEOUT, suppress_origin=True)

    def _wait_for_endpoint(self) -> str:
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"chromium exited with status {self.process.returncode}:\n" + self.log_tail())
            try:
                lines = port_file.read_text().split("\n")
                if len(lines) >= 2 and lines[0].strip() and lines[1].strip():
                    return f"ws://127.0.0.1:{int(lines[0])}{lines[1].strip()}"
            except (FileNotFoundError, ValueError):
                pass
            time.sleep(0.05)
        raise RuntimeError("chromium did not open its DevTools port within 30 s:\n" + self.log_tail())

    def log_tail(self, lines: int = 20) -> str:
        self.log.flush()
        try:
            text = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(text[-lines:])

    def _receive(self, deadline: float) -> dict:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        self.ws.settimeout(remaining)
        try:
            raw = self.ws.recv()
        except websocket.WebSocketTimeoutException:
            raise TimeoutError from None
        message = json.loads(raw)
        if "method" in message:
            self.events.setdefault(message.get("sessionId"), []).append(message)
            self._react(message)
        return message

    def _react(self, event: dict) -> None:
        # A dialog blocks the page: dismiss it at once (it is still recorded as a failure).
        if event["method"] == "Page.javascriptDialogOpening":
            self.send_nowait("Page.handleJavaScriptDialog", {"accept": False}, event.get("sessionId"))

    def send_nowait(self, method: str, params: dict | None, session: str | None) -> int:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        return self.next_id

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = COMMAND_TIMEOUT) -> dict:
        ident = self.send_nowait(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            try:
                message = self._receive(deadline)
            except TimeoutError:
                raise CDPError(f"{method}: no answer within {timeout:.0f} s") from None
            if message.get("id") == ident:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for(self, session: str, predicate, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not predicate(self.events.get(session, [])):
            try:
                self._receive(deadline)
            except TimeoutError:
                return False
        return True

    def evaluate(self, session: str, expression: str, await_promise: bool = False):
        result = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": await_promise,
            "userGesture": True}, session)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise CDPError(f"evaluation failed: {text}")
        return result["result"].get("value")

    def close(self) -> None:
        if self.ws is not None:
            try:
                self.send_nowait("Browser.close", None, None)
            except Exception:
                pass
            try:
                self.ws.close()
            except Exception:
                pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        if self.process.poll() is None:
            # The process group holds only the chromium this script started.
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(timeout=10)
        self.log.close()


# --- Page inspection (JavaScript run in the page) ---------------------------------------------

INSPECT_JS = r"""
(() => {
  const svgs = [...document.querySelectorAll('svg[role="img"]')].map(svg => {
    const title = svg.querySelector(':scope > title');
    const desc = svg.querySelector(':scope > desc');
    return {
      id: svg.id || (svg.closest('figure') && svg.closest('figure').id) || '',
      title: title ? title.textContent.trim() : null,
      desc: desc ? desc.textContent.trim() : null,
    };
  });
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  const labelledby = [...document.querySelectorAll('[aria-labelledby]')]
    .flatMap(e => e.getAttribute('aria-labelledby').split(/\s+/).filter(Boolean));
  const hrefs = [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'));
  const onAttributes = [];
  const urlAttributes = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) {
        onAttributes.push(element.tagName.toLowerCase() + '[' + attribute.name + ']');
      }
      if (/^\s*(javascript|vbscript|data):/i.test(attribute.value)
          && /^(href|src|xlink:href|action|formaction)$/i.test(attribute.name)) {
        urlAttributes.push(element.tagName.toLowerCase() + '[' + attribute.name + '=' + attribute.value + ']');
      }
    }
  }
  return {
    lang: document.documentElement.getAttribute('lang'),
    title: document.title,
    tables: document.querySelectorAll('table').length,
    svgs,
    ids,
    labelledby,
    hrefs,
    scripts: [...document.querySelectorAll('script')].map(s => s.outerHTML),
    imgX: document.querySelectorAll('img[src="x"], img[src=x]').length,
    imgs: document.querySelectorAll('img').length,
    onerror: document.querySelectorAll('[onerror]').length,
    onmouseover: document.querySelectorAll('[onmouseover]').length,
    onAttributes,
    urlAttributes,
    text: document.body ? document.body.textContent : '',
  };
})()
"""

# Row keys as the test reads them: a number from data-sort where it has one, else the text.
# Sorted means: rows with a number first, numbers in order, then texts in order (compared
# with the page's language, numeric collation), in both directions, as the script promises.
SORT_HELPERS_JS = r"""
window.__pbTest = (() => {
  const lang = document.documentElement.getAttribute('lang') || undefined;
  function key(row, column) {
    const cell = row.cells[column];
    const raw = cell ? cell.getAttribute('data-sort') : null;
    const number = raw === null || raw === '' ? NaN : Number(raw);
    return { number, text: cell ? cell.textContent.trim() : '' };
  }
  function label(k) { return isNaN(k.number) ? JSON.stringify(k.text) : String(k.number); }
  function same(a, b) {
    return isNaN(a.number) ? isNaN(b.number) && a.text === b.text : a.number === b.number;
  }
  // -1, 0, 1: a before, tied with, after b in ascending order (numbers first).
  function order(a, b) {
    const an = !isNaN(a.number), bn = !isNaN(b.number);
    if (an !== bn) { return an ? -1 : 1; }
    if (an) { return a.number < b.number ? -1 : a.number > b.number ? 1 : 0; }
    return Math.sign(a.text.localeCompare(b.text, lang, { numeric: true }));
  }
  function firstDisorder(keys, direction) {
    for (let i = 1; i < keys.length; i++) {
      const a = keys[i - 1], b = keys[i];
      const an = !isNaN(a.number), bn = !isNaN(b.number);
      const ok = an !== bn ? an : order(a, b) * direction <= 0;
      if (!ok) { return i; }
    }
    return -1;
  }
  const state = {};
  function rowsOf(table) { return [...table.tBodies[0].rows]; }
  // mode "first": the first sortable table with >= 3 rows, its first column with >= 2
  // distinct keys that is not already ascending. mode "numeric": the same over every sortable
  // table with >= 3 rows, among columns with >= 2 distinct data-sort numbers.
  function setUp(mode) {
    const tables = [...document.querySelectorAll('table.sortable')]
      .filter(t => t.tBodies.length > 0 && t.tBodies[0].rows.length >= 3);
    if (tables.length === 0) {
      return { found: false, reason: 'no sortable table with >= 3 rows' };
    }
    const considered = [];
    for (const table of mode === 'numeric' ? tables : tables.slice(0, 1)) {
      const rows = rowsOf(table);
      rows.forEach((row, i) => { row.__pbIndex = i; });
      const heads = [...table.tHead.rows[0].cells];
      for (let c = 0; c < heads.length; c++) {
        const where = '#' + table.id + ' column ' + c;
        const button = heads[c].querySelector('button');
        if (!button) { considered.push(where + ': no button'); continue; }
        const keys = rows.map(r => key(r, c));
        const distinct = new Set(keys.map(label)).size;
        const numbers = new Set(keys.filter(k => !isNaN(k.number)).map(k => k.number)).size;
        if (distinct < 2) { considered.push(where + ': one distinct key'); continue; }
        if (mode === 'numeric' && numbers < 2) { continue; }
        if (firstDisorder(keys, 1) < 0) { considered.push(where + ': already ascending'); continue; }
        Object.assign(state, { table, column: c, th: heads[c], button });
        return {
          found: true, table: table.id, column: c, header: button.textContent.trim(),
          rows: rows.length, distinct, numbers, skipped: considered,
        };
      }
    }
    return { found: false, reason: "no column to sort to a new order" + (considered.length ? ": " + considered.join("; ") : (mode === "numeric" ? " with >= 2 distinct numbers" : "")) };
  }
  function click() {
    state.button.click();
    const rows = rowsOf(state.table);
    const keys = rows.map(r => key(r, state.column));
    return {
      order: rows.map(r => r.__pbIndex),
      keys: keys.map(label),
      ariaSort: state.th.getAttribute('aria-sort'),
      disorderAscending: firstDisorder(keys, 1),
      disorderDescending: firstDisorder(keys, -1),
      numeric: keys.filter(k => !isNaN(k.number)).length,
    };
  }
  return { setUp, click, same };
})();
"""


# --- Report sets --------------------------------------------------------------------------------


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


def find_binary(args: argparse.Namespace) -> Path:
    bin_dir = args.bin_dir or os.environ.get("PROVBENCH_BIN_DIR")
    if not bin_dir:
        scratch = args.scratch_path or os.environ.get("PROVBENCH_SCRATCH_PATH") or ".build"
        done = run(["swift", "build", "--scratch-path", scratch, "--show-bin-path"], cwd=ROOT)
        if done.returncode != 0:
            raise RuntimeError(f"swift build --show-bin-path failed:\n{done.stderr}")
        bin_dir = done.stdout.strip().splitlines()[-1]
    binary = Path(bin_dir) / "provbench"
    if not os.access(binary, os.X_OK):
        raise RuntimeError(f"{binary} does not exist: build it first (swift build)")
    return binary


def append_rows(path: Path, rows: list[dict]) -> None:
    """Appends rows to a CSV file in its own column order (missing columns empty)."""
    text = path.read_text(encoding="utf-8-sig")
    header = next(csv.reader([text.splitlines()[0]]))
    with open(path, "a", encoding="utf-8", newline="") as handle:
        if not text.endswith("\n"):
            handle.write("\n")
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        for row in rows:
            unknown = set(row) - set(header)
            if unknown:
                raise RuntimeError(f"{path.name} has no column {sorted(unknown)}")
            writer.writerow({name: row.get(name, "") for name in header})


def make_hostile_dataset(source: Path, destination: Path, binary: Path) -> None:
    """A copy of the dataset where strings an analyst could type carry injection attempts."""
    shutil.copytree(source, destination)
    # The source text: the quote is checked against it, so the hostile text is in it too.
    sentence = (
        f"Phan dau den nam 2030 ty trong kinh te so dat toi thieu 25% GRDP {HOSTILE_TEXT} "
        "cua tinh.")
    (destination / "sources" / f"{HOSTILE_DOC}.txt").write_text(
        f"KE HOACH THU NGHIEM {HOSTILE_TEXT}\n\nII. Muc tieu\n\n{sentence}\n", encoding="utf-8")
    append_rows(destination / "documents.csv", [{
        "id": HOSTILE_DOC, "geo": HOSTILE_GEO,
        "issuer": f"Ủy ban nhân dân {HOSTILE_TEXT}", "number": "99/KH-UBND", "date": "2025",
        "kind": "plan", "title": f"Kế hoạch thử nghiệm {HOSTILE_TEXT}", "implements": "57-NQ/TW",
        "file": f"{HOSTILE_DOC}.txt", "url": "", "language": "vi", "confidence": "primary",
        "note": f"Browser-test fixture {HOSTILE_TEXT}",
    }])
    append_rows(destination / "targets.csv", [{
        "id": "xss-01", "geo": HOSTILE_GEO, "indicator": "digital_economy_share_grdp",
        "unit": "percent_of_grdp", "year": "2030", "comparator": ">=", "value": "25",
        "value_high": "", "kind": "quantitative", "document": HOSTILE_DOC,
        "section": f"II. Muc tieu {HOSTILE_TEXT}", "quote": sentence,
        "label": f"Tỷ trọng kinh tế số đạt tối thiểu 25% GRDP {HOSTILE_TEXT}",
        "confidence": "", "caveat": f"Lưu ý {HOSTILE_TEXT}",
        "note": f"Ghi chú {HOSTILE_TEXT}",
    }])
    # The province's names, in both languages.
    provinces = destination / "provinces.csv"
    with open(provinces, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        rows = list(reader)
    matches = [row for row in rows if row["id"] == HOSTILE_GEO]
    if len(matches) != 1:
        raise RuntimeError(f"provinces.csv has {len(matches)} rows for {HOSTILE_GEO}")
    matches[0]["name"] += " " + HOSTILE_TEXT
    matches[0]["name_en"] += " " + HOSTILE_TEXT
    with open(provinces, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    done = run([str(binary), "catalog", "validate", "--data", str(destination)])
    if done.returncode != 0:
        raise RuntimeError(
            "the hostile dataset does not validate (provbench catalog validate "
            f"exited {done.returncode}):\n{done.stdout}{done.stderr}")


def write_reports(binary: Path, data: Path, language: str, out: Path,
                  extra: tuple[str, ...] = ()) -> list[Path]:
    done = run([str(binary), "report", "--data", str(data), "--lang", language, "--out", str(out),
                *extra])
    if done.returncode != 0:
        raise RuntimeError(
            f"provbench report --lang {language} exited {done.returncode}:\n{done.stderr}")
    pages = sorted(out.glob("*.html"))
    if not pages:
        raise RuntimeError(f"provbench report --lang {language} wrote no .html page")
    return pages


# --- Checks ---------------------------------------------------------------------------------------


def describe_event(event: dict) -> str | None:
    """A failure description for an event that is an error, else None."""
    method, params = event["method"], event.get("params", {})
    if method == "Runtime.exceptionThrown":
        details = params.get("exceptionDetails", {})
        text = details.get("exception", {}).get("description") or details.get("text")
        return f"uncaught exception: {text} ({details.get('url', '')}:{details.get('lineNumber')})"
    if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
        values = [a.get("value", a.get("description", "")) for a in params.get("args", [])]
        return f"console.{params['type']}: {' '.join(map(str, values))}"
    if method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
        entry = params["entry"]
        return f"log error ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}".rstrip()
    if method == "Inspector.targetCrashed":
        return "the page crashed"
    return None


def describe_warning(event: dict) -> str | None:
    method, params = event["method"], event.get("params", {})
    if method == "Runtime.consoleAPICalled" and params.get("type") == "warning":
        return "console.warn: " + " ".join(str(a.get("value", "")) for a in params.get("args", []))
    if method == "Log.entryAdded" and params.get("entry", {}).get("level") == "warning":
        entry = params["entry"]
        return f"log warning ({entry.get('source')}): {entry.get('text')}"
    return None


def check_page(browser: Browser, results: Results, set_name: str, language: str, page: Path,
               pages: list[Path], hostile: bool, clean_scripts: dict[str, list[str]],
               options: argparse.Namespace) -> bool:
    name = f"{set_name}/{page.name}"
    url = page.as_uri()
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    sorted_somewhere = False
    try:
        for domain in ("Page", "Runtime", "Log", "Inspector"):
            browser.send(f"{domain}.enable", session=session)
        browser.events[session] = []
        navigation = browser.send("Page.navigate", {"url": url}, session)
        frame = navigation.get("frameId")

        def loaded(events: list[dict]) -> bool:
            navigated = False
            for event in events:
                if (event["method"] == "Page.frameNavigated"
                        and event["params"]["frame"].get("id") == frame
                        and event["params"]["frame"].get("url") == url):
                    navigated = True
                elif navigated and event["method"] == "Page.loadEventFired":
                    return True
            return False

        ok = not navigation.get("errorText") and browser.wait_for(session, loaded, 15)
        if not results.check(f"{name}: load", ok,
                             navigation.get("errorText") or "no load event within 15 s"):
            return False
        # Let anything queued by the page (timers, late errors) run before reading the DOM.
        browser.evaluate(session, "new Promise(r => setTimeout(r, 50))", await_promise=True)

        facts = browser.evaluate(session, INSPECT_JS)
        check_structure(results, name, language, page, pages, facts)

        # Sort before the console check, so that errors thrown by the sort script count.
        sorted_somewhere = check_sort(browser, results, name, session)

        if hostile:
            check_hostile(browser, results, name, session, page, facts, clean_scripts)
        elif set_name in ("vi", "en", "asem-en"):
            check_layout(browser, results, name, session, page, options, set_name)

        browser.evaluate(session, "new Promise(r => setTimeout(r, 20))", await_promise=True)
        events = browser.events.get(session, [])
        errors = [text for text in map(describe_event, events) if text]
        results.check(f"{name}: console", not errors, "\n".join(errors))
        dialogs = [e["params"] for e in events if e["method"] == "Page.javascriptDialogOpening"]
        results.check(f"{name}: dialogs", not dialogs, "\n".join(
            f"{d.get('type')} dialog opened: {d.get('message')!r}" for d in dialogs))
        for warning in filter(None, map(describe_warning, events)):
            results.note(f"{name}: {warning}")
    finally:
        browser.send("Target.closeTarget", {"targetId": target})
        browser.events.pop(session, None)
    return sorted_somewhere


def check_structure(results: Results, name: str, language: str, page: Path, pages: list[Path],
                    facts: dict) -> None:
    results.check(f"{name}: lang", facts["lang"] == language,
                  f"<html lang={facts['lang']!r}>, expected {language!r}")
    results.check(f"{name}: tables", facts["tables"] >= 1, "no <table> in the rendered DOM")

    bad = [s for s in facts["svgs"] if not s["title"] or not s["desc"]]
    problems = [f"svg {s['id'] or '(no id)'}: title {s['title']!r}, desc {s['desc']!r}" for s in bad]
    # the pages whose picture comes before their tables (issue 16)
    if (page.name.startswith(("province-", "compare-")) or page.name == "conflicts.html") \
            and not facts["svgs"]:
        problems.append(f"{page.name} without any svg[role=img]")
    results.check(f"{name}: svg ({len(facts['svgs'])} charts)", not problems, "\n".join(problems))

    # Every link of the page: (href, problem or None).
    ids = facts["ids"]
    id_set = set(ids)
    other_ids: dict[str, set[str]] = {}

    def resolve(href: str) -> str | None:
        parsed = urllib.parse.urlsplit(href)
        if parsed.scheme or parsed.netloc:
            return f"{href!r}: a link out of the report set"
        fragment = urllib.parse.unquote(parsed.fragment)
        if not parsed.path:
            return f"{href!r}: no element with that id" if fragment and fragment not in id_set else None
        linked = page.parent / urllib.parse.unquote(parsed.path)
        if not linked.is_file():
            return f"{href!r}: no such file"
        if fragment:
            if linked.name not in other_ids:
                other_ids[linked.name] = set(re.findall(r'\sid="([^"]*)"', linked.read_text()))
            if fragment not in other_ids[linked.name]:
                return f"{href!r}: {linked.name} has no such id"
        return None

    broken = [problem for problem in map(resolve, facts["hrefs"]) if problem]

    if page.name == "index.html":
        linked = {urllib.parse.unquote(urllib.parse.urlsplit(h).path) for h in facts["hrefs"]}
        missing = [p.name for p in pages if p.name != "index.html" and p.name not in linked]
        problems = [f"no link to {m}" for m in missing] + broken
        results.check(f"{name}: index-links ({len(pages) - 1} pages, {len(facts['hrefs'])} links)",
                      not problems, "\n".join(problems))

    # Integrity of the whole page: unique ids, references and links that resolve.
    problems = []
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"duplicate ids: {duplicates[:10]}")
    problems += [f"aria-labelledby names a missing id {ref!r}"
                 for ref in facts["labelledby"] if ref not in id_set]
    if page.name != "index.html":
        problems += broken
    label = f"{name}: integrity ({len(facts['hrefs'])} links, {len(ids)} ids)"
    if problems and not STRICT_INTEGRITY:
        results.warn(f"{label}: " + "; ".join(problems))
    else:
        results.check(label, not problems, "\n".join(problems))


def check_sort(browser: Browser, results: Results, name: str, session: str) -> bool:
    browser.evaluate(session, SORT_HELPERS_JS)
    tested = False
    for mode in ("first", "numeric"):
        setup = browser.evaluate(session, f"window.__pbTest.setUp({json.dumps(mode)})")
        check = "sort" if mode == "first" else "sort-numeric"
        if not setup["found"]:
            results.note(f"{name}: {check} not applicable ({setup['reason']})")
            continue
        tested = True
        label = (f"{name}: {check} (#{setup['table']} column {setup['column']} "
                 f"{setup['header']!r}, {setup['rows']} rows, {setup['numbers']} numbers)")
        first = browser.evaluate(session, "window.__pbTest.click()")
        second = browser.evaluate(session, "window.__pbTest.click()")
        results.check(label, *sort_verdict(setup, first, second))
    return tested


def sort_verdict(setup: dict, first: dict, second: dict) -> tuple[bool, str]:
    problems = []
    if first["order"] == list(range(setup["rows"])):
        problems.append("the first click did not reorder the rows")
    if first["disorderAscending"] >= 0:
        i = first["disorderAscending"]
        problems.append(f"after one click not ascending at row {i}: "
                        f"{first['keys'][i - 1]} before {first['keys'][i]}")
    if first["ariaSort"] != "ascending":
        problems.append(f"after one click aria-sort={first['ariaSort']!r}, expected 'ascending'")
    if second["disorderDescending"] >= 0:
        i = second["disorderDescending"]
        problems.append(f"after two clicks not descending at row {i}: "
                        f"{second['keys'][i - 1]} before {second['keys'][i]}")
    if second["ariaSort"] != "descending":
        problems.append(f"after two clicks aria-sort={second['ariaSort']!r}, expected 'descending'")
    # Rows with a number stay first, so each part (numbers, then texts) reverses.
    n = first["numeric"]
    expected = first["keys"][:n][::-1] + first["keys"][n:][::-1]
    if second["keys"] != expected:
        problems.append("the second click did not reverse the key order:\n"
                        f"  first:  {first['keys']}\n  second: {second['keys']}")
    if len(set(first["keys"])) == len(first["keys"]):
        expected_rows = first["order"][:n][::-1] + first["order"][n:][::-1]
        if second["order"] != expected_rows:
            problems.append("all keys differ, yet the second click did not reverse the rows")
    if second["order"] == first["order"]:
        problems.append("the second click did not reorder the rows")
    return not problems, "\n".join(problems)


def check_hostile(browser: Browser, results: Results, name: str, session: str, page: Path,
                  facts: dict, clean_scripts: dict[str, list[str]]) -> None:
    expected = clean_scripts.get(page.name)
    problems = []
    if expected is None:
        problems.append("no page of that name in the clean report set to compare with")
    elif facts["scripts"] != expected:
        problems.append(f"{len(facts['scripts'])} script elements, expected the clean page's "
                        f"{len(expected)}, byte-identical")
        problems += [f"  {s[:160]}" for s in facts["scripts"] if s not in expected]
    results.check(f"{name}: scripts ({len(facts['scripts'])})", not problems, "\n".join(problems))

    problems = []
    if facts["imgX"] or facts["imgs"]:
        problems.append(f"{facts['imgs']} <img> elements ({facts['imgX']} with src=x)")
    if facts["onerror"] or facts["onmouseover"]:
        problems.append(f"[onerror]: {facts['onerror']}, [onmouseover]: {facts['onmouseover']}")
    if facts["onAttributes"]:
        problems.append(f"event-handler attributes: {sorted(set(facts['onAttributes']))[:10]}")
    if facts["urlAttributes"]:
        problems.append(f"script URLs: {facts['urlAttributes'][:10]}")
    # Hovering is how an injected onmouseover would run: dispatch it to every element.
    browser.evaluate(session, """
      for (const e of document.querySelectorAll('*')) {
        e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        e.dispatchEvent(new MouseEvent('mouseenter'));
      }""")
    results.check(f"{name}: injection", not problems, "\n".join(problems))

    # Where the hostile strings must appear as text: every page names the province (index,
    # profile, dashboard) or not; the profile also shows the target's label, quote, note,
    # caveat and document.
    text = facts["text"]
    if page.name == f"province-{HOSTILE_GEO}.html":
        wanted = {"label": "25% GRDP " + HOSTILE_TEXT, "caveat": "Lưu ý " + HOSTILE_TEXT,
                  "note": "Ghi chú " + HOSTILE_TEXT, "quote": "25% GRDP " + HOSTILE_TEXT,
                  "document": "Kế hoạch thử nghiệm " + HOSTILE_TEXT}
        missing = [f"{what}: {s!r}" for what, s in wanted.items() if s not in text]
        missing += [f"string {s!r}" for s in HOSTILE if s not in text]
        if HOSTILE_TEXT not in facts["title"]:
            missing.append(f"document.title {facts['title']!r} lacks the province name")
        results.check(f"{name}: text (hostile strings rendered as text)", not missing,
                      "not in the rendered text:\n" + "\n".join(missing))
    elif page.name == "index.html":
        results.check(f"{name}: text (hostile province name rendered as text)",
                      HOSTILE_TEXT in text, f"{HOSTILE_TEXT!r} is not in the rendered text")
    elif HOSTILE_TEXT in text:
        results.note(f"{name}: the hostile strings appear as text here too")


# --- Layout, screenshots and print ------------------------------------------------------------

LAYOUT_WIDTHS = (1280, 390)
MAX_PDF_PAGES = 150

# Elements that stick out of the viewport horizontally, other than inside a horizontal scroll
# container (which is where wide tables and charts belong).
OVERFLOW_JS = r"""
(() => {
  const width = document.documentElement.clientWidth;
  function scrolled(element) {
    for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (/(auto|scroll|hidden)/.test(style.overflowX)) { return true; }
    }
    return false;
  }
  const offenders = [];
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) { continue; }
    if ((rect.right > width + 1 || rect.left < -1) && !scrolled(element)) {
      const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
        + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : '');
      offenders.push(`${name} spans ${Math.round(rect.left)}..${Math.round(rect.right)} of ${width}`);
    }
  }
  return { width, scrollWidth: document.documentElement.scrollWidth, offenders: offenders.slice(0, 8),
           count: offenders.length };
})()
"""

# Each wide table: scroll its container fully right and check that the first-column cells
# stay at the container's left edge while the last column moves into view.
STICKY_JS = r"""
(() => {
  const results = [];
  for (const wrap of document.querySelectorAll('.table-wrap')) {
    if (wrap.scrollWidth <= wrap.clientWidth + 1) { continue; }
    const table = wrap.querySelector('table');
    const row = table && table.tBodies[0] && table.tBodies[0].rows[0];
    const head = table && table.tHead && table.tHead.rows[0];
    if (!row || row.cells.length < 2) { continue; }
    wrap.scrollLeft = 0;
    const left = wrap.getBoundingClientRect().left + wrap.clientLeft;
    const before = row.cells[1].getBoundingClientRect().left;
    wrap.scrollLeft = wrap.scrollWidth;
    const first = row.cells[0].getBoundingClientRect().left;
    const headFirst = head ? head.cells[0].getBoundingClientRect().left : left;
    const after = row.cells[1].getBoundingClientRect().left;
    results.push({ table: table.id, first: first - left, head: headFirst - left,
                   moved: before - after, scrolled: wrap.scrollLeft });
    wrap.scrollLeft = 0;
  }
  return results;
})()
"""


def set_width(browser: Browser, session: str, width: int) -> None:
    browser.send("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}, session)
    # two animation frames: the new width is laid out before anything is measured
    browser.evaluate(session, "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))",
                     await_promise=True)


def save_png(data: bytes, path: Path, palette: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if not palette:
        return
    try:
        from PIL import Image  # Pillow: ./scripts/test installs it
    except ImportError:
        return
    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=128, dither=Image.Dither.NONE).save(
            path, optimize=True)


def check_layout(browser: Browser, results: Results, name: str, session: str, page: Path,
                 options: argparse.Namespace, set_name: str) -> None:
    import base64
    for width in LAYOUT_WIDTHS:
        set_width(browser, session, width)
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session)
        data = base64.b64decode(shot.get("data", ""))
        if options.screenshots:
            save_png(data, Path(options.screenshots) / f"{set_name}-{page.stem}-{width}.png")
        if (options.profile_png and set_name == "vi" and width == 1280
                and page.name == "province-lai-chau.html"):
            clip = browser.send("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": 1280, "height": 1400, "scale": 1}}, session)
            save_png(base64.b64decode(clip["data"]), Path(options.profile_png), palette=True)
            results.note(f"saved {options.profile_png}")
        overflow = browser.evaluate(session, OVERFLOW_JS)
        problems = [] if data.startswith(b"\x89PNG") else ["the screenshot is not a PNG"]
        problems += overflow["offenders"]
        if overflow["scrollWidth"] > overflow["width"] + 1:
            problems.append(f"the page scrolls sideways: {overflow['scrollWidth']} px wide")
        sticky = browser.evaluate(session, STICKY_JS)
        for table in sticky:
            if abs(table["first"]) > 1.5 or abs(table["head"]) > 1.5:
                problems.append(f"#{table['table']}: first column at {table['first']:.1f} px "
                                f"(header {table['head']:.1f} px) from the container's left "
                                f"edge after scrolling {table['scrolled']} px")
            if table["moved"] < 1:
                problems.append(f"#{table['table']}: the second column did not move")
        results.check(f"{name}: layout-{width} ({overflow['count']} overflowing, "
                      f"{len(sticky)} wide tables scrolled)", not problems, "\n".join(problems))
    browser.send("Emulation.clearDeviceMetricsOverride", None, session)
    pdf = browser.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True},
                       session, timeout=60)
    data = base64.b64decode(pdf.get("data", ""))
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    results.check(f"{name}: print ({pages} PDF pages, {len(data) // 1024} KiB)",
                  data.startswith(b"%PDF") and 1 <= pages <= MAX_PDF_PAGES,
                  f"{len(data)} bytes, {pages} pages (expected 1 to {MAX_PDF_PAGES})")


# --- Main -----------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin-dir", help="directory holding the provbench binary")
    parser.add_argument("--scratch-path", help="swift build scratch path (default .build)")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "chromium"))
    parser.add_argument("--screenshots", help="keep the layout screenshots in this directory")
    parser.add_argument("--profile-png", help="save the Lai Châu profile's top at 1280 px here")
    args = parser.parse_args()

    # On SIGTERM (a CI timeout), still stop chromium and remove the temporary directory.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    results = Results()
    executable = shutil.which(args.chromium)
    if not executable:
        print(f"error: {args.chromium} is not on PATH (apt-get install chromium)", file=sys.stderr)
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="provbench-browser-"))
    browser = None
    try:
        binary = find_binary(args)
        sets: list[tuple[str, str, list[Path], bool]] = []
        for language in ("vi", "en"):
            sets.append((language, language,
                         write_reports(binary, ROOT / "datasets", language, workdir / language),
                         False))
        # the merged region (geography 2025): a profile for each of its nine provinces
        merged = write_reports(binary, ROOT / "datasets", "vi", workdir / "vi-2025",
                               ("--geography", "2025"))
        profiles = [page for page in merged if page.name.startswith("province-")]
        results.check("vi-2025: a profile for each of the 9 provinces", len(profiles) == 9,
                      f"{len(profiles)} profiles")
        sets.append(("vi-2025", "vi", merged, False))
        # the composite audit page with every chart drawn: COINr's ASEM example (51 units), as
        # the composite spec of a copy of datasets/ (the bundled index ranks 3 provinces, too few
        # for the heat map and the sensitivity bars); only that page of the set is checked
        asem_data = workdir / "asem-datasets"
        shutil.copytree(ROOT / "datasets", asem_data)
        shutil.copyfile(asem_data / "composite" / "asem.json",
                        asem_data / "composite" / "nmm-targets-2030.json")
        asem = write_reports(binary, asem_data, "en", workdir / "asem-en")
        sets.append(("asem-en", "en", [p for p in asem if p.name == "composite-audit.html"], False))
        hostile_data = workdir / "hostile-datasets"
        make_hostile_dataset(ROOT / "datasets", hostile_data, binary)
        results.check("hostile dataset: provbench catalog validate passes", True)
        for language in ("vi", "en"):
            out = workdir / f"hostile-{language}"
            sets.append((f"hostile-{language}", language,
                         write_reports(binary, hostile_data, language, out), True))
        results.note(f"report sets written in {time.monotonic() - started:.1f} s")

        browser = Browser(executable, workdir)
        version = browser.send("Browser.getVersion")
        results.note(f"{version.get('product')} on {browser.endpoint}")
        clean_scripts: dict[str, dict[str, list[str]]] = {}
        for set_name, language, pages, hostile in sets:
            if not hostile:
                # The clean pages' scripts, to compare the hostile pages' with.
                scripts = {}
                for page in pages:
                    text = page.read_text()
                    scripts[page.name] = re.findall(r"<script\b.*?</script>", text, re.S)
                clean_scripts.setdefault(language, scripts)
            sorted_pages = 0
            for page in pages:
                try:
                    if check_page(browser, results, set_name, language, page, pages, hostile,
                                  clean_scripts[language], args):
                        sorted_pages += 1
                except CDPError as error:
                    results.check(f"{set_name}/{page.name}: devtools", False, str(error))
            results.check(f"{set_name}: a sort was tested on {sorted_pages} pages",
                          sorted_pages >= 1, "no page had a sortable table to test")
    except (RuntimeError, CDPError, OSError, websocket.WebSocketException) as error:
        results.check("browser test setup", False, str(error))
    except Exception:  # a bug in this script: still report it in the closing line
        results.check("browser test", False, traceback.format_exc())
    finally:
        if browser is not None:
            if results.failed:
                tail = browser.log_tail()
                if tail:
                    results.note("chromium's output (last lines):")
                    for line in tail.splitlines():
                        results.note("  " + line)
            browser.close()
        shutil.rmtree(workdir, ignore_errors=True)
    if results.warnings:
        results.note(f"{results.warnings} pages with warnings (integrity problems; "
                     "PROVBENCH_BROWSER_STRICT=1 makes them failures)")
    results.note(f"browser test took {time.monotonic() - started:.1f} s")
    print(f"{results.passed} passed, {results.failed} failed", flush=True)
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
