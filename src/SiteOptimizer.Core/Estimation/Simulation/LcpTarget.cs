namespace SiteOptimizer.Estimation.Simulation;

/// <summary>What the Largest Contentful Paint is on a page.</summary>
/// <param name="Description">An image URL or a short description of the text block.</param>
/// <param name="Image">The request of the LCP image, or -1 for a text block.</param>
/// <param name="Font">For a text block, the web font it is drawn in, or -1.</param>
/// <param name="FontBlocksText">Whether the text stays invisible until the font arrives (<c>font-display: block</c> or <c>auto</c>), for up to 3 s.</param>
/// <param name="DecodeCpuMs">Decoding the image before it can be painted, in unscaled ms.</param>
internal sealed record LcpTarget(string Description, int Image = -1, int Font = -1, bool FontBlocksText = false, double DecodeCpuMs = 0)
{
    /// <summary>Requests (indexes) that must have been processed before the element is on the page: the script that inserts it, with its imports.</summary>
    public IReadOnlyList<int> InsertedAfter { get; init; } = [];
}
