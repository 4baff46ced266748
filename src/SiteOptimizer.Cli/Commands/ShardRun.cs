using System.CommandLine;
using System.Globalization;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Sharding;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>siteopt optimize --shard i/n</c>: encodes one shard's images into the cache and writes the shard's report.</summary>
internal static class ShardRun
{
    public static Task<int> RunAsync(ParseResult parseResult, RunOptions run, ShardSpec shard, Option<bool> noCache, CancellationToken cancellationToken)
    {
        var writer = parseResult.InvocationConfiguration.Output;
        var errors = parseResult.InvocationConfiguration.Error;
        return SiteRun.GuardAsync(errors, async () =>
        {
            var options = run.Resolve(parseResult);
            var site = parseResult.GetValue(run.Site) ?? options.Site;
            var problem = site is null ? "Give the site to optimize, as an argument or as \"site\" in optimizer.json."
                : SiteOptimizerPipeline.IsUrl(site) ? "--shard needs a site folder; mirror a live site first with 'siteopt crawl <url> -o <folder>'."
                : parseResult.GetValue(noCache) || !options.Cache.Enabled ? "--shard needs the cache: the shards' work goes there."
                : null;
            if (problem is not null)
            {
                await errors.WriteLineAsync("siteopt: " + problem).ConfigureAwait(false);
                await errors.WriteLineAsync("Run 'siteopt --help' for usage.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            var report = await new SiteOptimizerPipeline(options).EncodeShardAsync(site!, shard, cancellationToken).ConfigureAwait(false);
            await DiagnosticWriter.WriteAsync(errors, report.Diagnostics, parseResult.GetValue(run.Verbose)).ConfigureAwait(false);
            var encoding = report.Encoding;
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Shard {report.Shard}: {encoding.Images} images encoded, {encoding.FromCache} already in the cache {report.Cache?.Folder}; wall time {report.Wall.TotalSeconds:0.00} s, speedup {encoding.Speedup:0.00}×.")).ConfigureAwait(false);
            if (!parseResult.GetValue(run.NoReport))
            {
                // Beside where the full report would go, named for the shard, so shards sharing a folder do not collide.
                var folder = options.Report.Json is { } json ? Path.GetDirectoryName(Path.GetFullPath(json))! : Environment.CurrentDirectory;
                var file = parseResult.GetValue(run.Report)?.FullName ?? Path.Combine(folder, $"siteopt-shard-{shard.Index}-of-{shard.Count}.json");
                await ShardReportJson.WriteAsync(report, file, cancellationToken).ConfigureAwait(false);
                await writer.WriteLineAsync($"Shard report: {file}").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
    }
}
