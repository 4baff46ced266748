namespace SiteOptimizer.Integrity;

/// <summary>One <c>algorithm-digest</c> token of an <c>integrity</c> value, as the author spelled it.</summary>
/// <param name="Algorithm">The algorithm as written (<c>sha256</c>, <c>sha384</c>, <c>sha512</c>).</param>
/// <param name="Digest">The digest's bytes.</param>
internal sealed record IntegrityHash(string Algorithm, byte[] Digest)
{
    /// <summary>How strong the algorithm is, for the browser's choice: 0 for one browsers do not know.</summary>
    public int Strength => IntegrityAlgorithms.Strength(Algorithm);
}
