using NetVips;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Imaging;

/// <summary>Encodes a decoded image to one format with the configured settings.</summary>
internal sealed class ImageEncoder(ImageOptions options)
{
    public byte[] Encode(Image image, ImageFormat format, bool palette = false) =>
        VipsOperations.Save(format.Saver(), image, format switch
        {
            ImageFormat.Jpeg => options.Jpeg.ToVipsOptions(),
            ImageFormat.Png => options.Png.ToVipsOptions(palette),
            ImageFormat.WebP => options.WebP.ToVipsOptions(),
            ImageFormat.Gif => options.Gif.ToVipsOptions(),
            _ => options.Avif.ToVipsOptions(),
        });
}
