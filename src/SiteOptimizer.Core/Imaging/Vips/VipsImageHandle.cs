using Microsoft.Win32.SafeHandles;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>Owns one reference to a <c>VipsImage</c>.</summary>
internal sealed class VipsImageHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public VipsImageHandle() : base(ownsHandle: true) { }

    /// <summary>Takes ownership of a reference the caller already holds.</summary>
    public static VipsImageHandle Own(nint image)
    {
        var handle = new VipsImageHandle();
        handle.SetHandle(image);
        return handle;
    }

    protected override bool ReleaseHandle()
    {
        VipsNative.g_object_unref(handle);
        return true;
    }
}
