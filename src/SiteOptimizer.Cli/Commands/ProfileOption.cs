using System.CommandLine;
using SiteOptimizer.Configuration;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>--profile &lt;name&gt;</c>: the network and device the load-time estimate simulates; overrides estimate.profile.</summary>
internal sealed class ProfileOption
{
    public Option<string?> Option { get; } = new("--profile")
    {
        Description = $"The network and device to estimate load times on: {string.Join(", ", NetworkProfiles.BuiltIn.Select(p => p.Name))} or one in estimate.profiles (default: estimate.profile, {NetworkProfiles.DefaultName}).",
    };

    /// <summary>The settings with the profile applied, or an error message when no profile has that name.</summary>
    public (OptimizerOptions Options, string? Error) Apply(ParseResult parseResult, OptimizerOptions options)
    {
        if (parseResult.GetValue(Option) is not { } name)
        {
            return (options, null);
        }
        var estimate = options.Estimate with { Profile = name, Enabled = true };
        return estimate.Resolve() is null
            ? (options, $"--profile {name}: no such profile; use one of {string.Join(", ", estimate.KnownProfileNames())}.")
            : (options with { Estimate = estimate }, null);
    }
}
