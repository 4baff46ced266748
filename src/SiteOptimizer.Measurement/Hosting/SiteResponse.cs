namespace SiteOptimizer.Measurement.Hosting;

/// <summary>A file of a site as a host would send it.</summary>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="ContentEncoding">br, gzip, or null for the bytes as stored.</param>
/// <param name="Body">The bytes sent.</param>
internal sealed record SiteResponse(string ContentType, string? ContentEncoding, ReadOnlyMemory<byte> Body);
