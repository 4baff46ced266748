using System.Diagnostics;
using System.Text;

namespace SiteOptimizer.Minification;

/// <summary>Runs esbuild once with a time limit; on timeout or cancellation its process tree is killed.</summary>
internal static class EsbuildProcess
{
    public static async Task<EsbuildRun> RunAsync(
        string executable, string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("esbuild did not start: " + executable);
        // Both pipes are drained, so a chatty esbuild never blocks on a full buffer.
        var log = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return new EsbuildRun(-1, "", TimedOut: true);
        }
        await output.ConfigureAwait(false);
        return new EsbuildRun(process.ExitCode, await log.ConfigureAwait(false), TimedOut: false);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }
}
