using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Cli.Output;

/// <summary>Writes diagnostics one per line, as compilers do, so editors and CI can link them.</summary>
internal static class DiagnosticWriter
{
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            await writer.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
    }
}
