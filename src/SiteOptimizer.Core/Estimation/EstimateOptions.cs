using System.ComponentModel;

namespace SiteOptimizer.Estimation;

/// <summary>The load-time estimate (the <c>estimate</c> section of optimizer.json).</summary>
public sealed record EstimateOptions
{
    /// <summary>Simulate every page loading before and after optimization, and report the time saved.</summary>
    [Description("Simulate every page loading before and after optimization, and report the time saved.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Hold back, on each page, the preloads, font preloads or lazy loading the estimate says make that page slower (it costs LCP or FCP and saves less on the other).</summary>
    [Description("Hold back, on each page, the preloads, font preloads or lazy loading the estimate says make that page slower (it costs LCP or FCP and saves less on the other).")]
    public bool Guard { get; set; } = true;

    /// <summary>The profile simulated: mobile-slow-4g, desktop, regular-3g or the name of one in profiles; --profile overrides it.</summary>
    [Description("The profile simulated: mobile-slow-4g, desktop, regular-3g or the name of one in profiles; --profile overrides it.")]
    public string Profile { get; set; } = NetworkProfiles.DefaultName;

    /// <summary>Profiles of your own (a name of a built-in one replaces it).</summary>
    [Description("Profiles of your own (a name of a built-in one replaces it).")]
    public IReadOnlyList<CustomProfile> Profiles { get; set; } = [];

    /// <summary>The profile named <paramref name="name"/> (default: <see cref="Profile"/>), or null when there is none of that name.</summary>
    public NetworkProfile? Resolve(string? name = null) =>
        NetworkProfiles.Find(name ?? Profile, Profiles.Select(p => p.ToProfile()));

    /// <summary>The names a profile can be selected by: the custom ones, then the built-in ones.</summary>
    public IReadOnlyList<string> KnownProfileNames() =>
        [.. Profiles.Select(p => p.Name).Concat(NetworkProfiles.BuiltIn.Select(p => p.Name)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
