namespace SiteOptimizer.Sources;

/// <summary>The outcome of fetching one URL.</summary>
/// <param name="Url">The URL asked for.</param>
/// <param name="FinalUrl">Where the content came from after redirects.</param>
/// <param name="Status">The HTTP status (200 for a file that exists, 404 for one that does not); 0 when no response arrived.</param>
/// <param name="ContentType">The media type, without parameters, lower case; null when unknown.</param>
/// <param name="Body">The body; empty on failure, and for a file of a folder that the crawl does not read (see <see cref="Length"/>).</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Attempts">Attempts made (1 + retries).</param>
internal sealed record FetchResult(Uri Url, Uri FinalUrl, int Status, string? ContentType, byte[] Body, string? Error, int Attempts)
{
    /// <summary>The body's size, also when the body itself was not read or has been let go.</summary>
    public long Length { get; init; } = Body.LongLength;

    /// <summary>Whether the attempt timed out with part of the body received: a slow server, which another attempt would not make faster.</summary>
    public bool TimedOutArriving { get; init; }

    public bool Succeeded => Error is null && Status is >= 200 and < 300;

    public static FetchResult Failed(Uri url, int status, string error, int attempts = 1) => new(url, url, status, null, [], error, attempts);
}
