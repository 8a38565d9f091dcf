namespace Plumbline.Reports.Writers.Html;

/// <summary>The report's inline stylesheet: system fonts, restrained colours, responsive and printable.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root {
          --ink: #1d2433; --muted: #5b6475; --faint: #8a93a3; --line: #e3e6eb; --paper: #ffffff; --wash: #f7f8fa;
          --accent: #23417a; --do-now: #b42318; --plan: #b54708; --quick: #067647; --skip: #475467;
          --do-now-tint: #fdf0ee; --plan-tint: #fdf5ea; --quick-tint: #edf7f1; --skip-tint: #f3f4f6;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--wash); color: var(--ink);
          font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1080px; margin: 0 auto; padding: 40px 32px 64px; background: var(--paper); }
        h1, h2, h3 { line-height: 1.25; margin: 0; font-weight: 650; letter-spacing: -0.01em; }
        h1 { font-size: 30px; margin-top: 6px; }
        h2 { font-size: 21px; margin: 44px 0 6px; padding-top: 12px; border-top: 1px solid var(--line); }
        h3 { font-size: 16px; }
        p { margin: 6px 0; }
        a { color: var(--accent); }
        .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; color: var(--muted); margin: 0; }
        .meta { color: var(--muted); font-size: 14px; }
        .lede { color: var(--muted); margin-bottom: 14px; }
        .muted { color: var(--muted); }
        .small { font-size: 13px; }
        .summary { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-top: 18px; }
        .card { border: 1px solid var(--line); border-top-width: 4px; border-radius: 8px; padding: 14px 16px 10px; background: var(--paper); }
        .card h3 { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
        .card h3 .count { font-size: 13px; font-weight: 500; color: var(--muted); }
        .card .hint { font-size: 13px; color: var(--muted); margin: 2px 0 8px; }
        .card ol { list-style: none; margin: 0; padding: 0; }
        .card li { display: flex; gap: 10px; padding: 6px 0; border-top: 1px solid var(--line); }
        .card li:first-child { border-top: 0; }
        .card .empty { color: var(--faint); font-size: 14px; padding: 6px 0; }
        .num { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 22px; height: 22px;
          border-radius: 50%; color: #fff; font-size: 12px; font-weight: 600; margin-top: 1px; }
        .facts { display: block; font-size: 12.5px; color: var(--muted); }
        .card.q-do-now { border-top-color: var(--do-now); background: linear-gradient(var(--do-now-tint), var(--paper) 90px); }
        .card.q-plan-and-invest { border-top-color: var(--plan); background: linear-gradient(var(--plan-tint), var(--paper) 90px); }
        .card.q-quick-wins { border-top-color: var(--quick); background: linear-gradient(var(--quick-tint), var(--paper) 90px); }
        .card.q-skip-for-now { border-top-color: var(--skip); background: linear-gradient(var(--skip-tint), var(--paper) 90px); }
        .q-do-now .num, .badge.q-do-now { background: var(--do-now); }
        .q-plan-and-invest .num, .badge.q-plan-and-invest { background: var(--plan); }
        .q-quick-wins .num, .badge.q-quick-wins { background: var(--quick); }
        .q-skip-for-now .num, .badge.q-skip-for-now { background: var(--skip); }
        .working { margin-top: 18px; padding: 12px 16px; border-radius: 8px; background: var(--quick-tint); }
        .working h3 { color: var(--quick); }
        .working ul { margin: 6px 0 0; padding-left: 20px; }
        .kpis { display: flex; flex-wrap: wrap; gap: 10px 28px; margin: 10px 0 14px; }
        .kpi b { display: block; font-size: 20px; font-weight: 650; }
        .kpi span { font-size: 12.5px; color: var(--muted); }
        svg { display: block; width: 100%; height: auto; font-family: inherit; }
        .chart-wrap { overflow-x: auto; }
        svg.grid-chart { max-width: 760px; min-width: 540px; margin: 12px 0; }
        .grid-chart .cells line { stroke: #ffffff; stroke-width: 1.5; }
        .grid-chart .threshold line { stroke: #98a2b3; stroke-width: 1.5; stroke-dasharray: 5 4; }
        .grid-chart .frame { fill: none; stroke: #c9ced6; }
        .grid-chart .region-label { font-size: 13px; font-weight: 650; letter-spacing: 0.02em; opacity: 0.85; }
        .grid-chart .axis text { font-size: 12px; fill: var(--muted); }
        .grid-chart .axis .sub { font-size: 10.5px; fill: var(--faint); }
        .grid-chart .axis .axis-title { font-size: 13px; font-weight: 600; fill: var(--ink); }
        .grid-chart .dot .num { fill: #fff; font-size: 9.5px; font-weight: 700; }
        .grid-chart .dot .label { font-size: 10.5px; fill: var(--ink); }
        .grid-chart .dot circle { stroke: #fff; stroke-width: 1.5; }
        .grid-chart a:hover .label, .grid-chart a:focus .label { text-decoration: underline; }
        svg.timeline { margin: 12px 0 4px; min-width: 600px; }
        .timeline text { font-size: 11px; fill: var(--muted); }
        .timeline .sub { font-size: 9.5px; fill: var(--faint); }
        .timeline .row-label { font-size: 11.5px; fill: var(--ink); }
        .timeline .band { fill: var(--wash); }
        .timeline .axis-line { stroke: #c9ced6; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; color: var(--muted); margin: 6px 0 10px; padding: 0; list-style: none; }
        .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
        .bars-chart { max-width: 680px; margin: 8px 0; }
        .bars-chart rect { fill: var(--accent); opacity: 0.8; }
        .bars-chart text { font-size: 11.5px; fill: var(--ink); }
        .bars-chart .value { fill: var(--muted); }
        table { width: 100%; border-collapse: collapse; margin: 10px 0; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 7px 10px 7px 0; border-bottom: 1px solid var(--line); }
        /* Long paths, hashes and URLs break anywhere rather than push a column off the page; numbers never break. */
        td { overflow-wrap: anywhere; }
        td.n { overflow-wrap: normal; white-space: nowrap; }
        table.findings .outcome { width: 8.5em; }
        table.findings td:last-child { width: 48%; }
        /* Check ids are ours and short: whole words read better than TruckFact/orIsAbove/Two. */
        table.findings td:nth-child(2) { overflow-wrap: normal; }
        th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .table-wrap { overflow-x: auto; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
        .tag { display: inline-block; padding: 1px 8px; border-radius: 999px; background: var(--wash); border: 1px solid var(--line); font-size: 12px; color: var(--muted); white-space: nowrap; }
        .reasons li { margin: 4px 0; }
        article.item { border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 12px 0; break-inside: avoid; }
        article.item h3 { display: flex; gap: 10px; align-items: baseline; }
        article.item .tags { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
        article.item dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 8px 0 0; font-size: 14px; }
        article.item dt { color: var(--muted); }
        article.item dd { margin: 0; }
        .evidence { margin: 6px 0 0; padding-left: 18px; font-size: 13.5px; overflow-wrap: anywhere; }
        article.item dd, .reasons li, .working li, .card li { overflow-wrap: anywhere; }
        code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
        .outcome { font-weight: 600; white-space: nowrap; }
        .outcome-fail { color: var(--do-now); }
        .outcome-pass { color: var(--quick); }
        .outcome-inconclusive { color: var(--plan); }
        .outcome-error { color: #7a2e9a; }
        .outcome-notapplicable { color: var(--faint); }
        ul.plain { margin: 4px 0; padding-left: 18px; }
        footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--line); font-size: 12.5px; color: var(--faint); }
        @media (max-width: 720px) {
          main { padding: 24px 16px 40px; }
          h1 { font-size: 24px; }
          .summary { grid-template-columns: 1fr; }
          .chart-wrap { margin: 0 -16px; padding: 0 16px; }
          article.item dl { grid-template-columns: 1fr; }
        }
        @media print {
          body { background: #fff; font-size: 11pt; }
          main { max-width: none; padding: 0; }
          .chart-wrap, .table-wrap { overflow: visible; margin: 0; padding: 0; }
          thead { display: table-header-group; }
          h2, h3 { break-after: avoid; }
          .metric { break-before: auto; }
          svg.grid-chart, svg.timeline { min-width: 0; }
          .card, article.item, svg, tr { break-inside: avoid; }
          #matrix { break-before: page; }
          a { color: inherit; text-decoration: none; }
          .card, .badge, .num, .working, .grid-chart rect, .grid-chart circle, .timeline rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>The printed page: margins, and the report's title (the client's name where it has one) with the date at
    /// the top and the page number at the bottom of every page (CSS page-margin boxes, which Chromium prints).</summary>
    public static string PageMargins(string title, string date) => $$"""
        @media print {
          @page {
            size: A4; margin: 18mm 14mm 18mm;
            @top-left { content: {{HtmlText.CssString(title)}}; font: 9pt system-ui, sans-serif; color: #5b6475; }
            @top-right { content: {{HtmlText.CssString(date)}}; font: 9pt system-ui, sans-serif; color: #5b6475; }
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #5b6475; }
          }
        }
        """;
}
