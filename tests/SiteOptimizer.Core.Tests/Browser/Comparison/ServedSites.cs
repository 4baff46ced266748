using System.Collections.Concurrent;
using SiteOptimizer.Configuration;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// Each site optimized once, with the default options, when a test first asks for it, then
/// served (original and optimized) until the test class is done. The sample site is the one
/// <see cref="SampleSiteBrowser"/> already optimized and serves.
/// </summary>
public sealed class ServedSites : IAsyncLifetime
{
    private readonly TempDirectory _output = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<ServedSite>>> _sites = new();
    private readonly ConcurrentBag<LoopbackServer> _servers = [];

    internal Task<ServedSite> GetAsync(PageSite site, SampleSiteBrowser sample) =>
        _sites.GetOrAdd(site.Folder, _ => new Lazy<Task<ServedSite>>(() => ServeAsync(site, sample))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
        _output.Dispose();
    }

    private async Task<ServedSite> ServeAsync(PageSite site, SampleSiteBrowser sample)
    {
        if (site.Folder == Path.GetFullPath(TestPaths.SampleSite).TrimEnd(Path.DirectorySeparatorChar))
        {
            return new ServedSite(site, sample.Original, sample.Optimized);
        }
        var optimized = _output.Combine(site.Name + "-" + _sites.Count);
        await new SiteOptimizerPipeline(new OptimizerOptions()).OptimizeAsync(site.Folder, optimized);
        var original = await LoopbackServer.StartAsync(_ => { }, site.Folder);
        _servers.Add(original);
        var copy = await LoopbackServer.StartAsync(_ => { }, optimized);
        _servers.Add(copy);
        return new ServedSite(site, original, copy);
    }
}
