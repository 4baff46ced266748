using System.CommandLine;
using SiteOptimizer.Sharding;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// <c>siteopt merge &lt;site&gt; -o &lt;out&gt; --shard-reports …</c>: the last step after <c>optimize --shard</c>
/// ran for every shard over one cache: the whole pipeline, with every image found in the cache
/// (so nothing is encoded), and the report with the shards' encoding in it.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var reports = new Option<string[]>("--shard-reports")
        {
            Description = "The reports the shards wrote (siteopt-shard-i-of-n.json), so the report counts their encoding.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = OptimizeCommand.Build("merge", "After 'optimize --shard' ran for every shard over one cache: write the whole optimized site from the cache, and one report.",
            (parseResult, run, noCache, optimize, cancellationToken) => SiteRun.GuardAsync(parseResult.InvocationConfiguration.Error, async () =>
            {
                var shards = (parseResult.GetValue(reports) ?? []).Select(ShardReportJson.Read).OrderBy(s => ShardSpec.TryParse(s.Shard)!.Index).ToList();
                foreach (var missing in Missing(shards))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"siteopt: no report of shard {missing}; this merge encodes its images itself.").ConfigureAwait(false);
                }
                return await optimize(report => report with { Shards = shards }).ConfigureAwait(false);
            }));
        command.Options.Add(reports);
        return command;
    }

    private static IEnumerable<ShardSpec> Missing(IReadOnlyList<ShardReport> shards)
    {
        var specs = shards.Select(s => ShardSpec.TryParse(s.Shard)!).ToList();
        var count = specs.Count == 0 ? 0 : specs.Max(s => s.Count);
        return Enumerable.Range(1, count).Select(i => new ShardSpec(i, count)).Where(spec => !specs.Contains(spec));
    }
}
