using System.CommandLine;
using SiteOptimizer.Configuration;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Sharding;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// <c>siteopt optimize &lt;site&gt; -o &lt;out&gt;</c>: recompress a site's images into an output folder;
/// with <c>--shard i/n</c>, only encode one part of the images into the cache (see <see cref="MergeCommand"/>).
/// </summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var shard = new Option<string?>("--shard") { Description = "Only encode this part of the images, as i/n (e.g. 2/4), into the cache, and write a shard report; 'siteopt merge' then writes the site. For CI matrices." };
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ShardSpec.TryParse(text) is null)
            {
                result.AddError($"--shard must be i/n with 1 ≤ i ≤ n, e.g. 2/4; '{text}' is not.");
            }
        });
        var command = Build("optimize", "Optimize a site folder, or mirror and optimize a live site, into an output folder, and print what it saved.",
            (parseResult, run, noCache, defaultAction, cancellationToken) =>
                parseResult.GetValue(shard) is { } part
                    ? ShardRun.RunAsync(parseResult, run, ShardSpec.TryParse(part)!, noCache, cancellationToken)
                    : defaultAction(null));
        command.Options.Add(shard);
        return command;
    }

    /// <summary>The command <c>optimize</c> and <c>merge</c> share: the run options, the output, <c>--in-place</c> and <c>--no-cache</c>.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="description">Its help text.</param>
    /// <param name="action">Runs it, given a function that runs the whole pipeline (with something to add to its report).</param>
    public static Command Build(
        string name, string description,
        Func<ParseResult, RunOptions, Option<bool>, Func<Func<OptimizationReport, OptimizationReport>?, Task<int>>, CancellationToken, Task<int>> action)
    {
        var run = new RunOptions();
        var profile = new ProfileOption();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "The folder to write the optimized site to." };
        var inPlace = new Option<bool>("--in-place") { Description = "Optimize the site folder itself instead of writing a copy (each improved file replaces its original atomically)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Neither read nor write the content cache (.siteopt-cache beside optimizer.json): encode every image again." };
        var command = new Command(name, description);
        run.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(inPlace);
        command.Options.Add(profile.Option);
        command.Options.Add(noCache);
        command.SetAction((parseResult, cancellationToken) => action(parseResult, run, noCache, complete => SiteRun.RunAsync(parseResult, run, (site, options) =>
        {
            var given = parseResult.GetValue(output)?.FullName;
            if (!parseResult.GetValue(inPlace))
            {
                var target = given ?? options.Output;
                return target is not null ? (target, null) : (null, "Give --output <dir> (or \"output\" in optimizer.json), or --in-place.");
            }
            return given is not null ? (null, "Give either --output <dir> or --in-place, not both.")
                : SiteOptimizerPipeline.IsUrl(site) ? (null, "--in-place needs a site folder, not a URL.")
                : (site, null);
        }, options => WithoutCacheIf(parseResult.GetValue(noCache), options), cancellationToken, profile, complete: complete), cancellationToken));
        return command;
    }

    public static OptimizerOptions WithoutCacheIf(bool noCache, OptimizerOptions options) =>
        noCache ? options with { Cache = options.Cache with { Enabled = false } } : options;
}
