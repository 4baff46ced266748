namespace SiteOptimizer.Measurement;

/// <summary>
/// One request of a measured load, from its Resource Timing entry (the page's own from its
/// navigation entry): the waterfall an estimate's can be laid beside. Times in ms from navigation start.
/// </summary>
/// <param name="Path">The URL's path.</param>
/// <param name="StartMs">When the browser asked for it (<c>startTime</c>).</param>
/// <param name="RequestMs">When the request went out on a connection (<c>requestStart</c>).</param>
/// <param name="FirstByteMs">When its first byte arrived (<c>responseStart</c>).</param>
/// <param name="EndMs">When its last byte arrived (<c>responseEnd</c>).</param>
/// <param name="Bytes">Bytes transferred, headers included.</param>
/// <param name="RenderBlocking">Chromium's <c>renderBlockingStatus</c>: <c>blocking</c> or <c>non-blocking</c>.</param>
/// <param name="Initiator">What asked for it (<c>initiatorType</c>: link, script, img, css, navigation…).</param>
internal sealed record MeasuredRequest(string Path, double StartMs, double RequestMs, double FirstByteMs, double EndMs, long Bytes, string RenderBlocking, string Initiator);
