using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SiteOptimizer.Measurement;

/// <summary>Serialisation metadata for the measurement file and the DevTools replies, generated at build time.</summary>
[JsonSerializable(typeof(MeasurementDocument))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class MeasurementJsonContext : JsonSerializerContext;
