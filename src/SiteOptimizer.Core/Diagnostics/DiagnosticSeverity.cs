namespace SiteOptimizer.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing went wrong.</summary>
    Info,
    /// <summary>Something was skipped or kept as it was; the run went on.</summary>
    Warning,
    /// <summary>The run could not do what was asked.</summary>
    Error,
}
