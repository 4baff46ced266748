using System.Diagnostics;
using System.Net;
using SiteOptimizer.Estimation;
using SiteOptimizer.Measurement.Hosting;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hosting;

/// <summary>
/// The server paces responses as the profile's network would: a lower bound only (a busy
/// machine can make a response later, never earlier), so these cannot flake on a slow machine.
/// </summary>
public sealed class ShapedSiteServerTests : IDisposable
{
    private static readonly NetworkProfile SlowFourG = new("mobile-slow-4g", 150, 1638.4, 750, 4);

    private readonly TempDirectory _site = new();
    private readonly byte[] _photo = System.Security.Cryptography.RandomNumberGenerator.GetBytes(100 * 1024);

    public ShapedSiteServerTests() => File.WriteAllBytes(_site.Combine("photo.jpg"), _photo);

    [Fact]
    public async Task Get_OnAFreshConnection_TakesTheHandshakesARoundTripAndTheTransmission()
    {
        await using var server = await ShapedSiteServer.StartAsync(_site.Path, new NetworkLink(SlowFourG, TimeProvider.System), default);
        using var client = TrustingClient();

        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(server.Root, "photo.jpg"));
        var body = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();

        // TCP + TLS handshakes and the request: 3 × 150 ms; 102 400 B at 204.8 KB/s: 0.5 s.
        var floor = TimeSpan.FromMilliseconds((3 * 150) + (_photo.Length / (1638.4 * 1024 / 8) * 1000));
        Assert.Equal(_photo, body);
        Assert.True(clock.Elapsed >= floor * 0.98, $"took {clock.Elapsed.TotalMilliseconds:0} ms, at least {floor.TotalMilliseconds:0} ms expected");
    }

    [Fact]
    public async Task Get_OverTls_NegotiatesHttp2AsRealHostsDo()
    {
        await using var server = await ShapedSiteServer.StartAsync(_site.Path, link: null, default);
        using var client = TrustingClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Root, "photo.jpg")) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode.OK, HttpVersion.Version20), (response.StatusCode, response.Version));
        Assert.Equal(_photo, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_MissingFile_IsNotFound()
    {
        await using var server = await ShapedSiteServer.StartAsync(_site.Path, link: null, default);
        using var client = TrustingClient();

        using var response = await client.GetAsync(new Uri(server.Root, "missing.png"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _site.Dispose();

    // The server's certificate is self-signed for 127.0.0.1, as the measuring browser is told to accept.
    private static HttpClient TrustingClient() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    });
}
