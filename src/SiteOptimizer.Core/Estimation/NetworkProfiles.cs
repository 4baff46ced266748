namespace SiteOptimizer.Estimation;

/// <summary>The built-in profiles (Lighthouse's throttling presets) and lookup by name.</summary>
public static class NetworkProfiles
{
    /// <summary>A mid-range phone on a slow 4G network (Lighthouse's default mobile preset): the default.</summary>
    public static NetworkProfile MobileSlow4G { get; } = new("mobile-slow-4g", 150, 1638.4, 750, 4);

    /// <summary>A desktop on a cable connection.</summary>
    public static NetworkProfile Desktop { get; } = new("desktop", 40, 10240, 10240, 1)
    {
        ViewportWidth = 1350,
        ViewportHeight = 940,
        DeviceScaleFactor = 1,
    };

    /// <summary>A mid-range phone on a regular 3G network.</summary>
    public static NetworkProfile Regular3G { get; } = new("regular-3g", 300, 700, 700, 4);

    /// <summary>The name of the default profile.</summary>
    public const string DefaultName = "mobile-slow-4g";

    /// <summary>Every built-in profile, the default first.</summary>
    public static IReadOnlyList<NetworkProfile> BuiltIn { get; } = [MobileSlow4G, Desktop, Regular3G];

    /// <summary>The built-in profile of that name (case-insensitive), or null.</summary>
    public static NetworkProfile? Find(string name) => Find(name, []);

    /// <summary>The profile of that name among <paramref name="custom"/> (which take precedence) and the built-in ones, or null.</summary>
    public static NetworkProfile? Find(string name, IEnumerable<NetworkProfile> custom)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(custom);
        return custom.Concat(BuiltIn).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
