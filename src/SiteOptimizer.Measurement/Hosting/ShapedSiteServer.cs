using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SiteOptimizer.Measurement.Hosting;

/// <summary>
/// A site folder served on 127.0.0.1 (a free port) over HTTPS with HTTP/2, every response paced
/// as it would reach a visitor over <see cref="NetworkLink"/>: a new connection costs the TCP and
/// TLS handshakes (one round trip each), every response one more round trip before its first
/// byte, then its bytes leave at the pace of the connection's congestion window and the shared
/// bottleneck. Requests are small and go up unshaped. Without a link, responses go out at once.
/// </summary>
internal sealed class ShapedSiteServer : IAsyncDisposable
{
    private const int ChunkBytes = 4 * 1460;

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;

    private ShapedSiteServer(WebApplication app, X509Certificate2 certificate, Uri root)
    {
        _app = app;
        _certificate = certificate;
        Root = root;
    }

    public Uri Root { get; }

    public static async Task<ShapedSiteServer> StartAsync(string folder, NetworkLink? link, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = LoopbackCertificate.Create();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(certificate);
            listen.Use(next => connection =>
            {
                // Counted from the moment the browser connects: Chrome's preconnects pay early.
                if (link is not null)
                {
                    connection.Items[ConnectionPacing.Key] = new ConnectionPacing(link.Time.GetTimestamp() + (2 * link.RoundTrip), link.RoundTrip);
                }
                return next(connection);
            });
        }));
        var app = builder.Build();
        var host = new StaticHost(folder);
        app.Run(context => ServeAsync(context, host, link));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ShapedSiteServer(app, certificate, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _certificate.Dispose();
    }

    private static async Task ServeAsync(HttpContext context, StaticHost host, NetworkLink? link)
    {
        var cancellationToken = context.RequestAborted;
        var response = await host.ResolveAsync(context.Request.Path.Value ?? "/", context.Request.Headers.AcceptEncoding.ToString(), cancellationToken).ConfigureAwait(false);
        var pacing = context.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(ConnectionPacing.Key, out var items) == true ? items as ConnectionPacing : null;
        if (link is not null && pacing is not null)
        {
            // The request travels up and the first byte down: one round trip after the handshakes.
            var firstByte = Math.Max(link.Time.GetTimestamp(), pacing.ReadyAt) + link.RoundTrip;
            await DelayUntilAsync(link.Time, firstByte, cancellationToken).ConfigureAwait(false);
        }
        if (response is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength = response.Body.Length;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.Vary = "Accept-Encoding";
        if (response.ContentEncoding is not null)
        {
            context.Response.Headers.ContentEncoding = response.ContentEncoding;
        }
        await context.Response.StartAsync(cancellationToken).ConfigureAwait(false);
        for (var offset = 0; offset < response.Body.Length; offset += ChunkBytes)
        {
            var chunk = response.Body.Slice(offset, Math.Min(ChunkBytes, response.Body.Length - offset));
            if (link is not null && pacing is not null)
            {
                var sendable = pacing.Window.Admit(chunk.Length, link.Time.GetTimestamp());
                await DelayUntilAsync(link.Time, link.Transmit(chunk.Length, sendable), cancellationToken).ConfigureAwait(false);
            }
            await context.Response.Body.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task DelayUntilAsync(TimeProvider time, long timestamp, CancellationToken cancellationToken)
    {
        var wait = timestamp - time.GetTimestamp();
        return wait > 0
            ? Task.Delay(TimeSpan.FromSeconds((double)wait / time.TimestampFrequency), time, cancellationToken)
            : Task.CompletedTask;
    }
}
