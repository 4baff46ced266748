using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Configuration;

/// <summary>optimizer.json could not be used; says where and why, for every problem found at once.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>One problem at a position (1-based; 0 when unknown).</summary>
    public ConfigException(string file, int line, int column, string message)
        : this([new Diagnostic(DiagnosticCodes.InvalidConfig, DiagnosticSeverity.Error, file, line, column, message)])
    {
    }

    /// <summary>Several problems, in the order they appear in the file; at least one.</summary>
    public ConfigException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Summarize(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, one diagnostic each (code <see cref="DiagnosticCodes.InvalidConfig"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The configuration file.</summary>
    public string File => Diagnostics[0].File;

    /// <summary>1-based line of the first problem, 0 when unknown.</summary>
    public int Line => Diagnostics[0].Line;

    /// <summary>1-based column of the first problem, 0 when unknown.</summary>
    public int Column => Diagnostics[0].Column;

    /// <summary>The first problem as one diagnostic; its message says how many more there are.</summary>
    public Diagnostic ToDiagnostic() => Diagnostics[0] with { Message = Message };

    private static string Summarize(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfZero(diagnostics.Count);
        var first = diagnostics[0].Message;
        return diagnostics.Count switch
        {
            1 => first,
            2 => first + " (and 1 more problem; 'siteopt config validate' lists them all)",
            _ => first + $" (and {diagnostics.Count - 1} more problems; 'siteopt config validate' lists them all)",
        };
    }
}
