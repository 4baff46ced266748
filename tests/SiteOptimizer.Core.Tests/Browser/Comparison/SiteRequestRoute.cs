using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// Answers a tab's requests as the site's hosting would, over a second DevTools connection to
/// the tab (the first one waits on the page): requests to the loopback server go through,
/// requests to the site's own origin (its canonical domain) are answered from that same server
/// (with CORS allowed, since the test page is on another origin), and every other request is
/// blocked, so a page looks the same with or without a network and never waits on one.
/// </summary>
internal sealed class SiteRequestRoute : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly DevToolsConnection _connection;
    private readonly Uri _server;
    private readonly Uri? _ownOrigin;
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    private SiteRequestRoute(DevToolsConnection connection, Uri server, Uri? ownOrigin)
    {
        _connection = connection;
        _server = server;
        _ownOrigin = ownOrigin;
    }

    public static async Task<SiteRequestRoute> StartAsync(Uri pageSocket, Uri server, Uri? ownOrigin, CancellationToken cancellationToken)
    {
        var connection = await DevToolsConnection.ConnectAsync(pageSocket, cancellationToken);
        var route = new SiteRequestRoute(connection, server, ownOrigin);
        await connection.SendAsync("Fetch.enable", new JsonObject { ["patterns"] = new JsonArray(new JsonObject { ["urlPattern"] = "*" }) }, cancellationToken);
        route._pump = route.PumpAsync();
        return route;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _pump;
        }
        catch (Exception exception) when (exception is OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // Stopped mid-wait: the page is done with its requests.
        }
        _connection.Dispose();
        _stop.Dispose();
    }

    private async Task PumpAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var paused in await _connection.TakeEventsUntilAsync("Fetch.requestPaused", _stop.Token))
            {
                if (paused.GetProperty("method").GetString() == "Fetch.requestPaused")
                {
                    await AnswerAsync(paused.GetProperty("params"));
                }
            }
        }
    }

    private async Task AnswerAsync(JsonElement paused)
    {
        var id = paused.GetProperty("requestId").GetString()!;
        try
        {
            await RouteAsync(id, new Uri(paused.GetProperty("request").GetProperty("url").GetString()!));
        }
        catch (HttpRequestException) when (!_stop.IsCancellationRequested)
        {
            // The loopback server did not answer: the page sees a failed request, and the
            // other requests still get their answers.
            await _connection.SendAsync("Fetch.failRequest", new JsonObject { ["requestId"] = id, ["errorReason"] = "Failed" }, _stop.Token);
        }
        catch (InvalidOperationException) when (!_stop.IsCancellationRequested)
        {
            // Chromium no longer knows the request (the page navigated away meanwhile).
        }
    }

    private async Task RouteAsync(string id, Uri url)
    {
        if (url.Authority == _server.Authority)
        {
            await _connection.SendAsync("Fetch.continueRequest", new JsonObject { ["requestId"] = id }, _stop.Token);
        }
        else if (_ownOrigin is not null && url.Host == _ownOrigin.Host)
        {
            await FulfilFromServerAsync(id, new Uri(_server, url.PathAndQuery));
        }
        else
        {
            await _connection.SendAsync("Fetch.failRequest", new JsonObject { ["requestId"] = id, ["errorReason"] = "BlockedByClient" }, _stop.Token);
        }
    }

    private async Task FulfilFromServerAsync(string id, Uri local)
    {
        using var response = await Http.GetAsync(local, _stop.Token);
        var body = await response.Content.ReadAsByteArrayAsync(_stop.Token);
        var headers = new JsonArray(new JsonObject { ["name"] = "Access-Control-Allow-Origin", ["value"] = "*" });
        if (response.Content.Headers.ContentType is { } type)
        {
            headers.Add(new JsonObject { ["name"] = "Content-Type", ["value"] = type.ToString() });
        }
        await _connection.SendAsync("Fetch.fulfillRequest", new JsonObject
        {
            ["requestId"] = id,
            ["responseCode"] = (int)response.StatusCode,
            ["responseHeaders"] = headers,
            ["body"] = Convert.ToBase64String(body),
        }, _stop.Token);
    }
}
