namespace SiteOptimizer.Integrity;

/// <summary>
/// An <c>integrity</c> value: its tokens with known algorithms. Browsers check only the strongest
/// algorithm present and accept the file when any of that algorithm's digests matches; a value
/// with no known algorithm checks nothing.
/// </summary>
internal sealed class IntegrityMetadata
{
    private IntegrityMetadata(IReadOnlyList<IntegrityHash> hashes) => Hashes = hashes;

    public IReadOnlyList<IntegrityHash> Hashes { get; }

    /// <summary>Whether a browser checks the file against it at all.</summary>
    public bool IsEnforced => Hashes.Count > 0;

    /// <summary>Reads a value; tokens browsers would ignore (unknown algorithms, digests that are not base64) are dropped.</summary>
    public static IntegrityMetadata Parse(string value)
    {
        var hashes = new List<IntegrityHash>();
        foreach (var token in value.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            // "alg-digest?options": the options are reserved, and ignored.
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0)
            {
                continue;
            }
            var algorithm = token[..dash];
            var digest = token[(dash + 1)..].Split('?')[0];
            if (IntegrityAlgorithms.Strength(algorithm) > 0 && Decode(digest) is { } bytes)
            {
                hashes.Add(new IntegrityHash(algorithm, bytes));
            }
        }
        return new IntegrityMetadata(hashes);
    }

    /// <summary>Whether a browser would accept <paramref name="body"/> (the decoded response body) under this value.</summary>
    public bool Matches(ReadOnlySpan<byte> body)
    {
        if (!IsEnforced)
        {
            return true;
        }
        var strongest = Hashes.Max(h => h.Strength);
        var algorithm = Hashes.First(h => h.Strength == strongest).Algorithm;
        var actual = IntegrityAlgorithms.Digest(algorithm, body);
        return Hashes.Where(h => h.Strength == strongest).Any(h => h.Digest.AsSpan().SequenceEqual(actual));
    }

    /// <summary>A value naming <paramref name="body"/>: one digest for each algorithm this value used, in the order first used.</summary>
    public string For(ReadOnlySpan<byte> body)
    {
        var tokens = new List<string>();
        foreach (var algorithm in Hashes.Select(h => h.Algorithm).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            tokens.Add(algorithm + "-" + Convert.ToBase64String(IntegrityAlgorithms.Digest(algorithm, body)));
        }
        return string.Join(' ', tokens);
    }

    // Standard base64, and the URL-safe alphabet the specification also accepts.
    private static byte[]? Decode(string digest)
    {
        var standard = digest.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(standard);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
