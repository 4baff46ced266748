using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteOptimizer.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, for one test. It can serve a folder,
/// delay every response, and misbehave on purpose on the routes a test maps.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    /// <summary>Requests served so far, by path (thread-safe).</summary>
    public RequestLog Requests { get; } = new();

    public Uri Url(string path) => new(Root, path);

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> map, string? folder = null, TimeSpan delay = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var log = new RequestLog();
        app.Use(async (context, next) =>
        {
            log.Add(context.Request.Path + context.Request.QueryString);
            using var inFlight = log.Enter();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            await next(context);
        });
        map(app);
        if (folder is not null)
        {
            var files = new PhysicalFileProvider(folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        }
        await app.StartAsync();
        var address = app.Urls.First();
        var server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        server.Requests.Share(log);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
