using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// A sample-site page with one deliberate change, served at <see cref="Path"/> beside the
/// original files so its relative references still resolve.
/// </summary>
internal static class AlteredPage
{
    public const string Path = "/altered.html";

    public static Action<WebApplication> Serve(string html) => app => app.Use((context, next) =>
    {
        if (context.Request.Path != Path)
        {
            return next(context);
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html);
    });
}
