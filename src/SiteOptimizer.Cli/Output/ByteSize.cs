using System.Globalization;

namespace SiteOptimizer.Cli.Output;

/// <summary>Formats byte counts the way people read them: 512 B, 14.2 KB, 3.07 MB (powers of 1000, as browsers' devtools do).</summary>
internal static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1_000 => $"{bytes} B",
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.00} MB"),
    };
}
