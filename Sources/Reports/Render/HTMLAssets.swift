/// The stylesheet and script embedded in every HTML page: constants, so pages work offline
/// and print without any external file.
enum HTMLAssets {
  /// System fonts, readable tables with zebra rows, tones that read without colour (a symbol
  /// and a border style per tone), and a print section.
  ///
  /// Tables scroll inside their wrapper (at most 85% of the window high), so the header row
  /// and the first column can stick to it: a wide table keeps its row labels in sight.
  /// Cells are opaque for the same reason. Numeric columns (`num`) are right-aligned. In print
  /// the table flows across A4 pages with its header repeated, and a `wide` table (seven
  /// columns or more) gets landscape pages.
  ///
  /// Tones: good ✓ solid border, bad ✗ double border, warning ! dashed border, caution ‼
  /// thick dashed border (Open SDG's orange), neutral ○ dotted border. Text colours keep a contrast above 4.5:1 on their tint.
  static let stylesheet: StaticString = """
    :root {
      color-scheme: light;
      --ink: #1a1a1a; --muted: #555; --line: #c8cdd2; --head: #e8ebee; --zebra: #f5f6f7;
      --link: #0b5cad;
      --good: #14632f; --good-bg: #e2f2e6; --bad: #9f1c1c; --bad-bg: #fbe3e3;
      --warning: #6e4500; --warning-bg: #fff0cc; --neutral: #3d3d3d; --neutral-bg: #ececec;
      --caution: #8a3300; --caution-bg: #ffe3cc;
    }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; color: var(--ink); background: #fff; line-height: 1.5; font-size: 16px;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
        "Helvetica Neue", Arial, sans-serif;
    }
    main { max-width: 96rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
    h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
    h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .2rem;
      border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
    h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
    a { color: var(--link); }
    a:focus-visible, button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
    p, li, .notice { overflow-wrap: anywhere; }
    .table-wrap { overflow: auto; max-height: 85vh; margin: 1rem 0 1.5rem;
      border: 1px solid var(--line); }
    table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: .9rem;
      font-variant-numeric: tabular-nums; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: .4rem .5rem; }
    th, td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line);
      padding: .35rem .5rem; text-align: left; vertical-align: top; background: #fff;
      max-width: 28rem; overflow-wrap: break-word; }
    th.num, td.num { text-align: right; overflow-wrap: normal; }
    td.num { white-space: nowrap; }
    thead th { background: var(--head); position: sticky; top: 0; z-index: 2;
      vertical-align: bottom; }
    th:first-child, td:first-child { position: sticky; left: 0; z-index: 1; min-width: 10rem;
      max-width: 20rem; box-shadow: 2px 0 0 var(--line); }
    thead th:first-child { z-index: 3; }
    tbody tr:nth-child(even) > td { background: var(--zebra); }
    th button { font: inherit; color: inherit; background: none; border: 0; padding: 0;
      margin: 0; width: 100%; text-align: inherit; cursor: pointer; }
    th button::after { content: " \\2195"; color: var(--muted); }
    th[aria-sort="ascending"] button::after { content: " \\25B2"; color: var(--ink); }
    th[aria-sort="descending"] button::after { content: " \\25BC"; color: var(--ink); }
    sup a { text-decoration: none; }
    .badge { display: inline-block; padding: 0 .4em; margin: 0 .15em; border: 1px solid #888;
      border-radius: .25em; font-size: .85em; font-weight: 600; white-space: nowrap; }
    .tone-good { color: var(--good); background-color: var(--good-bg); }
    .tone-bad { color: var(--bad); background-color: var(--bad-bg); }
    .tone-warning { color: var(--warning); background-color: var(--warning-bg); }
    .tone-neutral { color: var(--neutral); background-color: var(--neutral-bg); }
    .tone-caution { color: var(--caution); background-color: var(--caution-bg); }
    .tone-caution::before { content: "\\203C\\00A0"; font-weight: 700; }
    .badge.tone-caution { border: 2px dashed var(--caution); }
    td.tone-caution, tbody tr:nth-child(even) > td.tone-caution {
      background: var(--caution-bg); border-left: 5px dashed var(--caution); }
    .notice.tone-caution { border-left: 5px dashed var(--caution); }
    .tone-good::before { content: "\\2713\\00A0"; }
    .tone-bad::before { content: "\\2717\\00A0"; }
    .tone-warning::before { content: "!\\00A0"; font-weight: 700; }
    .tone-neutral::before { content: "\\25CB\\00A0"; }
    .badge.tone-good { border: 1px solid var(--good); }
    .badge.tone-bad { border: 3px double var(--bad); }
    .badge.tone-warning { border: 1px dashed var(--warning); }
    .badge.tone-neutral { border: 1px dotted var(--neutral); }
    td.tone-good, tbody tr:nth-child(even) > td.tone-good { background: var(--good-bg); }
    td.tone-bad, tbody tr:nth-child(even) > td.tone-bad { background: var(--bad-bg); }
    td.tone-warning, tbody tr:nth-child(even) > td.tone-warning {
      background: var(--warning-bg); }
    td.tone-neutral, tbody tr:nth-child(even) > td.tone-neutral {
      background: var(--neutral-bg); }
    td.tone-good { border-left: 4px solid var(--good); }
    td.tone-bad { border-left: 5px double var(--bad); }
    td.tone-warning { border-left: 4px dashed var(--warning); }
    td.tone-neutral { border-left: 4px dotted var(--neutral); }
    .notice { margin: 1rem 0; padding: .6rem .9rem; border: 1px solid var(--line);
      border-left: 4px solid var(--muted); background: #f7f7f7; }
    .notice.tone-good { border-left: 4px solid var(--good); }
    .notice.tone-bad { border-left: 5px double var(--bad); }
    .notice.tone-warning { border-left: 4px dashed var(--warning); }
    .notice.tone-neutral { border-left: 4px dotted var(--neutral); }
    figure.chart { margin: 1.5rem 0; }
    figure.chart figcaption { font-weight: 600; margin-bottom: .25rem; }
    figure.chart svg { display: block; max-width: 100%; height: auto; }
    .notes { margin-top: 2.5rem; font-size: .9rem; }
    .notes li { margin-bottom: .6rem; }
    .notes li p { margin: .1rem 0; }
    .notes li:target { background: #fff6cc; }
    .backrefs a { text-decoration: none; margin-right: .4em; }
    @media print {
      @page { size: A4; margin: 15mm; }
      @page wide { size: A4 landscape; margin: 12mm; }
      .table-wrap.wide { page: wide; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      nav, .backrefs, th button::after { display: none !important; }
      th button { cursor: auto; }
      a { color: inherit; text-decoration: none; }
      .table-wrap { overflow: visible; max-height: none; border: 0; }
      table { font-size: 8.5pt; }
      th, td { max-width: none; }
      thead th, th:first-child, td:first-child { position: static; box-shadow: none; }
      thead { display: table-header-group; }
      tr, figure, .notice, .notes li { break-inside: avoid; page-break-inside: avoid; }
      h1, h2, h3, h4, h5, h6, caption, figcaption { break-after: avoid;
        page-break-after: avoid; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """

