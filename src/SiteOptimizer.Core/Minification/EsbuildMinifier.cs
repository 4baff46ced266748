using System.Globalization;
using System.Text;

namespace SiteOptimizer.Minification;

/// <summary>
/// Minifies stylesheets and scripts with esbuild, many files per process. Inputs esbuild
/// rejects are kept as they are, with the reason, and never fail the others.
/// </summary>
/// <remarks>
/// esbuild runs in transform mode (no bundling) with its default target and ASCII output:
/// it lowers no syntax, so it cannot fail on modern code; it keeps <c>import</c>/<c>export</c>,
/// the top-level names of scripts (globals), rule order and <c>@import</c>; it writes
/// non-ASCII characters as escapes, so the result reads the same whatever encoding a
/// browser assumes; and <c>/*! … */</c>, <c>@license</c> and <c>@preserve</c> comments are kept,
/// moved to the end of the file. Left in place, esbuild re-indents such a comment by the column
/// it lands at, so minifying its own output would change it again on every run.
/// </remarks>
internal sealed class EsbuildMinifier(string executable)
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The esbuild the build bundled, or the one the environment names.</summary>
    public static EsbuildMinifier Default => new(EsbuildLocator.Executable);

    /// <summary>How long one esbuild process may run before its files are kept as they are.</summary>
    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Files per process, which keeps command lines short (Windows allows 32 K characters).</summary>
    public int MaxFilesPerProcess { get; init; } = 500;

    /// <summary>Minifies every asset; the results are in the order of <paramref name="assets"/>.</summary>
    public async Task<IReadOnlyList<MinifyResult>> MinifyAsync(IReadOnlyList<TextAsset> assets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var results = new MinifyResult[assets.Count];
        if (assets.Count == 0)
        {
            return results;
        }
        var workspace = Directory.CreateTempSubdirectory("siteopt-esbuild-");
        try
        {
            var inputs = workspace.CreateSubdirectory("in").FullName;
            var toMinify = new List<int>();
            for (var index = 0; index < assets.Count; index++)
            {
                if (assets[index].Kind == TextAssetKind.Css && CssBlockNesting.Refusal(assets[index].Text) is { } refusal)
                {
                    results[index] = new MinifyResult(assets[index].Name, null, refusal);
                    continue;
                }
                toMinify.Add(index);
                await File.WriteAllTextAsync(Path.Combine(inputs, InputName(index, assets[index].Kind)), assets[index].Text, s_utf8, cancellationToken).ConfigureAwait(false);
            }
            var batch = new EsbuildBatch(executable, workspace.FullName, assets, results, BatchTimeout);
            foreach (var chunk in toMinify.Chunk(MaxFilesPerProcess))
            {
                await batch.RunAsync(chunk, cancellationToken).ConfigureAwait(false);
            }
            return results;
        }
        finally
        {
            TryDelete(workspace);
        }
    }

    internal static string InputName(int index, TextAssetKind kind) =>
        index.ToString(CultureInfo.InvariantCulture) + kind switch
        {
            TextAssetKind.Css => ".css",
            TextAssetKind.Module => ".mjs",
            _ => ".js",
        };

    // esbuild writes .mjs input to .js output.
    internal static string OutputName(int index, TextAssetKind kind) =>
        index.ToString(CultureInfo.InvariantCulture) + (kind == TextAssetKind.Css ? ".css" : ".js");

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not worth failing a run over.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
