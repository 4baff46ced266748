using NetVips;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>Header fields NetVips reads only by name.</summary>
internal static class ImageHeader
{
    extension(Image image)
    {
        /// <summary>Frames in an animation; 1 for a still image.</summary>
        public int Pages => image.Contains("n-pages") ? (int)image.Get("n-pages") : 1;

        /// <summary>The EXIF orientation (1–8), 1 when there is none.</summary>
        public int Orientation => image.Contains("orientation") ? (int)image.Get("orientation") : 1;

        /// <summary>The name of the loader that made this image, e.g. <c>jpegload_buffer</c>.</summary>
        public string? Loader => image.Contains("vips-loader") ? (string)image.Get("vips-loader") : null;
    }
}
