using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Configuration;

/// <summary>
/// How a <see cref="RangeAttribute"/> on an options property reads in error messages and in
/// the schema. A maximum that is the largest value of the property's type is no limit at all,
/// so it is left out of both.
/// </summary>
internal static class SettingRange
{
    public static bool HasMaximum(RangeAttribute range, Type propertyType)
    {
        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        return range.Maximum switch
        {
            int max => !(max == int.MaxValue && type == typeof(int)),
            double max => !(max == double.MaxValue || double.IsPositiveInfinity(max)),
            _ => true,
        };
    }

    /// <summary>"from 1 to 100", "at least 0", "more than 0 and at most 86400".</summary>
    public static string Describe(RangeAttribute range, Type propertyType)
    {
        var min = Format(range.Minimum);
        var max = Format(range.Maximum);
        var lower = range.MinimumIsExclusive ? $"more than {min}" : $"at least {min}";
        if (!HasMaximum(range, propertyType))
        {
            return lower;
        }
        if (!range.MinimumIsExclusive && !range.MaximumIsExclusive)
        {
            return $"from {min} to {max}";
        }
        return $"{lower} and {(range.MaximumIsExclusive ? "less than" : "at most")} {max}";
    }

    /// <summary>Adds <c>minimum</c>/<c>exclusiveMinimum</c> and <c>maximum</c>/<c>exclusiveMaximum</c>.</summary>
    public static void AddTo(JsonObject schema, RangeAttribute range, Type propertyType)
    {
        schema[range.MinimumIsExclusive ? "exclusiveMinimum" : "minimum"] = Number(range.Minimum);
        if (HasMaximum(range, propertyType))
        {
            schema[range.MaximumIsExclusive ? "exclusiveMaximum" : "maximum"] = Number(range.Maximum);
        }
    }

    public static string Format(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    private static JsonNode Number(object bound) => bound switch
    {
        int value => JsonValue.Create(value),
        double value when value == Math.Floor(value) && Math.Abs(value) < 1e15 => JsonValue.Create((long)value),
        double value => JsonValue.Create(value),
        _ => throw new InvalidOperationException($"Range bounds must be int or double, not {bound.GetType()}."),
    };
}
