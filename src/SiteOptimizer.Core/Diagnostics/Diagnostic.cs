namespace SiteOptimizer.Diagnostics;

/// <summary>A coded message about one file, in the form compilers use.</summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>, e.g. <c>SO1001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="File">The file or URL it is about.</param>
/// <param name="Line">1-based line, or 0 when it is about the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Message">What happened and what was done about it.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string File, int Line, int Column, string Message)
{
    /// <summary>Formats as <c>file(line,col): warning SO1001: message</c>, as MSBuild and editors read it.</summary>
    public override string ToString()
    {
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        return $"{File}{position}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