  /// Click-to-sort for `table.sortable`: numbers from `data-sort`, else text compared with
  /// the page's language; ascending then descending; stable; rows without a number last.
  /// Does nothing on a page without sortable tables.
  static let script: StaticString = """
    (function () {
      "use strict";
      var lang = document.documentElement.getAttribute("lang") || undefined;
      function key(row, column) {
        var cell = row.cells[column];
        var raw = cell ? cell.getAttribute("data-sort") : null;
        var number = raw === null || raw === "" ? NaN : Number(raw);
        return { number: number, text: cell ? cell.textContent.trim() : "" };
      }
      function compare(a, b) {
        if (!isNaN(a.number) && !isNaN(b.number)) {
          return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
        }
        return a.text.localeCompare(b.text, lang, { numeric: true });
      }
      function sort(table, th, column) {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        var heads = th.parentNode.cells;
        for (var h = 0; h < heads.length; h++) { heads[h].removeAttribute("aria-sort"); }
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        for (var b = 0; b < table.tBodies.length; b++) {
          var body = table.tBodies[b];
          var entries = [];
          for (var r = 0; r < body.rows.length; r++) {
            entries.push({ row: body.rows[r], index: r, key: key(body.rows[r], column) });
          }
          entries.sort(function (x, y) {
            var xn = !isNaN(x.key.number), yn = !isNaN(y.key.number);
            if (xn !== yn) { return xn ? -1 : 1; }
            var order = compare(x.key, y.key);
            if (order !== 0) { return ascending ? order : -order; }
            return x.index - y.index;
          });
          for (var e = 0; e < entries.length; e++) { body.appendChild(entries[e].row); }
        }
      }
      var tables = document.querySelectorAll("table.sortable");
      for (var t = 0; t < tables.length; t++) {
        var table = tables[t];
        if (!table.tHead || table.tHead.rows.length === 0) { continue; }
        var heads = table.tHead.rows[0].cells;
        for (var c = 0; c < heads.length; c++) {
          var button = heads[c].querySelector("button");
          if (!button) { continue; }
          button.addEventListener("click", sort.bind(null, table, heads[c], c));
        }
      }
    })();
    """
}
