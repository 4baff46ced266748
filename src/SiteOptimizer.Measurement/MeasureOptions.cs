namespace SiteOptimizer.Measurement;

/// <summary>What <see cref="SiteMeasurer"/> measures and how.</summary>
/// <param name="Conditions">The profile, screen and network shaping.</param>
/// <param name="Chromium">The Chromium executable.</param>
/// <param name="Runs">Interleaved before/after pairs per page (at least 1).</param>
/// <param name="Pages">The pages to measure, as paths relative to the site root; empty for every HTML page both sites have.</param>
/// <param name="LoadTimeout">How long one load may take before the measurement fails.</param>
internal sealed record MeasureOptions(LoadConditions Conditions, string Chromium, int Runs, IReadOnlyList<string> Pages, TimeSpan LoadTimeout);
