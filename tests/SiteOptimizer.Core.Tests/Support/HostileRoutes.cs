using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SiteOptimizer.Tests.Support;

/// <summary>A server that misbehaves in every way a crawler meets in the wild, each on its own path.</summary>
internal static class HostileRoutes
{
    public const string Index = """
        <!doctype html><html><head><title>hostile</title>
        <link rel="stylesheet" href="/plain.css">
        </head><body>
        <a href="/loop/a">loop</a>
        <a href="/long-redirect/0">long redirect chain</a>
        <img src="/drip.jpg"> <img src="/endless.png"> <img src="/always-500.png">
        <img src="/flaky.png"> <img src="/reset.png"> <img src="/missing.png">
        <a href="/infinite/1">forever</a>
        <a href="javascript:alert(1)">js</a> <a href="mailto:x@example.com">mail</a>
        <a href="file:///etc/passwd">file</a> <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        </body></html>
        """;

    public static void Map(WebApplication app)
    {
        var flaky = new ConcurrentDictionary<string, int>();
        app.MapGet("/", () => Results.Content(Index, "text/html"));
        app.MapGet("/plain.css", () => Results.Text("body { background: url(/from-plain-css.png) }", "text/plain"));
        app.MapGet("/from-plain-css.png", () => Results.Bytes(TinyPng, "image/png"));
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        app.MapGet("/long-redirect/{n:int}", (int n) => Results.Redirect($"/long-redirect/{n + 1}"));
        app.MapGet("/drip.jpg", DripAsync);
        app.MapGet("/endless.png", async (HttpContext context) =>
        {
            context.Response.ContentType = "image/png";
            var chunk = new byte[64 * 1024];
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        app.MapGet("/always-500.png", () => Results.StatusCode(500));
        app.MapGet("/flaky.png", (HttpContext context) =>
            flaky.AddOrUpdate(context.Request.Path, 1, (_, n) => n + 1) <= 2 ? Results.StatusCode(503) : Results.Bytes(TinyPng, "image/png"));
        app.MapGet("/reset.png", (HttpContext context) => { context.Abort(); return Results.Empty; });
        app.MapGet("/infinite/{n:int}", (int n) => Results.Content(
            $"<!doctype html><a href=\"/infinite/{n + 1}\">next</a> <a href=\"/infinite/{n * 2}?page={n}\">double</a>", "text/html"));
    }

    /// <summary>A "JPEG" that arrives one byte a second for a minute.</summary>
    public static async Task DripAsync(HttpContext context)
    {
        context.Response.ContentType = "image/jpeg";
        for (var i = 0; i < 60 && !context.RequestAborted.IsCancellationRequested; i++)
        {
            await context.Response.Body.WriteAsync(new byte[] { 0xFF }, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(1000, context.RequestAborted);
        }
    }

    /// <summary>A valid 1×1 PNG.</summary>
    public static byte[] TinyPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static string Html(string body) => "<!doctype html><html><head><title>t</title></head><body>" + body + "</body></html>";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
