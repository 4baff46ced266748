using SiteOptimizer.Imaging;
using NetVips;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Bench;

/// <summary>
/// Encodes files one by one to all three formats and prints their sizes, to compare with
/// sharp's for the same settings. The optimizer drops an encoding that is not smaller than
/// what it would serve, so this decodes as it does and calls the encoder directly.
/// </summary>
internal static class SizeCheck
{
    public static void Run(IEnumerable<string> files, TextWriter output)
    {
        var encoder = new ImageEncoder(new ImageOptions());
        foreach (var file in files)
        {
            using var working = Decode(File.ReadAllBytes(file));
            output.WriteLine(BenchJson.Serialize(new ImageSizes(
                "siteopt",
                Path.GetFileName(file),
                working.Width,
                working.Height,
                encoder.Encode(working, ImageFormat.Jpeg).LongLength,
                encoder.Encode(working, ImageFormat.WebP).LongLength,
                encoder.Encode(working, ImageFormat.Avif).LongLength)));
            VipsRuntime.ReturnFreedMemory();
        }
    }

    /// <summary>What the optimizer encodes from for a still JPEG: decoded, upright, in memory.</summary>
    private static Image Decode(byte[] jpeg)
    {
        using var decoded = VipsOperations.Load(ImageFormat.Jpeg.Loader(), jpeg, "fail_on=truncated");
        if (decoded.Orientation == 1)
        {
            return decoded.CopyMemory();
        }
        using var upright = decoded.Autorot();
        return upright.CopyMemory();
    }
}
