using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.MSBuild;

/// <summary>
/// ASP.NET Core's static web assets endpoints manifest (<c>&lt;app&gt;.staticwebassets.endpoints.json</c>)
/// records each published file's Content-Length, ETag and integrity hash, and MapStaticAssets
/// serves them as recorded. After files are rewritten, their entries must say so, or responses
/// would announce the old length.
/// </summary>
internal static class StaticAssetsManifest
{
    public static void Update(string? manifestPath, string directory, IReadOnlyList<string> changedFiles)
    {
        if (string.IsNullOrWhiteSpace(manifestPath) || !File.Exists(manifestPath) || changedFiles.Count == 0)
        {
            return;
        }
        var changed = changedFiles.ToDictionary(file => file, file => new FileInfo(Path.Combine(directory, file)), StringComparer.Ordinal);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var manifest = JsonNode.Parse(File.ReadAllBytes(manifestPath))!;
        foreach (var endpoint in manifest["Endpoints"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (endpoint["AssetFile"]?.GetValue<string>() is { } asset && changed.TryGetValue(asset, out var file))
            {
                if (!hashes.TryGetValue(asset, out var hash))
                {
                    hash = hashes[asset] = Convert.ToBase64String(SHA256.HashData(File.ReadAllBytes(file.FullName)));
                }
                Set(endpoint["ResponseHeaders"], "Content-Length", file.Length.ToString(CultureInfo.InvariantCulture));
                Set(endpoint["ResponseHeaders"], "ETag", $"\"{hash}\"");
                Set(endpoint["ResponseHeaders"], "Last-Modified", file.LastWriteTimeUtc.ToString("R", CultureInfo.InvariantCulture));
                Set(endpoint["EndpointProperties"], "integrity", "sha256-" + hash);
            }
        }
        var temporary = manifestPath + ".siteopt-tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(manifest));
        File.Move(temporary, manifestPath, overwrite: true);
    }

    private static void Set(JsonNode? pairs, string name, string value)
    {
        foreach (var pair in pairs?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (pair["Name"]?.GetValue<string>() == name)
            {
                pair["Value"] = value;
            }
        }
    }
}
