namespace SiteOptimizer.Discovery;

/// <summary>
/// Reads a start tag straight from the source text, because the DOM forgets where attribute values
/// and element contents stand: the collector needs that to map references found in a
/// <c>style</c> attribute, a <c>&lt;style&gt;</c> block or an inline module into the HTML file.
/// Follows the tokenizer's rules for attribute names and quoted and unquoted values; the first of
/// duplicate attributes wins, as in the DOM.
/// </summary>
internal sealed class HtmlStartTag
{
    private readonly Dictionary<string, (int Start, int Length)> _values = new(StringComparer.OrdinalIgnoreCase);

    private HtmlStartTag(int end) => End = end;

    /// <summary>The offset just past the <c>&gt;</c>: where the element's content starts.</summary>
    public int End { get; private set; }

    public static HtmlStartTag Read(string html, int tagStart)
    {
        var tag = new HtmlStartTag(html.Length);
        var position = tagStart + 1;
        while (position < html.Length && !IsSpace(html[position]) && html[position] is not ('/' or '>'))
        {
            position++;
        }
        while (true)
        {
            while (position < html.Length && (IsSpace(html[position]) || html[position] == '/'))
            {
                position++;
            }
            if (position >= html.Length || html[position] == '>')
            {
                tag.End = Math.Min(position + 1, html.Length);
                return tag;
            }
            var nameStart = position++;
            while (position < html.Length && !IsSpace(html[position]) && html[position] is not ('/' or '>' or '='))
            {
                position++;
            }
            var name = html[nameStart..position];
            var value = ReadValue(html, ref position);
            tag._values.TryAdd(name, value);
        }
    }

    public bool TryGetValue(string name, out (int Start, int Length) value) => _values.TryGetValue(name, out value);

    private static (int Start, int Length) ReadValue(string html, ref int position)
    {
        var afterName = position;
        while (position < html.Length && IsSpace(html[position]))
        {
            position++;
        }
        if (position >= html.Length || html[position] != '=')
        {
            position = afterName;
            return (afterName, 0);
        }
        position++;
        while (position < html.Length && IsSpace(html[position]))
        {
            position++;
        }
        if (position < html.Length && html[position] is '"' or '\'')
        {
            var start = position + 1;
            var end = html.IndexOf(html[position], start);
            end = end < 0 ? html.Length : end;
            position = Math.Min(end + 1, html.Length);
            return (start, end - start);
        }
        var unquoted = position;
        while (position < html.Length && !IsSpace(html[position]) && html[position] != '>')
        {
            position++;
        }
        return (unquoted, position - unquoted);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
