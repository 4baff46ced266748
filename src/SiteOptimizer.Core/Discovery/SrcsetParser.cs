using System.Text;

namespace SiteOptimizer.Discovery;

/// <summary>
/// Splits a <c>srcset</c> the way the HTML standard's "parse a srcset attribute" does: a URL runs
/// to the next whitespace (so it may contain commas), trailing commas end it, and a comma outside
/// parentheses ends the descriptors. Unlike a browser, a candidate with odd descriptors is kept:
/// the crawler would rather fetch one image too many than miss one.
/// </summary>
internal static class SrcsetParser
{
    public static IReadOnlyList<SrcsetCandidate> Parse(string srcset)
    {
        var candidates = new List<SrcsetCandidate>();
        var position = 0;
        while (true)
        {
            while (position < srcset.Length && (IsSpace(srcset[position]) || srcset[position] == ','))
            {
                position++;
            }
            if (position >= srcset.Length)
            {
                return candidates;
            }

            var start = position;
            while (position < srcset.Length && !IsSpace(srcset[position]))
            {
                position++;
            }
            var url = srcset[start..position];
            string? descriptor = null;
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                descriptor = ReadDescriptors(srcset, ref position);
            }
            if (url.Length > 0)
            {
                candidates.Add(new SrcsetCandidate(url, descriptor));
            }
        }
    }

    private static string? ReadDescriptors(string srcset, ref int position)
    {
        var descriptors = new List<string>();
        var current = new StringBuilder();
        var inParentheses = false;
        for (; position < srcset.Length; position++)
        {
            var c = srcset[position];
            if (inParentheses)
            {
                current.Append(c);
                inParentheses = c != ')';
            }
            else if (IsSpace(c))
            {
                Flush(descriptors, current);
            }
            else if (c == ',')
            {
                position++;
                break;
            }
            else
            {
                current.Append(c);
                inParentheses = c == '(';
            }
        }
        Flush(descriptors, current);
        return descriptors.Count == 0 ? null : string.Join(' ', descriptors);
    }

    private static void Flush(List<string> descriptors, StringBuilder current)
    {
        if (current.Length > 0)
        {
            descriptors.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
