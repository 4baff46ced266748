using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SiteOptimizer.Bench;

/// <summary>
/// A static file server on loopback (Kestrel, HTTP/1.1 with keep-alive) that holds every
/// response — files, directory indexes, redirects, 404s, robots.txt — for a fixed delay
/// before it starts, like a distant or slow server. Prints its URL on stdout, then serves
/// until SIGTERM or Ctrl+C. <c>GET /__bench/stats[?reset=1]</c> answers at once with
/// <see cref="ServerStats"/> as JSON; it is not part of the site and not counted.
/// </summary>
internal static class DelayServer
{
    public const string StatsPath = "/__bench/stats";

    private static readonly FileExtensionContentTypeProvider s_types = CreateTypes();

    public static async Task<int> RunAsync(ServeArguments arguments, TextWriter output)
    {
        var stats = new ServerStats();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = arguments.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, arguments.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(next => connection =>
                {
                    stats.ConnectionOpened();
                    return next(connection);
                });
            });
        });
        await using var app = builder.Build();
        var delay = TimeSpan.FromMilliseconds(arguments.DelayMs);
        app.Run(context => context.Request.Path.Equals(StatsPath, StringComparison.Ordinal)
            ? context.Response.WriteAsJsonAsync(stats.Take(context.Request.Query.ContainsKey("reset")), context.RequestAborted)
            : ServeAsync(context, arguments.Root, delay, stats));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await output.WriteLineAsync($"{address.TrimEnd('/')}/").ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return BenchCommand.Success;
    }

    private static async Task ServeAsync(HttpContext context, string root, TimeSpan delay, ServerStats stats)
    {
        stats.RequestStarted();
        try
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            await RespondAsync(context, root).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        finally
        {
            stats.RequestFinished(context.Response.StatusCode);
        }
    }

    private static async Task RespondAsync(HttpContext context, string root)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = request.Path.Value ?? "/";
        var full = Path.GetFullPath(Path.Join(root, path));
        if (!full.StartsWith(root, StringComparison.Ordinal) || (full.Length > root.Length && full[root.Length] != Path.DirectorySeparatorChar))
        {
            await NotFoundAsync(context).ConfigureAwait(false);
            return;
        }
        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                // Like every static server: /blog → /blog/, so relative links resolve.
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = path + "/" + request.QueryString;
                return;
            }
            full = Path.Join(full, "index.html");
        }
        var file = new FileInfo(full);
        if (!file.Exists)
        {
            await NotFoundAsync(context).ConfigureAwait(false);
            return;
        }
        response.ContentType = s_types.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        response.ContentLength = file.Length;
        response.Headers.LastModified = file.LastWriteTimeUtc.ToString("R");
        if (HttpMethods.IsGet(request.Method))
        {
            await response.SendFileAsync(file.FullName, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return HttpMethods.IsGet(context.Request.Method) ? context.Response.WriteAsync("404 Not Found\n", context.RequestAborted) : Task.CompletedTask;
    }

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        // Pinned, whatever the framework's table says: what a well-configured static host sends.
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".htm"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        types.Mappings[".json"] = "application/json";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".xml"] = "application/xml";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".woff2"] = "font/woff2";
        types.Mappings[".woff"] = "font/woff";
        types.Mappings[".avif"] = "image/avif";
        types.Mappings[".webp"] = "image/webp";
        types.Mappings[".ico"] = "image/x-icon";
        types.Mappings[".md"] = "text/markdown; charset=utf-8";
        return types;
    }
}
