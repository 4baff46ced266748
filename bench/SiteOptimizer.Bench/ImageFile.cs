namespace SiteOptimizer.Bench;

/// <summary>An image held in memory, so disk reads stay out of the timings (as in batch.mjs).</summary>
/// <param name="Name">The path relative to the images folder, with forward slashes.</param>
/// <param name="Bytes">The file's contents.</param>
internal sealed record ImageFile(string Name, byte[] Bytes);
