using NetVips;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Tests.Support;

/// <summary>Images made by code from real photographs, for cases the sample site lacks.</summary>
internal static class TestImages
{
    /// <summary>The same JPEG with its EXIF orientation tag set to <paramref name="orientation"/>.</summary>
    public static byte[] WithOrientation(byte[] jpeg, int orientation)
    {
        using var image = VipsOperations.Load("jpegload_buffer", jpeg);
        using var tagged = image.Mutate(copy => copy.Set(GValue.GIntType, "orientation", orientation));
        return VipsOperations.Save("jpegsave_buffer", tagged, "Q=90,keep=all");
    }
}
