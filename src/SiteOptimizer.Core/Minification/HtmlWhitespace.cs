using System.Text;

namespace SiteOptimizer.Minification;

/// <summary>HTML's whitespace (space, tab, LF, FF, CR; never U+00A0) and how runs of it collapse.</summary>
internal static class HtmlWhitespace
{
    public static bool Is(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    public static bool IsAll(string text) => text.All(Is);

    /// <summary>
    /// Each run becomes one character: a line feed when the run held a line break, else a space.
    /// Both render the same under <c>white-space: normal</c>; keeping the line break also keeps
    /// the meaning under an author's <c>pre-line</c>, and costs nothing.
    /// </summary>
    public static string Collapse(string text)
    {
        if (!NeedsCollapsing(text))
        {
            return text;
        }
        var collapsed = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (!Is(text[i]))
            {
                collapsed.Append(text[i++]);
                continue;
            }
            var lineBreak = false;
            for (; i < text.Length && Is(text[i]); i++)
            {
                lineBreak |= text[i] is '\n' or '\r';
            }
            collapsed.Append(lineBreak ? '\n' : ' ');
        }
        return collapsed.ToString();
    }

    private static bool NeedsCollapsing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Is(text[i]) && (text[i] is not ' ' and not '\n' || (i + 1 < text.Length && Is(text[i + 1]))))
            {
                return true;
            }
        }
        return false;
    }
}
