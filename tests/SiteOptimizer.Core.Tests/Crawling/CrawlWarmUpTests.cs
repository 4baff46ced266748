using SiteOptimizer.Crawling;

namespace SiteOptimizer.Tests.Crawling;

public sealed class CrawlWarmUpTests
{
    // The warm-up crawls a site of its own on loopback; it must finish (its own bound is 5 s)
    // and never throw, whatever state the machine's network is in.
    [Fact]
    public async Task Run_CrawlsItsOwnLoopbackSiteAndReturns()
    {
        var run = Task.Run(CrawlWarmUp.Run);

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(run, finished);
        await run;
    }
}
