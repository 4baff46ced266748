using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SiteOptimizer.Configuration;

/// <summary>
/// Words for a wrong-type error: what a setting takes ("a whole number from 1 to 100") and
/// what the file has instead, rather than "could not be converted to System.Int32".
/// </summary>
internal static class ValueKind
{
    /// <summary>What the setting takes, or null for a type these words do not cover.</summary>
    public static string? Expected(JsonTypeInfo type, JsonPropertyInfo? property)
    {
        var underlying = Nullable.GetUnderlyingType(type.Type);
        var words = type.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object { … }",
            JsonTypeInfoKind.Enumerable when type.ElementType == typeof(string) => "an array of strings",
            JsonTypeInfoKind.Enumerable => "an array [ … ]",
            _ => (underlying ?? type.Type) switch
            {
                var t when t == typeof(int) || t == typeof(long) => "a whole number",
                var t when t == typeof(double) => "a number",
                var t when t == typeof(bool) => "true or false",
                var t when t == typeof(string) => "a string",
                _ => null,
            },
        };
        if (words is null)
        {
            return null;
        }
        if (property is not null && OptionsValidator.Checks(property).OfType<RangeAttribute>().FirstOrDefault() is { } range)
        {
            words += " " + SettingRange.Describe(range, property.PropertyType);
        }
        var nullable = underlying is not null || property is { IsSetNullable: true } && !type.Type.IsValueType;
        return nullable ? words + ", or null" : words;
    }

    /// <summary>The value as the file spells it when short, else what kind of value it is.</summary>
    public static string Actual(ReadOnlySpan<byte> utf8FromValue)
    {
        var reader = new Utf8JsonReader(utf8FromValue, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read())
        {
            return "nothing";
        }
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String when reader.ValueSpan.Length <= 40 => JsonSerializer.Serialize(reader.GetString()!, OptimizerConfig.TypeInfoOf<string>()),
            JsonTokenType.String => "a string",
            _ when reader.ValueSpan.Length <= 40 => Encoding.UTF8.GetString(reader.ValueSpan),
            _ => "a long number",
        };
    }
}
