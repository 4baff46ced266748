using System.Runtime.InteropServices;

namespace SiteOptimizer.Tests.Packaging;

/// <summary>
/// A fact that builds the natively compiled tool package: it needs Linux x64 (the only platform
/// that package is made for) and a C toolchain for .NET's native compiler to link with. Skipped
/// elsewhere with a reason that says "native tool"; CI installs the toolchain and fails on that skip.
/// </summary>
internal sealed class NativeToolFactAttribute : FactAttribute
{
    public NativeToolFactAttribute()
    {
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            Skip = $"native tool: the natively compiled package is made on linux-x64 only, not {RuntimeInformation.RuntimeIdentifier}";
        }
        else if (!OnPath("clang") && !OnPath("gcc"))
        {
            Skip = "native tool: no C compiler (clang or gcc) for .NET's native compiler to link with; apt-get install clang zlib1g-dev";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
