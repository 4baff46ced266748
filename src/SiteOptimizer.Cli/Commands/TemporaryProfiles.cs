using SiteOptimizer.Estimation;

namespace SiteOptimizer.Cli.Commands;

// TEMPORARY: replaced by SiteOptimizer.Estimation.NetworkProfiles when the estimator lands.
internal static class TemporaryProfiles
{
    public static IReadOnlyList<NetworkProfile> BuiltIn { get; } =
    [
        new("mobile-slow-4g", 150, 1638.4, 750, 4),
        new("desktop", 40, 10240, 10240, 1),
        new("regular-3g", 300, 700, 700, 4),
    ];

    public static NetworkProfile? Find(string name) =>
        BuiltIn.FirstOrDefault(profile => profile.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
