namespace SiteOptimizer.Cli.Output;

/// <summary>Chooses how to show progress: bars only on a real terminal, plain lines when the output is redirected.</summary>
internal static class ProgressModes
{
    public static ProgressMode For(TextWriter output, bool quiet) =>
        quiet ? ProgressMode.None
        : IsTerminal(output) ? ProgressMode.Bars
        : ProgressMode.Lines;

    // A writer a test or a host passed in is never a terminal, whatever the process's console is.
    private static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
