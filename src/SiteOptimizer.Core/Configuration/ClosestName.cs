namespace SiteOptimizer.Configuration;

/// <summary>The known key a mistyped one most likely meant ("qualty" → "quality", "Png" → "png").</summary>
internal static class ClosestName
{
    public static string? Find(string typed, IEnumerable<string> known) => known
        .Select(name => (Name: name, Distance: Distance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
        .Where(candidate => candidate.Distance <= Math.Min(2, Math.Max(1, typed.Length / 3)))
        .OrderBy(candidate => candidate.Distance)
        .Select(candidate => candidate.Name)
        .FirstOrDefault();

    // Levenshtein distance over two rows; keys are short.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
