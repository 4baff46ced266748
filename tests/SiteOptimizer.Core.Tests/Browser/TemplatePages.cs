using SiteOptimizer.Configuration;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// Two pages written as real templates write them (see <see cref="BackgroundAndDimensionTests"/>),
/// with photos of the sample site, and their copy optimized with the default options except the estimate's guard; made once
/// for the test class.
/// </summary>
public sealed class TemplatePages : IAsyncLifetime
{
    private readonly TempDirectory _source = new();
    private readonly TempDirectory _optimized = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_source.Combine("images"));
        Directory.CreateDirectory(_source.Combine("css"));
        File.Copy(TestPaths.SampleImage("images/hero.jpg"), _source.Combine("images", "hero.jpg"));
        File.Copy(TestPaths.SamplePhoto("mountain-sunset.jpg"), _source.Combine("images", "banner.jpg"));
        File.Copy(TestPaths.SamplePhoto("nuthatch.jpg"), _source.Combine("images", "logo.jpg"));
        File.Copy(TestPaths.SamplePhoto("forest-stream.jpg"), _source.Combine("images", "layered.jpg"));
        File.Copy(TestPaths.SamplePhoto("dandelion-meadow.jpg"), _source.Combine("images", "chain.jpg"));
        File.WriteAllText(_source.Combine("css", "style.css"), """
            body { margin: 0; font: 16px/1.5 sans-serif; }
            .masthead { min-height: 320px; background-size: cover; background-position: center; }
            .inner { width: 364px; margin: 0 auto; }
            .image.main img { width: 100%; }
            .logo img { height: 40px; }
            .layered {
              height: 320px;
              background: linear-gradient(90deg, rgba(0, 0, 0, 0.1) 0%, rgba(0, 0, 0, 0.4) 100%), url("../images/layered.jpg") no-repeat center / cover;
            }
            .chain {
              height: 200px;
              background-image: -webkit-linear-gradient(top, rgba(0,0,0,0.5), rgba(0,0,0,0.5)), url("../images/chain.jpg");
              background-image: linear-gradient(top, rgba(0,0,0,0.5), rgba(0,0,0,0.5)), url("../images/chain.jpg");
              background-size: cover;
            }
            """);
        File.WriteAllText(_source.Combine("index.html"), """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Inline hero</title><link rel="stylesheet" href="css/style.css"></head>
            <body>
              <header class="masthead" data-box style="background-image: url('images/hero.jpg')"><h1>Welcome</h1></header>
              <nav class="logo"><img src="images/logo.jpg" alt="logo 40 px tall"></nav>
              <section class="inner"><span class="image main"><img src="images/banner.jpg" alt="banner as wide as its column"></span><p>Text under the banner.</p></section>
            </body></html>
            """);
        File.WriteAllText(_source.Combine("layered.html"), """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Layered hero</title><link rel="stylesheet" href="css/style.css"></head>
            <body>
              <header class="layered" data-box><h1>Layered</h1></header>
              <section class="chain" data-box><p>A vendor-prefixed chain.</p></section>
            </body></html>
            """);
        // Without the estimate's guard: on this page the model finds the hero's preload costs FCP 30 ms
        // and gains nothing (the photos share the link evenly), so it would hold back what these tests look at.
        await new SiteOptimizerPipeline(new OptimizerOptions { Estimate = new() { Guard = false } }).OptimizeAsync(_source.Path, _optimized.Path);
    }

    public Task DisposeAsync()
    {
        _source.Dispose();
        _optimized.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The folder of the pages as written.</summary>
    public string Source => _source.Path;

    /// <summary>The folder of the optimized copy.</summary>
    public string Optimized => _optimized.Path;
}
