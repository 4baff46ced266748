namespace SiteOptimizer.Imaging.Vips;

/// <summary>A libvips operation failed; the message is libvips' own error text.</summary>
public sealed class VipsException(string message) : Exception(message)
{
    internal static VipsException FromErrorBuffer(string context)
    {
        var text = VipsRuntime.TakeErrorText();
        return new VipsException(string.IsNullOrWhiteSpace(text) ? context : $"{context}: {text.Trim()}");
    }
}
