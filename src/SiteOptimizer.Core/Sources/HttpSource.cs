using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Polly;
using Polly.Retry;
using SiteOptimizer.Crawling;

namespace SiteOptimizer.Sources;

/// <summary>
/// A live site over HTTP(S). Each fetch follows redirects itself (to count them and catch
/// loops), bounds the time and the body size of every attempt and the time of all attempts
/// together, and retries timeouts, dropped connections, 5xx and 429 with exponential backoff
/// and jitter, but not a timeout with the body arriving: that server is slow, not failing.
/// </summary>
internal sealed class HttpSource : ISiteSource
{
    private readonly HttpClient _client;
    private readonly CrawlOptions _options;
    private readonly Lazy<ResiliencePipeline<FetchResult>> _retry;
    private readonly TimeProvider _time;

    public HttpSource(Uri root, CrawlOptions options, TimeProvider time)
    {
        Root = root;
        _options = options;
        _time = time;
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = options.ConnectionsPerOrigin,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, options.RequestTimeoutSeconds)),
            UseCookies = false,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        // Building a pipeline costs more than a round trip on a cold start (Polly validates its
        // options by reflection), and most requests succeed at once: built on the first failure.
        _retry = new Lazy<ResiliencePipeline<FetchResult>>(() => RetryPipeline(options, time));
    }

    public Uri Root { get; }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        // One deadline over every attempt and the waits between them: however a server fails,
        // one resource costs at most crawl.resourceTimeoutSeconds.
        using var resource = new CancellationTokenSource(TimeSpan.FromSeconds(_options.ResourceTimeoutSeconds), _time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, resource.Token);
        var first = await AttemptAsync(url, deadline.Token, cancellationToken).ConfigureAwait(false);
        if (first.Error is not null && resource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return GaveUp(first, 1);
        }
        if (_options.Retries == 0 || !IsTransient(first))
        {
            return first;
        }
        // The retry strategy takes over with the first attempt's outcome as its own first try.
        var attempts = 1;
        FetchResult? firstOutcome = first;
        var last = first;
        try
        {
            var outcome = await _retry.Value.ExecuteAsync(
                async token =>
                {
                    if (firstOutcome is { } known)
                    {
                        firstOutcome = null;
                        return known;
                    }
                    attempts++;
                    last = await AttemptAsync(url, token, cancellationToken).ConfigureAwait(false);
                    return last;
                },
                deadline.Token).ConfigureAwait(false);
            return outcome with { Attempts = attempts };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The deadline fell during an attempt or a wait between two: the last outcome stands.
            return GaveUp(last, attempts);
        }
    }

    private FetchResult GaveUp(FetchResult last, int attempts) => last with
    {
        Attempts = attempts,
        Error = string.Create(CultureInfo.InvariantCulture, $"{last.Error} (attempt {attempts}; crawl.resourceTimeoutSeconds, {_options.ResourceTimeoutSeconds:0.###} s, used up)"),
    };

    private static ResiliencePipeline<FetchResult> RetryPipeline(CrawlOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder<FetchResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<FetchResult>
            {
                ShouldHandle = new PredicateBuilder<FetchResult>().HandleResult(IsTransient),
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(10),
            })
            .Build();

    private static bool IsTransient(FetchResult result) => (result.Status is 0 or 429 or >= 500) && !result.TimedOutArriving;

    /// <param name="url">The URL.</param>
    /// <param name="resourceToken">Cancelled when the resource's time is up (or the run is cancelled).</param>
    /// <param name="cancellationToken">The run's: cancelled on Ctrl+C.</param>
    private async Task<FetchResult> AttemptAsync(Uri url, CancellationToken resourceToken, CancellationToken cancellationToken)
    {
        using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds), _time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(resourceToken, attempt.Token);
        var arrived = new StrongBox<long>();
        var current = url;
        var visited = new HashSet<Uri> { url };
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = new Uri(current, location);
                    if (redirects >= _options.MaxRedirects)
                    {
                        return FetchResult.Failed(url, status, $"more than {_options.MaxRedirects} redirects");
                    }
                    if (!visited.Add(next))
                    {
                        return FetchResult.Failed(url, status, $"redirect loop through {next}");
                    }
                    current = next;
                    continue;
                }
                var body = await BoundedBody.ReadAsync(response.Content, _options.MaxBodyBytes, arrived, deadline.Token).ConfigureAwait(false);
                if (body is null)
                {
                    return FetchResult.Failed(url, status, $"body larger than {_options.MaxBodyBytes:N0} bytes");
                }
                var error = status is >= 200 and < 300 ? null : $"HTTP {status} {response.ReasonPhrase}".TrimEnd();
                return new FetchResult(url, current, status, response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant(), body, error, 1);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var after = attempt.IsCancellationRequested ? $"timed out after {_options.RequestTimeoutSeconds:0.###} s" : "timed out";
            // Bytes were arriving: the server is slow, not failing, and would be as slow again.
            return arrived.Value > 0
                ? FetchResult.Failed(url, 0, $"{after} with the body still arriving ({arrived.Value:N0} bytes so far); not retried") with { TimedOutArriving = true }
                : FetchResult.Failed(url, 0, after);
        }
        catch (Exception error) when (error is HttpRequestException or IOException)
        {
            return FetchResult.Failed(url, 0, "connection failed: " + (error.InnerException?.Message ?? error.Message));
        }
    }

    public void Dispose() => _client.Dispose();
}
