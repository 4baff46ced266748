using System.Text.Json.Serialization.Metadata;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Reports;
using SiteOptimizer.Sharding;

namespace SiteOptimizer.Tests.Reports;

/// <summary>
/// The report's enums are written as camelCase strings by converters named one by one (a
/// converter for any enum would need code generated at run time, which the native build lacks);
/// an enum added to the report without one would quietly come out as a number.
/// </summary>
public sealed class ReportJsonEnumTests
{
    [Fact]
    public void EveryEnumInTheReports_HasAStringConverter()
    {
        var options = ReportJson.Options;
        var enums = new HashSet<Type>();
        var seen = new HashSet<Type>();
        Visit(options.GetTypeInfo(typeof(OptimizationReport)));
        Visit(options.GetTypeInfo(typeof(ShardReport)));

        Assert.NotEmpty(enums);
        Assert.All(enums, type => Assert.Contains(options.Converters, converter => converter.CanConvert(type)));

        void Visit(JsonTypeInfo info)
        {
            var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
            if (!seen.Add(type))
            {
                return;
            }
            if (type.IsEnum)
            {
                enums.Add(type);
            }
            if (info.ElementType is { } element)
            {
                Visit(options.GetTypeInfo(element));
            }
            if (info.KeyType is { } key)
            {
                Visit(options.GetTypeInfo(key));
            }
            foreach (var property in info.Properties)
            {
                Visit(options.GetTypeInfo(property.PropertyType));
            }
        }
    }

    [Fact]
    public void AnEnum_IsWrittenAsACamelCaseString()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(FileType.Html, ReportJson.TypeInfoOf<FileType>());

        Assert.Equal("\"html\"", json);
    }
}
