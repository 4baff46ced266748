using System.CommandLine;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>siteopt optimize &lt;site&gt; -o &lt;out&gt;</c>: recompress a site's images into an output folder.</summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var run = new RunOptions();
        var profile = new ProfileOption();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "The folder to write the optimized site to." };
        var inPlace = new Option<bool>("--in-place") { Description = "Optimize the site folder itself instead of writing a copy (each improved file replaces its original atomically)." };
        var command = new Command("optimize", "Optimize a site folder, or mirror and optimize a live site, into an output folder, and print what it saved.");
        run.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(inPlace);
        command.Options.Add(profile.Option);
        command.SetAction((parseResult, cancellationToken) => SiteRun.RunAsync(parseResult, run, (site, options) =>
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
        }, options => options, cancellationToken, profile));
        return command;
    }
}
