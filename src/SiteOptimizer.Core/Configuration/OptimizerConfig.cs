using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SiteOptimizer.Configuration;

/// <summary>
/// Reads optimizer.json strictly: malformed JSON, an unknown or duplicate key, a wrong type or an
/// out-of-range value is an error with its line and column, and all such problems are reported at once.
/// </summary>
public static class OptimizerConfig
{
    /// <summary>The file name looked for when none is given.</summary>
    public const string DefaultFileName = "optimizer.json";

    /// <summary>
    /// How optimizer.json maps to <see cref="OptimizerOptions"/>: camelCase keys matched exactly
    /// (as the schema says), numbers only as numbers, comments and trailing commas allowed.
    /// The schema is generated from the same options, so the two cannot disagree.
    /// </summary>
    internal static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    private static readonly JsonSerializerOptions s_writing = new(SerializerOptions)
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keeps "–" and "+" readable in a file people edit.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static JsonTypeInfo<OptimizerOptions> TypeInfo { get; } = TypeInfoOf<OptimizerOptions>();

    /// <summary>The metadata loading uses for <typeparamref name="T"/>, an options record or a setting's type.</summary>
    internal static JsonTypeInfo<T> TypeInfoOf<T>() => (JsonTypeInfo<T>)SerializerOptions.GetTypeInfo(typeof(T));

    /// <summary>Loads and checks a configuration file.</summary>
    /// <exception cref="ConfigException">The file is missing, malformed or has bad settings.</exception>
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
    /// <exception cref="ConfigException">The text is malformed or has bad settings.</exception>
    public static OptimizerOptions Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        var utf8 = Encoding.UTF8.GetBytes(json);
        var map = ConfigSourceMap.Scan(utf8, TypeInfo, path);
        if (map.KeyErrors.Count > 0)
        {
            throw new ConfigException(map.KeyErrors);
        }
        OptimizerOptions options;
        try
        {
            // The scan has ruled out null and non-objects.
            options = JsonSerializer.Deserialize(utf8, TypeInfo)!;
        }
        catch (JsonException error)
        {
            throw new ConfigException([map.WrongType(error.Path ?? "$", Sentence(error))]);
        }
        var problems = OptionsValidator.Validate(options, TypeInfo);
        if (problems.Count > 0)
        {
            throw new ConfigException([.. problems
                .Select(problem => map.AtValue(problem.Path, problem.Message))
                .OrderBy(diagnostic => diagnostic.Line)
                .ThenBy(diagnostic => diagnostic.Column)]);
        }
        return options;
    }

    /// <summary>
    /// Writes options as optimizer.json: every setting spelled out, two-space indents, <c>\n</c>
    /// line ends and a final newline, so the output is the same on every machine.
    /// </summary>
    public static string Serialize(OptimizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return JsonSerializer.Serialize(options, (JsonTypeInfo<OptimizerOptions>)s_writing.GetTypeInfo(typeof(OptimizerOptions))) + "\n";
    }

    /// <summary>
    /// The starter file <c>siteopt init</c> writes (and the committed optimizer.json is): every
    /// setting at its default, with <c>"$schema"</c> naming the schema file beside it.
    /// </summary>
    public static string CreateStarter() => Serialize(new OptimizerOptions { Schema = "./" + OptimizerSchema.FileName });

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Web defaults match keys case-insensitively and read "80" as 80; the schema (and
            // so an editor) accepts neither, and strict loading must agree with it.
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
            TypeInfoResolver = OptionsJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }

    // System.Text.Json appends "Path: $.x | LineNumber: … | BytePositionInLine: …"; the
    // diagnostic already carries the position and the setting, so keep only the sentence.
    private static string Sentence(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}
