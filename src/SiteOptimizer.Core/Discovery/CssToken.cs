namespace SiteOptimizer.Discovery;

/// <summary>A string or unquoted URL in a stylesheet: its span as written and its decoded value.</summary>
internal readonly record struct CssToken(int Offset, int Length, string Value);
