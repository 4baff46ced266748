using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// <c>--version</c>: siteopt's own version and the libvips it loads, since a wrong or missing
/// native library is the first thing to rule out when something misbehaves.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string ToolVersion { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(ToolVersion);
        try
        {
            output.WriteLine($"libvips {Libvips.Version} ({Libvips.LoadedFrom})");
            return ExitCodes.Success;
        }
        catch (LibvipsNotFoundException error)
        {
            output.WriteLine("libvips: " + error.Message);
            return ExitCodes.MissingNativeLibrary;
        }
    }
}
