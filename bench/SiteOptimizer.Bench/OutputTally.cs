using SiteOptimizer.Imaging;

namespace SiteOptimizer.Bench;

/// <summary>Counts what a batch produced; results arrive on several workers at once.</summary>
internal sealed class OutputTally
{
    private int _outputs;
    private long _jpegBytes;
    private long _webPBytes;
    private long _avifBytes;

    public int Outputs => _outputs;

    public long JpegBytes => _jpegBytes;

    public long WebPBytes => _webPBytes;

    public long AvifBytes => _avifBytes;

    public void Add(ImageResult result)
    {
        if (result.Problem is { } problem)
        {
            throw new InvalidOperationException($"{result.Name}: {problem}");
        }
        foreach (var encoded in result.Variants.Prepend(result.Replacement).OfType<EncodedImage>())
        {
            Interlocked.Increment(ref _outputs);
            var length = encoded.Bytes.LongLength;
            _ = encoded.Format switch
            {
                ImageFormat.Jpeg => Interlocked.Add(ref _jpegBytes, length),
                ImageFormat.WebP => Interlocked.Add(ref _webPBytes, length),
                _ => Interlocked.Add(ref _avifBytes, length),
            };
        }
    }
}
