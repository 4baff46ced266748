namespace SiteOptimizer.Estimation.Simulation;

/// <summary>
/// The simulator's constants. Network ones follow Lighthouse's Lantern; CPU ones are in ms on a
/// desktop-class core, multiplied by the profile's CPU slowdown.
/// </summary>
internal sealed record ModelConstants
{
    public static ModelConstants Default { get; } = new();

    /// <summary>TCP's initial congestion window: 10 segments of 1460 B.</summary>
    public double InitialWindowBytes { get; init; } = 10 * 1460;

    /// <summary>A DNS lookup, once per host, in round trips.</summary>
    public double DnsRtts { get; init; } = 2;

    /// <summary>TCP and TLS handshakes of a new connection, in round trips.</summary>
    public double HandshakeRtts { get; init; } = 2;

    /// <summary>The server's time to start a response, ms.</summary>
    public double ServerMs { get; init; } = 10;

    /// <summary>Response headers, bytes.</summary>
    public long HeaderBytes { get; init; } = 300;

    /// <summary>
    /// How much of each response the sender commits to the link at a time (a few segments; HTTP/2
    /// frames, TLS records): a response that starts while others flow waits behind one such piece
    /// of each before its first byte gets through.
    /// </summary>
    public double InterleaveBytes { get; init; } = 4 * 1460;

    /// <summary>HTTP/1.1 connections per origin.</summary>
    public int Http1ConnectionsPerOrigin { get; init; } = 6;

    /// <summary>Low-priority ("delayable") requests in flight at most.</summary>
    public int MaxDelayableInFlight { get; init; } = 10;

    /// <summary>Parsing HTML, ms per KB of markup.</summary>
    public double HtmlParseMsPerKb { get; init; } = 0.2;

    /// <summary>Parsing CSS, ms per KB.</summary>
    public double CssParseMsPerKb { get; init; } = 0.1;

    /// <summary>Compiling and running script, ms per KB.</summary>
    public double ScriptMsPerKb { get; init; } = 0.6;

    /// <summary>Decoding a JPEG, PNG or GIF image, ms per megapixel.</summary>
    public double DecodeMsPerMegapixel { get; init; } = 6;

    /// <summary>
    /// How much longer a WebP takes to decode than a JPEG of the same size (VP8's entropy coding is
    /// slower than libjpeg-turbo's SIMD paths)…
    /// </summary>
    public double WebPDecodeFactor { get; init; } = 1.5;

    /// <summary>
    /// …and an AVIF (an AV1 intra frame, decoded by dav1d): about four times a JPEG, as measured in
    /// Chromium (1 MP AVIFs painted 110–130 ms after they arrived, JPEGs 25–40 ms per MP, CPU ×4).
    /// </summary>
    public double AvifDecodeFactor { get; init; } = 4;

    /// <summary>Decoding an image of a format and size, in unscaled ms.</summary>
    public double DecodeMs(Imaging.ImageFormat format, double megapixels) => megapixels * DecodeMsPerMegapixel * format switch
    {
        Imaging.ImageFormat.Avif => AvifDecodeFactor,
        Imaging.ImageFormat.WebP => WebPDecodeFactor,
        _ => 1,
    };

    /// <summary>
    /// From the page's first byte to the parser and preload scanner reading it: committing the
    /// navigation and setting up the document on the renderer's main thread, ms (measured in
    /// Chromium at CPU ×4: 50–180 ms, median about 75, from the HTML's last byte to the first
    /// request it makes, on pages whose HTML arrives in one piece).
    /// </summary>
    public double NavigationCommitMs { get; init; } = 18;

    /// <summary>
    /// The first style recalculation, once the render-blocking resources are in, ms: what finds the
    /// fonts and CSS background images the page uses. Measured in Chromium (the sample site's pages,
    /// <c>siteopt measure --runs 2 --json</c> on mobile-slow-4g and desktop, Resource Timing): on the
    /// pages before optimization (no preloaded font holding the first frame) the first such request
    /// went out a median 26 ms after the last stylesheet's last byte at CPU ×4 (24 loads, 8–105 ms),
    /// 17 ms at ×1 (6 loads).
    /// </summary>
    public double StyleMs { get; init; } = 6;

    /// <summary>
    /// Then the first layout and paint on the main thread, ms. FCP came a median 158 ms after the
    /// last stylesheet's last byte at CPU ×4 (24 loads, quartiles 132 and 201) and 131 ms at ×1 (6
    /// loads); with a preloaded font still loading, 100 ms later (<see cref="PreloadedFontPaintDelayMs"/>)
    /// at both. So most of the first frame does not scale with the CPU: about 3–4 ms scales (this),
    /// the rest is <see cref="FirstFramePresentMs"/>. The sample pages are all 2–3 KB of HTML and
    /// share their CSS, so the measurements say nothing about growth with the DOM or the CSS.
    /// </summary>
    public double FirstFrameMs { get; init; } = 4;

    /// <summary>
    /// Rastering, compositing and showing the first frame, ms, not scaled by the CPU slowdown:
    /// Chromium throttles only the page's main thread, and this runs on the compositor, raster and
    /// GPU threads (first-frame set-up and the whole viewport rastered, in software in headless
    /// Chromium). 158 − 4 × (6 + 4) ≈ 131 − (6 + 4) ≈ 120, from the measurements above; a phone
    /// rastering on its GPU may take less (measured on a loaded 2-core machine). Later frames showed
    /// no such cost: an LCP image arriving after the first paint was painted 6–118 ms after its last
    /// byte (median 47, 16 loads at ×4), about its decode time.
    /// </summary>
    public double FirstFramePresentMs { get; init; } = 120;

    /// <summary>Layout and paint of a later frame (text redrawn once its web font is in), ms.</summary>
    public double LayoutPaintMs { get; init; } = 8;

    /// <summary>
    /// Chrome blocks rendering while preloaded fonts load (its RenderBlockingFonts feature), but
    /// delays the first paint by at most this much…
    /// </summary>
    public double PreloadedFontPaintDelayMs { get; init; } = 100;

    /// <summary>…and never past this time from navigation start.</summary>
    public double PreloadedFontBlockUntilMs { get; init; } = 1500;

    /// <summary>How long text in a blocking web font stays invisible at most, ms.</summary>
    public double FontBlockPeriodMs { get; init; } = 3000;
}
