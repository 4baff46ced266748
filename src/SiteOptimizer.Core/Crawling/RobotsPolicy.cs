using System.Text.RegularExpressions;

namespace SiteOptimizer.Crawling;

/// <summary>
/// The rules of a robots.txt (RFC 9309) that apply to one user agent: the most specific
/// (longest) matching rule wins, Allow wins a tie; <c>*</c> matches anything, <c>$</c> ends.
/// </summary>
internal sealed class RobotsPolicy
{
    public static readonly RobotsPolicy AllowAll = new([], []);

    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsPolicy(IReadOnlyList<(string Pattern, bool Allow)> rules, IReadOnlyList<string> sitemaps)
    {
        _rules = rules;
        Sitemaps = sitemaps;
    }

    /// <summary>The <c>Sitemap:</c> lines, as written.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsPolicy Parse(string text, string userAgent)
    {
        var product = userAgent.Split('/', ' ')[0].ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        var sitemaps = new List<string>();
        (List<string> Agents, List<(string, bool)> Rules)? group = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (group is null || !lastWasAgent)
                    {
                        group = ([], []);
                        groups.Add(group.Value);
                    }
                    group.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when group is not null && value.Length > 0:
                    group.Value.Rules.Add((value, key == "allow"));
                    break;
                case "sitemap":
                    sitemaps.Add(value);
                    break;
            }
            lastWasAgent = false;
        }
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && product.Contains(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        }
        return new RobotsPolicy(mine.SelectMany(g => g.Rules).ToList(), sitemaps);
    }

    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        var best = (Length: -1, Allow: true);
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best.Length || (pattern.Length == best.Length && allow)))
            {
                best = (pattern.Length, allow);
            }
        }
        return best.Allow;
    }

    // "*" matches any run of characters, a final "$" anchors the end; everything else is literal.
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = string.Join(".*", (anchored ? pattern[..^1] : pattern).Split('*').Select(Regex.Escape));
        return Regex.IsMatch(path, "^" + body + (anchored ? "$" : ""), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
    }
}
