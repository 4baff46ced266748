namespace SiteOptimizer.Measurement.Browser;

/// <summary>A browser tab opened through the DevTools HTTP endpoint.</summary>
internal sealed record DevToolsTab(string Id, Uri WebSocketUrl);
