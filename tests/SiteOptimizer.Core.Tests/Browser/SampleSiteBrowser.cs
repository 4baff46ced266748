using SiteOptimizer.Configuration;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// Shared by a test class: the sample site optimized once with the default options, the
/// original and the optimized copy each served on loopback, and one headless Chromium.
/// Where there is no Chromium nothing is started: the tests that use it are skipped.
/// </summary>
public sealed class SampleSiteBrowser : IAsyncLifetime
{
    private readonly TempDirectory _output = new();
    private LoopbackServer? _original;
    private LoopbackServer? _optimized;
    private HeadlessChromium? _chromium;

    internal LoopbackServer Original => _original ?? throw NotStarted();

    internal LoopbackServer Optimized => _optimized ?? throw NotStarted();

    internal HeadlessChromium Chromium => _chromium ?? throw NotStarted();

    /// <summary>Where the optimized copy is, to read its pages as written.</summary>
    internal string OptimizedFolder => _output.Combine("site");

    public async Task InitializeAsync()
    {
        if (ChromiumLocator.Find() is not { } executable)
        {
            return;
        }
        await new SiteOptimizerPipeline(new OptimizerOptions()).OptimizeAsync(TestPaths.SampleSite, OptimizedFolder);
        _original = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite);
        _optimized = await LoopbackServer.StartAsync(_ => { }, OptimizedFolder);
        _chromium = await HeadlessChromium.LaunchAsync(executable);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
        if (_original is not null)
        {
            await _original.DisposeAsync();
        }
        if (_optimized is not null)
        {
            await _optimized.DisposeAsync();
        }
        _output.Dispose();
    }

    private static InvalidOperationException NotStarted() => new("Chromium was not found, so nothing was started");
}
