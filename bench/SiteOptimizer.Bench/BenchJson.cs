using System.Text.Json;

namespace SiteOptimizer.Bench;

/// <summary>One compact JSON object per line, camelCase, as batch.mjs writes them.</summary>
internal static class BenchJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, s_options);
}
