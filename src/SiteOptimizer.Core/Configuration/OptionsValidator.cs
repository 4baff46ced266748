using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;

namespace SiteOptimizer.Configuration;

/// <summary>
/// Checks the data annotations (<see cref="RangeAttribute"/> and friends) on every options
/// record, walking the same metadata the serializer used, so each problem is named by the
/// JSON path it was read from.
/// </summary>
internal static class OptionsValidator
{
    /// <summary>Every failed check, as (JSON path, message), in declaration order.</summary>
    public static List<(string Path, string Message)> Validate(object options, JsonTypeInfo type)
    {
        var problems = new List<(string, string)>();
        Walk(options, type, "$", problems);
        return problems;
    }

    private static void Walk(object options, JsonTypeInfo type, string path, List<(string, string)> problems)
    {
        foreach (var property in type.Properties)
        {
            if (property.Get is null)
            {
                continue;
            }
            var value = property.Get(options);
            var childPath = ConfigSourceMap.Child(path, property.Name);
            foreach (var check in Checks(property))
            {
                if (!IsValid(check, value))
                {
                    problems.Add((childPath, Explain(check, property, ConfigSourceMap.Setting(childPath), value)));
                }
            }
            var childType = type.Options.GetTypeInfo(property.PropertyType);
            if (value is not null && childType.Kind == JsonTypeInfoKind.Object)
            {
                Walk(value, childType, childPath, problems);
            }
            else if (value is System.Collections.IEnumerable items && childType is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } elementType }
                && type.Options.GetTypeInfo(elementType) is { Kind: JsonTypeInfoKind.Object } elementInfo)
            {
                // A list of records (estimate.profiles): each element is checked at its own path.
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Walk(item, elementInfo, $"{childPath}[{index}]", problems);
                    }
                    index++;
                }
            }
        }
    }

    /// <summary>The validation attributes on the property behind a piece of JSON metadata.</summary>
    public static IEnumerable<ValidationAttribute> Checks(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).Cast<ValidationAttribute>() ?? [];

    private static bool IsValid(ValidationAttribute check, object? value)
    {
        try
        {
            return check.IsValid(value);
        }
        catch (OverflowException)
        {
            // RangeAttribute converts to its bounds' type; a long too large for an int range is out of it.
            return false;
        }
    }

    private static string Explain(ValidationAttribute check, JsonPropertyInfo property, string setting, object? value) => check switch
    {
        RangeAttribute range => $"{setting} is {SettingRange.Format(value)}; it must be {SettingRange.Describe(range, property.PropertyType)}",
        _ => check.FormatErrorMessage(setting),
    };
}
