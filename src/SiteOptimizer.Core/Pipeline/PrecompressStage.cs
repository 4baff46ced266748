using SiteOptimizer.Caching;
using SiteOptimizer.Compression;
using SiteOptimizer.Progress;

namespace SiteOptimizer.Pipeline;

/// <summary>Writes <c>.br</c> and <c>.gz</c> siblings of the output's text files, across the cores.</summary>
internal sealed class PrecompressStage(PrecompressOptions options, SiteWriter writer, StageCounter progress, PrecompressCache? cache)
{
    public void Run(IEnumerable<string> outputPaths, CancellationToken cancellationToken)
    {
        var precompressor = new Precompressor(options);
        var candidates = outputPaths.Where(path => precompressor.Applies(path, new FileInfo(writer.Folder.Resolve(path)).Length)).ToList();
        progress.Expect(candidates.Count);
        Parallel.ForEach(candidates, new ParallelOptions { CancellationToken = cancellationToken }, path =>
        {
            var bytes = File.ReadAllBytes(writer.Folder.Resolve(path));
            var siblings = cache?.Compress(precompressor, bytes) ?? precompressor.Compress(bytes);
            Write(path + Precompressor.BrotliSuffix, siblings.Brotli);
            Write(path + Precompressor.GzipSuffix, siblings.Gzip);
            progress.Completed(bytes.LongLength);
        });
    }

    private void Write(string path, byte[]? bytes)
    {
        if (bytes is not null)
        {
            writer.WriteExtra(path, bytes);
            writer.Tally.AddPrecompressed(bytes.LongLength);
        }
    }
}
