using SiteOptimizer.Crawling;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Cli;

/// <summary>
/// Compiles, on one background thread, what the run will need and would otherwise compile on
/// its critical path, in the order it is needed: for a live site the HTTP stack and the page
/// parser (<see cref="CrawlWarmUp"/>), then the report writer (<see cref="ReportJsonWarmUp"/>).
/// One thread, so that the command line, the pipeline and the thread pool keep a core.
/// </summary>
internal static class StartupWarmUp
{
    public static void Start(string[] args)
    {
        var crawls = args.Any(SiteOptimizerPipeline.IsUrl);
        new Thread(() =>
        {
            try
            {
                if (crawls)
                {
                    CrawlWarmUp.Run();
                }
                ReportJsonWarmUp.Run();
            }
            catch (Exception)
            {
                // A warm-up only saves time: had it failed, the run compiles the same code when it
                // needs it. An exception escaping this thread would end the process.
            }
        })
        {
            IsBackground = true,
            Name = "siteopt warm-up",
        }.Start();
    }
}
