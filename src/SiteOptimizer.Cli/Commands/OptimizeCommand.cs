using System.CommandLine;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>siteopt optimize &lt;site&gt; -o &lt;out&gt;</c>: recompress a site's images into an output folder.</summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var run = new RunOptions();
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write the optimized site to.", Required = true };
        var command = new Command("optimize", "Optimize a site folder, or mirror and optimize a live site, into an output folder, and print what it saved.");
        run.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) =>
            SiteRun.RunAsync(parseResult, run, parseResult.GetValue(output)!.FullName, options => options, cancellationToken));
        return command;
    }
}
