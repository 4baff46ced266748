using System.CommandLine;
using SiteOptimizer.Configuration;
using SiteOptimizer.Minification;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// <c>siteopt crawl &lt;site&gt; [-o &lt;out&gt;]</c>: crawl without optimizing — a faithful static
/// mirror of a live site (with <c>-o</c>), the site graph in the report, broken links as warnings.
/// </summary>
internal static class CrawlCommand
{
    public static Command Create()
    {
        var run = new RunOptions();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Write the files as fetched to this folder (a static mirror of a live site). Default: a temporary folder, deleted afterwards." };
        var command = new Command("crawl", "Crawl a site folder or a live site without changing anything: report every resource, how the browser discovers it, and broken links; optionally mirror it.");
        run.AddTo(command);
        command.Options.Add(output);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(output);
            var scratch = target is null ? Directory.CreateTempSubdirectory("siteopt-crawl-") : null;
            try
            {
                return await SiteRun.RunAsync(parseResult, run, (_, _) => ((target ?? scratch!).FullName, null),
                    AsFetched, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                scratch?.Delete(recursive: true);
            }
        });
        return command;
    }

    // A crawl changes nothing: files are written as they were fetched.
    public static OptimizerOptions AsFetched(OptimizerOptions options) => options with
    {
        Images = options.Images with { Enabled = false },
        Hints = options.Hints with { Enabled = false },
        Minify = new MinifyOptions { Html = false, Css = false, Js = false, InlineCode = false },
        Precompress = options.Precompress with { Brotli = false, Gzip = false },
        Cache = options.Cache with { Enabled = false },
    };
}
