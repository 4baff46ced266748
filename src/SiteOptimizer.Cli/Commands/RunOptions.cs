using System.CommandLine;
using System.CommandLine.Parsing;
using SiteOptimizer.Configuration;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// The options <c>optimize</c> and <c>crawl</c> share. Each flag overrides its setting in
/// optimizer.json; a flag that is not given leaves the file's value alone.
/// </summary>
internal sealed class RunOptions
{
    public Argument<string?> Site { get; } = new("site") { Description = "The built site folder, or an http(s):// URL to mirror (default: \"site\" in optimizer.json). The source is never modified.", Arity = ArgumentArity.ZeroOrOne };

    public Option<FileInfo?> Config { get; } = new("--config", "-c") { Description = "The settings file (default: optimizer.json in the current folder, else built-in defaults)." };

    public Option<int?> Concurrency { get; } = new("--concurrency", "-j") { Description = "Images encoded at once (default: one per CPU core). Overrides images.concurrency." };

    public Option<int?> MaxWidth { get; } = new("--max-width") { Description = "Scale down images wider than this many pixels. Overrides images.maxWidth." };

    public Option<int?> MaxPages { get; } = new("--max-pages") { Description = "Pages crawled at most. Overrides crawl.maxPages." };

    public Option<int?> MaxDepth { get; } = new("--max-depth") { Description = "Link hops from the entry page at most. Overrides crawl.maxDepth." };

    public Option<string[]> Include { get; } = new("--include") { Description = "Crawl only pages whose path matches this glob (repeatable), e.g. /blog/**. Overrides crawl.include.", AllowMultipleArgumentsPerToken = false };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Never crawl pages whose path matches this glob (repeatable). Overrides crawl.exclude." };

    public Option<int?> ConnectionsPerOrigin { get; } = new("--connections-per-origin") { Description = "Requests in flight to one origin. Overrides crawl.connectionsPerOrigin." };

    public Option<bool> IgnoreRobots { get; } = new("--ignore-robots") { Description = "Do not honour robots.txt (for your own site). Sets crawl.respectRobotsTxt to false." };

    public Option<string?> SiteUrl { get; } = new("--site-url") { Description = "The site's production address, its generator's baseURL (e.g. https://blog.example.com/): absolute URLs to it are the site's own files. Overrides siteUrl (default: the home page's canonical link or og:url, else sitemap.xml)." };

    public Option<FileInfo?> Report { get; } = new("--report") { Description = "Where to write the JSON report: totals, timings, diagnostics and the site graph (default: report.json in optimizer.json, siteopt-report.json)." };

    public Option<FileInfo?> ReportHtml { get; } = new("--report-html") { Description = "Where to write the HTML report: waterfalls, timings, biggest wins, diagnostics (default: beside the --report file, else report.html in optimizer.json, siteopt-report.html)." };

    public Option<bool> NoReport { get; } = new("--no-report") { Description = "Write no report files (neither JSON nor HTML)." };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Show no progress while running; only problems and the summary." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also print notes (info diagnostics), not only warnings and errors, and every page's estimated load times." };

    public RunOptions()
    {
        foreach (var option in new[] { Concurrency, MaxWidth, MaxPages, ConnectionsPerOrigin })
        {
            option.Validators.Add(result => RequireAtLeast(result, 1));
        }
        MaxDepth.Validators.Add(result => RequireAtLeast(result, 0));
        SiteUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && !System.Text.RegularExpressions.Regex.IsMatch(url, OptimizerOptions.SiteUrlPattern))
            {
                result.AddError("--site-url must be an absolute http(s) URL, such as https://blog.example.com/");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Site);
        foreach (Option option in new Option[] { Config, SiteUrl, Concurrency, MaxWidth, MaxPages, MaxDepth, Include, Exclude, ConnectionsPerOrigin, IgnoreRobots, Report, ReportHtml, NoReport, Quiet, Verbose })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings of optimizer.json with the flags given on the command line applied on top.</summary>
    public OptimizerOptions Resolve(ParseResult parseResult)
    {
        var options = ConfigFile.Load(parseResult.GetValue(Config));
        var crawl = options.Crawl;
        var images = options.Images;
        return options with
        {
            SiteUrl = parseResult.GetValue(SiteUrl) ?? options.SiteUrl,
            Crawl = crawl with
            {
                MaxPages = parseResult.GetValue(MaxPages) ?? crawl.MaxPages,
                MaxDepth = parseResult.GetValue(MaxDepth) ?? crawl.MaxDepth,
                Include = parseResult.GetValue(Include) is { Length: > 0 } include ? include : crawl.Include,
                Exclude = parseResult.GetValue(Exclude) is { Length: > 0 } exclude ? exclude : crawl.Exclude,
                ConnectionsPerOrigin = parseResult.GetValue(ConnectionsPerOrigin) ?? crawl.ConnectionsPerOrigin,
                RespectRobotsTxt = !parseResult.GetValue(IgnoreRobots) && crawl.RespectRobotsTxt,
            },
            Images = images with
            {
                Concurrency = parseResult.GetValue(Concurrency) ?? images.Concurrency,
                MaxWidth = parseResult.GetValue(MaxWidth) ?? images.MaxWidth,
            },
        };
    }

    private static void RequireAtLeast(OptionResult result, int minimum)
    {
        if (result.GetValueOrDefault<int?>() < minimum)
        {
            result.AddError($"{result.Option.Name} must be a whole number of at least {minimum}.");
        }
    }
}
