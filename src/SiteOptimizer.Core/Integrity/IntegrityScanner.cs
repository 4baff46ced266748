using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteOptimizer.Discovery;

namespace SiteOptimizer.Integrity;

/// <summary>
/// Finds a page's integrity values: the <c>integrity</c> attribute of any element with an
/// <c>href</c> or <c>src</c> (scripts, stylesheets, preloads), and the <c>integrity</c> map of
/// <c>&lt;script type=importmap&gt;</c>. Each is located in the source text, so that it can be
/// replaced without touching another character.
/// </summary>
internal static class IntegrityScanner
{
    public static IReadOnlyList<IntegrityReference> Find(string html)
    {
        if (!html.Contains("integrity", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var found = new List<IntegrityReference>();
        foreach (var element in document.QuerySelectorAll("[integrity]"))
        {
            if ((element.GetAttribute("href") ?? element.GetAttribute("src")) is not { } url)
            {
                continue;
            }
            var value = element.GetAttribute("integrity")!;
            found.Add(new IntegrityReference(FetchableUrl.TrimAsciiWhitespace(url), value, LineOf(element), AttributeSpan(html, element, value)));
        }
        foreach (var map in document.QuerySelectorAll("script[type=importmap i]"))
        {
            found.AddRange(ImportMapEntries(html, map));
        }
        return found;
    }

    private static IntegritySpan? AttributeSpan(string html, IElement element, string value)
    {
        if (TagStart(html, element) is not { } start || !HtmlStartTag.Read(html, start).TryGetValue("integrity", out var span))
        {
            return null;
        }
        // Character references in the value would make the source differ from the DOM's value: still the whole value.
        var quoted = span.Start > 0 && html[span.Start - 1] is '"' or '\'';
        return span.Length > 0 || value.Length == 0 ? new IntegritySpan(span.Start, span.Length, quoted) : null;
    }

    private static IEnumerable<IntegrityReference> ImportMapEntries(string html, IElement map)
    {
        JsonElement integrity;
        try
        {
            using var json = JsonDocument.Parse(map.TextContent);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("integrity", out var entries) || entries.ValueKind != JsonValueKind.Object)
            {
                return [];
            }
            integrity = entries.Clone();
        }
        catch (JsonException)
        {
            return []; // Browsers ignore a map that is not JSON, and so do we.
        }
        var content = TagStart(html, map) is { } start ? HtmlStartTag.Read(html, start).End : -1;
        var line = LineOf(map);
        return integrity.EnumerateObject()
            .Where(entry => entry.Value.ValueKind == JsonValueKind.String)
            .Select(entry => new IntegrityReference(entry.Name, entry.Value.GetString()!, line, content < 0 ? null : EntrySpan(html, content, entry.Name, entry.Value.GetString()!)))
            .ToList();
    }

    // The value as a plain JSON string just after its key; a key or value written with escapes is not found, and is not rewritten.
    private static IntegritySpan? EntrySpan(string html, int content, string key, string value)
    {
        var end = html.IndexOf("</script", content, StringComparison.OrdinalIgnoreCase);
        end = end < 0 ? html.Length : end;
        var map = Member(html, content, end, "integrity");
        if (map < 0 || Member(html, map, end, key) is not (>= 0 and var valueAt) || string.CompareOrdinal(html, valueAt, '"' + value + '"', 0, value.Length + 2) != 0)
        {
            return null;
        }
        return new IntegritySpan(valueAt + 1, value.Length, Quoted: true);
    }

    // Where the value of the first member named "name" starts (a key: the string is followed by a colon), or -1.
    private static int Member(string html, int from, int end, string name)
    {
        var quoted = '"' + name + '"';
        for (var at = html.IndexOf(quoted, from, end - from, StringComparison.Ordinal); at >= 0;
            at = html.IndexOf(quoted, at + 1, end - at - 1, StringComparison.Ordinal))
        {
            var after = at + quoted.Length;
            while (after < end && char.IsWhiteSpace(html[after]))
            {
                after++;
            }
            if (after < end && html[after] == ':')
            {
                after++;
                while (after < end && char.IsWhiteSpace(html[after]))
                {
                    after++;
                }
                return after;
            }
        }
        return -1;
    }

    private static int? TagStart(string html, IElement element) =>
        element.SourceReference?.Position.Index is { } index && index < html.Length && html[index] == '<' ? index : null;

    private static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 0;
}
