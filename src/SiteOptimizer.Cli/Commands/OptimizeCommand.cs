using System.CommandLine;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>siteopt optimize &lt;site&gt; -o &lt;out&gt;</c>: recompress a site's images into an output folder.</summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var run = new RunOptions();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "The folder to write the optimized site to." };
        var inPlace = new Option<bool>("--in-place") { Description = "Optimize the site folder itself instead of writing a copy (each improved file replaces its original atomically)." };
        var command = new Command("optimize", "Optimize a site folder, or mirror and optimize a live site, into an output folder, and print what it saved.");
        run.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(inPlace);
        command.Validators.Add(result =>
        {
            var hasOutput = result.GetValue(output) is not null;
            var isInPlace = result.GetValue(inPlace);
            if (hasOutput == isInPlace)
            {
                result.AddError("Give either --output <dir> or --in-place.");
            }
            else if (isInPlace && Pipeline.SiteOptimizerPipeline.IsUrl(result.GetValue(run.Site) ?? ""))
            {
                result.AddError("--in-place needs a site folder, not a URL.");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(inPlace) ? parseResult.GetValue(run.Site)! : parseResult.GetValue(output)!.FullName;
            return SiteRun.RunAsync(parseResult, run, target, options => options, cancellationToken);
        });
        return command;
    }
}
