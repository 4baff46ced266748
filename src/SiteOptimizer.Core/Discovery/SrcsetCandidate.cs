namespace SiteOptimizer.Discovery;

/// <summary>One image candidate of a <c>srcset</c>: its URL and descriptor (<c>480w</c>, <c>2x</c>) if any.</summary>
internal readonly record struct SrcsetCandidate(string Url, string? Descriptor);
