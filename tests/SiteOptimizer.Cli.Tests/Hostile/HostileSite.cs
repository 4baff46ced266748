using System.Text;
using System.Text.Json;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>A site folder made by a test, optimized by the real siteopt command into a folder beside it.</summary>
internal sealed class HostileSite : IDisposable
{
    private readonly TempDirectory _temp = new();

    public HostileSite() => Directory.CreateDirectory(Root);

    public string Root => _temp.Combine("site");

    public string Output => _temp.Combine("out");

    public string ReportPath => _temp.Combine("report.json");

    /// <summary>A folder beside the site, outside it: what a hostile path would like to reach.</summary>
    public string Outside => Directory.CreateDirectory(_temp.Combine("outside")).FullName;

    public HostileSite Add(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public HostileSite Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    /// <summary>An index page with <paramref name="body"/>.</summary>
    public HostileSite Page(string body, string path = "index.html") =>
        Add(path, "<!doctype html><html lang=en><head><meta charset=utf-8><title>t</title></head><body>" + body + "</body></html>");

    public byte[] Source(string path) => File.ReadAllBytes(Path.Combine(Root, path));

    public byte[] Written(string path) => File.ReadAllBytes(Path.Combine(Output, path));

    public string WrittenText(string path) => Encoding.UTF8.GetString(Written(path));

    public bool WasWritten(string path) => File.Exists(Path.Combine(Output, path));

    public Task<CliRun> OptimizeAsync(params string[] extra) =>
        CliRun.RunAsync(["optimize", Root, "-o", Output, "--report", ReportPath, .. extra]);

    /// <summary>The report's diagnostics as "file: code" pairs.</summary>
    public IReadOnlyList<(string File, string Code, string Message)> ReportedDiagnostics()
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(ReportPath));
        return [.. report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d =>
            (d.GetProperty("file").GetString()!, d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!))];
    }

    /// <summary>Every file under the output, relative, '/'-separated.</summary>
    public IReadOnlyList<string> WrittenFiles() =>
        [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose() => _temp.Dispose();
}
