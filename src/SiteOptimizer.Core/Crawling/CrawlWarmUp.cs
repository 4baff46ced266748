using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Crawling;

/// <summary>
/// A crawl's first round trips wait on code being compiled: the first request a process makes
/// took 158 ms for a response a server gives in 100 (103 ms for the second), and the first page,
/// stylesheet and script parsed, scheduled and recorded cost tens of milliseconds more. A caller
/// that knows a crawl is coming runs this first, on a thread of its own, while it does other
/// work: a whole crawl of a three-file site served by a listener of its own on loopback.
/// Nothing leaves the machine; a warm-up that fails only leaves the real crawl as slow as it
/// would have been.
/// </summary>
public static class CrawlWarmUp
{
    private static readonly Dictionary<string, (string ContentType, string Body)> Site = new(StringComparer.Ordinal)
    {
        ["/"] = ("text/html", "<!doctype html><link rel=stylesheet href=s.css><script type=module src=m.js></script><a href=p.html>p</a><img src=i.png>"),
        ["/s.css"] = ("text/css", "@import url(t.css); a { background: url(i.png) }"),
        ["/m.js"] = ("text/javascript", "import './n.js';"),
    };

    /// <summary>Runs the warm-up on the calling thread; never throws for a network failure.</summary>
    public static void Run()
    {
        try
        {
            CrawlOnLoopbackAsync().GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Only a slower real crawl.
        }
    }

    private static async Task CrawlOnLoopbackAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var root = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        var serving = ServeAsync(listener, timeout.Token);
        var options = new CrawlOptions { Retries = 0, RequestTimeoutSeconds = 5 };
        using (var source = new HttpSource(root, options, TimeProvider.System))
        {
            await new Crawler(source, options, TimeProvider.System).CrawlAsync(timeout.Token).ConfigureAwait(false);
        }
        listener.Stop();
        await serving.ConfigureAwait(false);
    }

    // One request per connection (each answer closes it), until the listener is stopped.
    private static async Task ServeAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        var answers = new List<Task>();
        try
        {
            while (true)
            {
                var connection = await listener.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
                answers.Add(AnswerAsync(connection, cancellationToken));
            }
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
        await Task.WhenAll(answers).ConfigureAwait(false);
    }

    private static async Task AnswerAsync(Socket connection, CancellationToken cancellationToken)
    {
        using (connection)
        {
            var request = new byte[4096];
            var length = await connection.ReceiveAsync(request, cancellationToken).ConfigureAwait(false);
            var path = Encoding.ASCII.GetString(request, 0, length).Split(' ') is [_, var target, ..] ? target : "/";
            var (status, type, body) = Site.TryGetValue(path, out var file) ? ("200 OK", file.ContentType, file.Body) : ("404 Not Found", "text/plain", "");
            var answer = $"HTTP/1.1 {status}\r\nContent-Type: {type}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
            await connection.SendAsync(Encoding.UTF8.GetBytes(answer), cancellationToken).ConfigureAwait(false);
        }
    }
}
