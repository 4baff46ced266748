using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SiteOptimizer.Configuration;

namespace SiteOptimizer.Tests.Configuration;

public sealed partial class OptimizerSchemaTests
{
    [Fact]
    public void CommittedSchema_IsWhatTheOptionsTypesGenerate()
    {
        CommittedFile.AssertMatches(
            OptimizerSchema.FileName,
            OptimizerSchema.Generate(),
            "dotnet run --project src/SiteOptimizer.Cli -- config schema > optimizer.schema.json");
    }

    [Fact]
    public void CommittedOptimizerJson_IsWhatInitWrites()
    {
        CommittedFile.AssertMatches(
            OptimizerConfig.DefaultFileName,
            OptimizerConfig.CreateStarter(),
            "dotnet run --project src/SiteOptimizer.Cli -- init --force");
    }

    [Fact]
    public void Generate_IsStableAndFormattedForCommitting()
    {
        var schema = OptimizerSchema.Generate();

        Assert.Equal(schema, OptimizerSchema.Generate());
        Assert.DoesNotContain('\r', schema);
        Assert.EndsWith("}\n", schema, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EverySettingHasADescriptionAndADefault_AndEveryObjectIsClosed()
    {
        var root = JsonNode.Parse(OptimizerSchema.Generate())!.AsObject();

        var settings = Settings(root, "").ToList();

        Assert.Contains(settings, s => s.Path == "images.jpeg.quality");
        Assert.Contains(settings, s => s.Path == "crawl.userAgent");
        foreach (var (path, schema) in settings)
        {
            Assert.True(schema["description"] is JsonValue, $"{path} has no description");
            if (schema["properties"] is JsonObject)
            {
                Assert.False((bool)schema["additionalProperties"]!, $"{path} accepts unknown keys");
            }
            else if (path is not ("$schema" or "site" or "output" or "siteUrl" or "cache.path")) // absent means "not given", not a value
            {
                Assert.True(schema.ContainsKey("default"), $"{path} has no default");
            }
        }
        Assert.False((bool)root["additionalProperties"]!);
    }

    [Fact]
    public void Generate_RangesComeFromTheRangeAttributes()
    {
        var images = JsonNode.Parse(OptimizerSchema.Generate())!["properties"]!["images"]!["properties"]!;
        var crawl = JsonNode.Parse(OptimizerSchema.Generate())!["properties"]!["crawl"]!["properties"]!;

        Assert.Equal("""{"minimum":1,"maximum":100}""", Bounds(images["jpeg"]!["properties"]!["quality"]!));
        Assert.Equal("""{"minimum":0,"maximum":6}""", Bounds(images["webP"]!["properties"]!["effort"]!));
        Assert.Equal("""{"minimum":0}""", Bounds(images["concurrency"]!));
        Assert.Equal("""{"exclusiveMinimum":0,"maximum":86400}""", Bounds(crawl["requestTimeoutSeconds"]!));
    }

    [Fact]
    public void EverySchemaBound_IsEnforcedByLoading()
    {
        // Whatever an editor flags as out of range, a run refuses too, at the same setting.
        var root = JsonNode.Parse(OptimizerSchema.Generate())!.AsObject();
        var checkedBounds = 0;
        foreach (var (path, schema) in Settings(root, ""))
        {
            var isInteger = schema["type"]!.ToJsonString().Contains("integer", StringComparison.Ordinal);
            var step = isInteger ? 1m : 0.5m;
            var outside = new List<decimal>();
            if (schema["minimum"] is JsonValue minimum)
            {
                outside.Add((decimal)minimum - step);
            }
            if (schema["exclusiveMinimum"] is JsonValue exclusiveMinimum)
            {
                outside.Add((decimal)exclusiveMinimum);
            }
            if (schema["maximum"] is JsonValue maximum)
            {
                outside.Add((decimal)maximum + step);
            }
            foreach (var value in outside)
            {
                var json = Nest(path, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse(json, "optimizer.json"));
                Assert.StartsWith(path + " is ", Assert.Single(error.Diagnostics).Message, StringComparison.Ordinal);
                checkedBounds++;
            }
        }
        Assert.True(checkedBounds >= 20, $"only {checkedBounds} bounds checked");
    }

    [Fact]
    public void EveryDescription_IsTheXmlDocSummary()
    {
        // The [Description] feeds the schema; the XML doc feeds IntelliSense. Keep them one text.
        var docs = XDocument.Load(Path.ChangeExtension(typeof(OptimizerOptions).Assembly.Location, ".xml"));
        var summaries = docs.Descendants("member").Where(m => m.Element("summary") is not null).ToDictionary(m => (string)m.Attribute("name")!, m => Plain(m.Element("summary")!));
        var described = typeof(OptimizerOptions).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .Select(p => (Property: p, Description: p.GetCustomAttribute<DescriptionAttribute>()))
            .Where(p => p.Description is not null)
            .ToList();

        Assert.True(described.Count >= 30, $"only {described.Count} described settings");
        foreach (var (property, description) in described)
        {
            Assert.Equal(summaries[$"P:{property.DeclaringType!.FullName}.{property.Name}"], description!.Description);
        }
    }

    private static IEnumerable<(string Path, JsonObject Schema)> Settings(JsonObject schema, string prefix)
    {
        foreach (var (name, node) in schema["properties"]!.AsObject())
        {
            var path = prefix + name;
            var setting = node!.AsObject();
            yield return (path, setting);
            if (setting["properties"] is JsonObject)
            {
                foreach (var nested in Settings(setting, path + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string Nest(string path, string value) =>
        path.Split('.').Reverse().Aggregate(value, (inner, key) => $"{{ \"{key}\": {inner} }}");

    private static string Bounds(JsonNode setting) => new JsonObject(setting.AsObject()
        .Where(p => p.Key is "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum")
        .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!.DeepClone()))).ToJsonString();

    private static string Plain(XElement summary) => Whitespace().Replace(string.Concat(summary.DescendantNodes().OfType<XText>().Select(t => t.Value)), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
