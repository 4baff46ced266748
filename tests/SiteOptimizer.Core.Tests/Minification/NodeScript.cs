using System.Diagnostics;

namespace SiteOptimizer.Tests.Minification;

/// <summary>Runs Node.js (installed wherever the build runs, since the build needs npm) and returns what it printed.</summary>
internal static class NodeScript
{
    public static string Run(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("node " + string.Join(' ', arguments));
        }
        Assert.True(process.ExitCode == 0, $"node {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        return output;
    }
}
