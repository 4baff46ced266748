using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Configuration;

/// <summary>optimizer.json could not be used; says where and why.</summary>
public sealed class ConfigException(string file, int line, int column, string message) : Exception(message)
{
    /// <summary>The configuration file.</summary>
    public string File { get; } = file;

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; } = column;

    /// <summary>The same, as a diagnostic.</summary>
    public Diagnostic ToDiagnostic() => new(DiagnosticCodes.InvalidConfig, DiagnosticSeverity.Error, File, Line, Column, Message);
}
