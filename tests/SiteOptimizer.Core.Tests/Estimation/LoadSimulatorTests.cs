using SiteOptimizer.Discovery;
using SiteOptimizer.Estimation;
using SiteOptimizer.Estimation.Simulation;

namespace SiteOptimizer.Tests.Estimation;

/// <summary>The simulator on small hand-built pages whose timings can be worked out on paper.</summary>
public sealed class LoadSimulatorTests
{
    // 8000 Kbps = 1024 bytes per ms (1 Kbps = 1024 bit/s); 100 ms round trips; no DNS, server time or headers.
    private static readonly NetworkProfile Profile = new("test", 100, 8000, 8000, 1) { Http2 = true };

    private static readonly ModelConstants Plain = new()
    {
        DnsRtts = 0,
        ServerMs = 0,
        HeaderBytes = 0,
        NavigationCommitMs = 0,
        HtmlParseMsPerKb = 0,
        CssParseMsPerKb = 0,
        ScriptMsPerKb = 0,
        StyleMs = 0,
        FirstFrameMs = 0,
        FirstFramePresentMs = 0,
        LayoutPaintMs = 0,
        DecodeMsPerMegapixel = 0,
        InterleaveBytes = 0,
    };

    [Fact]
    public void A100KbResponse_ArrivesAfterTheHandshakesAndThreeRoundsOfSlowStart()
    {
        var page = Page(Request("page.html", ResourceType.Document, 100 * 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart));

        var load = new LoadSimulator(Profile, Plain).Run(page);

        // TCP + TLS handshakes: 2 round trips; request: 1 more. Then the window sends 10, 20 and
        // 40 segments in three round trips (14 600 + 29 200 + 58 400 = 102 200 bytes); the last
        // 200 bytes go at the full 1024 bytes/ms the bandwidth-delay product (102 400 bytes) allows.
        var firstByte = (2 * 100) + 100;
        var expected = firstByte + (3 * 100) + ((100 * 1024) - (14_600 + 29_200 + 58_400)) / 1024.0;
        Assert.Equal(firstByte, load.Requests[0].FirstByteMs, 3);
        Assert.Equal(expected, load.Requests[0].EndMs, 3);
        Assert.Equal(expected, load.Metrics.LoadMs, 3);
    }

    [Fact]
    public void AfterASmallPage_TheWindowHasGrownOnlyByWhatThePageSent()
    {
        var page = Page(
            Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart),
            Request("photo.jpg", ResourceType.Image, 100 * 1024, RequestPriority.Low, DiscoveryRule.WhenParentDone, parent: 0));

        var load = new LoadSimulator(Profile, Plain).Run(page);

