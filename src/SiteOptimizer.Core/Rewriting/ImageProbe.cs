using NetVips;
using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Rewriting;

/// <summary>Reads an image's header (not its pixels) with libvips.</summary>
internal static class ImageProbe
{
    /// <summary>The image's format and upright size, or null when it is not a raster image we handle.</summary>
    public static ProbedImage? Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (ImageFormatNames.FromLoader(VipsOperations.FindLoader(bytes)) is not { } format)
            {
                return null;
            }
            using var header = VipsOperations.Load(format.Loader(), bytes, "access=sequential");
            var swapped = header.Orientation is 5 or 6 or 7 or 8;
            var (width, height) = (header.Width, header.PageHeight);
            return new ProbedImage(format, swapped ? height : width, swapped ? width : height, header.Pages > 1 && format.CanAnimate());
        }
        catch (VipsException)
        {
            return null;
        }
    }
}
