namespace SiteOptimizer.Reports.Html;

/// <summary>The report's only stylesheet, inlined: report.html loads nothing from anywhere.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
          --better: #1a7f37; --worse: #d1242f; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); }
        body { margin: 0 auto; padding: 24px; max-width: 1040px; background: #fff; }
        h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 24px 0 4px; word-break: break-all; }
        .muted, caption { color: var(--muted); } caption { text-align: left; padding: 4px 0; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
        .card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 170px; }
        .card b { display: block; font-size: 20px; } .card span { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-variant-numeric: tabular-nums; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: right; vertical-align: top; }
        th:first-child, td:first-child { text-align: left; word-break: break-all; white-space: normal; min-width: 150px; }
        #timings { font-size: 12.5px; } #timings th, #timings td { padding: 4px 5px; }
        td, th { white-space: nowrap; }
        td.text { text-align: left; white-space: normal; } th { background: var(--panel); font-weight: 600; }
        .better { color: var(--better); } .worse { color: var(--worse); font-weight: 600; }
        .regression { border-left: 4px solid var(--worse); padding-left: 8px; }
        .legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 12px; color: var(--muted); margin: 8px 0; }
        .legend i { display: inline-block; width: 18px; height: 9px; margin-right: 4px; vertical-align: middle; }
        .waterfall { width: 100%; height: auto; display: block; margin: 4px 0 12px; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
        .waterfall text { font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; fill: var(--fg); }
        .waterfall .tick { fill: var(--muted); } .waterfall .grid { stroke: #eef1f4; }
        .pair { display: grid; grid-template-columns: 1fr; gap: 4px; }
        .severity-error { color: var(--worse); font-weight: 600; } .severity-warning { color: #9a6700; }
        """;
}
