using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace SiteOptimizer.Caching;

/// <summary>
/// The name of a cache entry: a hash of everything the output depends on — siteopt's version,
/// the encoder's version, what kind of output it is, the settings that shape it, and the input's bytes.
/// A new siteopt or libvips, or a changed setting, simply misses: old entries age out.
/// </summary>
internal static class CacheKey
{
    // The full informational version, with the source revision when the build records one,
    // so a development build with a changed encoder never reads another build's entries.
    private static readonly string s_toolVersion =
        typeof(CacheKey).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <param name="kind">What the entry holds, e.g. "image" or "precompress".</param>
    /// <param name="engine">The encoder and its version, e.g. "libvips 8.18.7".</param>
    /// <param name="settings">The settings that shape the output, serialized.</param>
    /// <param name="content">The input's bytes, hashed.</param>
    public static string For(string kind, string engine, string settings, ContentHash content)
    {
        var text = $"siteopt-cache/1\n{s_toolVersion}\n{engine}\n{kind}\n{settings}\n{content.Hex}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
