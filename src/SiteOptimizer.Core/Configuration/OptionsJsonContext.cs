using System.Text.Json.Serialization;

namespace SiteOptimizer.Configuration;

/// <summary>
/// Serialisation metadata for optimizer.json, generated at build time so that loading the
/// settings needs neither reflection nor code generated at run time (see <see cref="OptimizerConfig.SerializerOptions"/>).
/// </summary>
/// <remarks>
/// Generated metadata sets every init-only property a file leaves out to its type's default,
/// not to the record's default (dotnet/runtime#84484), so the options records' settings have
/// plain setters.
/// </remarks>
[JsonSerializable(typeof(OptimizerOptions))]
[JsonSerializable(typeof(string))]
internal sealed partial class OptionsJsonContext : JsonSerializerContext;
