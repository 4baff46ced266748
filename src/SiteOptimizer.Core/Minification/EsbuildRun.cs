namespace SiteOptimizer.Minification;

/// <summary>How one esbuild process ended.</summary>
/// <param name="ExitCode">The exit code; meaningless when <paramref name="TimedOut"/>.</param>
/// <param name="Log">What it wrote to standard error: its errors and warnings.</param>
/// <param name="TimedOut">Whether it was killed for taking too long.</param>
internal sealed record EsbuildRun(int ExitCode, string Log, bool TimedOut);
