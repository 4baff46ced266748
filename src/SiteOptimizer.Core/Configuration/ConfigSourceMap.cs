using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Configuration;

/// <summary>
/// One pass over optimizer.json with a reader: where each setting's value starts (the
/// serializer keeps no positions, and a range check runs after it), and every unknown or
/// repeated key at once with the key's own position, before the serializer stops at the first.
/// </summary>
internal sealed class ConfigSourceMap
{
    private readonly byte[] _utf8;
    private readonly string _file;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, long> _valueOffsets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonTypeInfo Type, JsonPropertyInfo? Property)> _settings = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _keyErrors = [];

    private ConfigSourceMap(byte[] utf8, string file)
    {
        _utf8 = utf8;
        _file = file;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Unknown and duplicate keys, in file order.</summary>
    public IReadOnlyList<Diagnostic> KeyErrors => _keyErrors;

    /// <summary>Reads the whole text; malformed JSON or a root that is not an object throws.</summary>
    /// <exception cref="ConfigException">The text is not one JSON object.</exception>
    public static ConfigSourceMap Scan(byte[] utf8, JsonTypeInfo root, string file)
    {
        var map = new ConfigSourceMap(utf8, file);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new ConfigException([map.At(0, "the file is empty; it must be a JSON object: { … } ({} keeps every default)")]);
        }
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ConfigException([map.At(reader.TokenStartIndex, "the configuration must be a JSON object: { … }")]);
            }
            map._valueOffsets["$"] = reader.TokenStartIndex;
            map.ScanObject(ref reader, root, "$");
            while (reader.Read())
            {
                // Anything after the root object is malformed; the reader throws on it.
            }
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0);
            var offset = line < map._lineStarts.Count ? map._lineStarts[line] + (error.BytePositionInLine ?? 0) : utf8.Length;
            var sentence = error.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '|', '.');
            throw new ConfigException([map.At(Math.Min(offset, utf8.Length), sentence)]);
        }
        return map;
    }

    /// <summary>A diagnostic at the value of a setting (<c>$.images.jpeg.quality</c>), else at its nearest enclosing object.</summary>
    public Diagnostic AtValue(string path, string message)
    {
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (_valueOffsets.TryGetValue(candidate, out var offset))
            {
                return At(offset, message);
            }
        }
        return new Diagnostic(DiagnosticCodes.InvalidConfig, DiagnosticSeverity.Error, _file, 1, 1, message);
    }

    /// <summary>
    /// A wrong-type diagnostic at the value: "images.jpeg.quality must be a whole number from 1
    /// to 100, not "80"", or the serializer's own sentence when the setting is not known here.
    /// </summary>
    public Diagnostic WrongType(string path, string fallback)
    {
        if (_settings.TryGetValue(path, out var setting)
            && _valueOffsets.TryGetValue(path, out var offset)
            && ValueKind.Expected(setting.Type, setting.Property) is { } expected)
        {
            return At(offset, $"{Setting(path)} must be {expected}, not {ValueKind.Actual(_utf8.AsSpan((int)offset))}");
        }
        return AtValue(path, $"{Setting(path)}: {fallback}");
    }

    /// <summary>The path of a child key, spelled as System.Text.Json spells error paths.</summary>
    public static string Child(string path, string name) =>
        name.AsSpan().IndexOfAny(". '/\"[]()\t\n\r\f\b\\") >= 0 ? $"{path}['{name}']" : $"{path}.{name}";

    /// <summary>The dotted name users write (<c>images.jpeg.quality</c>) for a path.</summary>
    public static string Setting(string path) => path == "$" ? "the top level" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..];

    private void ScanObject(ref Utf8JsonReader reader, JsonTypeInfo? type, string path)
    {
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyOffset = reader.TokenStartIndex;
            var name = reader.GetString()!;
            var property = type?.Properties.FirstOrDefault(p => p.Name == name);
            var childPath = Child(path, name);
            reader.Read();
            if (keys.TryGetValue(name, out var firstOffset))
            {
                var first = At(firstOffset, "");
                _keyErrors.Add(At(keyOffset, $"{Setting(childPath)} is set twice; the first is at line {first.Line}, column {first.Column}"));
                reader.Skip();
                continue;
            }
            keys[name] = keyOffset;
            if (type is not null && property is null)
            {
                var known = type.Properties.Select(p => p.Name).ToList();
                var hint = ClosestName.Find(name, known) is { } closest ? $"did you mean '{closest}'?" : $"known: {string.Join(", ", known)}";
                _keyErrors.Add(At(keyOffset, $"unknown setting '{name}' {(path == "$" ? "at the top level" : "in " + Setting(path))}; {hint}"));
                reader.Skip();
                continue;
            }
            _valueOffsets[childPath] = reader.TokenStartIndex;
            var propertyType = property is null ? null : type!.Options.GetTypeInfo(property.PropertyType);
            if (propertyType is not null)
            {
                _settings[childPath] = (propertyType, property);
            }
            ScanValue(ref reader, propertyType, childPath);
        }
    }

    private void ScanValue(ref Utf8JsonReader reader, JsonTypeInfo? type, string path)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            // A key check only makes sense where an options record is expected; a wrong
            // type is the serializer's to report.
            ScanObject(ref reader, type is { Kind: JsonTypeInfoKind.Object } ? type : null, path);
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            var element = type is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } elementType } ? type.Options.GetTypeInfo(elementType) : null;
            for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                var elementPath = $"{path}[{index}]";
                _valueOffsets[elementPath] = reader.TokenStartIndex;
                if (element is not null)
                {
                    _settings[elementPath] = (element, null);
                }
                ScanValue(ref reader, element, elementPath);
            }
        }
    }

    private Diagnostic At(long offset, string message)
    {
        var line = LineOf(offset);
        var start = _lineStarts[line];
        // Columns count characters, as editors do, not UTF-8 bytes.
        var column = 1;
        for (var i = start; i < offset && i < _utf8.Length; i++)
        {
            if ((_utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
        return new Diagnostic(DiagnosticCodes.InvalidConfig, DiagnosticSeverity.Error, _file, line + 1, column, message);
    }

    private int LineOf(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static string Parent(string path)
    {
        if (path == "$")
        {
            return "";
        }
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut > 0 ? path[..cut] : "$";
    }
}
