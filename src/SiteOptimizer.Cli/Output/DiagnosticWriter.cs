using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Cli.Output;

/// <summary>Writes diagnostics one per line, as compilers do, so editors and CI can link them.</summary>
internal static class DiagnosticWriter
{
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool verbose = true)
    {
        var notes = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info && !verbose)
            {
                notes++;
                continue;
            }
            await writer.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
        if (notes > 0)
        {
            await writer.WriteLineAsync($"siteopt: {notes} notes not shown (--verbose shows them; the report lists them all).").ConfigureAwait(false);
        }
    }
}