        // The page arrives from 300 ms at the 146 bytes/ms the first window allows; the photo's
        // first byte a round trip later. The 1024 bytes the page sent grow the window to 15 624,
        // not 29 200: rounds of 15 624 and 31 248 bytes, then the rest at the 62 496 bytes per
        // round trip the window has reached.
        var photo = load.Requests.Single(r => r.Url == "photo.jpg");
        var firstByte = 300 + (1024 / 146.0) + 100;
        Assert.Equal(firstByte, photo.FirstByteMs, 3);
        var rest = (100 * 1024) - (15_624 + 31_248);
        Assert.Equal(firstByte + 200 + (rest / 624.96), photo.EndMs, 3);
    }

    [Fact]
    public void TwoResponsesOnOneConnection_ShareItsBandwidth()
    {
        var warm = Plain with { InitialWindowBytes = 1e9 };
        var alone = new LoadSimulator(Profile, warm).Run(Page(Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart),
            Request("a.jpg", ResourceType.Image, 102_400, RequestPriority.Low, DiscoveryRule.WhenParentDone, parent: 0)));
        var shared = new LoadSimulator(Profile, warm).Run(Page(Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart),
            Request("a.jpg", ResourceType.Image, 102_400, RequestPriority.Low, DiscoveryRule.WhenParentDone, parent: 0),
            Request("b.jpg", ResourceType.Image, 102_400, RequestPriority.Low, DiscoveryRule.WhenParentDone, parent: 0)));

        var transferAlone = alone.Requests[1].EndMs - alone.Requests[1].FirstByteMs;
        var transferShared = shared.Requests[1].EndMs - shared.Requests[1].FirstByteMs;
        Assert.Equal(100.0, transferAlone, 3);
        Assert.Equal(2 * transferAlone, transferShared, 3);
    }

    [Fact]
    public void AResponseStartingWhileAnotherFlows_WaitsBehindThePieceAlreadyOnTheLink_ASmallOneArrivesWholeInItsTurn()
    {
        var constants = Plain with { InitialWindowBytes = 1e9, InterleaveBytes = 5840 };
        var page = Page(
            Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart),
            Request("photo.jpg", ResourceType.Image, 500_000, RequestPriority.Low, DiscoveryRule.WhenParentDone, parent: 0),
            Request("late.css", ResourceType.Stylesheet, 1000, RequestPriority.VeryHigh, DiscoveryRule.WhenParentBytesArrive, parent: 1) with { ParentFraction = 0.5 });

        var load = new LoadSimulator(Profile, constants).Run(page);

        // Its 1000 bytes, less than a piece, go out in one turn after the photo's piece.
        var css = load.Requests.Single(r => r.Url == "late.css");
        Assert.Equal(css.StartMs + 100 + ((5840 + 1000) / 1024.0), css.FirstByteMs, 3);
        Assert.Equal(css.FirstByteMs, css.EndMs, 3);
    }

    [Fact]
    public void AFont_WaitsForAConnectionOfItsOwn_AScriptReusesThePages()
    {
        var page = Page(
            Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart),
            Request("app.js", ResourceType.Script, 1024, RequestPriority.High, DiscoveryRule.WhenParentDone, parent: 0),
            Request("font.woff2", ResourceType.Font, 1024, RequestPriority.VeryHigh, DiscoveryRule.WhenParentDone, parent: 0) with { Origin = "site " + SimRequest.AnonymousPool });

        var load = new LoadSimulator(Profile, Plain).Run(page);

        var script = load.Requests.Single(r => r.Url == "app.js");
        var font = load.Requests.Single(r => r.Url == "font.woff2");
        Assert.Equal(script.DiscoveredMs, script.StartMs, 3);
        // TCP and TLS handshakes: two round trips; the host's DNS lookup is not repeated.
        Assert.Equal(font.DiscoveredMs + 200, font.StartMs, 3);
    }

    [Fact]
    public void OnHttp1WithOneConnection_TheHigherPriorityRequestGoesFirst()
    {
        var profile = Profile with { Http2 = false };
        var constants = Plain with { Http1ConnectionsPerOrigin = 1 };
        var page = Page(
            Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart),
            Request("photo.jpg", ResourceType.Image, 20_000, RequestPriority.Low, DiscoveryRule.WhenParentDone, parent: 0),
            Request("style.css", ResourceType.Stylesheet, 20_000, RequestPriority.VeryHigh, DiscoveryRule.WhenParentDone, parent: 0));

        var load = new LoadSimulator(profile, constants).Run(page);

        var css = load.Requests.Single(r => r.Url == "style.css");
        var photo = load.Requests.Single(r => r.Url == "photo.jpg");
        Assert.True(css.EndMs <= photo.StartMs, $"the stylesheet ended at {css.EndMs} ms, the photo started at {photo.StartMs} ms");
    }

    [Fact]
    public void RenderBlockingCss_HoldsBackTheFirstPaint()
    {
        SimRequest Css(bool blocking) => Request("style.css", ResourceType.Stylesheet, 200_000, RequestPriority.VeryHigh, DiscoveryRule.WhenParentBytesArrive, parent: 0) with { BlocksRender = blocking };
        var document = Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart);

        var blocked = new LoadSimulator(Profile, Plain).Run(Page(document, Css(blocking: true)));
        var free = new LoadSimulator(Profile, Plain).Run(Page(document, Css(blocking: false)));

        Assert.Equal(blocked.Requests.Single(r => r.Url == "style.css").EndMs, blocked.Metrics.FcpMs, 3);
        Assert.Equal(free.Requests[0].EndMs, free.Metrics.FcpMs, 3);
    }

    [Fact]
    public void APreloadedFontStillLoading_HoldsTheFirstPaintBackByAtMost100Ms()
    {
        var document = Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart);
        var font = Request("font.woff2", ResourceType.Font, 500_000, RequestPriority.VeryHigh, DiscoveryRule.WhenParentBytesArrive, parent: 0);

        var plain = new LoadSimulator(Profile, Plain).Run(Page(document, font));
        var preloaded = new LoadSimulator(Profile, Plain).Run(Page(document, font with { IsPreloadedFont = true }));
        var late = new LoadSimulator(Profile, Plain with { PreloadedFontBlockUntilMs = plain.Metrics.FcpMs + 30 }).Run(Page(document, font with { IsPreloadedFont = true }));

        Assert.Equal(plain.Metrics.FcpMs + 100, preloaded.Metrics.FcpMs, 3);
        Assert.Equal(plain.Metrics.FcpMs + 30, late.Metrics.FcpMs, 3);
    }

    [Fact]
    public void CpuWork_IsScaledByTheProfilesSlowdown()
    {
        var constants = Plain with { FirstFrameMs = 10 };
        var page = Page(Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart));

        var fast = new LoadSimulator(Profile, constants).Run(page);
        var slow = new LoadSimulator(Profile with { CpuSlowdown = 4 }, constants).Run(page);

        Assert.Equal(10.0, fast.Metrics.FcpMs - fast.Requests[0].EndMs, 3);
        Assert.Equal(40.0, slow.Metrics.FcpMs - slow.Requests[0].EndMs, 3);
    }

    [Fact]
    public void TheFirstFramesPresentation_IsNotScaledByTheProfilesSlowdown()
    {
        var constants = Plain with { FirstFrameMs = 10, FirstFramePresentMs = 100 };
        var page = Page(Request("page.html", ResourceType.Document, 1024, RequestPriority.VeryHigh, DiscoveryRule.AtStart));

        var fast = new LoadSimulator(Profile, constants).Run(page);
        var slow = new LoadSimulator(Profile with { CpuSlowdown = 4 }, constants).Run(page);

        Assert.Equal(110.0, fast.Metrics.FcpMs - fast.Requests[0].EndMs, 3);
        Assert.Equal(140.0, slow.Metrics.FcpMs - slow.Requests[0].EndMs, 3);
    }

    // The body starts at the end of the HTML: nothing paints before the page has arrived.
    private static PageModel Page(params SimRequest[] requests) => new("page.html", requests, 1, new LcpTarget("text"));

    private static SimRequest Request(string url, ResourceType type, long bytes, RequestPriority priority, DiscoveryRule discovery, int parent = -1) =>
        new(url, type, "site", bytes, priority, discovery, parent, 1);
}
