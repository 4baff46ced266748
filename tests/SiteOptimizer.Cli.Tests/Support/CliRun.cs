using SiteOptimizer.Cli.Commands;

namespace SiteOptimizer.Tests.Support;

/// <summary>Runs siteopt in-process with captured output, as a user's shell would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SiteoptCommand.RunAsync(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
