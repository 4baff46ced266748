using Microsoft.Build.Utilities;
using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.MSBuild;

/// <summary>
/// Turns pipeline diagnostics into MSBuild warnings and errors with their code, file and line.
/// A file that also exists in the project's source folder is named there: that is the one to fix.
/// </summary>
internal sealed class DiagnosticLog(TaskLoggingHelper log, string directory, string? sourceDirectory)
{
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var file = Locate(diagnostic.File);
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    log.LogError(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
                    break;
                case DiagnosticSeverity.Warning:
                    log.LogWarning(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
                    break;
                default:
                    log.LogMessage(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, Microsoft.Build.Framework.MessageImportance.Normal, diagnostic.Message);
                    break;
            }
        }
    }

    private string Locate(string file)
    {
        if (Path.IsPathRooted(file) || Uri.TryCreate(file, UriKind.Absolute, out _))
        {
            return file;
        }
        if (!string.IsNullOrWhiteSpace(sourceDirectory) && File.Exists(Path.Combine(sourceDirectory, file)))
        {
            return Path.GetFullPath(Path.Combine(sourceDirectory, file));
        }
        return Path.GetFullPath(Path.Combine(directory, file));
    }
}
