using System.Collections.Concurrent;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace SiteOptimizer.Configuration;

/// <summary>
/// The JSON Schema (draft 2020-12) of optimizer.json, generated from the options records with
/// the serializer settings loading uses, plus each setting's description, range and default.
/// </summary>
public static class OptimizerSchema
{
    /// <summary>The schema's file name, beside optimizer.json.</summary>
    public const string FileName = "optimizer.schema.json";

    private static readonly ConcurrentDictionary<Type, object> s_defaults = new();

    private static readonly JsonSerializerOptions s_writing = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema text: two-space indents, <c>\n</c> line ends, a final newline; the same on every machine.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(OptimizerConfig.SerializerOptions, typeof(OptimizerOptions), exporter);
        return schema.ToJsonString(s_writing) + "\n";
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }
        if (context.PropertyInfo is { } property)
        {
            DescribeSetting(node, property);
        }
        else if (context.Path.IsEmpty)
        {
            node.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            node.Insert(1, "title", "SiteOptimizer settings (optimizer.json)");
            node.Insert(2, "description", "Every setting of siteopt. Command-line flags override this file; settings left out keep their defaults.");
        }
        return node;
    }

    private static void DescribeSetting(JsonObject node, JsonPropertyInfo property)
    {
        var attributes = property.AttributeProvider;
        if (attributes?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: true) is [DescriptionAttribute description, ..])
        {
            node.Insert(0, "description", description.Description);
        }
        foreach (var range in OptionsValidator.Checks(property).OfType<RangeAttribute>())
        {
            SettingRange.AddTo(node, range, property.PropertyType);
        }
        foreach (var pattern in OptionsValidator.Checks(property).OfType<RegularExpressionAttribute>())
        {
            node["pattern"] = pattern.Pattern;
        }
        // Sections show their defaults setting by setting; a null default is only worth
        // showing where null is a choice (maxWidth), not where it means "absent" ($schema).
        if (node.ContainsKey("properties") || property.Get is null)
        {
            return;
        }
        var options = OptimizerConfig.SerializerOptions;
        var value = property.Get(s_defaults.GetOrAdd(property.DeclaringType, type => options.GetTypeInfo(type).CreateObject!()));
        if (value is not null || Nullable.GetUnderlyingType(property.PropertyType) is not null)
        {
            node["default"] = JsonSerializer.SerializeToNode(value, options.GetTypeInfo(property.PropertyType));
        }
    }
}
