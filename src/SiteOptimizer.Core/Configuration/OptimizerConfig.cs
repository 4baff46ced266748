using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteOptimizer.Configuration;

/// <summary>Reads optimizer.json strictly: an unknown or duplicate key or a wrong type is an error with its line and column.</summary>
public static class OptimizerConfig
{
    /// <summary>The file name looked for when none is given.</summary>
    public const string DefaultFileName = "optimizer.json";

    private static readonly JsonSerializerOptions s_strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Loads and checks a configuration file.</summary>
    /// <exception cref="ConfigException">The file is missing, malformed or has a bad setting.</exception>
    public static OptimizerOptions Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, 0, 0, "cannot read the configuration file: " + error.Message);
        }
        return Parse(json, path);
    }

    /// <summary>Parses configuration text; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="ConfigException">The text is malformed or has a bad setting.</exception>
    public static OptimizerOptions Parse(string json, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<OptimizerOptions>(json, s_strict)
                ?? throw new ConfigException(path, 1, 1, "the configuration must be a JSON object, not null");
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? -1) + 1;
            var column = (int)(error.BytePositionInLine ?? -1) + 1;
            throw new ConfigException(path, line, column, Describe(error));
        }
    }

    // System.Text.Json appends "Path: $.x | LineNumber: … | BytePositionInLine: …"; the
    // diagnostic already carries the position, so keep the sentence and the setting's path.
    private static string Describe(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var sentence = cut >= 0 ? message[..cut] : message;
        return error.Path is { Length: > 0 } setting ? $"{sentence} (at {setting})" : sentence;
    }
}
