using System.Net;
using Polly;
using Polly.Retry;
using SiteOptimizer.Crawling;

namespace SiteOptimizer.Sources;

/// <summary>
/// A live site over HTTP(S). Each fetch follows redirects itself (to count them and catch
/// loops), bounds the time and the body size of every attempt, and retries timeouts, dropped
/// connections, 5xx and 429 with exponential backoff and jitter.
/// </summary>
internal sealed class HttpSource : ISiteSource
{
    private readonly HttpClient _client;
    private readonly CrawlOptions _options;
    private readonly Lazy<ResiliencePipeline<FetchResult>> _retry;

    public HttpSource(Uri root, CrawlOptions options, TimeProvider time)
    {
        Root = root;
        _options = options;
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
        var first = await AttemptAsync(url, cancellationToken).ConfigureAwait(false);
        if (_options.Retries == 0 || !IsTransient(first))
        {
            return first;
        }
        // The retry strategy takes over with the first attempt's outcome as its own first try.
        var attempts = 1;
        FetchResult? firstOutcome = first;
        var outcome = await _retry.Value.ExecuteAsync(
            async token =>
            {
                if (firstOutcome is { } known)
                {
                    firstOutcome = null;
                    return known;
                }
                attempts++;
                return await AttemptAsync(url, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return outcome with { Attempts = attempts };
    }

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

    private static bool IsTransient(FetchResult result) => result.Status is 0 or 429 or >= 500;

    private async Task<FetchResult> AttemptAsync(Uri url, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
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
                var body = await BoundedBody.ReadAsync(response.Content, _options.MaxBodyBytes, deadline.Token).ConfigureAwait(false);
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
            return FetchResult.Failed(url, 0, $"timed out after {_options.RequestTimeoutSeconds:0.###} s");
        }
        catch (Exception error) when (error is HttpRequestException or IOException)
        {
            return FetchResult.Failed(url, 0, "connection failed: " + (error.InnerException?.Message ?? error.Message));
        }
    }

    public void Dispose() => _client.Dispose();
}
