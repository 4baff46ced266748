using System.Collections.Concurrent;
using System.Diagnostics;

namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// One headless Chromium with its own throw-away profile and a DevTools endpoint on a free
/// loopback port. Disposing ends it (this process and its children only) and deletes the profile.
/// </summary>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ConcurrentQueue<string> _log;

    private ChromiumProcess(Process process, DirectoryInfo profile, ConcurrentQueue<string> log, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        _log = log;
        Endpoint = endpoint;
    }

    /// <summary>The DevTools HTTP endpoint, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The last lines Chromium wrote to its standard error, for failure messages.</summary>
    public string LogTail => string.Join('\n', _log.TakeLast(20));

    public static async Task<ChromiumProcess> StartAsync(
        string executable, int width, int height, TimeSpan timeout, IEnumerable<string>? extraArguments = null)
    {
        var profile = Directory.CreateTempSubdirectory("siteopt-chromium-");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(profile.FullName, width, height).Concat(extraArguments ?? []))
        {
            start.ArgumentList.Add(argument);
        }
        var log = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, line) => Remember(log, line.Data);
        process.OutputDataReceived += (_, line) => Remember(log, line.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var port = await WaitForPortAsync(process, Path.Combine(profile.FullName, "DevToolsActivePort"), timeout);
            return new ChromiumProcess(process, profile, log, new Uri($"http://127.0.0.1:{port}/"));
        }
        catch (Exception exception)
        {
            await StopAsync(process, profile);
            throw new InvalidOperationException(
                $"Chromium ({executable}) did not start: {exception.Message}\n{string.Join('\n', log.TakeLast(20))}", exception);
        }
    }

    public ValueTask DisposeAsync() => StopAsync(_process, _profile);

    private static async ValueTask StopAsync(Process process, DirectoryInfo profile)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed but not yet reaped; the profile may then stay behind in the temp folder.
        }
        process.Dispose();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file Chromium still held; the temp folder is the system's to clean.
        }
    }

    // No sync, updates, metrics or other background traffic: this machine's network is closed,
    // and a screenshot must not depend on anything but the page.
    private static IEnumerable<string> Arguments(string profile, int width, int height) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--hide-scrollbars",
        "--mute-audio",
        "--force-device-scale-factor=1",
        "--font-render-hinting=none",
        $"--window-size={width},{height}",
        "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0",
        $"--user-data-dir={profile}",
        "about:blank",
    ];

    private static async Task<int> WaitForPortAsync(Process process, string portFile, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"it exited with code {process.ExitCode}");
            }
            // Once DevTools listens, Chromium writes the port it chose and the browser's path.
            var lines = File.Exists(portFile) ? await File.ReadAllLinesAsync(portFile) : [];
            if (lines.Length >= 2 && int.TryParse(lines[0], out var port))
            {
                return port;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"no DevTools port after {timeout.TotalSeconds:0} s");
    }

    private static void Remember(ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }
        log.Enqueue(line);
        while (log.Count > 200)
        {
            log.TryDequeue(out _);
        }
    }
}
