using SiteOptimizer.Configuration;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// Optimizes a built site folder into an output folder: every raster image is recompressed
/// in place (same URL, same format) across the cores, everything else is copied. The source
/// is never modified. Reusable and thread-safe.
/// </summary>
public sealed class SiteOptimizerPipeline
{
    private readonly OptimizerOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a pipeline for these options.</summary>
    public SiteOptimizerPipeline(OptimizerOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Optimizes <paramref name="source"/> into <paramref name="output"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The source folder does not exist.</exception>
    public async Task<OptimizationReport> OptimizeFolderAsync(string source, string output, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The site folder '{source}' does not exist.");
        }
        var started = _time.GetTimestamp();
        var files = SiteFolder.Files(source, output);
        var folder = new OutputFolder(output);
        var tally = new ReportTally();

        var images = files.Where(f => _options.Images.Enabled && f.Type.IsRaster()).ToList();
        var copying = Task.Run(() => CopyAll(files.Except(images), folder, tally, cancellationToken), cancellationToken);
        var encoding = await Task.Run(() => OptimizeImages(images, folder, tally, cancellationToken), cancellationToken).ConfigureAwait(false);
        await copying.ConfigureAwait(false);

        return new OptimizationReport(
            Path.GetFullPath(source), folder.Root, tally.Totals(), tally.ImagesOptimized, tally.ImagesKept,
            _time.GetElapsedTime(started), encoding, tally.Diagnostics());
    }

    private EncodeTimings OptimizeImages(List<SiteFile> images, OutputFolder folder, ReportTally tally, CancellationToken cancellationToken)
    {
        // WebP and AVIF variants are not made yet: until the HTML rewriter references them
        // with <picture>, they would be files nobody downloads.
        var options = _options.Images with
        {
            WebP = _options.Images.WebP with { Variants = false },
            Avif = _options.Images.Avif with { Variants = false },
        };
        var byName = images.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var inputs = images.Select(f => new ImageInput(f.RelativePath, () => File.ReadAllBytes(f.FullPath)));
        return new ImageBatch(options, _time).Run(inputs, result => Emit(byName[result.Name], result, folder, tally), cancellationToken);
    }

    private static void Emit(SiteFile file, ImageResult result, OutputFolder folder, ReportTally tally)
    {
        if (result.Problem is { } problem)
        {
            var code = result.SourceFormat is null ? DiagnosticCodes.ImageNotReadable : DiagnosticCodes.ImageFailed;
            tally.Report(new Diagnostic(code, DiagnosticSeverity.Warning, file.RelativePath, 0, 0, $"kept as is: {problem}"));
        }
        if (result.Replacement is { } replacement)
        {
            folder.Write(file.RelativePath, replacement.Bytes);
            tally.Add(file, replacement.Bytes.LongLength);
        }
        else
        {
            CopyOne(file, folder, tally);
        }
    }

    private static void CopyAll(IEnumerable<SiteFile> files, OutputFolder folder, ReportTally tally, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CopyOne(file, folder, tally);
        }
    }

    private static void CopyOne(SiteFile file, OutputFolder folder, ReportTally tally)
    {
        try
        {
            folder.Copy(file.FullPath, file.RelativePath);
            tally.Add(file, file.Length);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            tally.Report(new Diagnostic(DiagnosticCodes.SourceUnreadable, DiagnosticSeverity.Warning, file.RelativePath, 0, 0, $"not copied: {error.Message}"));
        }
    }
}
