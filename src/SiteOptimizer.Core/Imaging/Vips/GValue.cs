using System.Runtime.InteropServices;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>GLib's 24-byte GValue: a type id and two data words. Always start from zero.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct GValue
{
    public nint Type;
    public long Data0;
    public long Data1;

    // Fundamental type ids (G_TYPE_MAKE_FUNDAMENTAL(n) = n << 2).
    public const nint Boolean = 20;
    public const nint Int = 24;
    public const nint Double = 60;
    public const nint String = 64;
}
