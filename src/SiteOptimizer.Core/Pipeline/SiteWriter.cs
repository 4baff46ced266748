using SiteOptimizer.Diagnostics;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Pipeline;

/// <summary>Writes site files to the output as they are or as the image optimizer made them, and counts what it wrote.</summary>
internal sealed class SiteWriter(OutputFolder folder, ReportTally tally)
{
    public OutputFolder Folder => folder;

    public ReportTally Tally => tally;

    public void WriteImage(SiteFile file, ImageResult result)
    {
        ReportProblem(tally, result);
        if (result.Replacement is { } replacement)
        {
            folder.Write(file.RelativePath, replacement.Bytes);
            tally.Add(file, replacement.Bytes.LongLength);
        }
        else
        {
            Keep(file);
        }
    }

    /// <summary>A warning for an image that was kept as is because it could not be processed.</summary>
    public static void ReportProblem(ReportTally tally, ImageResult result)
    {
        if (result.Problem is { } problem)
        {
            var code = result.OverPixelLimit ? DiagnosticCodes.ImageTooLarge
                : result.SourceFormat is null ? DiagnosticCodes.ImageNotReadable
                : DiagnosticCodes.ImageFailed;
            tally.Report(new Diagnostic(code, DiagnosticSeverity.Warning, result.Name, 0, 0, $"kept as is: {problem}"));
        }
    }

    /// <summary>Writes a file made from a site file (a variant, a precompressed sibling) under a path of its own.</summary>
    public void WriteExtra(string relativePath, byte[] bytes) => folder.Write(relativePath, bytes);

    /// <summary>Writes a text file: its new text when a stage changed it, else the original bytes.</summary>
    public void WriteText(TextFile text)
    {
        if (!text.Changed)
        {
            Keep(text.File);
            return;
        }
        if (text.Charset.Encode(text.Current) is not { } bytes)
        {
            tally.Report(new Diagnostic(DiagnosticCodes.NotUtf8, DiagnosticSeverity.Warning, text.Path, 0, 0, $"the rewritten text has characters {text.Charset.Name} cannot hold: copied as it is"));
            Keep(text.File);
            return;
        }
        folder.Write(text.Path, bytes);
        tally.Add(text.File, bytes.LongLength);
    }

    public void Keep(SiteFile file)
    {
        try
        {
            if (file.FullPath != folder.Resolve(file.RelativePath))
            {
                folder.Keep(file);
            }
            tally.Add(file, file.Length);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            tally.Report(new Diagnostic(DiagnosticCodes.SourceUnreadable, DiagnosticSeverity.Warning, file.RelativePath, 0, 0, $"not copied: {error.Message}"));
        }
    }
}
