using System.CommandLine;

namespace SiteOptimizer.Cli.Commands;

/// <summary>The root <c>siteopt</c> command and how it is run.</summary>
internal static class SiteoptCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("siteopt — makes a static website load faster and reports by how much.")
        {
            OptimizeCommand.Create(),
            MergeCommand.Create(),
            CrawlCommand.Create(),
            MeasureCommand.Create(),
            InitCommand.Create(),
            ConfigCommand.Create(),
            ReportCommand.Create(),
        };
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();
        return root;
    }

    /// <summary>Parses and runs; parse errors print with a hint and exit with <see cref="ExitCodes.UsageError"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parseResult = Create().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }
            await error.WriteLineAsync("Run 'siteopt --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
